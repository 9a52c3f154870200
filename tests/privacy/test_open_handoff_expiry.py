"""Open aanmeldingen have a maximum age: the steunpunt is warned once, then the aanmelding goes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.handoff.delivery import OutboxFolderEmail, deliver_due
from bot.handoff.models import ConsentRecord, Handoff, HandoffNote, OutboxEntry
from bot.portal import handoffs as portal_handoffs
from bot.portal.auth import StaffIdentity
from bot.privacy.models import AuditEntry
from bot.privacy.retention import RetentionPeriods, purge_expired
from bot.text.formatting import dutch_date
from knowledge.models import SteunpuntRow
from tests.handoff.conftest import FATIMA, make_steunpunt
from tests.privacy.conftest import days, store_handoff

PERIODS = RetentionPeriods(
    conversation=days(30), handoff=days(365), audit=days(730), open_handoff=days(180)
)
REFERENCE = "MZ-AAAAA1"
PORTAL_URL = "https://portaal.example.org/portal"


def _handoff(session_factory: sessionmaker) -> Handoff | None:
    with session_factory() as session:
        query = select(Handoff).where(Handoff.reference == REFERENCE)
        return session.execute(query).scalar_one_or_none()


def _created_at(session_factory: sessionmaker) -> datetime:
    handoff = _handoff(session_factory)
    assert handoff is not None
    return handoff.created_at


def _warnings(session_factory: sessionmaker) -> list[tuple[str, str]]:
    """(transport, target) of each expiry notice in the outbox."""
    with session_factory() as session:
        query = select(OutboxEntry.transport, OutboxEntry.target).where(
            OutboxEntry.kind == "verloop"
        )
        return [tuple(row) for row in session.execute(query)]


def _audit(session_factory: sessionmaker) -> list[tuple[str, str, str | None]]:
    with session_factory() as session:
        query = select(AuditEntry.actor, AuditEntry.action, AuditEntry.handoff_reference)
        return [tuple(row) for row in session.execute(query.order_by(AuditEntry.id))]


def _count(session_factory: sessionmaker, model: type, *where: Any) -> int:
    with session_factory() as session:
        return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


@pytest.mark.parametrize("status", ["nieuw", "in_behandeling"])
def test_the_steunpunt_is_warned_once_a_month_before_the_maximum_age(
    session_factory: sessionmaker, tracker_engine: Engine, status: str
) -> None:
    claimed_by = "consulent" if status == "in_behandeling" else None
    store_handoff(session_factory, REFERENCE, status=status, claimed_by=claimed_by)
    created = _created_at(session_factory)

    early = purge_expired(session_factory, tracker_engine, PERIODS, created + days(149))
    assert early.open_handoffs_warned == 0 and _warnings(session_factory) == []

    warned = purge_expired(session_factory, tracker_engine, PERIODS, created + days(150))
    again = purge_expired(session_factory, tracker_engine, PERIODS, created + days(170))

    assert (warned.open_handoffs_warned, again.open_handoffs_warned) == (1, 0)
    # No steunpunt in the knowledge base here: the address its first notice went to.
    assert _warnings(session_factory) == [("email", make_steunpunt().handoff_email)]
    handoff = _handoff(session_factory)
    assert handoff is not None
    assert (handoff.status, handoff.expires_at) == (status, created + days(180))
    assert _audit(session_factory) == [("system", "expiry_warning", REFERENCE)]


def test_the_warning_goes_to_the_steunpunts_notice_address_in_the_knowledge_base(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    store_handoff(session_factory, REFERENCE)
    with session_factory() as session, session.begin():
        session.add(
            SteunpuntRow(
                id=make_steunpunt().id,
                name="Steunpunt Mantelzorg Zwolle (voorbeeld)",
                email="info@zwolle.example.org",
                response_days=3,
                handoff_email="nieuw-adres@zwolle.example.org",
                source_url="https://example.org/voorbeelddata",
                last_checked=date(2026, 11, 24),
                example=True,
                source_file="test.yml",
            )
        )

    purge_expired(
        session_factory, tracker_engine, PERIODS, _created_at(session_factory) + days(160)
    )

    assert _warnings(session_factory) == [("email", "nieuw-adres@zwolle.example.org")]


def test_the_warning_email_holds_the_reference_the_date_and_the_portal_link_only(
    session_factory: sessionmaker, tracker_engine: Engine, tmp_path: Path
) -> None:
    store_handoff(session_factory, REFERENCE)
    created = _created_at(session_factory)
    # The notice of the new aanmelding went long ago.
    email = OutboxFolderEmail(tmp_path / "outbox", portal_url=PORTAL_URL)
    deliver_due(session_factory, {"email": email}, created)
    first = set((tmp_path / "outbox").iterdir())

    purge_expired(session_factory, tracker_engine, PERIODS, created + days(150))
    report = deliver_due(session_factory, {"email": email}, created + days(150))

    assert report.delivered == 1
    (warning,) = set((tmp_path / "outbox").iterdir()) - first
    text = warning.read_text(encoding="utf-8")
    expires = created + days(180)
    # The date as everywhere (bot.text.formatting): "wordt op donderdag 24 december 2026 gewist".
    assert (
        f"Subject: Aanmelding {REFERENCE} wordt op {dutch_date(expires, weekday=True)} gewist"
        in text
    )
    assert PORTAL_URL in text
    for private in (
        FATIMA.name,
        "El Amrani",
        FATIMA.email,
        "06-12345678",
        "0612345678",
        "06 12345678",
    ):
        assert private not in text


def test_still_open_on_the_date_the_aanmelding_goes_with_everything_and_the_log_says_so(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    store_handoff(session_factory, REFERENCE, webhook=True, note=True)
    created = _created_at(session_factory)
    purge_expired(session_factory, tracker_engine, PERIODS, created + days(150))

    before = purge_expired(
        session_factory, tracker_engine, PERIODS, created + days(180) - timedelta(minutes=1)
    )
    gone = purge_expired(session_factory, tracker_engine, PERIODS, created + days(180))

    assert before.open_handoffs_expired == 0
    assert (gone.open_handoffs_expired, gone.handoffs, gone.consent_records) == (1, 1, 1)
    assert _handoff(session_factory) is None
    assert _count(session_factory, OutboxEntry) == 0
    assert _count(session_factory, HandoffNote) == 0
    assert _count(session_factory, ConsentRecord) == 0
    assert _audit(session_factory) == [
        ("system", "expiry_warning", REFERENCE),
        ("system", "expired", REFERENCE),
    ]


def test_an_aanmelding_already_past_its_age_gets_the_full_warning_period_first(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    # Open for a year when this retention rule first runs (or the worker was down).
    store_handoff(session_factory, REFERENCE)
    first_round = _created_at(session_factory) + days(365)

    report = purge_expired(session_factory, tracker_engine, PERIODS, first_round)

    assert (report.open_handoffs_warned, report.open_handoffs_expired) == (1, 0)
    handoff = _handoff(session_factory)
    assert handoff is not None and handoff.expires_at == first_round + days(30)
    purge_expired(session_factory, tracker_engine, PERIODS, first_round + days(29))
    assert _handoff(session_factory) is not None
    purge_expired(session_factory, tracker_engine, PERIODS, first_round + days(30))
    assert _handoff(session_factory) is None


def test_closed_in_time_it_follows_the_closed_term_and_reopened_it_is_warned_afresh(
    session_factory: sessionmaker, tracker_engine: Engine
) -> None:
    steunpunt_id = make_steunpunt().id
    coordinator = StaffIdentity("carla", "Carla", "coordinator", steunpunt_id, "stamp")
    store_handoff(session_factory, REFERENCE, status="in_behandeling", claimed_by="carla")
    created = _created_at(session_factory)
    purge_expired(session_factory, tracker_engine, PERIODS, created + days(150))

    portal_handoffs.change_status(
        session_factory, coordinator, REFERENCE, "afgerond", created + days(170)
    )
    purge_expired(session_factory, tracker_engine, PERIODS, created + days(200))
    assert _handoff(session_factory) is not None

    reopened_at = created + days(210)
    portal_handoffs.change_status(
        session_factory, coordinator, REFERENCE, "in_behandeling", reopened_at
    )
    report = purge_expired(session_factory, tracker_engine, PERIODS, reopened_at)

    assert (report.open_handoffs_warned, report.open_handoffs_expired) == (1, 0)
    handoff = _handoff(session_factory)
    assert handoff is not None and handoff.expires_at == reopened_at + days(30)
    assert len(_warnings(session_factory)) == 2
