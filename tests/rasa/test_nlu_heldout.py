"""The trained model must understand sentences it never saw, not only its training examples."""

from __future__ import annotations

import asyncio
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from bot.settings import PROJECT_ROOT

HELDOUT_DIR = PROJECT_ROOT / "tests" / "nlu_heldout"
MIN_ACCURACY = 0.90
# The FallbackClassifier may ask "bedoelt u ...?" instead of guessing; that is not a wrong answer.
ASKS_WHAT_WAS_MEANT = "nlu_fallback"


def _heldout_examples() -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(HELDOUT_DIR))
    return [(example.get("intent"), example.get("text")) for example in data.training_examples]


@pytest.fixture(scope="module")
def predictions(trained_model: Path) -> list[tuple[str, str, str]]:
    from rasa.core.agent import load_agent

    async def predict() -> list[tuple[str, str, str]]:
        agent = await load_agent(model_path=str(trained_model))
        results = []
        for expected, text in _heldout_examples():
            parsed = await agent.parse_message(text)
            results.append((expected, parsed["intent"]["name"], text))
        return results

    # Its own thread and event loop: browser tests may have left a loop running in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, predict()).result()


def test_heldout_set_covers_every_intent() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    counts = Counter(intent for intent, _ in _heldout_examples())

    assert {i for i in domain["intents"] if counts[i] >= 8} == set(domain["intents"])


def test_understands_unseen_sentences(predictions: list[tuple[str, str, str]]) -> None:
    wrong = [(t, e, p) for e, p, t in predictions if p not in (e, ASKS_WHAT_WAS_MEANT)]
    accuracy = 1 - len(wrong) / len(predictions)

    assert accuracy >= MIN_ACCURACY, f"accuracy {accuracy:.2f}; wrong: {wrong}"


def test_never_confuses_a_request_for_a_person(predictions: list[tuple[str, str, str]]) -> None:
    """Asking for a person must never be mistaken for something else."""
    missed = [t for e, p, t in predictions if e == "request_human" and p != e]

    assert len(missed) <= 1, missed
