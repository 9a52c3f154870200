"""Rasa's tracker store as retention and erasure see it: the `events` table, one conversation
(sender id) at a time.

Rasa's SQLTrackerStore creates and owns the table (sender_id, type_name, timestamp in epoch
seconds, ...). Only the columns used here are declared, so the worker needs no Rasa import, and
nothing here creates the table: when it is missing (Rasa never ran) there is nothing to delete.
"""

from __future__ import annotations

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
    conversations: int = 0
    events: int = 0


def _missing_sqlite_file(engine: Engine) -> bool:
    """A SQLite tracker store that Rasa never opened; connecting would create an empty file."""
    database = engine.url.database
    return (
        engine.url.get_backend_name() == "sqlite"
        and bool(database)
        and database != ":memory:"
        and not Path(database).exists()
    )


def has_events_table(engine: Engine) -> bool:
    return not _missing_sqlite_file(engine) and inspect(engine).has_table(EVENTS.name)


def delete_conversation(engine: Engine, sender_id: str) -> int:
    """Delete every event of one conversation; how many. A second call deletes nothing."""
    if not has_events_table(engine):
        return 0
    with engine.begin() as connection:
        return connection.execute(delete(EVENTS).where(EVENTS.c.sender_id == sender_id)).rowcount


def delete_idle_conversations(engine: Engine, last_event_before: datetime) -> TrackerPurge:
    """Delete the conversations whose LAST event is older than `last_event_before` (aware).

    Whole conversations only: one DELETE of every event of each idle sender, so a conversation
    that is still going on keeps all its history.
    """
    if last_event_before.tzinfo is None:
        raise ValueError("last_event_before must be timezone-aware")
    if not has_events_table(engine):
        return TrackerPurge()
    idle = (
        select(EVENTS.c.sender_id)
        .group_by(EVENTS.c.sender_id)
        .having(func.max(EVENTS.c.timestamp) < last_event_before.timestamp())
    )
    with engine.begin() as connection:
        conversations = connection.execute(
            select(func.count()).select_from(idle.subquery())
        ).scalar_one()
        if not conversations:
            return TrackerPurge()
        events = connection.execute(delete(EVENTS).where(EVENTS.c.sender_id.in_(idle))).rowcount
    return TrackerPurge(conversations=conversations, events=events)
