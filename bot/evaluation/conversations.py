"""Plays the blind personas against the running product over REST and reports how many succeed.

    python -m bot.evaluation.conversations --set dev          # starts the product itself
    python -m bot.evaluation.conversations --set heldout --url http://localhost:5005
    python -m bot.evaluation.conversations --only d01,d07 --show

Transcripts go to results/personas/<set>/<id>.txt. Exit code 0 always: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from bot.conversation.informal import to_informal
from bot.evaluation.personas import PERSONA_SETS, Persona, load_personas
from bot.evaluation.product import evaluated_product, rest_say
from bot.evaluation.simulator import KnowledgeView, Result, run_persona, summarise
from bot.settings import PROJECT_ROOT
from knowledge.files import default_content_paths, read_content_files
from knowledge.gemeenten import gemeente_names

RESULTS_DIR = PROJECT_ROOT / "results" / "personas"


def knowledge_view() -> KnowledgeView:
    names = gemeente_names()
    steunpunten: dict[str, str] = {}
    offer_needs: dict[str, frozenset[str]] = {}
    for content in read_content_files(default_content_paths()):
        for steunpunt in content.steunpunten:
            for code in steunpunt.gemeente_codes:
                steunpunten[names.get(code, code).lower()] = steunpunt.name
        for offer in content.offers:
            # A young caregiver reads "Dagbesteding voor je naaste": the same offer.
            for name in (offer.name, to_informal(offer.name)):
                offer_needs[name] = frozenset(offer.needs)
    return KnowledgeView(steunpunten, offer_needs)


def run_set(personas: Sequence[Persona], rasa_url: str, knowledge: KnowledgeView) -> list[Result]:
    results = []
    for persona in personas:
        sender = f"persona-{persona.id}-{uuid.uuid4().hex[:8]}"
        results.append(run_persona(persona, partial(rest_say, rasa_url, sender), knowledge))
    return results


def report(name: str, results: Sequence[Result], show: bool, out_dir: Path) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        (out_dir / f"{result.persona.id}.txt").write_text(result.transcript() + "\n")
        status = "ok  " if result.success else "FAIL"
        turns = result.turns_to_offers if result.turns_to_offers is not None else "-"
        print(
            f"{status} {result.persona.id:<5} turns={len(result.turns):>2} to_offers={turns!s:>3} "
            f"{'; '.join(result.failures)}"
        )
        if show:
            print(result.transcript())
    summary = summarise(results)
    print(
        f"== {name}: {summary['succeeded']}/{summary['personas']} succeeded "
        f"({100 * summary['success_rate']:.0f} %), stuck {summary['stuck']}, median turns to "
        f"offers {summary['median_turns_to_offers']} ({summary['reached_offers']} reached offers)"
    )
    return summary


def _selected(sets: Iterable[str], only: set[str]) -> dict[str, list[Persona]]:
    chosen = {}
    for name in sets:
        personas = load_personas(PERSONA_SETS[name])
        chosen[name] = [p for p in personas if not only or p.id in only]
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=[*PERSONA_SETS, "all"], default="all")
    parser.add_argument("--url", help="a running Rasa server; without it the product is started")
    parser.add_argument("--only", default="", help="comma-separated persona ids")
    parser.add_argument("--show", action="store_true", help="print every transcript")
    parser.add_argument("--json", type=Path, help="write the summary figures to this file")
    args = parser.parse_args()
    sets = list(PERSONA_SETS) if args.set == "all" else [args.set]
    chosen = _selected(sets, {i for i in args.only.split(",") if i})
    knowledge = knowledge_view()
    with evaluated_product(args.url, prefix="steunwijzer-eval-") as url:
        summaries = {
            name: report(name, run_set(personas, url, knowledge), args.show, RESULTS_DIR / name)
            for name, personas in chosen.items()
        }
    if args.json:
        args.json.write_text(json.dumps(summaries, indent=2))


if __name__ == "__main__":
    main()
