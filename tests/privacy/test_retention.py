from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.db import create_db_engine
from bot.handoff.models import ConsentRecord, Handoff, HandoffNote, OutboxEntry
from bot.insights import recording
from bot.insights.events import Event, week_of
from bot.insights.models import InsightEvent, InsightWeek
from bot.portal.models import StaffUser
from bot.privacy.models import AuditEntry
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
    retrieve,
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


def _session(start: datetime, *turns: tuple[datetime, str | None]) -> list[Any]:
    """One session as Rasa stores it: its start, then per turn a message, maybe a slot, an answer."""
    from rasa.shared.core.events import (
        ActionExecuted,
        BotUttered,
        SessionStarted,
        SlotSet,
        UserUttered,
    )

    events: list[Any] = [
        ActionExecuted("action_session_start", timestamp=start.timestamp()),
        SessionStarted(timestamp=start.timestamp()),
        ActionExecuted("action_listen", timestamp=start.timestamp()),
    ]
    for at, name in turns:
        stamp = at.timestamp()
        events.append(UserUttered(f"bericht van {at:%d-%m}", timestamp=stamp))
        if name is not None:
            events.append(SlotSet("contact_name", name, timestamp=stamp))
        events += [
            BotUttered("Dank u.", timestamp=stamp + 1),
            ActionExecuted("action_listen", timestamp=stamp + 1),
        ]
    return events


def _tracker(sender_id: str, events: list[Any]) -> Any:
    from rasa.shared.core.trackers import DialogueStateTracker

    return DialogueStateTracker.from_events(sender_id, events)


def test_every_event_past_the_term_goes_also_in_a_conversation_that_goes_on(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    save(tracker_store, conversation("oud", NOW - days(45), NOW - days(31)))
    # Started long ago, and the caregiver wrote again last week: only last week stays.
    save(tracker_store, conversation("loopt-nog", NOW - days(60), NOW - days(7)))
    save(tracker_store, conversation("vandaag", NOW - timedelta(hours=1)))
    old_events = event_count(tracker_engine, "oud")
    running_events = event_count(tracker_engine, "loopt-nog")
    today_events = event_count(tracker_engine, "vandaag")

    report = purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    # The turn of last week (message, answer, listen) is all that is left of "loopt-nog".
    assert event_count(tracker_engine, "loopt-nog") == 3
    assert event_count(tracker_engine, "oud") == 0
    assert event_count(tracker_engine, "vandaag") == today_events
    assert report.conversations == 1
    assert report.events == old_events + running_events - 3


def test_a_conversation_without_its_early_events_still_loads_without_their_slots_and_goes_on(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    from rasa.shared.core.events import UserUttered

    # One long session: even its session start is past the term.
    events = _session(NOW - days(60), (NOW - days(60), "Fatima"), (NOW - days(7), None))
    save(tracker_store, _tracker("whatsapp:+31600000001", events))
    assert retrieve(tracker_store, "whatsapp:+31600000001").get_slot("contact_name") == "Fatima"

    purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    tracker = retrieve(tracker_store, "whatsapp:+31600000001")
    assert tracker.get_slot("contact_name") is None
    assert [event.text for event in tracker.events if isinstance(event, UserUttered)] == [
        f"bericht van {NOW - days(7):%d-%m}"
    ]
    # The next turn is added once: Rasa's save counts the stored events, nothing is doubled.
    tracker.update(UserUttered("nog een vraag", timestamp=NOW.timestamp()))
    save(tracker_store, tracker)
    assert event_count(tracker_engine, "whatsapp:+31600000001") == 4
    reloaded = retrieve(tracker_store, "whatsapp:+31600000001")
    assert [event.text for event in reloaded.events if isinstance(event, UserUttered)] == [
        f"bericht van {NOW - days(7):%d-%m}",
        "nog een vraag",
    ]


def test_old_sessions_go_whole_and_the_recent_session_loads_as_before(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    old = _session(NOW - days(45), (NOW - days(45), "Fatima"))
    recent = _session(NOW - days(2), (NOW - days(2), None))
    save(tracker_store, _tracker("widget", old + recent))
    before = retrieve(tracker_store, "widget")

    report = purge_expired(session_factory, tracker_engine, PERIODS, NOW)

    assert (report.conversations, report.events) == (0, len(old))
    assert event_count(tracker_engine, "widget") == len(recent)
    after = retrieve(tracker_store, "widget")
    assert [event.as_dict() for event in after.events] == [
        event.as_dict() for event in before.events
    ]


def test_a_slot_carried_over_to_a_new_session_stays_while_the_caregiver_comes_back(
    session_factory: sessionmaker, tracker_store: Any, tracker_engine: Engine
) -> None:
    from rasa.shared.core.events import SlotSet

    # domain.yml carries slots over: Rasa stores them again at the start of the new session.
    old = _session(NOW - days(45), (NOW - days(45), "Fatima"))
    carried = _session(NOW - days(10), (NOW - days(10), None))
    carried.insert(2, SlotSet("contact_name", "Fatima", timestamp=(NOW - days(10)).timestamp()))
    save(tracker_store, _tracker("widget", old + carried))

    purge_expired(session_factory, tracker_engine, PERIODS, NOW)
    assert retrieve(tracker_store, "widget").get_slot("contact_name") == "Fatima"

    # Thirty days without a message: nothing of it is left.
    purge_expired(session_factory, tracker_engine, PERIODS, NOW + days(21))
    assert event_count(tracker_engine, "widget") == 0


@pytest.mark.parametrize(
    ("last_message", "gone"),
    [
        (NOW - days(30) - timedelta(seconds=5), True),
        (NOW - days(29) - timedelta(hours=23), False),
        (NOW - days(365), True),
    ],
    ids=["just-over-the-term", "just-within-the-term", "a-year-old"],
)
def test_the_conversation_term_counts_from_each_event(
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
    # Created three years ago: an open one is warned first, never removed in the same round.
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

    where = (OutboxEntry.handoff_reference == reference, OutboxEntry.kind == "aanmelding")
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


def test_the_consent_record_of_an_open_aanmelding_stays_while_the_aanmelding_does(
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
            "STEUNWIJZER_RETENTION_OPEN_HANDOFF_DAYS": "120",
        }
    )
    assert periods_from_settings(configured) == RetentionPeriods(
        days(7), days(90), days(365), days(120)
    )


@pytest.mark.parametrize(("open_days", "warning_days"), [(180, 30), (60, 30), (20, 10), (1, 0.5)])
def test_the_warning_comes_30_days_ahead_or_halfway_for_a_short_maximum_age(
    open_days: int, warning_days: float
) -> None:
    periods = RetentionPeriods(days(30), days(365), days(730), open_handoff=days(open_days))
    assert periods.expiry_warning == days(warning_days)


@pytest.mark.parametrize("field", ["conversation", "handoff", "audit", "open_handoff"])
def test_a_term_shorter_than_a_day_is_refused(field: str) -> None:
    values = {
        "conversation": days(30),
        "handoff": days(365),
        "audit": days(730),
        "open_handoff": days(180),
        field: days(0),
    }
    with pytest.raises(ValueError, match=field):
        RetentionPeriods(**values)


def test_the_clock_must_be_timezone_aware(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    with pytest.raises(ValueError):
        purge_expired(session_factory, tracker_engine, PERIODS, NOW.replace(tzinfo=None))


def test_insights_events_go_after_their_term_counted_from_their_week(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    periods = RetentionPeriods(
        conversation=days(30), handoff=days(365), audit=days(730), insights=days(365)
    )
    old = week_of((NOW - days(400)).date())
    kept = week_of((NOW - days(300)).date())
    recording.store(
        session_factory,
        [Event("conversation", old, gemeente="GM0193")] * 3
        + [Event("conversation", kept, gemeente="GM0193")] * 2,
    )
    report = purge_expired(session_factory, tracker_engine, periods, NOW)
    # The events became weekly counts, and the old week's counts went.
    assert report.insight_events_counted == 5
    assert report.insight_events > 0
    assert _count(session_factory, InsightEvent) == 0
    with session_factory() as session:
        counted = session.execute(
            select(InsightWeek.week, func.sum(InsightWeek.count))
            .where(InsightWeek.dimension == "channel")
            .group_by(InsightWeek.week)
        ).all()
    assert counted == [(kept, 2)]
    assert periods_from_settings(
        development_settings({"STEUNWIJZER_RETENTION_INSIGHTS_DAYS": "200"})
    ).insights == days(200)
