"""Dutch dates, times, numbers, amounts and phone numbers, written one way wherever a person reads
them: the chat, the consultant's summary, the portal and the e-mails.

The style, one per kind:
- date: the day, the month in words and the year, "3 december 2026"; with its weekday when the
  reader plans around it ("donderdag 3 december 2026"); the year left out only where the date is
  days away ("uiterlijk dinsdag 3 december").
- time: "14.05 uur"; a moment: "24 november 2026 om 14.05 uur", in Dutch local time.
- number: a decimal comma and no needless zeros, "12,5" and "8".
- amount: "€ 1.234,50", whole euros without cents, "€ 25".
- phone number: stored as +31612345678; written as it is dialled in the Netherlands, in its
  groups (`phonenumbers`): "06 12345678", "020 123 4567"; a foreign number stays international,
  "+32 470 12 34 56".
- list: "a, b en c".

This module imports no other project module, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

LOCAL_TIMEZONE = "Europe/Amsterdam"
UNKNOWN = "onbekend"
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
NL_COUNTRY_CODE = 31


def parse_moment(moment: datetime | str) -> datetime:
    """A datetime as it is, or one from RFC 3339 text ("2026-11-24T13:05:00Z")."""
    if isinstance(moment, datetime):
        return moment
    text = moment.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def local_time(moment: datetime | str) -> datetime:
    """The moment in Dutch local time (a machine without time zone data keeps it as given)."""
    parsed = parse_moment(moment)
    try:
        return parsed.astimezone(ZoneInfo(LOCAL_TIMEZONE))
    except ZoneInfoNotFoundError:  # UTC is still a correct time
        return parsed


def dutch_date(day: date | datetime | str, *, weekday: bool = False, year: bool = True) -> str:
    """'3 december 2026'; weekday=True: 'donderdag 3 december 2026'; year=False: '3 december'.

    A moment (a datetime or RFC 3339 text) is first put in Dutch local time, so its date is the
    one on a Dutch calendar.
    """
    if isinstance(day, (datetime, str)):
        day = local_time(day).date()
    text = f"{day.day} {MONTHS[day.month - 1]}"
    if year:
        text += f" {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def dutch_time(moment: datetime | str) -> str:
    """'14.05 uur', in Dutch local time."""
    return f"{local_time(moment):%H.%M} uur"


def dutch_datetime(moment: datetime | str) -> str:
    """'24 november 2026 om 14.05 uur', in Dutch local time."""
    local = local_time(moment)
    return f"{dutch_date(local)} om {dutch_time(local)}"


def dutch_number(value: float | int | Decimal) -> str:
    """12.5 -> '12,5', 8.0 -> '8': a decimal comma and no needless zeros."""
    return f"{float(value):g}".replace(".", ",")


def dutch_amount(value: float | int | Decimal) -> str:
    """1234.5 -> '€ 1.234,50', 25 -> '€ 25': thousands with a point, cents with a comma."""
    cents = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, fraction = f"{abs(cents):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"€ {sign}{grouped}" + ("" if fraction == "00" else f",{fraction}")


def dutch_phone(number: str) -> str:
    """A stored number as people dial it: +31612345678 -> '06 12345678', +31201234567 ->
    '020 123 4567', +32470123456 -> '+32 470 12 34 56'; anything else as stored."""
    # Alike in shape only with bot/handoff/contact.py, which checks a typed number; this one shows
    # a stored one.
    try:
        parsed = phonenumbers.parse(number, None)
    except NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    dutch = parsed.country_code == NL_COUNTRY_CODE
    style = PhoneNumberFormat.NATIONAL if dutch else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, style)


def dutch_list(words: Sequence[str]) -> str:
    """['a'] -> 'a'; ['a', 'b', 'c'] -> 'a, b en c'."""
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]
