"""Intent accuracy of the trained model on the blind NLU sets (tests/blind/nlu_<part>.yml).

The sentences were written by a helper who saw only a description of the product and of each
intent. The whole NLU pipeline runs, including the input guard, the language check and the safety
check. "Asked what was meant" (nlu_fallback) is counted wrong here and reported apart.

The intent counted is the one the pipeline gives, which is the one the assistant acts on: a crisis
guessed by the intent model alone, where the safety check hears none (bot/safety/tiers.py), is
already read as the model's next guess by the safety check (bot/safety/rasa_component.py).

    python -m bot.evaluation.nlu_blind --part dev [--model models/...tar.gz] [--show]
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
from pathlib import Path

import yaml

from bot.evaluation.personas import BLIND_DIR
from bot.settings import load_settings
from bot.training import ensure_model

FALLBACK = "nlu_fallback"
# The blind sets were written before "restart" was renamed; the meaning is the same.
RENAMED = {"restart": "start_over"}


def load_part(part: str) -> list[tuple[str, str]]:
    document = yaml.safe_load((BLIND_DIR / f"nlu_{part}.yml").read_text(encoding="utf-8"))
    return [(s["text"], RENAMED.get(s["intent"], s["intent"])) for s in document["sentences"]]


async def _predict(model: Path, sentences: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    from rasa.core.agent import load_agent

    agent = await load_agent(model_path=str(model))
    results = []
    for text, expected in sentences:
        parsed = await agent.parse_message(text)
        results.append((text, expected, (parsed.get("intent") or {}).get("name") or FALLBACK))
    return results


def predict(model: Path, sentences: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return asyncio.run(_predict(model, sentences))


def report(part: str, results: list[tuple[str, str, str]], show: bool) -> float:
    right = sum(1 for _, expected, got in results if got == expected)
    fallback = sum(1 for _, _, got in results if got == FALLBACK)
    accuracy = right / len(results)
    print(
        f"NLU blind {part}: accuracy {right}/{len(results)} = {accuracy:.3f} "
        f"(asked what was meant: {fallback})"
    )
    per_intent = Counter(expected for _, expected, _ in results)
    wrong = Counter(expected for _, expected, got in results if got != expected)
    for intent in sorted(per_intent):
        if wrong[intent]:
            print(f"  {intent:<18} {per_intent[intent] - wrong[intent]}/{per_intent[intent]}")
    if show:
        for text, expected, got in results:
            if got != expected:
                print(f"  [{expected} -> {got}] {text}")
    return accuracy


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--part", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--model", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    model = args.model or ensure_model(load_settings().models_dir)
    report(args.part, predict(model, load_part(args.part)), args.show)


if __name__ == "__main__":
    main()
