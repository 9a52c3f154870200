from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.db import Base, create_db_engine
from bot.handoff.models import ConsentRecord, Handoff, HandoffNote, OutboxEntry
from bot.keys import conversation_key
from bot.privacy.erasure import (
    ERASURE_DELAY,
    SECOND_PASS_AFTER,
    ErasureResult,
    HeldHandoff,
    TrackerConversations,
    erase_handoff_by_staff,
    process_erasure_requests,
    request_erasure,
)
from bot.privacy.models import AuditEntry, ErasureRequest
from bot.privacy.tracker_store import delete_conversation
from bot.settings import PROJECT_ROOT
from tests.handoff.conftest import FATIMA, make_steunpunt
from tests.privacy.conftest import (
    KEY,
    NOW,
    OTHER_KEY,
    conversation,
    event_count,
    retrieve,
    save,
    store_handoff,
)

SENDER = "whatsapp:+31612345678"
OTHER_SENDER = "4f1c2d9e-socketio"
STEUNPUNT_ID = make_steunpunt().id
# What the stored aanmelding holds about the caregiver and the situation (tests.handoff.conftest).
PRIVATE = (
    FATIMA.name,
    "El Amrani",
    "06-12345678",
    "0612345678",
    "06 12345678",
    FATIMA.email,
    "dementie",
    "dagbesteding",
    "mijn moeder",
    "middags",
)


def _handoff(session_factory: sessionmaker, reference: str) -> Handoff | None:
    with session_factory() as session:
        return session.execute(
            select(Handoff).where(Handoff.reference == reference)
        ).scalar_one_or_none()


def _count(session_factory: sessionmaker, model: type, *where: Any) -> int:
    with session_factory() as session:
        return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _outbox_statuses(session_factory: sessionmaker, reference: str) -> list[str]:
    with session_factory() as session:
        query = select(OutboxEntry.status).where(OutboxEntry.handoff_reference == reference)
        return sorted(session.execute(query).scalars())


def _set_outbox(session_factory: sessionmaker, reference: str, transport: str, status: str) -> None:
    with session_factory() as session, session.begin():
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.handoff_reference == reference, OutboxEntry.transport == transport)
            .values(status=status)
        )


# --- withdrawing the conversation's aanmelding ---------------------------------------------------


def test_an_unclaimed_aanmelding_is_withdrawn_and_its_personal_data_removed(
    session_factory: sessionmaker,
) -> None:
    reference = store_handoff(session_factory, "MZ-AAAAA1", note=True)

    result = request_erasure(session_factory, SENDER, KEY, NOW)

    assert result == ErasureResult(withdrawn=(reference,), consent_records=1)
    handoff = _handoff(session_factory, reference)
    assert handoff is not None
    assert (handoff.status, handoff.closed_at, handoff.claimed_by) == ("ingetrokken", NOW, None)
    assert handoff.contact_phone_key is None  # the daily cap's hash of the number goes too
    assert set(handoff.document) == {"reference", "steunpunt", "urgency", "withdrawn_at"}
    assert handoff.document["reference"] == reference
    assert handoff.document["steunpunt"]["id"] == STEUNPUNT_ID
    stored = json.dumps(handoff.document, ensure_ascii=False)
    for private in PRIVATE:
        assert private not in stored
    assert _outbox_statuses(session_factory, reference) == []
    assert _count(session_factory, HandoffNote) == 0
    assert _count(session_factory, ConsentRecord) == 0


@pytest.mark.parametrize("status", ["pending", "failed", "sending"])
def test_no_notice_of_a_withdrawn_aanmelding_is_left_to_send(
    session_factory: sessionmaker, status: str
) -> None:
    reference = store_handoff(session_factory, "MZ-AAAAA1")
    _set_outbox(session_factory, reference, "email", status)

    request_erasure(session_factory, SENDER, KEY, NOW)

    assert _outbox_statuses(session_factory, reference) == []


def test_a_delivered_notice_stays_as_the_record_that_it_was_sent(
    session_factory: sessionmaker,
) -> None:
    reference = store_handoff(session_factory, "MZ-AAAAA1", webhook=True)
    _set_outbox(session_factory, reference, "email", "delivered")

    result = request_erasure(session_factory, SENDER, KEY, NOW)

    assert result.withdrawn == (reference,)
    assert result.copy_at_steunpunt == ()
    assert _outbox_statuses(session_factory, reference) == ["delivered"]


@pytest.mark.parametrize("webhook_status", ["delivered", "sending"])
def test_a_document_already_sent_by_webhook_is_named_so_the_caregiver_can_ask_the_steunpunt(
    session_factory: sessionmaker, webhook_status: str
) -> None:
    reference = store_handoff(session_factory, "MZ-AAAAA1", webhook=True)
    _set_outbox(session_factory, reference, "webhook", webhook_status)

    result = request_erasure(session_factory, SENDER, KEY, NOW)

    assert result.withdrawn == (reference,)
    assert result.copy_at_steunpunt == (HeldHandoff(reference, STEUNPUNT_ID),)
    assert _handoff(session_factory, reference).status == "ingetrokken"


@pytest.mark.parametrize(
    ("status", "claimed_by"),
    [
        ("in_behandeling", "consulent"),
        ("nieuw", "consulent"),
        ("afgerond", "consulent"),
        ("ingetrokken", None),  # closed by the steunpunt itself
    ],
)
def test_an_aanmelding_the_steunpunt_has_taken_up_stays_with_it(
    session_factory: sessionmaker, status: str, claimed_by: str | None
) -> None:
    closed_at = NOW - timedelta(days=2) if status in ("afgerond", "ingetrokken") else None
    reference = store_handoff(
        session_factory, "MZ-AAAAA1", status=status, claimed_by=claimed_by, closed_at=closed_at
    )
    before = _handoff(session_factory, reference)

    result = request_erasure(session_factory, SENDER, KEY, NOW)

    assert result == ErasureResult(claimed=(HeldHandoff(reference, STEUNPUNT_ID),))
    after = _handoff(session_factory, reference)
    assert (after.status, after.claimed_by, after.closed_at) == (status, claimed_by, closed_at)
    assert after.document == before.document
    assert _outbox_statuses(session_factory, reference) == ["pending"]
    assert _count(session_factory, ConsentRecord) == 1


def test_only_this_conversations_data_is_touched(session_factory: sessionmaker) -> None:
    mine = store_handoff(session_factory, "MZ-AAAAA1")
    claimed = store_handoff(
        session_factory, "MZ-AAAAA2", status="in_behandeling", claimed_by="consulent"
    )
    theirs = store_handoff(session_factory, "MZ-AAAAA3", key=OTHER_KEY)
    with session_factory() as session, session.begin():
        session.add(
            ConsentRecord(
                conversation_key=KEY,
                purpose="handoff",
                text_version="toestemming-2026-11",
                scope=["contact"],
                given_at=NOW,
                handoff_reference=None,
            )
        )

    result = request_erasure(session_factory, SENDER, KEY, NOW)

    assert result.withdrawn == (mine,)
    assert result.claimed == (HeldHandoff(claimed, STEUNPUNT_ID),)
    assert result.consent_records == 2  # the withdrawn one's and the loose one
    with session_factory() as session:
        consents = set(session.execute(select(ConsentRecord.handoff_reference)).scalars())
    assert consents == {claimed, theirs}
    other = _handoff(session_factory, theirs)
    assert other.status == "nieuw" and FATIMA.name in json.dumps(other.document)
    assert _outbox_statuses(session_factory, theirs) == ["pending"]


def test_a_withdrawn_aanmelding_keeps_no_conversation_key_and_a_kept_one_does(
    session_factory: sessionmaker,
) -> None:
    withdrawn = store_handoff(session_factory, "MZ-AAAAA1")
    kept = store_handoff(session_factory, "MZ-AAAAA2", status="in_behandeling", claimed_by="c")

    request_erasure(session_factory, SENDER, KEY, NOW)

    assert _handoff(session_factory, withdrawn).conversation_key is None
    # The steunpunt keeps the claimed one: the caregiver may still ask the chat about it.
    assert _handoff(session_factory, kept).conversation_key == KEY
    assert _count(session_factory, ConsentRecord, ConsentRecord.conversation_key == KEY) == 1


def test_asking_twice_changes_nothing_more(session_factory: sessionmaker) -> None:
    reference = store_handoff(session_factory, "MZ-AAAAA1")
    request_erasure(session_factory, SENDER, KEY, NOW)
    first = _handoff(session_factory, reference)

    again = request_erasure(session_factory, SENDER, KEY, NOW + timedelta(minutes=5))

    assert again == ErasureResult()
    second = _handoff(session_factory, reference)
    assert (second.status, second.closed_at, second.document) == (
        "ingetrokken",
        first.closed_at,
        first.document,
    )
    assert _count(session_factory, ErasureRequest) == 2


def test_the_request_keeps_the_sender_id_until_the_turn_is_saved(
    session_factory: sessionmaker,
) -> None:
    request_erasure(session_factory, SENDER, KEY, NOW)

    with session_factory() as session:
        request = session.execute(select(ErasureRequest)).scalar_one()
    assert request.sender_id == SENDER
    assert request.not_before == NOW + ERASURE_DELAY
    assert timedelta(seconds=3) <= ERASURE_DELAY <= timedelta(minutes=1)


# --- deleting the conversation from the tracker store ---------------------------------------------


def test_the_worker_deletes_the_whole_conversation_once_due_and_nothing_else(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    save(tracker_store, conversation(SENDER, NOW - timedelta(days=3), NOW - timedelta(minutes=2)))
    save(tracker_store, conversation(OTHER_SENDER, NOW - timedelta(minutes=1)))
    others = event_count(tracker_engine, OTHER_SENDER)
    request_erasure(session_factory, SENDER, KEY, NOW)

    too_early = process_erasure_requests(session_factory, tracker_engine, NOW)
    assert too_early == 0 and event_count(tracker_engine, SENDER) > 0

    assert process_erasure_requests(session_factory, tracker_engine, NOW + ERASURE_DELAY) == 1
    assert event_count(tracker_engine, SENDER) == 0
    assert event_count(tracker_engine, OTHER_SENDER) == others
    # Kept for its second pass, not due again before then.
    assert _count(session_factory, ErasureRequest) == 1
    assert process_erasure_requests(session_factory, tracker_engine, NOW + ERASURE_DELAY) == 0
    assert process_erasure_requests(session_factory, tracker_engine, NOW + SECOND_PASS_AFTER) == 1
    assert _count(session_factory, ErasureRequest) == 0
    # Safe to run again: nothing left to do.
    assert process_erasure_requests(session_factory, tracker_engine, NOW + SECOND_PASS_AFTER) == 0


def test_a_turn_saved_after_the_first_pass_is_deleted_by_the_second(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    tracker = conversation(SENDER, NOW - timedelta(minutes=3))
    save(tracker_store, tracker)
    request_erasure(session_factory, SENDER, KEY, NOW)
    process_erasure_requests(session_factory, tracker_engine, NOW + ERASURE_DELAY)
    assert event_count(tracker_engine, SENDER) == 0

    # The caregiver wrote again at once; Rasa saves that turn with every event it held.
    save(tracker_store, tracker)
    assert event_count(tracker_engine, SENDER) > 0

    process_erasure_requests(session_factory, tracker_engine, NOW + SECOND_PASS_AFTER)
    assert event_count(tracker_engine, SENDER) == 0
    assert _count(session_factory, ErasureRequest) == 0


def test_the_save_at_the_end_of_the_turn_does_not_bring_the_conversation_back(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    from rasa.shared.core.events import ActionExecuted, BotUttered

    tracker = conversation(SENDER, NOW - timedelta(minutes=3))
    save(tracker_store, tracker)
    # The turn that runs action_erase_conversation: the action asks, Rasa then saves the turn.
    request_erasure(session_factory, SENDER, KEY, NOW)
    stamp = NOW.timestamp()
    tracker.update(ActionExecuted("action_erase_conversation", timestamp=stamp))
    tracker.update(BotUttered("Ik verwijder dit gesprek.", timestamp=stamp))
    tracker.update(ActionExecuted("action_listen", timestamp=stamp))
    save(tracker_store, tracker)

    process_erasure_requests(session_factory, tracker_engine, NOW + ERASURE_DELAY)

    assert event_count(tracker_engine, SENDER) == 0
    assert retrieve(tracker_store, SENDER) is None


def test_why_the_action_does_not_delete_itself_rasa_writes_the_events_back(
    tracker_store: Any, tracker_engine: Engine
) -> None:
    tracker = conversation(SENDER, NOW - timedelta(minutes=3))
    save(tracker_store, tracker)
    stored = event_count(tracker_engine, SENDER)

    delete_conversation(tracker_engine, SENDER)
    save(tracker_store, tracker)

    assert event_count(tracker_engine, SENDER) == stored


def test_a_tracker_store_rasa_never_used_still_clears_the_request(
    session_factory: sessionmaker, tmp_path: Path
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'leeg.db'}")
    request_erasure(session_factory, SENDER, KEY, NOW)
    try:
        assert process_erasure_requests(session_factory, engine, NOW + SECOND_PASS_AFTER) == 1
    finally:
        engine.dispose()
    assert _count(session_factory, ErasureRequest) == 0


def test_erasure_logs_counts_only(
    session_factory: sessionmaker,
    tracker_store: Any,
    tracker_engine: Engine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    save(tracker_store, conversation(SENDER, NOW - timedelta(minutes=3)))
    store_handoff(session_factory, "MZ-AAAAA1")
    caplog.set_level(logging.DEBUG)

    request_erasure(session_factory, SENDER, KEY, NOW)
    process_erasure_requests(session_factory, tracker_engine, NOW + ERASURE_DELAY)

    assert "withdrawn=1 claimed=0 consent_records=1" in caplog.text
    for private in (SENDER, "31612345678", KEY, *PRIVATE):
        assert private not in caplog.text


# --- a coordinator erases an aanmelding -----------------------------------------------------------


SECRET = "geheim-voor-de-test"


def _keyed(sender_id: str) -> str:
    return conversation_key(sender_id, SECRET)


def _conversations(tracker_engine: Engine) -> TrackerConversations:
    return TrackerConversations(tracker_engine, _keyed)


def test_staff_erasure_deletes_everything_and_writes_one_audit_entry(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    reference = store_handoff(
        session_factory, "MZ-AAAAA1", status="in_behandeling", claimed_by="consulent", note=True
    )
    other = store_handoff(session_factory, "MZ-AAAAA2", webhook=True)

    assert erase_handoff_by_staff(
        session_factory,
        reference,
        "coordinator",
        NOW,
        conversations=_conversations(tracker_engine),
    )

    assert _handoff(session_factory, reference) is None
    assert _outbox_statuses(session_factory, reference) == []
    assert _count(session_factory, HandoffNote) == 0
    assert _count(session_factory, ConsentRecord, ConsentRecord.handoff_reference == reference) == 0
    with session_factory() as session:
        entries = session.execute(select(AuditEntry)).scalars().all()
    assert [(e.at, e.actor, e.action, e.handoff_reference, e.detail) for e in entries] == [
        (NOW, "coordinator", "erase", reference, None)
    ]
    assert _handoff(session_factory, other) is not None
    assert _outbox_statuses(session_factory, other) == ["pending", "pending"]
    assert _count(session_factory, ConsentRecord) == 1


def test_staff_erasure_deletes_the_caregivers_conversation_and_only_that_one(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    save(tracker_store, conversation(SENDER, NOW - timedelta(days=3), NOW - timedelta(hours=1)))
    save(tracker_store, conversation(OTHER_SENDER, NOW - timedelta(hours=2)))
    reference = store_handoff(session_factory, "MZ-AAAAA1", key=_keyed(SENDER))
    other_events = event_count(tracker_engine, OTHER_SENDER)

    erase_handoff_by_staff(
        session_factory, reference, "coordinator", NOW, conversations=_conversations(tracker_engine)
    )

    assert event_count(tracker_engine, SENDER) == 0
    assert retrieve(tracker_store, SENDER) is None  # Rasa knows no such conversation any more
    assert event_count(tracker_engine, OTHER_SENDER) == other_events
    # A turn that was running writes its events back; the worker's second pass deletes them.
    save(tracker_store, conversation(SENDER, NOW - timedelta(minutes=1)))
    process_erasure_requests(session_factory, tracker_engine, NOW + ERASURE_DELAY)
    process_erasure_requests(session_factory, tracker_engine, NOW + SECOND_PASS_AFTER)
    assert event_count(tracker_engine, SENDER) == 0
    assert _count(session_factory, ErasureRequest) == 0
    assert event_count(tracker_engine, OTHER_SENDER) == other_events


def test_staff_erasure_of_an_aanmelding_without_conversation_key_leaves_the_chats_alone(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    save(tracker_store, conversation(SENDER, NOW - timedelta(hours=1)))
    events = event_count(tracker_engine, SENDER)
    reference = store_handoff(session_factory, "MZ-AAAAA1", key=None)

    erase_handoff_by_staff(
        session_factory, reference, "coordinator", NOW, conversations=_conversations(tracker_engine)
    )

    assert _handoff(session_factory, reference) is None
    assert event_count(tracker_engine, SENDER) == events
    assert _count(session_factory, ErasureRequest) == 0


def test_staff_erasure_of_an_unknown_reference_does_nothing(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    store_handoff(session_factory, "MZ-AAAAA1")

    assert not erase_handoff_by_staff(
        session_factory,
        "MZ-ONBEKD",
        "coordinator",
        NOW,
        conversations=_conversations(tracker_engine),
    )
    assert _count(session_factory, AuditEntry) == 0
    assert _count(session_factory, Handoff) == 1


# --- the migration ------------------------------------------------------------------------------


def _alembic(db_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", db_url)
    return config


def test_the_migration_creates_exactly_the_model_table_and_drops_it_again(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'migrated.db'}"
    config = _alembic(db_url)
    command.upgrade(config, "head")
    engine = create_db_engine(db_url)
    try:
        with engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
        assert [d for d in flat if "erasure_requests" in repr(d)] == []
        assert "erasure_requests" in inspect(engine).get_table_names()

        command.downgrade(config, "0005")
        assert "erasure_requests" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
