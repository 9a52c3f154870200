"""The intake as a conversation: read each answer in context, decide what to ask next, sum up.

Slots hold facts in the handoff schema's terms. A question that was answered with "weet ik niet" or
"zeg ik liever niet" holds UNKNOWN or DECLINED, so it is not asked again and counts as unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.assessment.triage import Situation
from bot.intake.gemeente import GemeenteMatch, MatchStatus, gemeente_names, match_gemeente
from bot.intake.quantities import ParseStatus, parse_duration_months, parse_hours_per_week
from bot.intake.situation import AGE_GROUPS, SituationFacts, extract_situation

UNKNOWN = "unknown"
DECLINED = "declined"
NOT_ANSWERED = (UNKNOWN, DECLINED)

QUESTIONS: tuple[str, ...] = (
    "relation",
    "hours_per_week",
    "duration_months",
    "lives_with_care_recipient",
    "combines_with",
    "conditions",
    "age_group",
    "gemeente",
    "care_recipient_gemeente",
)
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
# While a form asks a question, these intents are not an answer: the rules handle them and the
# form goes on afterwards.
INTERRUPTING_INTENTS = frozenset(
    {
        "stop",
        "pause",
        "restart",
        "ask_why",
        "ask_definition",
        "request_human",
        "express_burden",
        "start_assessment",
        "safety_crisis",
    }
)

# Said before the form asks the same question again, so they explain and do not ask themselves.
# Neutral on purpose (no "u" or "je"): the same words for young and older caregivers.
RETRY_TEXTS: dict[str, str] = {
    "relation": "Ik begreep niet goed voor wie de zorg is.",
    "hours_per_week": "Ik begreep het aantal uren niet goed.",
    "duration_months": "Ik begreep niet goed hoe lang al.",
    "lives_with_care_recipient": "Dat antwoord begreep ik niet goed.",
    "combines_with": "Dat antwoord begreep ik niet goed.",
    "conditions": "Dat antwoord begreep ik niet goed.",
    "age_group": "Die leeftijd begreep ik niet goed.",
    "gemeente": "Die gemeente ken ik niet.",
    "care_recipient_gemeente": "Die gemeente ken ik niet.",
}
NEEDS_DETAIL_TEXTS: dict[str, str] = {
    "hours_per_week": "Een schatting in uren is goed.",
    "duration_months": "Een schatting is goed, bijvoorbeeld 'ruim een jaar'.",
}
IMPLAUSIBLE_HOURS_TEXT = "Een week heeft 168 uur, dus dat kan niet helemaal kloppen."
# Neutral on purpose: the same words for "u" and "je", for a correction and for a new fact.
CORRECTION_TEXT = "Dat heb ik genoteerd."
WHY_TEXTS: dict[str, str] = {
    "relation": "Voor wie u zorgt, helpt mij de hulp te vinden die bij u past. Voor een partner is soms andere hulp dan voor een ouder.",
    "hours_per_week": "Het aantal uren zegt iets over hoe zwaar de zorg is. Voor sommige regelingen moet u ook een aantal uren zorgen.",
    "duration_months": "Hoe lang u al zorgt, telt mee voor regelingen zoals de mantelzorgwaardering. Lang zorgen kan ook zwaar zijn.",
    "lives_with_care_recipient": "Als u samenwoont, gaat de zorg vaak dag en nacht door. Dan is er soms andere hulp mogelijk.",
    "combines_with": "Zorg naast werk, school of een gezin is vaak zwaar. Daar is speciale hulp voor, zoals zorgverlof.",
    "conditions": "Bij sommige ziektes is er speciale hulp, zoals een Alzheimer Café bij dementie. U hoeft het niet te zeggen.",
    "age_group": "Voor jonge mantelzorgers en voor ouderen is er soms eigen hulp. U hoeft het niet te zeggen.",
    "gemeente": "Hulp voor mantelzorgers regelt vooral de gemeente. Zo vind ik wat er bij u in de buurt is.",
    "care_recipient_gemeente": "Hulp voor uw naaste, zoals dagbesteding, hangt af van de gemeente waar uw naaste woont.",
    "assessment_answer": "Met deze vragen ziet u hoe zwaar de zorg voor u is. Dan kunnen we samen beter kijken welke hulp past. U mag altijd stoppen.",
    "needs": "Als ik weet wat u het meest zou helpen, kan ik gerichter zoeken naar hulp.",
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

    def entity(self, name: str) -> str | None:
        return next((str(e["value"]) for e in self.entities if e.get("entity") == name), None)

    @property
    def is_payload(self) -> bool:
        return self.text.startswith("/")


@dataclass(frozen=True)
class Reading:
    """What one message tells us: slot values to set and, if needed, what to say first."""

    slots: dict[str, Any] = field(default_factory=dict)
    reply: str | None = None

    def answers(self, slot: str | None) -> bool:
        return slot is not None and slot in self.slots


def _merge(existing: Any, new: Iterable[str]) -> list[str]:
    merged = list(existing) if isinstance(existing, list) else []
    merged += [value for value in new if value not in merged]
    return merged


def _facts_to_slots(facts: SituationFacts, current: Mapping[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if facts.relation:
        found["relation"] = facts.relation
    if facts.conditions or facts.condition_terms:
        found["conditions"] = _merge(
            current.get("conditions"), facts.conditions or facts.condition_terms
        )
    if facts.hours.status is ParseStatus.OK:
        found["hours_per_week"] = facts.hours.hours
    if facts.duration.status is ParseStatus.OK:
        found["duration_months"] = facts.duration.months
    if facts.lives_with_care_recipient is not None:
        found["lives_with_care_recipient"] = facts.lives_with_care_recipient
    if facts.combines_with:
        found["combines_with"] = _merge(current.get("combines_with"), facts.combines_with)
    if facts.age_group:
        found["age_group"] = facts.age_group
    if facts.current_support:
        found["current_support"] = _merge(current.get("current_support"), facts.current_support)
    caregiver, recipient = facts.gemeenten.caregiver, facts.gemeenten.care_recipient
    if caregiver and caregiver.status is MatchStatus.OK and caregiver.gemeente:
        found["gemeente"] = caregiver.gemeente.code
    if recipient and recipient.status is MatchStatus.OK and recipient.gemeente:
        found["care_recipient_gemeente"] = recipient.gemeente.code
    return found


def _age_group_from_number(text: str) -> str | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits or len(digits) > 3 or not text.strip().rstrip(".!").strip().isdigit():
        return None
    age = int(digits)
    if age < 18:
        return "<18"
    if age < 25:
        return "18-24"
    if age < 65:
        return "25-64"
    return "65-74" if age < 75 else "75+"


def gemeente_reading(slot: str, match: GemeenteMatch) -> Reading:
    if match.status is MatchStatus.OK and match.gemeente:
        return Reading({slot: match.gemeente.code})
    if match.status is MatchStatus.AMBIGUOUS and match.candidates:
        names = [c.name for c in match.candidates[:4]]
        listed = ", ".join(names[:-1]) + f" of {names[-1]}" if len(names) > 1 else names[0]
        return Reading(reply=f"Er zijn meer gemeenten met die naam: {listed}.")
    return Reading(reply=RETRY_TEXTS[slot])


def _answer_for_requested(turn: Turn, slots: Mapping[str, Any], today: date) -> Reading:
    slot = turn.requested_slot
    if slot is None:
        return Reading()
    if turn.intent == "dont_know":
        return Reading({slot: UNKNOWN})
    if turn.intent == "decline":
        return Reading({slot: DECLINED})
    answer = turn.entity("answer") or turn.entity(slot.removesuffix("s"))
    if slot == "relation" and answer in RELATIONS:
        return Reading({slot: answer})
    if slot == "conditions" and answer in CONDITIONS:
        return Reading({slot: _merge(slots.get(slot), [answer])})
    if slot == "combines_with" and (answer == "niets" or turn.intent == "deny"):
        return Reading({slot: []})
    if slot == "combines_with" and answer in COMBINES_WITH:
        return Reading({slot: _merge(slots.get(slot), [answer])})
    if slot == "age_group" and answer in AGE_GROUPS:
        return Reading({slot: answer})
    if slot == "lives_with_care_recipient" and turn.intent in ("affirm", "deny"):
        return Reading({slot: turn.intent == "affirm"})
    if turn.is_payload:
        return Reading()
    if slot == "hours_per_week":
        return _hours_reading(turn.text)
    if slot == "duration_months":
        return _duration_reading(turn.text, today)
    if slot == "age_group" and (group := _age_group_from_number(turn.text)):
        return Reading({slot: group})
    if slot in ("gemeente", "care_recipient_gemeente"):
        return gemeente_reading(slot, match_gemeente(turn.text))
    if slot == "conditions" and turn.text.strip():
        # The caregiver's own words are what a consultant needs when no label fits.
        return Reading({slot: _merge(slots.get(slot), [turn.text.strip()[:200]])})
    return Reading()


def _hours_reading(text: str) -> Reading:
    result = parse_hours_per_week(text)
    if result.status is ParseStatus.OK:
        return Reading({"hours_per_week": result.hours})
    if result.status is ParseStatus.IMPLAUSIBLE:
        return Reading(reply=IMPLAUSIBLE_HOURS_TEXT)
    if result.status is ParseStatus.NEEDS_DETAIL:
        return Reading(reply=NEEDS_DETAIL_TEXTS["hours_per_week"])
    if result.status is ParseStatus.UNKNOWN:
        return Reading({"hours_per_week": UNKNOWN})
    if result.status is ParseStatus.DECLINED:
        return Reading({"hours_per_week": DECLINED})
    return Reading()


def _duration_reading(text: str, today: date) -> Reading:
    result = parse_duration_months(text, today=today)
    if result.status is ParseStatus.OK:
        return Reading({"duration_months": result.months})
    if result.status is ParseStatus.NEEDS_DETAIL:
        return Reading(reply=NEEDS_DETAIL_TEXTS["duration_months"])
    if result.status is ParseStatus.UNKNOWN:
        return Reading({"duration_months": UNKNOWN})
    if result.status is ParseStatus.DECLINED:
        return Reading({"duration_months": DECLINED})
    return Reading()


def read_turn(turn: Turn, slots: Mapping[str, Any], today: date | None = None) -> Reading:
    """All intake facts in one message, the answer to the question asked first.

    Facts the caregiver volunteers ("nee, het is 15 uur") are taken whatever was asked, so a
    correction or a long story fills several questions at once.
    """
    today = today or date.today()
    if turn.intent in INTERRUPTING_INTENTS:
        return Reading()
    # A payload or a bare number ("17") only answers the question asked.
    volunteers_facts = not (turn.is_payload or turn.text.strip().isdigit())
    found = _facts_to_slots(extract_situation(turn.text, today), slots) if volunteers_facts else {}
    for name, values in (("relation", RELATIONS), ("conditions", CONDITIONS)):
        entity = turn.entity(name.removesuffix("s"))
        if name not in found and entity in values:
            found[name] = _merge(slots.get(name), [entity]) if name == "conditions" else entity
    answer = _answer_for_requested(turn, slots, today)
    found.update(answer.slots)
    reply = answer.reply
    if turn.requested_slot and turn.requested_slot not in found and reply is None:
        reply = CORRECTION_TEXT if found else RETRY_TEXTS.get(turn.requested_slot)
    if found.get("age_group") in YOUNG_AGE_GROUPS or "school" in found.get("combines_with", []):
        found["young_caregiver"] = True
    return Reading(found, reply)


def questions_to_ask(slots: Mapping[str, Any]) -> list[str]:
    """The intake questions still open, in the order we ask them."""
    open_questions = [name for name in QUESTIONS if slots.get(name) is None]
    lives_apart = slots.get("lives_with_care_recipient") is False
    gemeente_known = slots.get("gemeente") not in (None, *NOT_ANSWERED)
    if not (lives_apart and gemeente_known) and "care_recipient_gemeente" in open_questions:
        open_questions.remove("care_recipient_gemeente")
    return open_questions


def why_we_ask(requested_slot: str | None) -> str:
    return WHY_TEXTS.get(requested_slot or "", WHY_DEFAULT)


def _known(value: Any) -> bool:
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
    conditions = slots.get("conditions") if _known(slots.get("conditions")) else []
    illness = ", ".join(_CONDITION_WORDS.get(c, c) for c in conditions)
    lines.append(f"U zorgt voor {who}" + (f" ({illness})." if illness else "."))
    hours, months = slots.get("hours_per_week"), slots.get("duration_months")
    if _known(hours) and float(hours) >= HOURS_PER_WEEK:
        lines.append("U zorgt dag en nacht.")
    elif _known(hours):
        lines.append(f"Dat is ongeveer {round(float(hours))} uur per week.")
    if _known(months):
        lines.append(f"U doet dit al {_months_text(float(months))}.")
    lives = slots.get("lives_with_care_recipient")
    if lives is True:
        lines.append("U woont samen.")
    elif lives is False:
        lines.append("U woont niet samen.")
    combines = slots.get("combines_with")
    if _known(combines):
        lines.append(
            "Naast de zorg: " + ", ".join(_COMBINES_WORDS.get(c, c) for c in combines) + "."
        )
    gemeente = slots.get("gemeente")
    if _known(gemeente):
        lines.append(f"U woont in de gemeente {names.get(gemeente, gemeente)}.")
    recipient = slots.get("care_recipient_gemeente")
    if _known(recipient) and recipient != gemeente:
        lines.append(f"Uw naaste woont in de gemeente {names.get(recipient, recipient)}.")
    return "Dit heb ik begrepen:\n- " + "\n- ".join(lines) + "\nKlopt dat?"


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


ASK_CORRECTION_TEXT = (
    'Wat klopt er niet? Schrijf het maar op. Bijvoorbeeld: "het is 15 uur per week".'
)


@dataclass(frozen=True)
class Correction:
    slots: dict[str, Any]
    summary: str | None  # the new read-back, or None when the message changed nothing

    @property
    def text(self) -> str:
        return self.summary or ASK_CORRECTION_TEXT


def correct(turn: Turn, slots: Mapping[str, Any], today: date | None = None) -> Correction:
    """After "nee, dat klopt niet": take what the message says, or ask what is wrong."""
    reading = read_turn(Turn(turn.text, turn.intent, turn.entities), slots, today)
    if not reading.slots:
        return Correction({}, None)
    return Correction(reading.slots, summarize({**slots, **reading.slots}))
