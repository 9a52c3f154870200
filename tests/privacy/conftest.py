"""Real SQLite files: the app database from the models, the tracker store made by Rasa's own
SQLTrackerStore with real events, and a clock the tests set."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

import bot.handoff.models
import bot.portal.models
import bot.privacy.models  # noqa: F401  (register the tables on Base.metadata)
from bot.db import Base, create_db_engine, create_session_factory
from bot.handoff.models import Handoff, HandoffNote
from bot.handoff.store import create_handoff
from bot.privacy.tracker_store import EVENTS
from tests.handoff.conftest import make_document, make_steunpunt

NOW = datetime(2026, 11, 24, 13, 5, tzinfo=timezone.utc)
KEY = "a" * 64
OTHER_KEY = "b" * 64


@pytest.fixture
def session_factory(tmp_path: Path) -> Iterator[sessionmaker]:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'app.db'}")
    Base.metadata.create_all(engine)
    try:
        yield create_session_factory(engine)
    finally:
        engine.dispose()


@pytest.fixture
def tracker_store(tmp_path: Path) -> Iterator[Any]:
    """Rasa's SQLTrackerStore on its own file: the `events` table exactly as Rasa makes it."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    # One slot, so a test can see whether a slot set by a deleted event is still there.
    domain = Domain.from_dict(
        {"slots": {"contact_name": {"type": "text", "mappings": [{"type": "custom"}]}}}
    )
    store = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    yield store
    store.engine.dispose()


@pytest.fixture
def tracker_engine(tmp_path: Path, tracker_store: Any) -> Iterator[Engine]:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
    yield engine
    engine.dispose()


def conversation(sender_id: str, *times: datetime) -> Any:
    """A tracker with a session start and, at each time, a caregiver message and an answer."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    first = times[0].timestamp()
    events: list[Any] = [
        ActionExecuted("action_session_start", timestamp=first),
        SessionStarted(timestamp=first),
        ActionExecuted("action_listen", timestamp=first),
    ]
    for at in times:
        stamp = at.timestamp()
        events += [
            UserUttered("Ik zorg voor mijn moeder", timestamp=stamp),
            BotUttered("Dat is veel. Vertel eens meer.", timestamp=stamp + 1),
            ActionExecuted("action_listen", timestamp=stamp + 1),
        ]
    return DialogueStateTracker.from_events(sender_id, events)


def save(store: Any, tracker: Any) -> None:
    asyncio.run(store.save(tracker))


def retrieve(store: Any, sender_id: str) -> Any:
    return asyncio.run(store.retrieve(sender_id))


def event_count(engine: Engine, sender_id: str | None = None) -> int:
    query = select(func.count()).select_from(EVENTS)
    if sender_id is not None:
        query = query.where(EVENTS.c.sender_id == sender_id)
    with engine.connect() as connection:
        return connection.execute(query).scalar_one()


def store_handoff(
    session_factory: sessionmaker,
    reference: str,
    *,
    key: str | None = KEY,
    status: str = "nieuw",
    claimed_by: str | None = None,
    closed_at: datetime | None = None,
    webhook: bool = False,
    note: bool = False,
) -> str:
    """An aanmelding with its outbox and consent record, then put in the state the test needs."""
    steunpunt = make_steunpunt(
        handoff_webhook="https://steunpunt.example.org/hook" if webhook else None
    )
    stored = create_handoff(
        session_factory,
        make_document(reference=reference, steunpunt=steunpunt),
        steunpunt,
        conversation_key=key,
        contact_phone_key="c" * 64,
    )
    with session_factory() as session, session.begin():
        handoff = session.execute(
            select(Handoff).where(Handoff.reference == stored.reference)
        ).scalar_one()
        handoff.status = status
        handoff.claimed_by = claimed_by
        handoff.closed_at = closed_at
        if note:
            handoff.notes.append(
                HandoffNote(author="consulent", text="Mevrouw belt terug.", created_at=NOW)
            )
    return stored.reference


def days(count: float) -> timedelta:
    return timedelta(days=count)
