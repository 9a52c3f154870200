"""Rasa's tracker store as retention and erasure see it: the `events` table, one conversation
(sender id) at a time.

Rasa's SQLTrackerStore creates and owns the table (sender_id, type_name, timestamp in epoch
seconds, ...). Only the columns used here are declared, so the worker needs no Rasa import, and
nothing here creates the table: when it is missing (Rasa never ran) there is nothing to delete.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import Engine

EVENTS = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False),
    Column("timestamp", Float),
)


@dataclass(frozen=True)
class TrackerPurge:
    conversations: int = 0  # gone completely: no event was newer than the cut-off
    events: int = 0


def _missing_sqlite_file(engine: Engine) -> bool:
    """A SQLite tracker store that Rasa never opened; connecting would create an empty file."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return False
    return not Path(database).exists()


def has_events_table(engine: Engine) -> bool:
    return not _missing_sqlite_file(engine) and inspect(engine).has_table(EVENTS.name)


def senders_with_key(
    engine: Engine, conversation_key: str, key_of: Callable[[str], str]
) -> list[str]:
    """The sender ids whose key (`key_of`, bot.keys) is `conversation_key`.

    The app database holds only the key, and a keyed hash cannot be turned back, so every sender
    id in the tracker store is hashed and compared: one HMAC per conversation within the term.
    """
    if not has_events_table(engine):
        return []
    with engine.connect() as connection:
        sender_ids = connection.execute(select(EVENTS.c.sender_id).distinct()).scalars().all()
    return [
        sender_id
        for sender_id in sender_ids
        if hmac.compare_digest(key_of(sender_id), conversation_key)
    ]


def delete_conversation(engine: Engine, sender_id: str) -> int:
    """Delete every event of one conversation; how many. A second call deletes nothing."""
    if not has_events_table(engine):
        return 0
    with engine.begin() as connection:
        return connection.execute(delete(EVENTS).where(EVENTS.c.sender_id == sender_id)).rowcount


def delete_events_before(engine: Engine, cut_off: datetime) -> TrackerPurge:
    """Delete every event older than `cut_off` (aware), in every conversation, the live ones too.

    A conversation with old and new events keeps the new ones. Rasa rebuilds a tracker by
    replaying the events of its latest session (from its last `session_started`, or all events
    when none is left), so what remains loads as a shorter conversation without the slots the
    deleted events set, and the next turn is appended to it. `conversations` counts the
    conversations that had nothing newer and are gone completely.

    A turn that is running while this deletes may write back events of its own tracker (Rasa's
    save counts the stored events of the latest session); they are old, so the next round
    deletes them again.
    """
    if cut_off.tzinfo is None:
        raise ValueError("cut_off must be timezone-aware")
    if not has_events_table(engine):
        return TrackerPurge()
    before = cut_off.timestamp()
    gone_completely = (
        select(EVENTS.c.sender_id)
        .group_by(EVENTS.c.sender_id)
        .having(func.max(EVENTS.c.timestamp) < before)
    )
    with engine.begin() as connection:
        conversations = connection.execute(
            select(func.count()).select_from(gone_completely.subquery())
        ).scalar_one()
        events = connection.execute(delete(EVENTS).where(EVENTS.c.timestamp < before)).rowcount
    return TrackerPurge(conversations=conversations, events=events)
