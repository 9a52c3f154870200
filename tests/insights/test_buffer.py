"""The write-behind buffer of the conversation's events (bot.insights.buffer), on real SQLite:
a turn only appends, a flush writes, a database that is away costs nothing and is caught up with,
and the orderly exit writes what is left."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db import Base, create_db_engine, create_session_factory
from bot.insights.buffer import EventBuffer
from bot.insights.events import Event, week_of
from bot.insights.models import InsightEvent

WEEK = week_of(date(2026, 12, 3))
NEVER_S = 3600.0  # the thread does not wake by itself during the test: only flush() writes


def _event(kind: str = "conversation") -> Event:
    return Event(kind, WEEK, gemeente="GM0193", channel="web")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The database's folder: renamed away, the database is down (SQLite opens the file anew for
    every connection)."""
    found = tmp_path / "db"
    found.mkdir()
    return found


@pytest.fixture
def sessions(folder: Path) -> Iterator[sessionmaker[Session]]:
    engine = create_db_engine(f"sqlite:///{folder / 'app.db'}")
    Base.metadata.create_all(engine)
    yield create_session_factory(engine)
    engine.dispose()


def _stored(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.execute(select(func.count()).select_from(InsightEvent)).scalar_one())


def test_a_turn_only_appends_and_a_flush_writes_in_one_go(
    sessions: sessionmaker[Session],
) -> None:
    buffer = EventBuffer(sessions, interval_s=NEVER_S)
    buffer.add([_event(), _event("intake")])
    buffer.add([Event("conversation", WEEK, channel="web")])  # no gemeente: never kept
    assert _stored(sessions) == 0 and buffer.pending == 2
    assert buffer.flush() == 2
    assert _stored(sessions) == 2 and buffer.pending == 0
    assert buffer.flush() == 0
    buffer.close()


def test_the_thread_writes_within_its_interval(sessions: sessionmaker[Session]) -> None:
    buffer = EventBuffer(sessions, interval_s=0.05)
    buffer.add([_event()])
    deadline = time.monotonic() + 10
    while _stored(sessions) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _stored(sessions) == 1
    buffer.close()


def test_a_database_that_is_down_costs_the_turn_nothing_and_is_caught_up_with(
    sessions: sessionmaker[Session], folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    buffer = EventBuffer(sessions, interval_s=NEVER_S)
    away = folder.with_name("away")
    folder.rename(away)
    buffer.add([_event(), _event()])  # the turn: no error, no wait
    assert buffer.flush() == 0  # no error either: logged, kept for the next try
    assert buffer.pending == 2
    assert "insights not stored yet: OperationalError; 2 events wait" in caplog.text
    assert "GM0193" not in caplog.text  # the log names no event
    away.rename(folder)
    buffer.add([_event("intake")])
    assert buffer.flush() == 3
    assert _stored(sessions) == 3 and buffer.dropped == 0
    buffer.close()


def test_while_the_database_is_down_at_most_max_pending_events_wait(
    sessions: sessionmaker[Session], folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    buffer = EventBuffer(sessions, interval_s=NEVER_S, max_pending=3)
    away = folder.with_name("away")
    folder.rename(away)
    buffer.add([_event() for _ in range(5)])
    assert buffer.pending == 3 and buffer.dropped == 2
    buffer.flush()
    assert "2 events dropped" in caplog.text
    away.rename(folder)
    assert buffer.flush() == 3
    buffer.close()


def test_the_orderly_exit_writes_what_is_buffered(sessions: sessionmaker[Session]) -> None:
    buffer = EventBuffer(sessions, interval_s=NEVER_S)
    buffer.add([_event()])  # starts the thread
    buffer.add([_event("intake")])
    buffer.close()
    assert _stored(sessions) == 2 and buffer.pending == 0
