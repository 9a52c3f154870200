"""The crisis model: trained on the labelled safety set, stored as JSON, same answers after loading."""

from __future__ import annotations

import json

import pytest
import yaml

from bot.evaluation.ordinary_messages import ordinary_messages as collect_ordinary_messages
from bot.evaluation.personas import PERSONA_SETS
from bot.safety.detector import detect_safety_signal
from bot.safety.model import CrisisModel, labelled_cases, ordinary_messages, training_examples
from bot.safety.tiers import Tier, rules_tier


@pytest.fixture(scope="module")
def model() -> CrisisModel:
    ordinary = [
        ("ik zorg voor mijn moeder", "tell_situation"),
        ("hoeveel uur per week is dat", "tell_situation"),
        ("mijn man heeft parkinson", "tell_situation"),
        ("ik wil graag hulp in huis", "ask_help"),
    ]
    texts, labels = training_examples(ordinary, "safety_crisis")
    return CrisisModel.fit(texts, labels)


def test_the_safety_set_keeps_its_label_over_an_intent_example() -> None:
    text, is_crisis = labelled_cases()[0]
    texts, labels = training_examples([(text, "greet")], "safety_crisis")

    assert labels[texts.index(text)] is is_crisis


def test_a_stored_model_answers_the_same(model: CrisisModel) -> None:
    loaded = CrisisModel.from_json(json.loads(json.dumps(model.to_json())))

    for text in ("ik wil er niet meer zijn", "ik zorg voor mijn vader", "hij sloeg me gisteren"):
        assert loaded.probability(text) == pytest.approx(model.probability(text), abs=1e-9)


@pytest.mark.parametrize(
    "text",
    [
        "ik denk erover om er een eind aan te maken",
        "ik heb hem vandaag geslagen",
        "ze ademt niet meer",
    ],
)
def test_crisis_wording_it_learned_scores_high(model: CrisisModel, text: str) -> None:
    assert model.probability(text) > 0.7


@pytest.mark.parametrize("text", ["ik wil graag hulp in huis", "hoeveel uur per week is dat"])
def test_ordinary_sentences_score_low(model: CrisisModel, text: str) -> None:
    assert model.probability(text) < 0.3


def test_ordinary_caregiver_messages_are_negatives() -> None:
    texts, labels = training_examples([], "safety_crisis")
    ordinary = ordinary_messages()

    assert len(ordinary) > 1000
    assert all(labels[texts.index(text)] is False for text in ordinary[:200])


def test_ordinary_messages_are_generated_from_the_development_personas_only() -> None:
    generated = collect_ordinary_messages()

    assert ordinary_messages() == generated, "run: python -m bot.evaluation.ordinary_messages"
    held_out = [
        text
        for name, path in PERSONA_SETS.items()
        if name.startswith("heldout")
        for text in (persona["opening"] for persona in yaml.safe_load(path.read_text())["personas"])
    ]
    assert not set(held_out) & set(generated)


def test_no_ordinary_message_is_a_crisis_to_the_rules_and_no_crisis_message_is_among_them() -> None:
    ordinary = ordinary_messages()
    # A crisis persona's opening may tell the crisis already (dev40: "ze slaat naar me").
    crisis_messages = {
        " ".join(str(text).split())
        for name, path in PERSONA_SETS.items()
        for persona in yaml.safe_load(path.read_text())["personas"]
        if (persona.get("behaviour") or {}).get("crisis_message")
        for text in (persona["behaviour"]["crisis_message"], persona.get("opening") or "")
    }

    assert not crisis_messages & set(ordinary)
    assert [
        text for text in ordinary if rules_tier(detect_safety_signal(text)) is not Tier.NONE
    ] == []
