"""The tracker store keeps a conversation's tracker between turns, and never one the database no
longer agrees with: erasure, retention, another replica, a turn that failed, a new session."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from bot.privacy.tracker_store import delete_conversation, delete_events_before
from bot.tracker_store import ConversationTrackerStore

DOMAIN = Domain.from_dict(
    {"slots": {"gemeente": {"type": "any", "mappings": [{"type": "custom"}]}}}
)
START = 1_800_000_000.0


@pytest.fixture
def database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def store(database: str) -> ConversationTrackerStore:
    return ConversationTrackerStore(DOMAIN, host=database)


@pytest.fixture
def engine(database: str, store: ConversationTrackerStore) -> Iterator[Engine]:
    engine = create_engine(database)
    yield engine
    engine.dispose()


def _retrieve(store: ConversationTrackerStore, sender_id: str) -> DialogueStateTracker | None:
    return asyncio.run(store.retrieve(sender_id))


def _turn(
    store: ConversationTrackerStore, sender_id: str, text: str, at: float
) -> DialogueStateTracker:
    """One turn as Rasa runs it: retrieve (or a new tracker), add the turn's events, save."""
    tracker = _retrieve(store, sender_id)
    if tracker is None:
        tracker = DialogueStateTracker.from_events(
            sender_id,
            [ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at)],
            DOMAIN.slots,
        )
    for event in (
        UserUttered(text, timestamp=at + 0.1),
        SlotSet("gemeente", text, timestamp=at + 0.2),
        BotUttered("ok", timestamp=at + 0.3),
        ActionExecuted("action_listen", timestamp=at + 0.4),
    ):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    return tracker


def _texts(tracker: DialogueStateTracker | None) -> list[str]:
    assert tracker is not None
    return [event.text for event in tracker.events if isinstance(event, UserUttered)]


def test_the_next_turn_gets_the_saved_tracker_without_reading_it_back(
    store: ConversationTrackerStore,
) -> None:
    saved = _turn(store, "a", "Zwolle", START)

    retrieved = _retrieve(store, "a")

    assert retrieved is saved
    assert retrieved.get_slot("gemeente") == "Zwolle"
    # Handed out once: a second reader (the REST API, say) reads the database instead.
    second = _retrieve(store, "a")
    assert second is not saved and _texts(second) == ["Zwolle"]


def test_what_the_memory_hands_out_equals_what_the_database_holds(
    store: ConversationTrackerStore, database: str
) -> None:
    for number, place in enumerate(["Zwolle", "Kampen", "Amersfoort"]):
        _turn(store, "a", place, START + number)

    from_memory = _retrieve(store, "a")
    from_database = asyncio.run(ConversationTrackerStore(DOMAIN, host=database).retrieve("a"))

    assert from_memory is not None and from_database is not None
    assert [e.as_dict() for e in from_memory.events] == [e.as_dict() for e in from_database.events]


def test_an_erased_conversation_is_not_handed_out_from_memory(
    store: ConversationTrackerStore, engine: Engine
) -> None:
    _turn(store, "a", "Zwolle", START)

    assert delete_conversation(engine, "a") > 0

    assert _retrieve(store, "a") is None


def test_events_deleted_by_retention_are_not_handed_out_from_memory(
    store: ConversationTrackerStore, engine: Engine
) -> None:
    _turn(store, "a", "Zwolle", START)
    _turn(store, "a", "Kampen", START + 100)

    delete_events_before(engine, datetime.fromtimestamp(START + 50, timezone.utc))

    assert _texts(_retrieve(store, "a")) == ["Kampen"]


def test_a_turn_saved_by_another_replica_is_read_from_the_database(
    store: ConversationTrackerStore, database: str
) -> None:
    _turn(store, "a", "Zwolle", START)
    other_replica = ConversationTrackerStore(DOMAIN, host=database)
    _turn(other_replica, "a", "Kampen", START + 1)

    assert _texts(_retrieve(store, "a")) == ["Zwolle", "Kampen"]


def test_a_turn_that_failed_before_its_save_leaves_nothing_behind(
    store: ConversationTrackerStore,
) -> None:
    _turn(store, "a", "Zwolle", START)
    half_done = _retrieve(store, "a")
    assert half_done is not None
    half_done.update(UserUttered("niet opgeslagen", timestamp=START + 1))

    assert _texts(_retrieve(store, "a")) == ["Zwolle"]


def test_a_tracker_that_began_a_new_session_is_read_back_as_its_new_session(
    store: ConversationTrackerStore,
) -> None:
    tracker = _turn(store, "a", "Zwolle", START)
    tracker = _retrieve(store, "a")
    assert tracker is not None
    later = START + 7200
    for event in (
        ActionExecuted("action_session_start", timestamp=later),
        SessionStarted(timestamp=later),
        UserUttered("Kampen", timestamp=later + 0.1),
    ):
        tracker.update(event)
    asyncio.run(store.save(tracker))

    assert _texts(_retrieve(store, "a")) == ["Kampen"]


def test_only_the_most_recently_saved_conversations_are_kept(database: str) -> None:
    store = ConversationTrackerStore(DOMAIN, host=database, max_conversations=2)
    saved = {sender: _turn(store, sender, "Zwolle", START) for sender in ("a", "b", "c")}

    assert _retrieve(store, "a") is not saved["a"]
    assert _retrieve(store, "b") is saved["b"] and _retrieve(store, "c") is saved["c"]
