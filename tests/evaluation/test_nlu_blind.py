"""The blind NLU figure counts the intent the assistant acts on."""

from __future__ import annotations

from bot.evaluation.nlu_blind import intent_acted_on


def _parsed(*ranking: tuple[str, float], crisis_probability: float) -> dict:
    names = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return {"intent": names[0], "intent_ranking": names, "crisis_probability": crisis_probability}


def test_a_crisis_the_safety_check_does_not_hear_counts_as_the_next_guess() -> None:
    parsed = _parsed(("safety_crisis", 0.5), ("out_of_scope", 0.4), crisis_probability=0.17)
    assert intent_acted_on("welke bijwerkingen heeft oxazepam", parsed) == "out_of_scope"


def test_a_crisis_the_safety_check_hears_stays_a_crisis() -> None:
    parsed = _parsed(("safety_crisis", 0.9), ("stop", 0.05), crisis_probability=0.95)
    assert intent_acted_on("ik wil niet meer leven", parsed) == "safety_crisis"


def test_other_intents_are_counted_as_they_are() -> None:
    parsed = _parsed(("ask_help", 0.9), ("ask_offer", 0.05), crisis_probability=0.01)
    assert intent_acted_on("hoe vraag ik een pgb aan", parsed) == "ask_help"
