"""After the intake and the burden check: what helps, what triage says, and what we say next."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from bot.assessment.dialogue import deployment_instrument
from bot.assessment.needs import NEED_CATEGORIES, classify_needs
from bot.assessment.scoring import score
from bot.assessment.triage import TriageOutcome, triage
from bot.conversation.fallback import BotMessage, Button
from bot.intake.dialogue import situation_from_slots

# While asking what would help, "ik wil met iemand praten" or "het is zo zwaar" ARE answers.
NEEDS_INTERRUPTING_INTENTS = frozenset(
    {"stop", "pause", "restart", "ask_why", "ask_definition", "safety_crisis"}
)

# Button answers name a category; the text keeps what the caregiver saw on the button.
NEED_BUTTON_TEXTS: dict[str, str] = {
    "even_vrij": "Even vrij zijn",
    "praktische_hulp": "Hulp in huis",
    "emotionele_steun": "Praten met iemand",
    "lotgenoten": "Anderen ontmoeten",
    "financieel": "Geld en regelingen",
    "werk_en_zorg": "Werk en zorg",
}


NEEDS_NOT_UNDERSTOOD_TEXT = (
    "Vertel gerust in een paar woorden wat u zou helpen. "
    "Bijvoorbeeld: even vrij zijn, hulp in huis, of praten met iemand."
)


def read_needs(
    text: str, intent: str | None, button_answer: str | None
) -> list[dict[str, str]] | None:
    """The needs in an answer to "wat zou u het meest helpen?", as handoff `needs` entries.

    None when the answer names no need at all (a bare "ja"): then we ask again.
    """
    if button_answer in NEED_CATEGORIES:
        return [{"category": button_answer, "text": NEED_BUTTON_TEXTS.get(button_answer, text)}]
    if intent in ("deny", "dont_know", "decline"):
        return []
    needs = [{"category": need.category, "text": need.text} for need in classify_needs(text)]
    if intent == "affirm" and all(need["category"] == "anders" for need in needs):
        return None
    return needs


def _assessment(slots: Mapping[str, Any]):
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


_OFFER_TEXT = (
    "Dank u wel voor uw antwoorden. Ik merk dat de zorg zwaar voor u is.\n"
    "Een mantelzorgconsulent van het steunpunt mantelzorg kan met u meedenken. "
    "Dat is gratis. U hoeft het niet alleen te doen.\n"
    "U vindt het steunpunt op de website van uw gemeente: zoek op 'mantelzorg'."
)
_NO_OFFER_TEXT = (
    "Dank u wel voor uw antwoorden. Fijn dat u even stilstaat bij uzelf.\n"
    "Wilt u weten welke hulp er is? Het steunpunt mantelzorg van uw gemeente weet wat er bij u "
    "in de buurt is. U vindt het op de website van uw gemeente: zoek op 'mantelzorg'."
)


def next_step_message(outcome: Mapping[str, Any] | TriageOutcome) -> BotMessage:
    offer = (
        outcome.offer_handoff if isinstance(outcome, TriageOutcome) else outcome["offer_handoff"]
    )
    return BotMessage(
        text=_OFFER_TEXT if offer else _NO_OFFER_TEXT,
        buttons=(Button("Met iemand praten", "/request_human"),),
    )
