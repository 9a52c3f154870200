"""Every question the assistant asks, each with how it is asked and how its answer is read.

A question reads only the answer to itself; the engine (bot/conversation/engine.py) decides what
else a message says (a request for a person, a crisis, a question, a new fact) and which question
comes next. Every question has the same guard there: asked at most twice the same way, the third
time with its choices and "Sla over", and then the conversation moves on with the caregiver's own
words. So each question also says what "moving on" means for it (`give_up`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from bot.assessment import dialogue as check
from bot.assessment.answers import meaning_of
from bot.assessment.needs import NEED_CATEGORIES
from bot.assessment.next_step import read_needs
from bot.conversation.ports import Services
from bot.conversation.state import (
    CHECK_ACCEPTED,
    CHECK_DECLINED,
    DECLINED,
    HANDOFF_UNAVAILABLE,
    LIVE_CALLBACK,
    LIVE_CHOSEN,
    UNKNOWN,
    ConversationState,
    known,
)
from bot.conversation.words import fold, yes_or_no
from bot.handoff import dialogue as handoff
from bot.handoff.contact import unknown_phone_number_as_written
from bot.intake import answers as intake
from bot.intake.dialogue import (
    COMBINES_WITH,
    CONDITIONS,
    RELATIONS,
    YOUNG_AGE_GROUPS,
    Turn,
    summarize,
)
from bot.intake.gemeente import (
    GemeenteMatch,
    MatchStatus,
    find_gemeente_mentions,
    match_gemeente_answer,
)
from bot.intake.situation import AGE_GROUPS
from bot.live import texts as live_texts
from bot.messages import BotMessage, Button
from knowledge.gemeenten import Gemeente, gemeenten_by_code

SKIP = Button("Sla over", "/decline")
YES_NO = (Button("Ja", "/affirm"), Button("Nee", "/deny"))
ANSWER = '/tell_situation{{"answer": "{value}"}}'
MAX_OWN_WORDS = 200


def u(state: ConversationState, formal: str, informal: str) -> str:
    """The text for "u", or for "je" when the caregiver is young (up to 25)."""
    return informal if state.young_caregiver else formal


def answer_button(title: str, value: str) -> Button:
    return Button(title, ANSWER.format(value=value))


@dataclass
class Reading:
    """What an answer means: facts and progress to set, and what to say or ask next.

    `follow_up` asks another question before the conversation goes on (a proposal to confirm, a
    correction); `unclear` is a specific reason the answer could not be used ("two gemeenten have
    that name"), said instead of the question's general retry text.
    """

    facts: dict[str, Any] = field(default_factory=dict)
    progress: dict[str, Any] = field(default_factory=dict)
    say: str | None = None
    follow_up: tuple[str, dict[str, Any]] | None = None
    unclear: str | None = None
    buttons: tuple[Button, ...] = ()

    @property
    def understood(self) -> bool:
        return bool(self.facts or self.progress or self.follow_up)


NOT_READ = Reading()


@dataclass(frozen=True)
class Question:
    id: str
    ask: Callable[[ConversationState, Services, dict[str, Any]], BotMessage]
    read: Callable[[Turn, ConversationState, Services, dict[str, Any]], Reading]
    retry: Callable[[ConversationState], str]
    give_up: Callable[[str, ConversationState, Services], Reading]
    # Offered with "Sla over" the third time; False for questions whose buttons are all there is.
    free_answer_allowed: bool = True
    # For a question asked again and again (the check's statements): why an answer was unclear
    # is said once per conversation ("Bij deze test telt alleen ja of nee"); after that, this
    # short retry and the choice with "Sla over" come at once.
    short_retry: Callable[[ConversationState], str] | None = None
    # "even weg", "pauze" to this question are a wish for a break from the care, not a pause of
    # the chat (the needs question: "Wat zou u nu het meest helpen?").
    hears_a_break_as_an_answer: bool = False


def _own_words(state: ConversationState, question: str, text: str) -> dict[str, Any]:
    words = dict(state.own_words or {})
    words[question] = text.strip()[:MAX_OWN_WORDS]
    return {"own_words": words}


def _skip_or_words(
    slot: str, value: Any = UNKNOWN
) -> Callable[[str, ConversationState, Services], Reading]:
    def give_up(text: str, state: ConversationState, services: Services) -> Reading:
        facts: dict[str, Any] = {slot: value}
        if text and not text.startswith("/"):
            facts.update(_own_words(state, slot, text))
        return Reading(facts)

    return give_up


def _agreement(
    turn: Turn, yes_intents: tuple[str, ...] = (), no_intents: tuple[str, ...] = ()
) -> bool | None:
    """Yes or no, in words or by button; else what an intent means as an answer to this question
    ("ik wil iemand spreken" is a yes to the offer of a person); None when it is neither."""
    agreed = yes_or_no(turn)
    if agreed is None and turn.intent in yes_intents:
        return True
    if agreed is None and turn.intent in no_intents:
        return False
    return agreed


def _said(turn: Turn) -> str | None:
    """'Weet ik niet' or 'zeg ik liever niet': by button, or as the model heard the words."""
    if turn.intent == "dont_know":
        return UNKNOWN
    if turn.intent == "decline":
        return DECLINED
    return None


def _with_sentinel(slot: str, turn: Turn) -> Reading | None:
    """A skip button ("Weet ik niet", "Zeg ik liever niet") answers any question."""
    said = _said(turn) if turn.is_payload else None
    return Reading({slot: said}) if said else None


def _or_sentinel(slot: str, read: Callable[..., Reading]) -> Callable[..., Reading]:
    """When the words say nothing we can use, the model may still hear "weet ik niet"."""

    def reading(
        turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
    ) -> Reading:
        result = read(turn, state, services, context)
        if result.understood or result.unclear:
            return result
        said = _said(turn)
        return Reading({slot: said}) if said else result

    return reading


# --- the situation --------------------------------------------------------------------------

RELATION_BUTTONS = (
    answer_button("Mijn partner", "partner"),
    answer_button("Mijn vader of moeder", "ouder"),
    answer_button("Mijn kind", "kind"),
    answer_button("Ander familielid", "ander_familielid"),
    answer_button("Vriend of buur", "vriend_buur"),
    Button("Zeg ik liever niet", "/decline"),
)


def _ask_relation(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(u(state, "Voor wie zorgt u?", "Voor wie zorg je?"), RELATION_BUTTONS)


def _read_relation(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("relation", turn)) is not None:
        return said
    if turn.entity("answer") in RELATIONS:
        return Reading({"relation": turn.entity("answer"), "relation_word": None})
    if turn.is_payload:
        return NOT_READ
    answer = intake.read_relation(turn.text)
    if answer is None:
        return NOT_READ
    return Reading({"relation": answer.value, "relation_word": answer.words})


def _give_up_relation(text: str, state: ConversationState, services: Services) -> Reading:
    if text and not text.startswith("/"):
        return Reading({"relation": "anders", **_own_words(state, "relation", text)})
    return Reading({"relation": DECLINED})


HOURS_BUTTONS = (Button("Weet ik niet", "/dont_know"), Button("Zeg ik liever niet", "/decline"))
IMPLAUSIBLE_HOURS_TEXT = "Een week heeft 168 uur, dus dat kan niet helemaal kloppen."


def _ask_hours(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Hoeveel uur per week zorgt u ongeveer? Reistijd telt mee. "
            "Bijvoorbeeld: 10 uur per week, of 2 uur per dag.",
            "Hoeveel uur per week help je ongeveer? Bijvoorbeeld: 5 uur per week, of elke dag 1 uur.",
        ),
        HOURS_BUTTONS,
    )


def _read_hours(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("hours_per_week", turn)) is not None:
        return said
    if turn.is_payload:
        return NOT_READ
    answer = intake.read_hours(turn.text)
    if answer is None:
        return NOT_READ
    if isinstance(answer.value, (int, float)) and answer.value > 168:
        return Reading(unclear=IMPLAUSIBLE_HOURS_TEXT)
    if answer.estimate:
        return Reading(follow_up=("hours_proposal", {"estimate": answer.value}))
    return Reading({"hours_per_week": answer.value})


def _number_text(value: float) -> str:
    return f"{round(value)}"


def _ask_hours_proposal(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    hours = _number_text(float(context.get("estimate") or 0))
    return BotMessage(
        u(
            state,
            f"Is dat ongeveer {hours} uur per week?",
            f"Is dat ongeveer {hours} uur per week?",
        ),
        YES_NO,
    )


def _read_hours_proposal(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    answer = intake.read_hours(turn.text) if not turn.is_payload else None
    if answer is not None and not answer.estimate and isinstance(answer.value, (int, float)):
        return Reading({"hours_per_week": answer.value})
    agreed = yes_or_no(turn)
    if agreed is True:
        return Reading({"hours_per_week": float(context.get("estimate") or 0)})
    if agreed is False:
        return Reading(
            follow_up=("hours_per_week", {}),
            say=u(state, "Hoeveel uur is het dan ongeveer?", "Hoeveel uur is het dan ongeveer?"),
        )
    return NOT_READ


DURATION_BUTTONS = HOURS_BUTTONS


def _ask_duration(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Hoe lang zorgt u al? Bijvoorbeeld: een half jaar, of sinds 2021.",
            "Hoe lang help je al? Bijvoorbeeld: een jaar, of sinds 2022.",
        ),
        DURATION_BUTTONS,
    )


def _exact_age(state: ConversationState) -> int | None:
    words = (state.own_words or {}).get("age")
    return int(words) if words and words.isdigit() else None


def _read_duration(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("duration_months", turn)) is not None:
        return said
    if turn.is_payload:
        return NOT_READ
    answer = intake.read_duration(
        turn.text, services.today, _exact_age(state), state.progress.naaste_age
    )
    if answer is None and intake.since_a_moment_without_date(turn.text):
        # "sinds haar beroerte": a moment; how long ago is still to ask.
        return Reading(
            unclear="Hoe lang is dat ongeveer geleden? Bijvoorbeeld: 2 jaar, of in 2021."
        )
    if answer is None:
        return NOT_READ
    if answer.since_age is not None and not isinstance(answer.value, (int, float)):
        # "Sinds ik 14 ben": the months follow from the caregiver's age, asked next.
        return Reading(follow_up=("age_group", {"since_age": answer.since_age}))
    if answer.estimate:
        return Reading(follow_up=("duration_proposal", {"estimate": answer.value}))
    if answer.words:
        return Reading(
            {"duration_months": answer.value, **_own_words(state, "duration_months", answer.words)}
        )
    return Reading({"duration_months": answer.value})


def months_text(months: float) -> str:
    """'4 maanden', 'een jaar', '3 jaar': a rounded duration for a proposal."""
    if months < 12:
        return "1 maand" if round(months) <= 1 else f"{round(months)} maanden"
    years = months / 12
    return "een jaar" if years < 1.5 else f"{round(years)} jaar"


def _ask_duration_proposal(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        f"Is dat ongeveer {months_text(float(context.get('estimate') or 0))}?", YES_NO
    )


def _read_duration_proposal(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    answer = (
        intake.read_duration(turn.text, services.today, _exact_age(state))
        if not turn.is_payload
        else None
    )
    if answer is not None and not answer.estimate and isinstance(answer.value, (int, float)):
        return Reading({"duration_months": answer.value})
    agreed = yes_or_no(turn)
    if agreed is True:
        return Reading({"duration_months": float(context.get("estimate") or 0)})
    if agreed is False:
        return Reading(follow_up=("duration_months", {}), say="Hoe lang is het dan ongeveer?")
    return NOT_READ


def _ask_lives(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(
        u(state, "Woont u samen met degene voor wie u zorgt?", "Woon je in hetzelfde huis?"), YES_NO
    )


def _read_lives(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("lives_with_care_recipient", turn)) is not None:
        return said
    if not turn.is_payload:
        answer = intake.read_lives_together_with(turn.text, state.relation)
        if answer is not None:
            return Reading({"lives_with_care_recipient": answer.value})
    agreed = yes_or_no(turn)
    if agreed is not None:
        return Reading({"lives_with_care_recipient": agreed})
    return NOT_READ


COMBINES_BUTTONS = (
    answer_button("Werk", "werk"),
    answer_button("Studie of school", "studie"),
    answer_button("Zorg voor kinderen", "kinderen"),
    answer_button("Eigen gezondheid", "eigen_gezondheid"),
    answer_button("Niets anders", "niets"),
)


def _merged(existing: Any, new: list[str]) -> list[str]:
    merged = list(existing) if isinstance(existing, list) else []
    return merged + [value for value in new if value not in merged]


def _several_from_words(slot: str, read: intake.Answer, state: ConversationState) -> Reading:
    """A fact of several values read from the caregiver's words: added to what is known, with the
    words worth keeping for the consultant."""
    if read.value in (UNKNOWN, DECLINED):
        return Reading({slot: read.value})
    facts: dict[str, Any] = {slot: _merged(getattr(state, slot), list(read.value))}
    if read.words:
        facts.update(_own_words(state, slot, read.words))
    return Reading(facts)


def _ask_combines(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Wat doet u naast de zorg? U kunt meer dan één ding noemen.",
            "Wat doe je nog meer naast het helpen? Je mag meer dingen noemen.",
        ),
        COMBINES_BUTTONS,
    )


def _read_combines(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("combines_with", turn)) is not None:
        return said
    answer = turn.entity("answer")
    if answer == "niets" or (turn.is_payload and turn.intent == "deny"):
        return Reading({"combines_with": []})
    if answer in COMBINES_WITH:
        return Reading({"combines_with": _merged(state.combines_with, [answer])})
    if turn.is_payload:
        return NOT_READ
    read = intake.read_combines_with(turn.text)
    if read is None:
        if yes_or_no(turn) is False:
            return Reading({"combines_with": []})
        return NOT_READ
    return _several_from_words("combines_with", read, state)


CONDITION_BUTTONS = (
    answer_button("Dementie", "dementie"),
    answer_button("Kanker", "kanker"),
    answer_button("Beroerte of hersenletsel", "nah"),
    answer_button("Psychische problemen", "ggz"),
    answer_button("Ouderdom", "ouderdom"),
    answer_button("Iets anders", "anders"),
    SKIP,
)


def _ask_conditions(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Wat is er aan de hand met uw naaste? Bijvoorbeeld dementie, of een beroerte. "
            "U mag dit ook overslaan.",
            "Wat is er aan de hand? Bijvoorbeeld: je moeder is ziek, of je broer heeft een "
            "beperking. Je mag dit ook overslaan.",
        ),
        CONDITION_BUTTONS,
    )


def _read_conditions(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("conditions", turn)) is not None:
        return said
    answer = turn.entity("answer")
    if answer in CONDITIONS:
        return Reading({"conditions": _merged(state.conditions, [answer])})
    if turn.is_payload:
        return NOT_READ
    read = intake.read_conditions(turn.text)
    if read is None:
        return NOT_READ
    return _several_from_words("conditions", read, state)


AGE_BUTTONS = (
    answer_button("Jonger dan 18", "<18"),
    answer_button("18 tot 25", "18-24"),
    answer_button("25 tot 65", "25-64"),
    answer_button("65 tot 75", "65-74"),
    answer_button("75 of ouder", "75+"),
    Button("Zeg ik liever niet", "/decline"),
)
_BAND_MIDDLE = {"<18": 15, "18-24": 21, "25-64": 45, "65-74": 70, "75+": 80}


def _ask_age(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(u(state, "Hoe oud bent u?", "Hoe oud ben je?"), AGE_BUTTONS)


def _age_facts(
    state: ConversationState, group: str, exact: str | None, context: dict[str, Any]
) -> dict[str, Any]:
    facts: dict[str, Any] = {"age_group": group}
    if group in YOUNG_AGE_GROUPS:
        facts["young_caregiver"] = True
    if exact:
        facts.update(_own_words(state, "age", exact))
    since = context.get("since_age")
    if since is not None:
        age = int(exact) if exact and exact.isdigit() else _BAND_MIDDLE.get(group)
        if age is not None and age >= since:
            facts["duration_months"] = intake.months_since_age(int(since), age)
    return facts


def _read_age(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    reading = _read_age_answer(turn, state, services, context)
    since = context.get("since_age")
    if since is None or not reading.understood or "duration_months" in reading.facts:
        return reading
    # "Sinds mijn 26e", and the age is not told: the months cannot be counted. The caregiver's
    # words stand for the duration, so the duration question does not come back (a circle).
    words = _own_words(state, "duration_months", f"sinds de leeftijd van {since} jaar")
    return replace(
        reading,
        facts={**reading.facts, "duration_months": UNKNOWN, **words},
    )


def _read_age_answer(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    if (said := _with_sentinel("age_group", turn)) is not None:
        return said
    answer = turn.entity("answer")
    if answer in AGE_GROUPS:
        return Reading(_age_facts(state, answer, None, context))
    if turn.is_payload:
        return NOT_READ
    read = intake.read_age(turn.text, services.today)
    if read is None or read.value in (UNKNOWN, DECLINED):
        return Reading({"age_group": read.value}) if read else NOT_READ
    return Reading(_age_facts(state, str(read.value), read.words, context))


# The ask functions are alike in shape only: each is one question's `ask`, with its own words.
def _ask_gemeente(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "In welke gemeente woont u? Dan zoek ik hulp bij u in de buurt.",
            "In welke gemeente woon je? Dan zoek ik hulp bij jou in de buurt.",
        ),
        (Button("Zeg ik liever niet", "/decline"),),
    )


def _ask_recipient_gemeente(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "In welke gemeente woont uw naaste? Sommige hulp hangt af van waar zij of hij woont.",
            "In welke gemeente woont degene voor wie je zorgt?",
        ),
        (Button("Weet ik niet", "/dont_know"),),
    )


def _near(match: GemeenteMatch, state: ConversationState, slot: str) -> Gemeente | None:
    """Of two places with one name, the one in the province of the other gemeente the caregiver
    named: the naaste of someone in Breda who lives "in Oosterhout" lives in Noord-Brabant."""
    other = state.gemeente if slot == "care_recipient_gemeente" else state.care_recipient_gemeente
    known_other = gemeenten_by_code().get(other) if isinstance(other, str) else None
    if known_other is None:
        return None
    nearby = [c for c in match.candidates if c.provincie == known_other.provincie]
    return nearby[0] if len(nearby) == 1 else None


_SAME_PLACE = re.compile(
    r"^(?:ook|ook daar|ook hier|ook zo|hetzelfde|zelfde|dezelfde|dezelfde gemeente|zelfde gemeente|"
    r"daar ook|hier ook|hetzelfde als ik|net als ik|ook in (?:dezelfde|mijn) (?:gemeente|plaats|stad|dorp))$|"
    # Next door or around the corner is the caregiver's gemeente: "hiernaast", "bij ons om de hoek".
    r"^(?:ze woont |hij woont |die woont |zij woont )?(?:gewoon |hier )?(?:hiernaast|naast (?:ons|mij|de deur)|"
    r"(?:bij (?:ons|mij) )?om de hoek|(?:hier )?in de buurt|verderop|in (?:dezelfde|onze|mijn) straat|"
    r"(?:een paar|twee|2|drie|3) (?:straten|huizen|deuren) verder(?:op)?)$"
)


def read_gemeente(
    slot: str,
) -> Callable[[Turn, ConversationState, Services, dict[str, Any]], Reading]:
    def read(
        turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
    ) -> Reading:
        if (said := _with_sentinel(slot, turn)) is not None:
            return said
        chosen = turn.entity("answer")
        if chosen and chosen.startswith("GM"):
            return Reading({slot: chosen})
        if turn.is_payload:
            return NOT_READ
        if (
            slot == "care_recipient_gemeente"
            and known(state.gemeente)
            and _SAME_PLACE.match(fold(turn.text))
        ):
            # "ook", "hetzelfde": where the caregiver lives, just told.
            return Reading({slot: state.gemeente})
        if (whose := _whose_gemeente(turn.text, slot)) is not None:
            return Reading({slot: whose})
        match = match_gemeente_answer(turn.text)
        if match.status is MatchStatus.OK and match.gemeente:
            return Reading({slot: match.gemeente.code})
        if match.status is MatchStatus.AMBIGUOUS and (near := _near(match, state, slot)):
            return Reading({slot: near.code})
        if match.status is MatchStatus.AMBIGUOUS and (lived := _the_one_lived_in(turn.text, match)):
            return Reading({slot: lived})
        if match.status is MatchStatus.AMBIGUOUS and match.candidates:
            candidates = match.candidates[:4]
            names = [c.name for c in candidates]
            listed = ", ".join(names[:-1]) + f" of {names[-1]}"
            return Reading(
                unclear=f"Er zijn meer gemeenten met die naam: {listed}. Welke bedoelt u?",
                buttons=tuple(answer_button(c.name, c.code) for c in candidates),
            )
        return NOT_READ

    return read


def _the_one_lived_in(text: str, match: GemeenteMatch) -> str | None:
    """Of two places in an answer, the only one where someone lives: "amersfoort, maar ik zit
    doordeweeks veel in utrecht voor school" lives in Amersfoort."""
    mentions = find_gemeente_mentions(text)
    lived = {m.match.gemeente.code for m in mentions.mentions if m.match.gemeente}
    candidates = {c.code for c in match.candidates}
    return lived.pop() if len(lived) == 1 and lived <= candidates else None


def _whose_gemeente(text: str, slot: str) -> str | None:
    """Of two gemeenten in one answer, the one the answer says is the asked person's: "Amersfoort,
    daar wonen mijn ouders. Zelf woon ik in Nijkerk" answers "waar woont u?" with Nijkerk."""
    mentions = find_gemeente_mentions(text)
    named = {m.match.gemeente.code for m in mentions.mentions if m.match.gemeente}
    own = mentions.caregiver if slot == "gemeente" else mentions.care_recipient
    if len(named) < 2 or own is None or own.status is not MatchStatus.OK or own.gemeente is None:
        return None
    return own.gemeente.code


# --- the read-back ----------------------------------------------------------------------------

SUMMARY_BUTTONS = (Button("Ja, dat klopt", "/affirm"), Button("Nee, iets klopt niet", "/deny"))
CORRECTION_TEXT = 'Wat klopt er niet? Schrijf het maar op. Bijvoorbeeld: "het is 15 uur per week".'


def _ask_summary(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(read_back(state, services), SUMMARY_BUTTONS)


def read_back(state: ConversationState, services: Services) -> str:
    return summarize(state.facts(), _GemeenteNames(services))


class _GemeenteNames(dict):  # type: ignore[type-arg]
    """The gemeente names summarize() looks up, answered by the services."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services

    def get(self, code: Any, default: Any = None) -> Any:
        return self._services.gemeente_name(code) or default


def _read_summary(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    agreed = yes_or_no(turn)
    if agreed is True and _only_agreement(turn.text):
        return Reading(progress={"summary_confirmed": True})
    corrected = _corrected_facts(turn, state, services)
    if corrected:
        # "Nee, hij woont gewoon thuis": the correction itself, read back again.
        return Reading(corrected, follow_up=("summary", {}))
    if agreed is True:
        return Reading(progress={"summary_confirmed": True})
    if agreed is False:
        return Reading(follow_up=("summary_correction", {}))
    return NOT_READ


# A correction names its topic: only then is a reader of that fact asked to read it.
_CORRECTION_TOPICS: tuple[tuple[str, str], ...] = (
    (r"\b(?:woon\w*|samen|thuis|huis|apart|verpleeghuis|tehuis)\b", "lives_with_care_recipient"),
    (r"\b(?:uur|uren|uurtje\w*|per week|per dag|fulltime|parttime)\b", "hours_per_week"),
    (r"\b(?:jaar|jaren|maand\w*|sinds|vanaf)\b", "duration_months"),
)


def _only_agreement(text: str) -> bool:
    """ "Ja", "ja dat klopt", "klopt helemaal": nothing else said that could be a correction."""
    rest = re.sub(
        r"\b(?:ja|jawel|jazeker|klopt|dat|het|helemaal|precies|zeker|hoor|wel|"
        r"correct|goed|prima|oke|ok|inderdaad|zo|is|alles)\b",
        " ",
        text.lower(),
    )
    return not re.search(r"[a-z]{3,}", rest)


def _corrected_facts(turn: Turn, state: ConversationState, services: Services) -> dict[str, Any]:
    if turn.is_payload:
        return {}
    # "Nee, ja hij woont gewoon thuis": the "nee" is about the read-back, not about the fact.
    said = re.sub(r"^\s*(?:nee+|neen|nope|niet)\b[\s,.:;!-]*", "", turn.text, flags=re.IGNORECASE)
    text = said.lower()
    facts: dict[str, Any] = {}
    for topic, fact in _CORRECTION_TOPICS:
        if not re.search(topic, text):
            continue
        if fact == "lives_with_care_recipient":
            answer = intake.read_lives_together_with(said, state.relation)
        elif fact == "hours_per_week":
            answer = intake.read_hours(said)
        else:
            answer = intake.read_duration(said, services.today, _exact_age(state))
        if (
            answer is not None
            and isinstance(answer.value, (bool, int, float))
            and getattr(state, fact) != answer.value
        ):
            facts[fact] = answer.value
    facts.update(_corrected_gemeente(said, state))
    return facts


_NAASTE_WORDS = re.compile(
    r"\b(?:hij|zij|ze|hem|haar|moeder|vader|ma|pa|man|vrouw|naaste|zoon|dochter|oma|opa|broer|"
    r"zus|partner)\b"
)


def _corrected_gemeente(said: str, state: ConversationState) -> dict[str, Any]:
    """ "Nee, Breda": a short correction that is a place corrects the caregiver's gemeente, or the
    naaste's when it names them ("mijn moeder woont in Kampen" is read by the listening)."""
    if len(said.split()) > 4:
        return {}
    match = match_gemeente_answer(said)
    if match.status is not MatchStatus.OK or match.gemeente is None:
        return {}
    fact = "care_recipient_gemeente" if _NAASTE_WORDS.search(said.lower()) else "gemeente"
    code = match.gemeente.code
    if getattr(state, fact) == code:
        return {}
    if state.lives_with_care_recipient is True:
        # Living together: one home, so the naaste moves with the correction.
        return {"gemeente": code, "care_recipient_gemeente": code}
    return {fact: code}


def _give_up_summary(text: str, state: ConversationState, services: Services) -> Reading:
    facts = _own_words(state, "summary", text) if text and not text.startswith("/") else {}
    return Reading(facts, progress={"summary_confirmed": True})


def _ask_correction(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(CORRECTION_TEXT)


def _read_correction(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    # The facts in a correction are read by the engine, like every message, and by the reader of
    # the fact it names; a plain "het klopt toch" goes back to the read-back.
    corrected = _corrected_facts(turn, state, services)
    if corrected:
        return Reading(corrected, follow_up=("summary", {}))
    if yes_or_no(turn) is True and _only_agreement(turn.text):
        return Reading(progress={"summary_confirmed": True})
    return NOT_READ


# --- the burden check -------------------------------------------------------------------------


def _ask_check_offer(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return check.offer(services.instrument())


def _read_check_offer(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    agreed = _agreement(turn, yes_intents=("start_assessment",))
    if agreed is None:
        return NOT_READ
    return Reading(progress={"check": CHECK_ACCEPTED if agreed else CHECK_DECLINED})


def _give_up_check_offer(text: str, state: ConversationState, services: Services) -> Reading:
    return Reading(progress={"check": CHECK_DECLINED})


def _ask_item(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    instrument = services.instrument()
    message = check.question(instrument, state.assessment_answers or {})
    return message or BotMessage("")


def _read_item(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    instrument = services.instrument()
    reading = check.read_answer(
        instrument, state.assessment_answers or {}, turn.text, turn.entity("answer")
    )
    if not reading.understood:
        if meaning_of(turn.text) == "partly":
            # "Soms", "een beetje": understood, but the test counts only ja or nee.
            return Reading(
                unclear=u(
                    state,
                    "Bij deze test telt alleen ja of nee. Wat past het best bij u: ja of nee?",
                    "Bij deze test telt alleen ja of nee. Wat past het best bij jou: ja of nee?",
                )
            )
        return NOT_READ
    return Reading({"assessment_answers": reading.answers})


def _give_up_item(text: str, state: ConversationState, services: Services) -> Reading:
    instrument = services.instrument()
    answers = dict(state.assessment_answers or {})
    item = check.next_item(instrument, answers)
    if item is not None:
        answers[item.id] = None  # type: ignore[assignment]  # skipped: scored as not answered
    return Reading({"assessment_answers": answers})


def _short_retry_item(state: ConversationState) -> str:
    return u(
        state,
        "Ja of nee? Past geen van beide, dan kunt u deze zin overslaan.",
        "Ja of nee? Past geen van beide, dan kun je deze zin overslaan.",
    )


def _retry_item(state: ConversationState) -> str:
    return u(
        state,
        "Ik begreep uw antwoord niet goed. Kies 'Ja' of 'Nee'.",
        "Ik begreep je antwoord niet goed. Kies 'Ja' of 'Nee'.",
    )


# --- what would help --------------------------------------------------------------------------

NEED_BUTTONS = (
    answer_button("Even vrij zijn", "even_vrij"),
    answer_button("Hulp in huis", "praktische_hulp"),
    answer_button("Praten met iemand", "emotionele_steun"),
    answer_button("Anderen ontmoeten", "lotgenoten"),
    answer_button("Geld en regelingen", "financieel"),
    answer_button("Werk en zorg", "werk_en_zorg"),
)


def _ask_needs(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Wat zou u nu het meest helpen? Zeg het in uw eigen woorden, of kies.",
            "Wat zou jou nu het meest helpen? Zeg het in je eigen woorden, of kies.",
        ),
        NEED_BUTTONS,
    )


def _read_needs(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    answer = turn.entity("answer")
    needs = read_needs(turn.text, turn.intent, answer if answer in NEED_CATEGORIES else None)
    if needs is None or (
        turn.is_payload and not needs and turn.intent not in ("deny", "decline", "dont_know")
    ):
        return NOT_READ
    known_needs = list(state.needs or [])
    # What the answer names comes first; a wish told earlier in the story still counts.
    focus = list(
        dict.fromkeys(
            [need["category"] for need in needs]
            + [need["category"] for need in known_needs if need["category"] != "anders"]
        )
    )
    known_categories = {need["category"] for need in known_needs}
    return Reading(
        {"needs": known_needs + [n for n in needs if n["category"] not in known_categories]},
        progress={"needs_answered": True, "need_focus": focus},
    )


def _give_up_needs(text: str, state: ConversationState, services: Services) -> Reading:
    need = (
        [{"category": "anders", "text": text.strip()[:500]}]
        if text and not text.startswith("/")
        else []
    )
    return Reading({"needs": list(state.needs or []) + need}, progress={"needs_answered": True})


RESUME_BUTTONS = (Button("Ja, dat is goed", "/affirm"), Button("Nee, nu niet", "/deny"))


def _ask_resume_offer(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    if context.get("start_intake"):
        return BotMessage(
            u(
                state,
                "Wilt u intussen kijken welke hulp er voor u is? Dan stel ik u eerst een paar korte "
                "vragen.",
                "Wil je intussen kijken welke hulp er voor jou is? Dan stel ik je eerst een paar "
                "korte vragen.",
            ),
            RESUME_BUTTONS,
        )
    return BotMessage(
        u(
            state,
            "Wilt u intussen nog een paar vragen beantwoorden? Dan weet het steunpunt meer, en zoek ik "
            "hulp die bij u past.",
            "Wil je intussen nog een paar vragen beantwoorden? Dan weten ze meer, en zoek ik hulp die "
            "bij jou past.",
        ),
        RESUME_BUTTONS,
    )


def _read_resume_offer(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    # "Dank je wel, doei" to an offer to go on is a no, not a reason to ask again.
    agreed = _agreement(turn, yes_intents=("resume",), no_intents=("goodbye", "thank"))
    if agreed is None:
        return NOT_READ
    if agreed and context.get("start_intake"):
        return Reading(progress={"paused": False, "intake_started": True})
    return Reading(progress={"paused": not agreed})


# --- a person from the steunpunt --------------------------------------------------------------

STEUNPUNT_OFFER_BUTTONS = (
    Button("Ja, graag", "/affirm"),
    Button("Nee, dank u", "/deny"),
    Button("Wat wordt er gedeeld?", "/ask_why"),
)


def steunpunt_offer_text(state: ConversationState, services: Services) -> str:
    steunpunt = services.steunpunt_for(state.gemeente)
    if steunpunt is not None:
        return u(
            state,
            f"Wilt u dat een consulent van {steunpunt.name} contact met u opneemt? Dat is gratis.",
            f"Wil je dat iemand van {steunpunt.name} contact met je opneemt? Dat is gratis.",
        )
    return u(
        state,
        "Wilt u dat een consulent van het steunpunt mantelzorg contact met u opneemt? Dat is gratis.",
        "Wil je dat iemand van het steunpunt mantelzorg contact met je opneemt? Dat is gratis.",
    )


def _ask_steunpunt_offer(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    buttons = STEUNPUNT_OFFER_BUTTONS
    if state.young_caregiver:
        buttons = (buttons[0], Button("Nee, dank je", "/deny"), buttons[2])
    return BotMessage(steunpunt_offer_text(state, services), buttons)


def _read_yes_no_progress(name: str, yes: Any, no: Any) -> Callable[..., Reading]:
    def read(
        turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
    ) -> Reading:
        agreed = _agreement(turn, yes_intents=("request_human",))
        if agreed is None:
            return NOT_READ
        return Reading(progress={name: yes if agreed else no})

    return read


def _give_up_progress(
    name: str, value: Any
) -> Callable[[str, ConversationState, Services], Reading]:
    def give_up(text: str, state: ConversationState, services: Services) -> Reading:
        return Reading(progress={name: value})

    return give_up


# --- the handoff --------------------------------------------------------------------------------

CONSENT_BUTTONS = (
    Button("Ja, dat is goed", "/affirm"),
    Button("Nee, liever niet", "/deny"),
    Button("Wat wordt er gedeeld?", "/ask_why"),
)
READBACK_BUTTONS = (Button("Ja, dat klopt", "/affirm"), Button("Nee, aanpassen", "/deny"))
CHANNEL_BUTTONS = (
    Button("Bellen", '/give_contact{"answer": "telefoon"}'),
    Button("E-mail", '/give_contact{"answer": "email"}'),
)
TIME_BUTTONS = (
    Button("Ochtend", '/give_contact{"answer": "ochtend"}'),
    Button("Middag", '/give_contact{"answer": "middag"}'),
    Button("Maakt niet uit", '/give_contact{"answer": "maakt niet uit"}'),
)


def _handoff_reader(
    slot: str,
) -> Callable[[Turn, ConversationState, Services, dict[str, Any]], Reading]:
    """The handoff's own readers (bot.handoff.dialogue), for the question `slot`."""

    def read(
        turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
    ) -> Reading:
        reading = handoff.read_turn(
            Turn(turn.text, turn.intent, turn.entities, requested_slot=slot),
            state.facts(),
            services.steunpunt_for,
        )
        if slot not in reading.slots and not (
            slot == "contact_phone" and "contact_email" in reading.slots
        ):
            return Reading(
                unclear=reading.reply if reading.reply not in handoff.RETRY_TEXTS.values() else None
            )
        return Reading(
            dict(reading.slots),
            say=reading.reply if reading.reply == handoff.CORRECTED_TEXT else None,
        )

    return read


def _read_handoff_gemeente(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    """The gemeente, read like the intake's, and with it the steunpunt (or none)."""
    reading = read_gemeente("gemeente")(turn, state, services, context)
    code = reading.facts.get("gemeente")
    if code in (UNKNOWN, DECLINED) or (
        not reading.understood and _said(turn) and not reading.unclear
    ):
        return Reading({"handoff_steunpunt": handoff.NO_STEUNPUNT})
    if not code:
        return reading
    steunpunt = services.steunpunt_for(code)
    return Reading(
        {"gemeente": code, "handoff_steunpunt": steunpunt.id if steunpunt else handoff.NO_STEUNPUNT}
    )


def _ask_handoff_gemeente(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "In welke gemeente woont u? Dan weet ik welk steunpunt mantelzorg bij u hoort.",
            "In welke gemeente woon je? Dan weet ik welk steunpunt bij jou hoort.",
        ),
        (Button("Zeg ik liever niet", "/decline"),),
    )


def _ask_consent(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    steunpunt = services.steunpunt(state.handoff_steunpunt)
    if steunpunt is None:
        return BotMessage("")
    if state.progress.live == LIVE_CHOSEN:
        return BotMessage(live_texts.live_consent_question(steunpunt.name), CONSENT_BUTTONS)
    return BotMessage(
        handoff.consent_question(steunpunt, bool(state.young_caregiver)), CONSENT_BUTTONS
    )


def _read_consent(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    agreed = _agreement(turn, no_intents=("stop", "decline"))
    if agreed is None:
        return NOT_READ
    return Reading({"handoff_consent": handoff.GIVEN if agreed else handoff.REFUSED})


def _ask_name(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Hoe mag de consulent u noemen? Uw voornaam is genoeg.",
            "Hoe mogen ze je noemen? Je voornaam is genoeg.",
        ),
        (Button("Zeg ik liever niet", "/decline"),),
    )


def _ask_reach(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Hoe kan het steunpunt u bereiken? Schrijf uw telefoonnummer of uw e-mailadres.",
            "Hoe kunnen ze je bereiken? Schrijf je telefoonnummer of je e-mailadres.",
        )
    )


def _give_up_reach(text: str, state: ConversationState, services: Services) -> Reading:
    if insisted := unknown_phone_number_as_written(text):
        # Written the same way after "kijkt u het nog even na?": their number, as they know it.
        return Reading(
            {"contact_phone": insisted}, say=u(state, NUMBER_AS_WRITTEN, NUMBER_AS_WRITTEN_JE)
        )
    return Reading(progress={"handoff": HANDOFF_UNAVAILABLE}, say=no_contact_text(state, services))


NUMBER_AS_WRITTEN = (
    "Goed, ik geef het nummer door zoals u het schreef. Klopt het toch niet? Dan kan het steunpunt "
    "u niet bellen."
)
NUMBER_AS_WRITTEN_JE = (
    "Goed, ik geef het nummer door zoals je het schreef. Klopt het toch niet? Dan kunnen ze je "
    "niet bellen."
)


def no_contact_text(state: ConversationState, services: Services) -> str:
    steunpunt = services.steunpunt(state.handoff_steunpunt)
    text = u(
        state,
        "Zonder telefoonnummer of e-mailadres kan het steunpunt u niet bereiken. Ik geef daarom niets door.",
        "Zonder telefoonnummer of e-mailadres kunnen ze je niet bereiken. Ik geef daarom niets door.",
    )
    return f"{text} {handoff.refused_text(steunpunt).removeprefix('Dat is goed. Ik geef niets door. ')}"


def _ask_channel(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(state, "Wat is voor u het prettigst?", "Wat vind je het prettigst?"), CHANNEL_BUTTONS
    )


def _ask_time(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Wanneer bent u het best te bereiken? U mag het ook in uw eigen woorden zeggen.",
            "Wanneer kunnen ze je het best bellen? Je mag het ook in je eigen woorden zeggen.",
        ),
        TIME_BUTTONS,
    )


def _ask_readback(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(handoff.contact_readback(state.facts()), READBACK_BUTTONS)


def _read_readback(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    reading = handoff.read_turn(
        Turn(turn.text, turn.intent, turn.entities, requested_slot="contact_confirmed"),
        state.facts(),
        services.steunpunt_for,
    )
    if reading.slots:
        return Reading(dict(reading.slots), say=reading.reply)
    if yes_or_no(turn) is False:
        return Reading(follow_up=("contact_correction", {}))
    return NOT_READ


def _ask_contact_correction(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(handoff.RETRY_TEXTS["contact_confirmed"])


def _read_contact_correction(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    reading = _read_readback(turn, state, services, context)
    if reading.follow_up:
        return NOT_READ
    if (
        reading.facts
        and "contact_confirmed" in reading.facts
        and reading.facts["contact_confirmed"] is None
    ):
        return Reading(reading.facts, say=reading.say, follow_up=("contact_confirmed", {}))
    return reading


def _give_up_readback(text: str, state: ConversationState, services: Services) -> Reading:
    facts: dict[str, Any] = {"contact_confirmed": True}
    if text and not text.startswith("/"):
        facts.update(_own_words(state, "contact", text))
    return Reading(facts)


# --- erasure ------------------------------------------------------------------------------------

ERASE_BUTTONS = (Button("Ja, verwijder alles", "/affirm"), Button("Nee, toch niet", "/deny"))
ERASE_TEXT = (
    "Wilt u dat ik dit gesprek en uw gegevens verwijder? Dat kan ik niet terugdraaien.\n"
    "Een aanmelding die het steunpunt nog niet heeft opgepakt, trek ik dan ook in."
)
ERASE_TEXT_YOUNG = (
    "Wil je dat ik dit gesprek en je gegevens verwijder? Dat kan ik niet terugdraaien.\n"
    "Een aanmelding die het steunpunt nog niet heeft opgepakt, trek ik dan ook in."
)


def _ask_erase(state: ConversationState, services: Services, context: dict[str, Any]) -> BotMessage:
    return BotMessage(u(state, ERASE_TEXT, ERASE_TEXT_YOUNG), ERASE_BUTTONS)


def _read_erase(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    agreed = _agreement(turn, yes_intents=("erase_data",))
    if agreed is None:
        return NOT_READ
    return Reading(progress={"context": {"erase": agreed}})


START_OVER_BUTTONS = (Button("Ja, opnieuw beginnen", "/affirm"), Button("Nee, ga verder", "/deny"))


def _ask_start_over(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    return BotMessage(
        u(
            state,
            "Wilt u opnieuw beginnen? Wat u mij vertelde, vergeet ik dan.",
            "Wil je opnieuw beginnen? Wat je mij vertelde, vergeet ik dan.",
        ),
        START_OVER_BUTTONS,
    )


def _read_start_over(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    agreed = _agreement(turn, yes_intents=("start_over",))
    if agreed is None:
        return NOT_READ
    return Reading(progress={"context": {"start_over": agreed}})


# --- the catalogue ------------------------------------------------------------------------------


def _retry(text: str) -> Callable[[ConversationState], str]:
    return lambda state: text


def _same(message: str) -> Callable[[ConversationState], str]:
    return _retry(message)


NOT_UNDERSTOOD = "Dat antwoord begreep ik niet goed."


def _ask_live_choice(
    state: ConversationState, services: Services, context: dict[str, Any]
) -> BotMessage:
    steunpunt = services.steunpunt(state.handoff_steunpunt)
    name = steunpunt.name if steunpunt else "het steunpunt"
    return BotMessage(
        live_texts.choice_question(name),
        tuple(Button(title, payload) for title, payload in live_texts.choice_buttons()),
    )


def _read_live_choice(
    turn: Turn, state: ConversationState, services: Services, context: dict[str, Any]
) -> Reading:
    answer = next((e.get("value") for e in turn.entities if e.get("entity") == "answer"), None)
    if answer == "live_chat":
        return Reading(progress={"live": LIVE_CHOSEN})
    if answer == "live_callback":
        return Reading(progress={"live": LIVE_CALLBACK})
    return NOT_READ


QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        Question("relation", _ask_relation, _or_sentinel("relation", _read_relation), _retry("Ik begreep niet goed voor wie de zorg is."), _give_up_relation),
        Question("hours_per_week", _ask_hours, _or_sentinel("hours_per_week", _read_hours), _retry("Ik begreep het aantal uren niet goed."), _skip_or_words("hours_per_week")),
        Question("hours_proposal", _ask_hours_proposal, _read_hours_proposal, _retry(NOT_UNDERSTOOD), _skip_or_words("hours_per_week")),
        Question("duration_months", _ask_duration, _or_sentinel("duration_months", _read_duration), _retry("Ik begreep niet goed hoe lang al."), _skip_or_words("duration_months")),
        Question("duration_proposal", _ask_duration_proposal, _read_duration_proposal, _retry(NOT_UNDERSTOOD), _skip_or_words("duration_months")),
        Question("lives_with_care_recipient", _ask_lives, _or_sentinel("lives_with_care_recipient", _read_lives), _retry(NOT_UNDERSTOOD), _skip_or_words("lives_with_care_recipient")),
        Question("combines_with", _ask_combines, _or_sentinel("combines_with", _read_combines), _retry(NOT_UNDERSTOOD), _skip_or_words("combines_with")),
        Question("conditions", _ask_conditions, _or_sentinel("conditions", _read_conditions), _retry(NOT_UNDERSTOOD), _skip_or_words("conditions")),
        Question("age_group", _ask_age, _or_sentinel("age_group", _read_age), _retry("Die leeftijd begreep ik niet goed."), _skip_or_words("age_group")),
        Question("gemeente", _ask_gemeente, _or_sentinel("gemeente", read_gemeente("gemeente")), _retry("Die gemeente ken ik niet."), _skip_or_words("gemeente")),
        Question("care_recipient_gemeente", _ask_recipient_gemeente, _or_sentinel("care_recipient_gemeente", read_gemeente("care_recipient_gemeente")), _retry("Die gemeente ken ik niet."), _skip_or_words("care_recipient_gemeente")),
        Question("summary", _ask_summary, _read_summary, _retry(NOT_UNDERSTOOD), _give_up_summary, free_answer_allowed=False),
        Question("summary_correction", _ask_correction, _read_correction, _retry("Dat kon ik niet goed lezen."), _give_up_summary),
        Question("check_offer", _ask_check_offer, _read_check_offer, _retry(NOT_UNDERSTOOD), _give_up_check_offer, free_answer_allowed=False),
        Question("assessment_item", _ask_item, _read_item, _retry_item, _give_up_item, free_answer_allowed=False, short_retry=_short_retry_item),
        Question("needs", _ask_needs, _read_needs, _retry(NOT_UNDERSTOOD), _give_up_needs, hears_a_break_as_an_answer=True),
        Question("steunpunt_offer", _ask_steunpunt_offer, _read_yes_no_progress("steunpunt_offer", "accepted", "declined"), _retry(NOT_UNDERSTOOD), _give_up_progress("steunpunt_offer", "declined"), free_answer_allowed=False),
        Question("handoff_steunpunt", _ask_handoff_gemeente, _read_handoff_gemeente, _retry("Die gemeente ken ik niet."), _skip_or_words("handoff_steunpunt", handoff.NO_STEUNPUNT)),
        Question("handoff_consent", _ask_consent, _read_consent, _retry(NOT_UNDERSTOOD), lambda text, s, sv: Reading({"handoff_consent": handoff.REFUSED}), free_answer_allowed=False),
        Question("contact_name", _ask_name, _handoff_reader("contact_name"), _retry("Ik begreep niet goed hoe ik u mag noemen. Een voornaam is genoeg."), lambda text, s, sv: Reading({"contact_name": DECLINED})),
        # No free answer: an aanmelding without a way to reach the caregiver cannot be delivered.
        Question("contact_phone", _ask_reach, _handoff_reader("contact_phone"), _retry(handoff.RETRY_TEXTS["contact_phone"]), _give_up_reach, free_answer_allowed=False),
        Question("contact_preferred_channel", _ask_channel, _handoff_reader("contact_preferred_channel"), _retry("Kies 'Bellen' of 'E-mail'."), lambda text, s, sv: Reading({"contact_preferred_channel": "telefoon" if s.contact_phone else "email"}), free_answer_allowed=False),
        Question("contact_preferred_time", _ask_time, _handoff_reader("contact_preferred_time"), _retry(NOT_UNDERSTOOD), lambda text, s, sv: Reading({"contact_preferred_time": handoff.ANY_TIME})),
        Question("contact_confirmed", _ask_readback, _read_readback, _retry(handoff.RETRY_TEXTS["contact_confirmed"]), _give_up_readback, free_answer_allowed=False),
        Question("contact_correction", _ask_contact_correction, _read_contact_correction, _retry(handoff.RETRY_TEXTS["contact_phone"]), _give_up_readback),
        Question("live_choice", _ask_live_choice, _read_live_choice, _retry("Kies een van de twee knoppen."), lambda text, s, sv: Reading(progress={"live": LIVE_CALLBACK}), free_answer_allowed=False),
        Question("resume_offer", _ask_resume_offer, _read_resume_offer, _retry(NOT_UNDERSTOOD), _give_up_progress("paused", True), free_answer_allowed=False),
        Question("start_over_confirm", _ask_start_over, _read_start_over, _retry(NOT_UNDERSTOOD), lambda text, s, sv: Reading(progress={"context": {"start_over": False}}), free_answer_allowed=False),
        Question("erase_confirm", _ask_erase, _read_erase, _retry(NOT_UNDERSTOOD), lambda text, s, sv: Reading(progress={"context": {"erase": False}}), free_answer_allowed=False),
    )
}  # fmt: skip

INTAKE_QUESTIONS: tuple[str, ...] = (
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
HANDOFF_QUESTIONS = handoff.HANDOFF_QUESTIONS


def intake_questions_open(state: ConversationState) -> list[str]:
    """The intake questions still open, in the order they are asked."""
    open_questions = [name for name in INTAKE_QUESTIONS if getattr(state, name) is None]
    lives_apart = state.lives_with_care_recipient is False
    if not (lives_apart and known(state.gemeente)) and "care_recipient_gemeente" in open_questions:
        open_questions.remove("care_recipient_gemeente")
    return open_questions
