"""Retention: delete what is older than its term, from the tracker store and the app database.

There is no legal bewaartermijn for steunpunt files; the AVG's opslagbeperking (art. 5(1)(e))
asks for a term of one's own, so the gemeente sets the three terms (bot.settings,
.env.example):
- every event of a conversation goes when it is older than the conversation term, also in a
  conversation that is still going on: a caregiver who writes once a month keeps only the last
  term's messages. Slots carry over to a new session (domain.yml), so what the chat remembers
  about a caregiver stays as long as they come back within the term;
- a closed aanmelding (afgerond, ingetrokken) goes the handoff term after it was closed, with its
  outbox rows, notes and consent records; open ones (nieuw, in_behandeling) are never purged;
- a consent record without an aanmelding goes after the conversation term;
- an audit entry goes after the audit term.
The worker runs `purge_expired` on a schedule; the report holds counts only.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.handoff.models import Handoff
from bot.portal.models import AuditEntry
from bot.privacy.models import ConsentRecord
from bot.privacy.tracker_store import delete_events_before
from bot.settings import Settings

CLOSED_STATUSES = ("afgerond", "ingetrokken")
# A shorter term would delete conversations that are still going on.
MINIMUM_TERM = timedelta(days=1)


@dataclass(frozen=True)
class RetentionPeriods:
    conversation: timedelta
    handoff: timedelta  # counted from closing
    audit: timedelta

    def __post_init__(self) -> None:
        for period in fields(self):
            if getattr(self, period.name) < MINIMUM_TERM:
                raise ValueError(f"the {period.name} retention term must be at least one day")


@dataclass(frozen=True)
class PurgeReport:
    """Counts only, for the worker's log and for tests."""

    conversations: int = 0  # removed completely: all their events were past the term
    events: int = 0  # tracker events deleted, those of conversations that go on included
    handoffs: int = 0
    consent_records: int = 0
    audit_entries: int = 0


def periods_from_settings(settings: Settings) -> RetentionPeriods:
    return RetentionPeriods(
        conversation=timedelta(days=settings.retention_conversation_days),
        handoff=timedelta(days=settings.retention_handoff_days),
        audit=timedelta(days=settings.retention_audit_days),
    )


def _purge_closed_handoffs(
    session_factory: sessionmaker, closed_before: datetime
) -> tuple[int, int]:
    """Closed aanmeldingen closed before the cut-off; (handoffs, consent records) deleted."""
    # A closed aanmelding without closed_at (not expected) counts from its creation, so it
    # cannot stay forever.
    closed_at = func.coalesce(Handoff.closed_at, Handoff.created_at)
    query = select(Handoff).where(Handoff.status.in_(CLOSED_STATUSES), closed_at < closed_before)
    with session_factory() as session, session.begin():
        handoffs = list(session.execute(query).scalars())
        if not handoffs:
            return 0, 0
        references = [handoff.reference for handoff in handoffs]
        consents = session.execute(
            delete(ConsentRecord)
            .where(ConsentRecord.handoff_reference.in_(references))
            .execution_options(synchronize_session=False)
        ).rowcount
        for handoff in handoffs:
            # ORM delete: its outbox rows and notes go by cascade.
            session.delete(handoff)
    return len(handoffs), consents


def _purge_loose_consents(session_factory: sessionmaker, given_before: datetime) -> int:
    """Consent records whose aanmelding was never stored or is gone."""
    has_handoff = exists().where(Handoff.reference == ConsentRecord.handoff_reference)
    query = (
        delete(ConsentRecord)
        .where(
            ConsentRecord.given_at < given_before,
            or_(ConsentRecord.handoff_reference.is_(None), ~has_handoff),
        )
        .execution_options(synchronize_session=False)
    )
    with session_factory() as session, session.begin():
        return session.execute(query).rowcount


def _purge_audit(session_factory: sessionmaker, before: datetime) -> int:
    query = delete(AuditEntry).where(AuditEntry.at < before)
    with session_factory() as session, session.begin():
        return session.execute(query.execution_options(synchronize_session=False)).rowcount


def purge_expired(
    session_factory: sessionmaker,
    tracker_engine: Engine,
    periods: RetentionPeriods,
    now: datetime,
) -> PurgeReport:
    """Delete everything past its term at `now` (aware); see the module docstring.

    The app database goes first, so a failing app database leaves the tracker store untouched
    for this round; running it twice deletes nothing more the second time.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    handoffs, handoff_consents = _purge_closed_handoffs(session_factory, now - periods.handoff)
    loose_consents = _purge_loose_consents(session_factory, now - periods.conversation)
    audit_entries = _purge_audit(session_factory, now - periods.audit)
    tracker = delete_events_before(tracker_engine, now - periods.conversation)
    return PurgeReport(
        conversations=tracker.conversations,
        events=tracker.events,
        handoffs=handoffs,
        consent_records=handoff_consents + loose_consents,
        audit_entries=audit_entries,
    )
