"""One anonymous fact, as the insights record it: codes only, never words.

An event holds a kind, the ISO week it happened in (as that week's Monday), the gemeente's CBS code
and the coded facts of its kind. Every value is checked against a closed list of codes (or a
plain pattern for ids) before it is stored: a caregiver's words, a name, a phone number, an
e-mail address or a sender id cannot pass. Nothing links two events of one caregiver: there is no
conversation key, no time of day, no order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any, get_args

from bot.intake import dialogue as intake
from knowledge.offer import NeedCategory

KINDS = (
    "conversation",  # the caregiver's gemeente became known (channel)
    "intake",  # the intake was read back and confirmed (who)
    "check",  # a burden check was completed (instrument, band)
    "need",  # a need asked, when the offers were shown (need, met by a local offer)
    "offer_shown",  # an offer shown in the chat (offer_id)
    "offer_opened",  # the caregiver asked about an offer shown (offer_id)
    "handoff",  # an aanmelding was stored (urgency)
    "first_contact",  # the steunpunt's first contact, from the portal (urgency, days, on time)
    "handled",  # the steunpunt closed the aanmelding as afgerond, from the portal
    "live_requested",  # the caregiver asked for a live chat (channel)
    "live_taken",  # a consultant took the chat, from the portal (minutes waited)
    "live_expired",  # nobody took the chat in time, from the worker
)
UNKNOWN = "onbekend"
CHANNELS = ("web", "whatsapp", "rest", "other")
# Rasa's input channel names (bot.handoff.service.CHANNELS has the same).
CHANNEL_OF_INPUT = {
    "socketio": "web",
    "rest": "rest",
    "whatsapp": "whatsapp",
    "twilio_whatsapp": "whatsapp",
}
RELATIONS = (*intake.RELATIONS, UNKNOWN)
CONDITIONS = (
    "dementie",
    "kanker",
    "nah",
    "ggz",
    "ouderdom",
    "chronische_ziekte",
    "lichamelijke_beperking",
    "verstandelijke_beperking",
    "verslaving",
    "anders",
    UNKNOWN,
)
# Hours of care a week: up to 8 is not intensive (FACTS.md §1.8), over 40 is a full working week.
HOURS_BANDS = ("tot_8", "8_20", "20_40", "meer_40", UNKNOWN)
DURATION_BANDS = ("tot_3m", "3_12m", "1_5j", "meer_5j", UNKNOWN)
AGE_GROUPS = ("<18", "18-24", "25-64", "65-74", "75+", UNKNOWN)
YOUNG_AGE_GROUPS = ("<18", "18-24")  # jonge mantelzorgers (up to 25)
BESIDES = ("werk", "studie", "werk_en_studie", "geen", UNKNOWN)
BANDS = ("laag", "matig", "hoog", UNKNOWN)
URGENCIES = ("normaal", "hoog", "acuut")
NEEDS: tuple[str, ...] = get_args(NeedCategory)
ID_PATTERN = re.compile(r"^[a-z0-9_]{1,100}$")
GEMEENTE_PATTERN = re.compile(r"^GM[0-9]{4}$")
MAX_DAYS = 3650
# Whole minutes a caregiver waited for a consultant; a longer wait counts as this many.
MAX_MINUTES = 60


class NotCoded(ValueError):
    """A value that is not one of its codes: never stored."""


@dataclass(frozen=True)
class Event:
    kind: str
    week: date  # the Monday of the ISO week
    gemeente: str | None = None
    channel: str | None = None
    relation: str | None = None
    condition: str | None = None
    hours_band: str | None = None
    duration_band: str | None = None
    age_group: str | None = None
    besides: str | None = None
    instrument: str | None = None
    band: str | None = None
    need: str | None = None
    met: bool | None = None
    offer_id: str | None = None
    urgency: str | None = None
    days: int | None = None
    on_time: bool | None = None
    minutes: int | None = None
    demo: bool = False

    def __post_init__(self) -> None:
        check(self)

    def columns(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


CODES: Mapping[str, tuple[str, ...]] = {
    "kind": KINDS,
    "channel": CHANNELS,
    "relation": RELATIONS,
    "condition": CONDITIONS,
    "hours_band": HOURS_BANDS,
    "duration_band": DURATION_BANDS,
    "age_group": AGE_GROUPS,
    "besides": BESIDES,
    "band": BANDS,
    "need": NEEDS,
    "urgency": URGENCIES,
}


def check(event: Event) -> None:
    """Refuse anything that is not a code (NotCoded); the message names the field, not the value."""
    for name, codes in CODES.items():
        value = getattr(event, name)
        if value is not None and value not in codes:
            raise NotCoded(f"{name} is not one of its codes")
    for name in ("instrument", "offer_id"):
        value = getattr(event, name)
        if value is not None and not (isinstance(value, str) and ID_PATTERN.match(value)):
            raise NotCoded(f"{name} is not an id")
    if event.gemeente is not None and not GEMEENTE_PATTERN.match(event.gemeente):
        raise NotCoded("gemeente is not a CBS code")
    if event.days is not None and not (isinstance(event.days, int) and 0 <= event.days <= MAX_DAYS):
        raise NotCoded("days is out of range")
    if event.minutes is not None and not (
        isinstance(event.minutes, int) and 0 <= event.minutes <= MAX_MINUTES
    ):
        raise NotCoded("minutes is out of range")
    if not isinstance(event.week, date) or event.week.weekday() != 0:
        raise NotCoded("week is not a Monday")


def week_of(day: date) -> date:
    """The Monday of the ISO week of `day`: the only date an event keeps."""
    return day - timedelta(days=day.weekday())


def channel_of(input_channel: str | None) -> str:
    return CHANNEL_OF_INPUT.get(input_channel or "", "other")


def gemeente_code(value: Any) -> str | None:
    return value if isinstance(value, str) and GEMEENTE_PATTERN.match(value) else None


def hours_band(hours: Any) -> str:
    if isinstance(hours, bool) or not isinstance(hours, (int, float)):
        return UNKNOWN
    if hours <= 8:
        return "tot_8"
    if hours <= 20:
        return "8_20"
    return "20_40" if hours <= 40 else "meer_40"


def duration_band(months: Any) -> str:
    if isinstance(months, bool) or not isinstance(months, (int, float)):
        return UNKNOWN
    if months < 3:
        return "tot_3m"
    if months < 12:
        return "3_12m"
    return "1_5j" if months < 60 else "meer_5j"


def relation_code(relation: Any) -> str:
    return relation if relation in RELATIONS else UNKNOWN


def condition_code(conditions: Any) -> str:
    """The first label; the caregiver's own words become 'anders', never stored."""
    if not isinstance(conditions, list) or not conditions:
        return UNKNOWN
    first = conditions[0]
    return first if first in CONDITIONS else "anders"


def age_code(age_group: Any) -> str:
    return age_group if age_group in AGE_GROUPS else UNKNOWN


def besides_code(combines_with: Any) -> str:
    if not isinstance(combines_with, list):
        return UNKNOWN
    work = "werk" in combines_with
    study = "studie" in combines_with or "school" in combines_with
    if work and study:
        return "werk_en_studie"
    return "werk" if work else "studie" if study else "geen"


def band_code(level: Any) -> str:
    return level if level in BANDS else UNKNOWN


def need_codes(needs: Any) -> list[str]:
    """The need categories of the state's `needs` ([{"category": ...}]), each once, in order."""
    if not isinstance(needs, list):
        return []
    found = [n.get("category") for n in needs if isinstance(n, Mapping)]
    return list(dict.fromkeys(c for c in found if c in NEEDS))


def offer_ids(offers: Iterable[Any]) -> list[str]:
    ids = [o.get("id") for o in offers if isinstance(o, Mapping)]
    return [i for i in ids if isinstance(i, str) and ID_PATTERN.match(i)]
