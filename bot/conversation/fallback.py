"""The first stage of the two-stage fallback: ask, in plain Dutch, whether we understood."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Rasa's two-stage fallback treats `out_of_scope` as "no, that is not what I meant".
DENY_PAYLOAD = "/out_of_scope"
NLU_FALLBACK_INTENT = "nlu_fallback"

# How each intent is read back to the caregiver, in their own perspective.
INTENT_DESCRIPTIONS: dict[str, str] = {
    "greet": "u wilt gedag zeggen",
    "goodbye": "u wilt het gesprek afsluiten",
    "thank": "u wilt mij bedanken",
    "ask_capabilities": "u wilt weten waar ik u mee kan helpen",
    "bot_challenge": "u wilt weten of u met een computer praat",
    "restart": "u wilt opnieuw beginnen",
    "stop": "u wilt stoppen met dit gesprek",
    "affirm": "u bedoelt 'ja'",
    "deny": "u bedoelt 'nee'",
    "request_human": "u wilt met een mens praten",
    "tell_situation": "u vertelt over de zorg voor uw naaste",
    "start_assessment": "u wilt de test doen: hoe zwaar is de zorg voor u",
    "express_burden": "u zegt dat de zorg zwaar voor u is",
    "ask_why": "u wilt weten waarom ik iets vraag",
    "ask_definition": "u wilt weten wat een woord betekent",
    "pause": "u wilt even pauzeren",
    "resume": "u wilt verder waar we waren",
    "dont_know": "u weet het niet",
    "decline": "u wilt dat liever niet zeggen",
    "safety_crisis": "u bent in nood en zoekt hulp",
    "ask_help": "u zoekt hulp of steun",
    "more_offers": "u wilt andere mogelijkheden zien",
    "give_contact": "u geeft uw naam, telefoonnummer of e-mailadres",
    "ask_offer": "u wilt meer weten over één soort hulp",
    "send_overview": "u wilt een overzicht om te bewaren of te printen",
    "erase_data": "u wilt dat ik uw gegevens verwijder",
    "other_language": "u schrijft in een andere taal dan Nederlands",
}


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class BotMessage:
    text: str
    buttons: tuple[Button, ...] = ()


def _best_candidate(intent_ranking: Sequence[dict[str, Any]]) -> str | None:
    for prediction in intent_ranking:
        name = prediction.get("name")
        if name in INTENT_DESCRIPTIONS:
            return name
    return None


def affirmation_question(intent_ranking: Sequence[dict[str, Any]]) -> BotMessage:
    """Ask whether the best guess is right; without a sensible guess, ask to rephrase."""
    candidate = _best_candidate([p for p in intent_ranking if p.get("name") != NLU_FALLBACK_INTENT])
    if candidate is None:
        return BotMessage(
            text="Sorry, dat begreep ik niet goed. Wilt u het nog eens zeggen, met andere woorden?",
            buttons=(Button("Wat kun je?", "/ask_capabilities"),),
        )
    return BotMessage(
        text=f"Ik weet niet zeker of ik u goed begrijp. Bedoelt u: {INTENT_DESCRIPTIONS[candidate]}?",
        buttons=(Button("Ja", f"/{candidate}"), Button("Nee", DENY_PAYLOAD)),
    )
