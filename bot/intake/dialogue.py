"""The intake's shared words: the facts' values, one message as Rasa understood it, the read-back.

Facts use the handoff schema's terms. A question that was answered with "weet ik niet" or "zeg ik
liever niet" holds UNKNOWN or DECLINED, so it is not asked again and counts as unknown. The questions
themselves, and how each answer is read, are in bot/conversation/questions.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeGuard

from bot.intake.gemeente import GemeenteMatch, MatchStatus
from bot.nlp.intents import CRISIS_INTENT, UNSURE_INTENT
from knowledge.gemeenten import gemeente_names

UNKNOWN = "unknown"
DECLINED = "declined"
NOT_ANSWERED = (UNKNOWN, DECLINED)

RELATIONS = (
    "partner",
    "ouder",
    "schoonouder",
    "kind",
    "broer_zus",
    "grootouder",
    "ander_familielid",
    "vriend_buur",
    "anders",
)
COMBINES_WITH = ("werk", "studie", "school", "kinderen", "eigen_gezondheid", "andere_zorg")
CONDITIONS = (
    "dementie",
    "kanker",
    "nah",
    "ggz",
    "verstandelijke_beperking",
    "lichamelijke_beperking",
    "ouderdom",
    "verslaving",
    "chronische_ziekte",
    "anders",
)
YOUNG_AGE_GROUPS = ("<18", "18-24")
HOURS_PER_WEEK = 168
# Why each question is asked: first what it is for, then the reason, then that it may be skipped.
_WHY_PURPOSE = "Ik vraag dit zodat ik hulp kan zoeken die bij u past."
_WHY_SKIP = "U mag de vraag ook overslaan."
WHY_TEXTS: dict[str, str] = {
    name: f"{_WHY_PURPOSE} {reason} {_WHY_SKIP}"
    for name, reason in {
        "relation": "Voor een partner is soms andere hulp dan voor een ouder of een kind.",
        "hours_per_week": "Het aantal uren zegt iets over hoe zwaar de zorg is. Voor sommige regelingen moet u een aantal uren zorgen.",
        "duration_months": "Hoe lang u al zorgt, telt mee voor regelingen zoals de mantelzorgwaardering. Lang zorgen kan ook zwaar zijn.",
        "lives_with_care_recipient": "Als u samenwoont, gaat de zorg vaak dag en nacht door. Dan is er soms andere hulp mogelijk.",
        "combines_with": "Zorg naast werk, school of een gezin is vaak zwaar. Daar is speciale hulp voor, zoals zorgverlof.",
        "conditions": "Bij sommige ziektes is er speciale hulp, zoals een Alzheimer Café bij dementie.",
        "age_group": "Voor jonge mantelzorgers en voor ouderen is er soms eigen hulp.",
        "gemeente": "Hulp voor mantelzorgers regelt vooral de gemeente. Zo vind ik wat er bij u in de buurt is.",
        "care_recipient_gemeente": "Hulp voor uw naaste, zoals dagbesteding, hangt af van de gemeente waar uw naaste woont.",
        "assessment_answer": "Met deze vragen ziet u hoe zwaar de zorg voor u is. U mag altijd stoppen.",
        "needs": "Als ik weet wat u het meest zou helpen, kan ik gerichter zoeken.",
    }.items()
}
WHY_DEFAULT = (
    "Ik vraag alleen wat nodig is om u goed te helpen. U mag een vraag altijd overslaan. "
    "Wat u vertelt, gaat alleen naar het steunpunt als u dat goed vindt."
)


@dataclass(frozen=True)
class Turn:
    """One caregiver message as Rasa understood it."""

    text: str
    intent: str | None = None
    entities: Sequence[Mapping[str, Any]] = ()
    requested_slot: str | None = None
    confidence: float = 1.0
    # The model's other guesses, best first: [{"name": ..., "confidence": ...}, ...].
    intent_ranking: Sequence[Mapping[str, Any]] = ()
    # How likely the crisis model finds it that this is a crisis (bot/safety/model.py).
    crisis_probability: float | None = None

    def entity(self, name: str) -> str | None:
        return next((str(e["value"]) for e in self.entities if e.get("entity") == name), None)

    @property
    def is_payload(self) -> bool:
        return self.text.startswith("/")

    def without_crisis_intent(self) -> Turn:
        """The turn read as the model's best guess besides a crisis. Whether a message is a crisis
        is for the safety check (bot/safety/tiers.py) to say; when it says no, the language model's
        crisis intent ("welke bijwerkingen heeft oxazepam") would hide what was asked."""
        if self.intent != CRISIS_INTENT:
            return self
        name, confidence = best_other_intent(self.intent_ranking)
        return replace(self, intent=name, confidence=confidence)


_NO_INTENT = (CRISIS_INTENT, UNSURE_INTENT, None)


def best_other_intent(ranking: Sequence[Mapping[str, Any]]) -> tuple[str | None, float]:
    """The model's best guess that is neither a crisis nor "not sure", and its confidence."""
    for prediction in ranking:
        name = prediction.get("name")
        if name not in _NO_INTENT:
            return str(name), float(prediction.get("confidence") or 0.0)
    return None, 0.0


@dataclass(frozen=True)
class Reading:
    """What one message tells us: slot values to set and, if needed, what to say first."""

    slots: dict[str, Any] = field(default_factory=dict)
    reply: str | None = None

    def answers(self, slot: str | None) -> bool:
        return slot is not None and slot in self.slots


def gemeente_reading(slot: str, match: GemeenteMatch) -> Reading:
    if match.status is MatchStatus.OK and match.gemeente:
        return Reading({slot: match.gemeente.code})
    if match.status is MatchStatus.AMBIGUOUS and match.candidates:
        names = [c.name for c in match.candidates[:4]]
        listed = ", ".join(names[:-1]) + f" of {names[-1]}" if len(names) > 1 else names[0]
        return Reading(reply=f"Er zijn meer gemeenten met die naam: {listed}.")
    return Reading(reply="Die gemeente ken ik niet.")


def why_we_ask(requested_slot: str | None) -> str:
    return WHY_TEXTS.get(requested_slot or "", WHY_DEFAULT)


def _known(value: Any) -> TypeGuard[Any]:
    """An answer: not missing (None), not a 'not answered' mark and not an empty list."""
    return value not in (None, *NOT_ANSWERED) and value != []


_RELATION_WORDS = {
    "partner": "uw partner",
    "ouder": "uw vader of moeder",
    "schoonouder": "uw schoonvader of schoonmoeder",
    "kind": "uw kind",
    "broer_zus": "uw broer of zus",
    "grootouder": "uw opa of oma",
    "ander_familielid": "een familielid",
    "vriend_buur": "een vriend of buur",
    "anders": "iemand in uw omgeving",
}
_CONDITION_WORDS = {
    "nah": "hersenletsel",
    "ggz": "psychische problemen",
    "verstandelijke_beperking": "een verstandelijke beperking",
    "lichamelijke_beperking": "een lichamelijke beperking",
    "chronische_ziekte": "een chronische ziekte",
}
_COMBINES_WORDS = {
    "werk": "werk",
    "studie": "studie",
    "school": "school",
    "kinderen": "de zorg voor kinderen",
    "eigen_gezondheid": "uw eigen gezondheid",
    "andere_zorg": "zorg voor nog iemand",
}


def _months_text(months: float) -> str:
    if months < 1:
        return "korter dan een maand"
    if months < 12:
        return f"{round(months)} maanden" if round(months) != 1 else "1 maand"
    years = months / 12
    return f"{round(years)} jaar" if years >= 1.5 else "ongeveer een jaar"


def summarize(slots: Mapping[str, Any], names: Mapping[str, str] | None = None) -> str:
    """A short read-back of what we understood, in B1 Dutch."""
    names = gemeente_names() if names is None else names
    lines = []
    relation = slots.get("relation")
    who = _RELATION_WORDS.get(relation, "iemand") if _known(relation) else "iemand"
    if _known(relation) and slots.get("relation_word"):
        # The caregiver's own word: "uw moeder", not "uw vader of moeder".
        who = f"uw {slots['relation_word']}"
    own_words = slots.get("own_words") or {}
    conditions = slots.get("conditions")
    if not _known(conditions):
        conditions = []
    illness = ", ".join(_CONDITION_WORDS.get(c, c) for c in conditions)
    lines.append(f"U zorgt voor {who}" + (f" ({illness})." if illness else "."))
    hours, months = slots.get("hours_per_week"), slots.get("duration_months")
    if _known(hours) and float(hours) >= HOURS_PER_WEEK:
        lines.append("U zorgt dag en nacht.")
    elif _known(hours):
        lines.append(f"Dat is ongeveer {round(float(hours))} uur per week.")
    if _known(months):
        lines.append(
            f"U doet dit {'pas ' if float(months) < 1 else 'al '}{_months_text(float(months))}."
        )
    lives = slots.get("lives_with_care_recipient")
    if lives is True:
        lines.append("U woont samen.")
    elif lives is False:
        lines.append("U woont niet samen.")
    combines = slots.get("combines_with")
    said = own_words.get("combines_with")
    if _known(combines):
        named = ", ".join(_COMBINES_WORDS.get(c, c) for c in combines)
        lines.append(f"Naast de zorg: {named}" + (f' ("{said}").' if said else "."))
    elif said:
        lines.append(f'Naast de zorg: "{said}".')
    gemeente = slots.get("gemeente")
    if _known(gemeente):
        lines.append(f"U woont in de gemeente {names.get(gemeente, gemeente)}.")
    recipient = slots.get("care_recipient_gemeente")
    if _known(recipient) and recipient != gemeente:
        lines.append(f"Uw naaste woont in de gemeente {names.get(recipient, recipient)}.")
    return "Dit heb ik begrepen:\n- " + "\n- ".join(lines) + "\nKlopt dat?"
