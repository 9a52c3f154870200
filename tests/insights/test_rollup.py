"""The events become weekly counts, and the dashboard's figures stay the same."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db import Base, create_db_engine, create_session_factory, use_write_ahead_log
from bot.insights import recording
from bot.insights.aggregation import Period, csv_rows, dashboard
from bot.insights.demo import simulated_events
from bot.insights.events import Event, week_of
from bot.insights.models import InsightEvent, InsightWeek
from bot.insights.rollup import Reader, roll_up
from knowledge.__main__ import upgrade_database
from tests.databases import postgresql_server

TODAY = date(2026, 12, 3)  # a Thursday


def _tables(sessions: sessionmaker[Session], period: Period) -> list[list[list[str]]]:
    figures = dashboard(sessions, ["GM0193"], period)
    tables = [list(csv_rows(t)) for t in (figures.headline, *figures.tables)]
    return [*tables, [[f.label, f.text] for f in figures.figures], [[str(figures.demo)]]]


def _count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_the_figures_are_the_same_before_and_after_the_weeks_are_counted(
    sessions: sessionmaker[Session],
) -> None:
    events = simulated_events("GM0193", 40, TODAY, ["gm0193_a", "gm0193_b"])
    events += [Event("conversation", TODAY - timedelta(days=3), gemeente="GM0166")] * 5
    recording.store(sessions, events)
    periods = [Period.quarter_of(TODAY), Period.parse("2026"), Period.parse("2026-Q2")]
    before = [_tables(sessions, p) for p in periods if p is not None]
    assert roll_up(sessions) == len(events)
    after = [_tables(sessions, p) for p in periods if p is not None]
    assert after == before
    assert _count(sessions, InsightEvent) == 0
    assert _count(sessions, InsightWeek) > 0
    # A second run counts nothing twice; new events are added to the counts.
    assert roll_up(sessions) == 0
    assert [_tables(sessions, p) for p in periods if p is not None] == before
    recording.store(sessions, events[:50])
    half = [_tables(sessions, p) for p in periods if p is not None]
    roll_up(sessions)
    assert [_tables(sessions, p) for p in periods if p is not None] == half != before


def test_a_roll_up_while_the_dashboard_reads_counts_nothing_twice(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    use_write_ahead_log(url)  # as the product's database: readers and writers side by side
    engine = create_db_engine(url)
    Base.metadata.create_all(engine)
    try:
        sessions = create_session_factory(engine)
        event = Event("conversation", date(2026, 11, 30), gemeente="GM0193", channel="web")
        recording.store(sessions, [event] * 4)
        with sessions() as session:
            reader = Reader(session, ["GM0193"], date(2026, 1, 5), date(2026, 12, 28))
            assert reader.read("conversation", ("channel",)) == {("web",): 4}
            assert roll_up(sessions) == 4  # another process, between two reads of one page
            assert reader.read("conversation", ("demo",)) == {(False,): 4}
        with sessions() as session:
            reader = Reader(session, ["GM0193"], date(2026, 1, 5), date(2026, 12, 28))
            assert reader.read("conversation", ("demo",)) == {(False,): 4}
    finally:
        engine.dispose()


def test_retention_deletes_the_old_counts_too(sessions: sessionmaker[Session]) -> None:
    old = date(2024, 1, 1)
    recording.store(sessions, [Event("conversation", old, gemeente="GM0193", channel="web")] * 3)
    roll_up(sessions)
    assert _count(sessions, InsightWeek) > 0
    assert recording.purge_before(sessions, date(2025, 1, 1)) > 0
    assert _count(sessions, InsightWeek) == 0


@pytest.mark.servers
def test_the_roll_up_adds_to_the_counts_on_postgresql_too() -> None:
    with postgresql_server(["insights"]) as urls:
        url = urls["insights"]
        upgrade_database(url)
        engine = create_db_engine(url)
        try:
            pg = create_session_factory(engine)
            week = date(2026, 11, 30)
            event = Event("conversation", week, gemeente="GM0193", channel="web")
            recording.store(pg, [event] * 12)
            assert roll_up(pg) == 12
            recording.store(pg, [event] * 3)
            assert roll_up(pg) == 3  # added to the row of the same week (ON CONFLICT)
            q4 = Period.parse("2026-Q4")
            assert q4 is not None
            assert dashboard(pg, ["GM0193"], q4).conversations.text == "15"
            recording.store(pg, [event] * 2)
            with pg() as session:
                reader = Reader(session, ["GM0193"], week, week)
                assert reader.read("conversation", ("channel",)) == {("web",): 17}
                assert roll_up(pg) == 2
                assert reader.read("conversation", ("demo",)) == {(False,): 17}
        finally:
            engine.dispose()


def test_an_event_without_a_gemeente_is_not_stored(sessions: sessionmaker[Session]) -> None:
    week = week_of(date(2026, 11, 3))
    recording.store(
        sessions,
        [Event("intake", week, relation="ouder"), Event("live_requested", week, channel="web")],
    )
    with sessions() as session:
        assert session.execute(select(func.count()).select_from(InsightEvent)).scalar_one() == 0
