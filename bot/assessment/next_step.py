"""After the intake and the burden check: what would help, and what triage says."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from bot.assessment.dialogue import deployment_instrument
from bot.assessment.needs import NEED_CATEGORIES, classify_needs
from bot.assessment.scoring import AssessmentResult, score
from bot.assessment.triage import Situation, triage
from bot.intake.situation import AGE_GROUPS

# Button answers name a category; the text keeps what the caregiver saw on the button.
NEED_BUTTON_TEXTS: dict[str, str] = {
    "even_vrij": "Even vrij zijn",
    "praktische_hulp": "Hulp in huis",
    "emotionele_steun": "Praten met iemand",
    "lotgenoten": "Anderen ontmoeten",
    "financieel": "Geld en regelingen",
    "werk_en_zorg": "Werk en zorg",
}


def read_needs(
    text: str, intent: str | None, button_answer: str | None
) -> list[dict[str, str]] | None:
    """The needs in an answer to "wat zou u het meest helpen?", as handoff `needs` entries.

    None when the answer names no need at all (a bare "ja"): then we ask again.
    """
    if button_answer in NEED_CATEGORIES:
        return [{"category": button_answer, "text": NEED_BUTTON_TEXTS.get(button_answer, text)}]
    needs = [{"category": need.category, "text": need.text} for need in classify_needs(text)]
    if intent in ("deny", "dont_know", "decline") and not any(
        need["category"] != "anders" for need in needs
    ):
        # "Nee, niks" needs nothing; "een nacht doorslapen, dat mis ik" names a need whatever the
        # intent model heard in it.
        return []
    if intent == "affirm" and all(need["category"] == "anders" for need in needs):
        return None
    return needs


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def situation_from_slots(slots: Mapping[str, Any]) -> Situation:
    """The facts as triage reads them: sentinels and gaps become unknown."""
    lives = slots.get("lives_with_care_recipient")
    age_group = slots.get("age_group")
    return Situation(
        hours_per_week=_number(slots.get("hours_per_week")),
        duration_months=_number(slots.get("duration_months")),
        lives_with_care_recipient=lives if isinstance(lives, bool) else None,
        conditions=_strings(slots.get("conditions")),
        combines_with=_strings(slots.get("combines_with")),
        age_group=age_group if age_group in AGE_GROUPS else None,
        current_support=_strings(slots.get("current_support")),
    )


def _assessment(slots: Mapping[str, Any]) -> AssessmentResult | None:
    answers = slots.get("assessment_answers") or {}
    return score(deployment_instrument(), answers) if answers else None


def run_triage(slots: Mapping[str, Any]) -> dict[str, Any]:
    """Triage on what the conversation knows, as a plain dict for the tracker."""
    outcome = triage(
        situation_from_slots(slots),
        _assessment(slots),
        asked_for_person=False,
        safety_urgency=slots.get("safety_urgency"),
    )
    return asdict(outcome)
