from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.live.hours import parse_hours


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """December 2026 in UTC; the 7th is a Monday, Amsterdam is UTC+1."""
    return datetime(2026, 12, day, hour, minute, tzinfo=timezone.utc)


def test_the_demo_steunpunts_words_are_read_in_dutch_time() -> None:
    hours = parse_hours("maandag tot en met vrijdag, 9.00 tot 12.00 uur (voorbeeld)")
    assert hours is not None
    assert hours.is_open(at(8, 8, 0))  # Tuesday 9.00 in Zwolle
    assert not hours.is_open(at(8, 7, 59))  # 8.59
    assert not hours.is_open(at(8, 11, 0))  # 12.00: closed
    assert not hours.is_open(at(12, 9, 0))  # Saturday


@pytest.mark.parametrize(
    "text, open_at, closed_at",
    [
        ("ma t/m vr 9:00-17:00", None, None),
        ("maandag t/m donderdag 9.00 - 17.00 uur", at(10, 15), at(11, 15)),
        ("dinsdag en donderdag van 13.00 tot 16.30 uur", at(8, 14), at(7, 14)),
        ("maandag tot en met vrijdag 9.00-12.00 en 13.00-17.00", at(7, 13), at(7, 11, 30)),
        ("werkdagen, 9.00 tot 17.00 uur (voorbeeld)", at(11, 15), at(12, 10)),
        ("maandag, woensdag en donderdag, 9.00 tot 13.00 uur", at(9, 10), at(8, 10)),
    ],
)
def test_common_ways_of_writing_them(
    text: str, open_at: datetime | None, closed_at: datetime | None
) -> None:
    hours = parse_hours(text)
    if open_at is None:
        assert hours is None  # abbreviations are not guessed
        return
    assert hours is not None
    assert hours.is_open(open_at)
    assert closed_at is not None and not hours.is_open(closed_at)


@pytest.mark.parametrize("text", [None, "", "op afspraak", "elke werkdag"])
def test_unreadable_hours_mean_no_live_chat(text: str | None) -> None:
    assert parse_hours(text) is None
