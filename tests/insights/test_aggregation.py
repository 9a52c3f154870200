"""The dashboard's figures: counted per gemeente and period, small cells hidden through the
totals, the first contact as median and p90, and the CSV as the table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.insights import recording
from bot.insights.aggregation import Period, csv_rows, dashboard
from bot.insights.charts import chart
from bot.insights.events import Event, NotCoded, week_of
from bot.insights.suppression import COMPLEMENT, SMALL

WEEK = week_of(date(2026, 11, 3))  # in 2026-Q4
Q4 = Period.parse("2026-Q4")
assert Q4 is not None


def _store(sessions: sessionmaker[Session], count: int, kind: str, **values: object) -> None:
    week = values.pop("week", WEEK)
    gemeente = values.pop("gemeente", "GM0193")
    event = Event(kind, week, gemeente=gemeente, **values)  # type: ignore[arg-type]
    recording.store(sessions, [event] * count)


def test_only_the_gemeente_and_period_asked_for_are_counted(
    sessions: sessionmaker[Session],
) -> None:
    _store(sessions, 20, "conversation", channel="web")
    _store(sessions, 15, "conversation", channel="whatsapp")
    _store(sessions, 30, "conversation", channel="web", gemeente="GM0166")
    _store(sessions, 40, "conversation", channel="web", week=WEEK - timedelta(weeks=20))
    assert Q4 is not None
    figures = dashboard(sessions, ["GM0193"], Q4)
    assert figures.conversations.text == "35"
    together = dashboard(sessions, ["GM0193", "GM0166"], Q4)
    assert together.conversations.text == "65"
    assert not figures.demo


def test_a_need_row_hides_the_small_count_and_the_number_asked(
    sessions: sessionmaker[Session],
) -> None:
    _store(sessions, 25, "need", need="even_vrij", met=True)
    _store(sessions, 4, "need", need="even_vrij", met=False)
    _store(sessions, 12, "need", need="werk_en_zorg", met=False)
    _store(sessions, 11, "need", need="werk_en_zorg", met=True)
    assert Q4 is not None
    headline = dashboard(sessions, ["GM0193"], Q4).headline
    # Sorted by what was not met: werk_en_zorg (12) before even_vrij (4, hidden).
    assert [row.key for row in headline.rows] == ["werk_en_zorg", "even_vrij"]
    even_vrij = headline.rows[1]
    # Asked, met, not met: the total is hidden rather than the 25, which matters more.
    assert [cell.text for cell in even_vrij.cells] == [COMPLEMENT, "25", SMALL]
    assert [cell.text for cell in headline.rows[0].cells] == ["23", "11", "12"]


def test_a_small_total_hides_a_whole_distribution(sessions: sessionmaker[Session]) -> None:
    _store(sessions, 5, "check", band="hoog", channel="web")
    _store(sessions, 2, "check", band="laag", channel="web")
    assert Q4 is not None
    figures = dashboard(sessions, ["GM0193"], Q4)
    belasting = figures.table("belasting")
    assert belasting is not None and belasting.total is not None
    assert belasting.total.cells[0].text == SMALL
    texts = {row.key: row.cells[0].text for row in belasting.rows}
    assert texts == {"laag": SMALL, "matig": "0", "hoog": SMALL, "onbekend": "0"}
    # Nothing hidden is drawn or exported as its count.
    assert ">5<" not in chart(belasting) and "5" not in [c for r in csv_rows(belasting) for c in r]


def test_days_to_first_contact_median_p90_and_share_on_time(
    sessions: sessionmaker[Session],
) -> None:
    for days, count in ((1, 10), (2, 5), (3, 3), (8, 2)):
        _store(sessions, count, "first_contact", urgency="hoog", days=days, on_time=days <= 3)
    assert Q4 is not None
    figures = {f.label: f.text for f in dashboard(sessions, ["GM0193"], Q4).figures}
    assert figures["Dagen tot het eerste contact (mediaan)"] == "1 dag"
    assert figures["Dagen tot het eerste contact (9 van de 10 binnen)"] == "3 dagen"
    # 18 on time, 2 late: the late ones are a small cell, so no share that gives them away.
    assert figures["Binnen de beloofde tijd"] == "niet getoond (kleine aantallen)"
    _store(sessions, 10, "first_contact", urgency="normaal", days=9, on_time=False)
    figures = {f.label: f.text for f in dashboard(sessions, ["GM0193"], Q4).figures}
    assert figures["Binnen de beloofde tijd"] == "60%"


def test_offers_never_shown_are_named(sessions: sessionmaker[Session]) -> None:
    _store(sessions, 12, "offer_shown", offer_id="gm0193_dagbesteding")
    _store(sessions, 3, "offer_opened", offer_id="gm0193_dagbesteding")
    assert Q4 is not None
    figures = dashboard(
        sessions,
        ["GM0193"],
        Q4,
        {"gm0193_dagbesteding": "Dagbesteding", "gm0193_cafe": "Mantelzorgcafé"},
        ["gm0193_dagbesteding", "gm0193_cafe"],
    )
    assert figures.never_shown == ("Mantelzorgcafé",)
    aanbod = figures.table("aanbod")
    assert aanbod is not None
    assert [(r.label, [c.text for c in r.cells]) for r in aanbod.rows] == [
        ("Dagbesteding", ["12", SMALL])
    ]


def test_the_csv_rows_are_the_tables_cells(sessions: sessionmaker[Session]) -> None:
    _store(sessions, 1200, "conversation", channel="web")
    _store(sessions, 3, "conversation", channel="whatsapp")
    assert Q4 is not None
    reach = dashboard(sessions, ["GM0193"], Q4).table("bereik")
    assert reach is not None
    rows = list(csv_rows(reach))
    assert rows[0] == ["", "Gesprekken", "Situatie verteld", "Test gedaan"]
    assert rows[1] == ["Chat op de website", COMPLEMENT, "0", "0"]
    assert rows[2] == ["WhatsApp", SMALL, "0", "0"]
    assert rows[-1] == ["Totaal", "1203", "0", "0"]
    # On the page a large count has the Dutch thousands separator.
    assert reach.total is not None and reach.total.cells[0].text == "1.203"


def test_periods_are_whole_iso_weeks() -> None:
    q1 = Period.parse("2026-Q1")
    assert q1 is not None
    assert q1.first_week == date(2025, 12, 29)  # the week of Thursday 1 January 2026
    assert q1.last_week == date(2026, 3, 23)
    year = Period.parse("2026")
    assert year is not None and year.label == "2026"
    assert Period.parse("2026-Q5") is None and Period.parse("x") is None
    assert [p.key for p in q1.previous_quarters(3)] == ["2026-Q1", "2025-Q4", "2025-Q3"]


def test_an_event_takes_only_codes() -> None:
    with pytest.raises(NotCoded):
        Event("intake", WEEK, relation="mijn moeder Ria")
    with pytest.raises(NotCoded):
        Event("offer_shown", WEEK, offer_id="Bel 06-12345678")
    with pytest.raises(NotCoded):
        Event("conversation", WEEK + timedelta(days=1))  # not a Monday
    with pytest.raises(NotCoded):
        Event("conversation", WEEK, gemeente="Zwolle")
