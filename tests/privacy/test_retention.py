from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.db import create_db_engine
from bot.handoff.models import Handoff, HandoffNote, OutboxEntry
from bot.portal.models import AuditEntry, StaffUser
from bot.privacy.models import ConsentRecord
from bot.privacy.retention import (
    PurgeReport,
    RetentionPeriods,
    periods_from_settings,
    purge_expired,
)
from tests.privacy.conftest import (
    KEY,
    NOW,
    conversation,
    days,
    event_count,
    save,
    store_handoff,
)
from tests.support import development_settings

PERIODS = RetentionPeriods(conversation=days(30), handoff=days(365), audit=days(730))


def _count(session_factory: sessionmaker, model: type, *where: Any) -> int:
    with session_factory() as session:
        return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _references(session_factory: sessionmaker) -> set[str]:
    with session_factory() as session:
        return set(session.execute(select(Handoff.reference)).scalars())


# --- conversations ------------------------------------------------------------------------------


def test_idle_conversations_go_whole_and_live_ones_stay_whole(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    save(tracker_store, conversation("oud", NOW - days(45), NOW - days(31)))
    # Started long ago, but the caregiver wrote last week: every event stays, the old ones too.
    save(tracker_store, conversation("loopt-nog", NOW - days(60), NOW - days(7)))
    save(tracker_store, conversation("vandaag", NOW - timedelta(hours=1)))
    old_events = event_count(tracker_engine, "oud")
    running_events = event_count(tracker_engine, "loopt-nog")

    report = purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    assert (report.conversations, report.events) == (1, old_events)
    assert event_count(tracker_engine, "oud") == 0
    assert event_count(tracker_engine, "loopt-nog") == running_events
    assert event_count(tracker_engine, "vandaag") > 0


@pytest.mark.parametrize(
    ("last_message", "gone"),
    [
        (NOW - days(30) - timedelta(seconds=5), True),
        (NOW - days(29) - timedelta(hours=23), False),
        (NOW - days(365), True),
    ],
    ids=["just-over-the-term", "just-within-the-term", "a-year-old"],
)
def test_the_conversation_term_counts_from_the_last_event(
    session_factory: sessionmaker,
    tracker_store: Any,
    tracker_engine: Engine,
    last_message: datetime,
    gone: bool,
) -> None:
    # The answer comes one second after the message: keep the whole turn on the same side.
    save(tracker_store, conversation("gesprek", last_message - timedelta(seconds=2)))

    purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    assert (event_count(tracker_engine, "gesprek") == 0) is gone


def test_a_second_purge_deletes_nothing_more(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    save(tracker_store, conversation("oud", NOW - days(40)))
    store_handoff(session_factory, "MZ-AAAAA1", status="afgerond", closed_at=NOW - days(400))

    first = purge_expired(session_factory, tracker_engine, PERIODS, NOW)
    second = purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    assert (first.conversations, first.handoffs) == (1, 1)
    assert second == PurgeReport()


@pytest.mark.parametrize("file_exists", [False, True], ids=["no-file", "no-events-table"])
def test_a_tracker_store_rasa_never_used_is_nothing_to_purge(
    session_factory: sessionmaker, tmp_path: Path, file_exists: bool
) -> None:
    path = tmp_path / "leeg.db"
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        if file_exists:
            with engine.begin() as connection:
                connection.execute(text("CREATE TABLE iets (id INTEGER)"))
        assert purge_expired(session_factory, engine, PERIODS, NOW) == PurgeReport()
    finally:
        engine.dispose()
    # No empty tracker store is left behind for Rasa to find.
    assert path.exists() is file_exists


# --- aanmeldingen -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "claimed_by", "closed_days_ago", "gone"),
    [
        ("nieuw", None, None, False),
        ("in_behandeling", "consulent", None, False),
        ("afgerond", "consulent", 366, True),
        ("afgerond", "consulent", 364, False),
        ("ingetrokken", None, 400, True),
        ("ingetrokken", None, 100, False),
    ],
)
def test_only_closed_aanmeldingen_go_after_the_term_from_closing(
    session_factory: sessionmaker,
    tracker_engine: Engine,
    status: str,
    claimed_by: str | None,
    closed_days_ago: int | None,
    gone: bool,
) -> None:
    # Created three years ago: age alone never removes an aanmelding.
    later = NOW + days(3 * 365)
    closed_at = later - days(closed_days_ago) if closed_days_ago is not None else None
    reference = store_handoff(
        session_factory,
        "MZ-AAAAA1",
        status=status,
        claimed_by=claimed_by,
        closed_at=closed_at,
        webhook=True,
        note=True,
    )

    report = purge_expired(session_factory, tracker_engine, PERIODS, later)

    where = (OutboxEntry.handoff_reference == reference,)
    remaining = (
        _count(session_factory, Handoff, Handoff.reference == reference),
        _count(session_factory, OutboxEntry, *where),
        _count(session_factory, HandoffNote, HandoffNote.handoff_reference == reference),
        _count(session_factory, ConsentRecord, ConsentRecord.handoff_reference == reference),
    )
    assert remaining == ((0, 0, 0, 0) if gone else (1, 2, 1, 1))
    assert (report.handoffs, report.consent_records) == ((1, 1) if gone else (0, 0))


def test_purging_one_aanmelding_leaves_the_others(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    old = store_handoff(session_factory, "MZ-AAAAA1", status="afgerond", closed_at=NOW - days(400))
    recent = store_handoff(
        session_factory, "MZ-AAAAA2", status="afgerond", closed_at=NOW - days(10)
    )
    open_one = store_handoff(session_factory, "MZ-AAAAA3")

    purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    assert _references(session_factory) == {recent, open_one}
    assert old not in _references(session_factory)
    assert _count(session_factory, OutboxEntry) == 2
    assert _count(session_factory, ConsentRecord) == 2


# --- consent records and audit log --------------------------------------------------------------


def _consent(session_factory: sessionmaker, given_at: datetime, reference: str | None) -> None:
    with session_factory() as session, session.begin():
        session.add(
            ConsentRecord(
                conversation_key=KEY,
                purpose="handoff",
                text_version="toestemming-2026-11",
                scope=["contact"],
                given_at=given_at,
                handoff_reference=reference,
            )
        )


@pytest.mark.parametrize(
    ("given_days_ago", "reference", "gone"),
    [
        (31, None, True),
        (29, None, False),
        (31, "MZ-WEGWEG", True),  # its aanmelding was erased
    ],
    ids=["no-aanmelding-old", "no-aanmelding-recent", "aanmelding-gone"],
)
def test_consent_records_without_aanmelding_follow_the_conversation_term(
    session_factory: sessionmaker,
    tracker_engine: Engine,
    given_days_ago: int,
    reference: str | None,
    gone: bool,
) -> None:
    _consent(session_factory, NOW - days(given_days_ago), reference)

    report = purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    assert _count(session_factory, ConsentRecord) == (0 if gone else 1)
    assert report.consent_records == (1 if gone else 0)


def test_the_consent_record_of_an_open_aanmelding_stays_however_old(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    reference = store_handoff(session_factory, "MZ-AAAAA1")

    purge_expired(session_factory, tracker_engine, PERIODS, NOW + days(1000))

    assert _count(session_factory, ConsentRecord, ConsentRecord.handoff_reference == reference) == 1


def test_audit_entries_go_after_the_audit_term_and_staff_accounts_stay(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    with session_factory() as session, session.begin():
        for age in (731, 729, 1):
            session.add(
                AuditEntry(
                    at=NOW - days(age), actor="consulent", action="view", handoff_reference=None
                )
            )
        session.add(
            StaffUser(
                username="consulent",
                display_name="Consulent",
                password_hash="x",
                role="consultant",
                steunpunt_id="gm0193_steunpunt",
                active=True,
                created_at=NOW - days(2000),
            )
        )

    report = purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    with session_factory() as session:
        ages = sorted((NOW - at).days for at in session.execute(select(AuditEntry.at)).scalars())
    assert ages == [1, 729]
    assert report.audit_entries == 1
    assert _count(session_factory, StaffUser) == 1


# --- configuration ------------------------------------------------------------------------------


def test_the_terms_come_from_the_settings_with_documented_defaults() -> None:
    assert periods_from_settings(development_settings({})) == PERIODS
    configured = development_settings(
        {
            "STEUNWIJZER_RETENTION_CONVERSATION_DAYS": "7",
            "STEUNWIJZER_RETENTION_HANDOFF_DAYS": "90",
            "STEUNWIJZER_RETENTION_AUDIT_DAYS": "365",
        }
    )
    assert periods_from_settings(configured) == RetentionPeriods(days(7), days(90), days(365))


@pytest.mark.parametrize("field", ["conversation", "handoff", "audit"])
def test_a_term_shorter_than_a_day_is_refused(field: str) -> None:
    values = {"conversation": days(30), "handoff": days(365), "audit": days(730), field: days(0)}
    with pytest.raises(ValueError, match=field):
        RetentionPeriods(**values)


def test_the_clock_must_be_timezone_aware(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    with pytest.raises(ValueError):
        purge_expired(session_factory, tracker_engine, PERIODS, NOW.replace(tzinfo=None))
