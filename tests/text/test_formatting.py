"""bot.text.formatting: one Dutch style per kind, for the chat, the summary, the portal and the
e-mails."""

from __future__ import annotations

import ast
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from bot.settings import PROJECT_ROOT
from bot.text import formatting
from bot.text.formatting import (
    dutch_amount,
    dutch_date,
    dutch_datetime,
    dutch_list,
    dutch_number,
    dutch_phone,
    dutch_time,
    local_time,
)


def test_a_date_has_its_month_in_words_and_the_weekday_or_year_when_asked() -> None:
    day = date(2026, 12, 3)
    assert dutch_date(day) == "3 december 2026"
    assert dutch_date(day, weekday=True) == "donderdag 3 december 2026"
    assert dutch_date(day, weekday=True, year=False) == "donderdag 3 december"
    assert dutch_date(date(2027, 1, 1), year=False) == "1 januari"


def test_a_moment_is_dated_on_the_dutch_calendar() -> None:
    # 23.30 UTC on 31 December is already New Year's Day in Amsterdam.
    moment = datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)
    assert dutch_date(moment) == "1 januari 2027"
    assert dutch_date("2026-12-31T23:30:00Z", weekday=True) == "vrijdag 1 januari 2027"


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 24, 13, 5, tzinfo=timezone.utc), "24 november 2026 om 14.05 uur"),
        ("2026-11-24T13:05:00Z", "24 november 2026 om 14.05 uur"),
        ("2026-11-24T13:05:00+00:00", "24 november 2026 om 14.05 uur"),
        # Summer time: two hours ahead of UTC.
        (datetime(2026, 7, 1, 8, 30, tzinfo=timezone.utc), "1 juli 2026 om 10.30 uur"),
        (datetime(2026, 7, 1, 22, 0, tzinfo=timezone.utc), "2 juli 2026 om 00.00 uur"),
    ],
)
def test_a_moment_is_its_date_and_its_time_in_local_time(moment: object, expected: str) -> None:
    assert dutch_datetime(moment) == expected  # type: ignore[arg-type]


def test_a_time_has_a_point_and_uur() -> None:
    assert dutch_time(datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)) == "09.00 uur"
    assert local_time("2026-11-24T13:05:00Z").utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12.5, "12,5"), (8.0, "8"), (8, "8"), (0.25, "0,25"), (Decimal("3.50"), "3,5")],
)
def test_numbers_have_a_decimal_comma_and_no_needless_zeros(value: float, expected: str) -> None:
    assert dutch_number(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (25, "€ 25"),
        (25.0, "€ 25"),
        (12.5, "€ 12,50"),
        (Decimal("1234.5"), "€ 1.234,50"),
        (1_000_000, "€ 1.000.000"),
        (0.005, "€ 0,01"),
        (-7.25, "€ -7,25"),
    ],
)
def test_amounts_are_euros_with_points_for_thousands_and_a_comma_for_cents(
    value: float, expected: str
) -> None:
    assert dutch_amount(value) == expected


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+31612345678", "06 12345678"),
        ("+31201234567", "020 123 4567"),
        ("+31381234567", "038 123 4567"),
        ("+31851234567", "085 123 4567"),
        ("+32470123456", "+32 470 12 34 56"),
        ("+491711234567", "+49 171 1234567"),
        ("geen nummer", "geen nummer"),
    ],
)
def test_a_phone_number_is_written_as_dialled_in_the_netherlands(stored: str, shown: str) -> None:
    assert dutch_phone(stored) == shown


def test_lists_end_with_en() -> None:
    assert dutch_list([]) == ""
    assert dutch_list(["werk"]) == "werk"
    assert dutch_list(["werk", "studie"]) == "werk en studie"
    assert dutch_list(["werk", "studie", "school"]) == "werk, studie en school"


def test_the_module_imports_no_other_project_module() -> None:
    tree = ast.parse((PROJECT_ROOT / "bot" / "text" / "formatting.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
    }
    assert not imported & {"bot", "knowledge", "actions", "tests"}, imported
    assert formatting.__doc__ and "one per kind" in formatting.__doc__


@pytest.mark.parametrize(
    "path",
    [
        "bot/handoff/summary.py",
        "bot/handoff/dialogue.py",
        "bot/handoff/delivery.py",
        "bot/portal/labels.py",
        "bot/privacy/retention.py",
        "knowledge/details.py",
        "knowledge/search.py",
        "bot/web/templates/overview.html",
    ],
)
def test_no_other_module_formats_dates_or_phone_numbers_itself(path: str) -> None:
    source = (PROJECT_ROOT / path).read_text(encoding="utf-8")
    for own_format in (
        "%d-%m-%Y",
        "%Y-%m-%d",
        "%H.%M",
        'startswith("+31")',
        "MONTHS[",
        ':g}".replace',
    ):
        assert own_format not in source, f"{path} formats with {own_format!r}"
