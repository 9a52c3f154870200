"""One typed conversation state: what the caregiver told us and where the conversation is.

Rasa keeps it as slots. `from_slots` turns the tracker's slots into this object once, at the
adapter (actions/), and `to_slots` gives back what changed; the conversation logic only sees this
object. Every slot name exists once, as a field name here, and a test checks them against
domain.yml.

Facts use the handoff schema's terms (`../shared/contracts/handoff.schema.json`): an answer "weet ik
niet" is UNKNOWN and "zeg ik liever niet" is DECLINED, so the question is not asked again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from bot.intake.dialogue import DECLINED, NOT_ANSWERED, UNKNOWN

__all__ = ["DECLINED", "NOT_ANSWERED", "UNKNOWN"]

# Where the burden check is.
CHECK_OFFERED = "offered"
CHECK_ACCEPTED = "accepted"
CHECK_DECLINED = "declined"
CHECK_DONE = "done"
# Where the handoff is.
HANDOFF_ACTIVE = "active"
HANDOFF_DONE = "done"
HANDOFF_DECLINED = "declined"
HANDOFF_UNAVAILABLE = "unavailable"  # no steunpunt known, or no way to reach the caregiver
# The offer of a call from the steunpunt after triage.
OFFER_ASKED = "asked"
OFFER_ACCEPTED = "accepted"
OFFER_DECLINED = "declined"
# The live chat with a consultant (bot.live), offered during the handoff when someone is there.
# Progress.young_helper once the support for a young helper at home was shown.
YOUNG_HELPER_POINTED = "pointed"
LIVE_UNAVAILABLE = "unavailable"  # told that nobody can chat now: the aanmelding goes on
LIVE_CHOSEN = "chosen"  # "Nu chatten met een consulent": consent asked for the chat
LIVE_CALLBACK = "callback"  # "Laat mij terugbellen", or the chat expired: the aanmelding
LIVE_REQUESTED = "requested"  # in the queue or with a consultant: the assistant is silent


@dataclass
class Progress:
    """Where the conversation is. Stored as one slot (`progress`): it never leaves the chat."""

    asking: str | None = None  # the question the next message is read against
    attempts: int = 0  # misunderstood answers to `asking`
    context: dict[str, Any] = field(default_factory=dict)  # what `asking` needs to remember
    intake_started: bool = False
    summary_confirmed: bool = False
    check: str | None = None
    check_reported: bool = False
    # "Wat zou u het meest helpen?" was answered (needs heard earlier are only a hint).
    needs_answered: bool = False
    # What that answer asked for: the offers are searched for these first.
    need_focus: list[str] = field(default_factory=list)
    offers_shown: bool = False
    steunpunt_offer: str | None = None
    # The no was to an offer that could not name the steunpunt (the gemeente was not known yet):
    # once the check shows the care is too heavy, the named offer is asked once more.
    steunpunt_declined_unnamed: bool = False
    handoff: str | None = None
    paused: bool = False
    # The offer the caregiver saw last, so "kost dat geld?" is about that one.
    last_offer: str | None = None
    # The buttons of the last message, so a typed title is read as the button.
    buttons: list[list[str]] = field(default_factory=list)
    # Fingerprints of messages the caregiver said were not about a crisis, so the same words
    # typed again are not met with the same check question (a circle with no way out).
    not_a_crisis: list[str] = field(default_factory=list)
    # How often each question was put anew, so two questions that keep handing the turn to each
    # other cannot go round for ever (bot/conversation/engine.py, TIMES_ASKED_AT_MOST).
    times_asked: dict[str, int] = field(default_factory=dict)
    # A question that waits for the gemeente ("heeft het steunpunt een telefoonnummer?") while an
    # aanmelding asks for the gemeente itself: answered as soon as the gemeente is known.
    question_waiting: str | None = None
    # Where the live chat is (LIVE_*); None: not offered in this handoff.
    live: str | None = None
    # A live chat was asked for in this conversation: only then can one be open or have ended,
    # so only then does each turn read the live chat's state (a database read per turn).
    live_chat_asked: bool = False
    # A child under 18 who helps at home ("dochter"), until its support is shown after the offers;
    # then YOUNG_HELPER_POINTED, so that it is shown once.
    young_helper: str | None = None
    # Questions (by id) whose reason for an unclear answer was said (Question.unclear_said_once).
    unclear_said: list[str] = field(default_factory=list)
    # The naaste's age, told in passing ("een zoon van 10"): only to count "sinds hij 3 was" as
    # months; it is not asked and never leaves the chat.
    naaste_age: int | None = None

    @classmethod
    def from_slot(cls, value: Any) -> Progress:
        if not isinstance(value, Mapping):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in known})

    def to_slot(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ConversationState:
    # The situation (handoff schema `situation`, `caregiver.age_group`, `gemeente`).
    relation: str | None = None
    relation_word: str | None = None  # the caregiver's own word: "moeder", not "ouder"
    conditions: Any = None  # list of labels or the caregiver's words, or UNKNOWN/DECLINED
    hours_per_week: Any = None  # float, or UNKNOWN/DECLINED
    duration_months: Any = None  # float, or UNKNOWN/DECLINED
    lives_with_care_recipient: Any = None  # bool, or UNKNOWN/DECLINED
    combines_with: Any = None  # list of codes ([] = nothing besides the care), or UNKNOWN/DECLINED
    age_group: str | None = None
    gemeente: str | None = None  # CBS code, or UNKNOWN/DECLINED
    care_recipient_gemeente: str | None = None
    current_support: list[str] | None = None
    young_caregiver: bool | None = None
    # Answers in the caregiver's own words, by question, for the consultant.
    own_words: dict[str, str] | None = None
    # The burden check.
    assessment_answers: dict[str, str] | None = None
    assessment_result: dict[str, Any] | None = None
    # What would help, and what was shown.
    needs: list[dict[str, str]] | None = None
    offers_suggested: list[dict[str, Any]] | None = None
    triage_outcome: dict[str, Any] | None = None
    safety_urgency: str | None = None
    # The handoff to the steunpunt.
    handoff_steunpunt: str | None = None
    handoff_consent: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    contact_preferred_channel: str | None = None
    contact_preferred_time: str | None = None
    contact_confirmed: bool | None = None
    handoff_reference: str | None = None
    progress: Progress = field(default_factory=Progress)

    @classmethod
    def slot_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> ConversationState:
        values = {name: slots.get(name) for name in cls.slot_names() if name != "progress"}
        return cls(**values, progress=Progress.from_slot(slots.get("progress")))

    def to_slots(self) -> dict[str, Any]:
        slots = {name: getattr(self, name) for name in self.slot_names() if name != "progress"}
        slots["progress"] = self.progress.to_slot()
        return slots

    def changed_slots(self, before: Mapping[str, Any]) -> dict[str, Any]:
        """The slots whose value differs from `before` (the tracker's slots)."""
        now = self.to_slots()
        return {name: value for name, value in now.items() if before.get(name) != value}

    def facts(self) -> dict[str, Any]:
        """The facts as the handoff document and the knowledge search read them."""
        return {name: value for name, value in self.to_slots().items() if name != "progress"}

    def copy(self) -> ConversationState:
        return replace(self, progress=replace(self.progress))


def known(value: Any) -> bool:
    """A real answer: not missing, not 'weet ik niet', not 'zeg ik liever niet', not empty."""
    return value not in (None, "", *NOT_ANSWERED) and value != []
