"""A steunpunt's opening hours, read from the knowledge base's own words.

The knowledge base keeps them as text for caregivers ("maandag tot en met vrijdag, 9.00 tot 12.00
uur"). `parse_hours` reads the usual Dutch ways of writing them; text it cannot read gives None,
and then the steunpunt offers no live chat (it is never guessed open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.text.words import fold_characters

LOCAL = ZoneInfo("Europe/Amsterdam")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAY = r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:en)?"
_DAY_RANGE = re.compile(rf"{_DAY}\s*(?:tot en met|t/m|-|–|tot)\s*{_DAY}")
_ONE_DAY = re.compile(_DAY)
_DAY_WORDS = {
    "werkdagen": range(0, 5),
    "weekdagen": range(0, 5),
    "elke dag": range(0, 7),
    "dagelijks": range(0, 7),
    "weekend": range(5, 7),
}
_TIME = r"(\d{1,2})(?:[.:](\d{2}))?"
_TIME_RANGE = re.compile(rf"{_TIME}\s*(?:uur\s*)?(?:tot|-|–)\s*{_TIME}")


@dataclass(frozen=True)
class OpeningHours:
    """Days (0 = Monday) and the times the steunpunt is open on each of them."""

    days: frozenset[int]
    periods: tuple[tuple[time, time], ...]

    def is_open(self, at: datetime) -> bool:
        local = at.astimezone(LOCAL)
        if local.weekday() not in self.days:
            return False
        now = local.time()
        return any(start <= now < end for start, end in self.periods)


def parse_hours(text: str | None) -> OpeningHours | None:
    if not text:
        return None
    folded = fold_characters(text)
    days: set[int] = set()
    for match in _DAY_RANGE.finditer(folded):
        first, last = DAYS.index(match.group(1)), DAYS.index(match.group(2))
        days.update(range(first, last + 1) if first <= last else ())
    without_ranges = _DAY_RANGE.sub(" ", folded)
    days.update(DAYS.index(match.group(1)) for match in _ONE_DAY.finditer(without_ranges))
    for word, named in _DAY_WORDS.items():
        if re.search(rf"\b{word}\b", folded):
            days.update(named)
    periods = []
    for match in _TIME_RANGE.finditer(folded):
        start = _time(match.group(1), match.group(2))
        end = _time(match.group(3), match.group(4))
        if start is not None and end is not None and start < end:
            periods.append((start, end))
    if not days or not periods:
        return None
    return OpeningHours(frozenset(days), tuple(periods))


def _time(hour: str, minute: str | None) -> time | None:
    h, m = int(hour), int(minute or 0)
    if h == 24 and m == 0:
        return time(23, 59, 59)
    if not (0 <= h < 24 and 0 <= m < 60):
        return None
    return time(h, m)
