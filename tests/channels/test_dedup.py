"""First delivery wins, in the app database; the 24-hour window remembers the last message."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.orm import sessionmaker

from bot.channels.dedup import KEEP_FOR, ReplyWindow, first_delivery, last_user_message_at, prune
from bot.channels.models import CHANNEL_TABLES, ChannelMessage
from bot.db import Base, create_db_engine, create_session_factory
from bot.settings import PROJECT_ROOT

NOW = datetime(2026, 11, 24, 13, 0, tzinfo=timezone.utc)
KEY = "a" * 64


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'app.db'}"


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker]:
    engine = create_db_engine(db_url)
    Base.metadata.create_all(engine, tables=list(CHANNEL_TABLES))
    try:
        yield create_session_factory(engine)
    finally:
        engine.dispose()


def test_the_first_delivery_wins(sessions: sessionmaker) -> None:
    results = [first_delivery(sessions, "whatsapp", "wamid.1", KEY, NOW) for _ in range(3)]

    assert results == [True, False, False]


def test_the_same_id_on_another_channel_is_another_message(sessions: sessionmaker) -> None:
    assert first_delivery(sessions, "whatsapp", "id-1", KEY, NOW)
    assert first_delivery(sessions, "twilio_whatsapp", "id-1", KEY, NOW)
    assert first_delivery(sessions, "whatsapp", "id-2", KEY, NOW)


def test_simultaneous_deliveries_give_one_winner(sessions: sessionmaker) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(lambda _: first_delivery(sessions, "whatsapp", "wamid.x", KEY, NOW), range(8))
        )

    assert results.count(True) == 1


def test_no_text_and_no_phone_number_is_stored(sessions: sessionmaker) -> None:
    first_delivery(sessions, "whatsapp", "wamid.1", KEY, NOW)

    with sessions() as session:
        row = session.execute(select(ChannelMessage)).scalar_one()
    stored = {c.name: getattr(row, c.name) for c in ChannelMessage.__table__.columns}
    assert set(stored) == {"id", "channel", "message_id", "conversation_key", "received_at"}
    assert stored["received_at"] == NOW


def test_last_user_message_is_the_latest_of_the_conversation(sessions: sessionmaker) -> None:
    first_delivery(sessions, "whatsapp", "wamid.1", KEY, NOW - timedelta(hours=2))
    first_delivery(sessions, "whatsapp", "wamid.2", KEY, NOW - timedelta(hours=1))
    first_delivery(sessions, "whatsapp", "wamid.3", "b" * 64, NOW)

    assert last_user_message_at(sessions, "whatsapp", KEY) == NOW - timedelta(hours=1)
    assert last_user_message_at(sessions, "twilio_whatsapp", KEY) is None


def test_prune_keeps_ids_as_long_as_meta_retries(sessions: sessionmaker) -> None:
    first_delivery(sessions, "whatsapp", "old", KEY, NOW - KEEP_FOR - timedelta(minutes=1))
    first_delivery(sessions, "whatsapp", "week", KEY, NOW - timedelta(days=7))

    assert prune(sessions, NOW) == 1
    assert not first_delivery(sessions, "whatsapp", "week", KEY, NOW)
    assert first_delivery(sessions, "whatsapp", "old", KEY, NOW)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_window_from_memory_then_closed_after_a_day() -> None:
    lookups: list[str] = []
    clock = Clock(NOW)
    window = ReplyWindow(lambda key: lookups.append(key), clock)  # type: ignore[func-returns-value]

    window.note(KEY, NOW)
    assert window.is_open(KEY)
    assert lookups == []

    clock.now = NOW + timedelta(hours=24)
    assert not window.is_open(KEY)


def test_window_asks_the_database_for_a_conversation_it_has_not_seen(
    sessions: sessionmaker,
) -> None:
    first_delivery(sessions, "whatsapp", "wamid.1", KEY, NOW - timedelta(hours=3))
    window = ReplyWindow(lambda key: last_user_message_at(sessions, "whatsapp", key), Clock(NOW))

    assert window.is_open(KEY)
    assert not window.is_open("c" * 64)


def test_an_older_message_does_not_shorten_the_window() -> None:
    window = ReplyWindow(lambda key: None, Clock(NOW))

    window.note(KEY, NOW - timedelta(hours=1))
    window.note(KEY, NOW - timedelta(hours=30))  # a late retry of an old message

    assert window.is_open(KEY)


def test_memory_forgets_closed_windows() -> None:
    clock = Clock(NOW)
    window = ReplyWindow(lambda key: None, clock)
    for n in range(1500):
        window.note(f"{n:064d}", NOW - timedelta(days=2))
    window.note(KEY, NOW)

    assert len(window._last) < 1000
    assert window.is_open(KEY)


def _alembic(db_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", db_url)
    return config


def _table_diffs(db_url: str) -> list[Any]:
    engine = create_db_engine(db_url)
    try:
        with engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    return [d for d in flat if "channel_messages" in repr(d)]


def test_migration_creates_exactly_the_model_table_and_downgrades(db_url: str) -> None:
    config = _alembic(db_url)
    command.upgrade(config, "head")
    assert _table_diffs(db_url) == []

    engine = create_db_engine(db_url)
    try:
        factory = create_session_factory(engine)
        assert first_delivery(factory, "whatsapp", "wamid.1", KEY, NOW)
        assert not first_delivery(factory, "whatsapp", "wamid.1", KEY, NOW)

        command.downgrade(config, "0004")
        assert "channel_messages" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
