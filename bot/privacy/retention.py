"""Retention: delete what is older than its term, from the tracker store and the app database.

There is no legal bewaartermijn for steunpunt files; the AVG's opslagbeperking (art. 5(1)(e))
asks for a term of one's own, so the gemeente sets the five terms (bot.settings,
.env.example):
- every event of a conversation goes when it is older than the conversation term, also in a
  conversation that is still going on: a caregiver who writes once a month keeps only the last
  term's messages. Slots carry over to a new session (domain.yml), so what the chat remembers
  about a caregiver stays as long as they come back within the term;
- a closed aanmelding (afgerond, ingetrokken) goes the handoff term after it was closed, with its
  outbox rows, notes and consent records;
- an open aanmelding (nieuw, in_behandeling) has a maximum age, counted from its creation. The
  warning period before it (`expiry_warning`: 30 days, or half the maximum age when that is
  shorter) the steunpunt is told once: an outbox e-mail to its notice address with the reference,
  the date and the portal link, the same way and with as little as the notice of a new aanmelding
  (staff accounts have no e-mail address), and a 'system' entry in the portal's log. The date is
  stored on the aanmelding (`expires_at`), so a round never warns twice and never erases an
  aanmelding whose steunpunt was not warned a full warning period before. Still open on that date,
  it is erased with its outbox rows, notes and consent records; the audit log keeps that it
  expired. Erased, not closed: closing it as if the steunpunt had finished it would be untrue,
  and would keep the personal data another handoff term. A steunpunt that handled it closes it in
  time, and then the closed term applies; reopening a closed one starts the warning afresh;
- a consent record without an aanmelding goes after the conversation term;
- an audit entry goes after the audit term;
- the anonymous insights events (bot.insights) are added to their week's counts and deleted
  (bot.insights.rollup), and the counts go after the insights term, counted from the Monday of
  their week.
The worker runs `purge_expired` on a schedule; the report holds counts only.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.db import rows_affected
from bot.handoff.models import ConsentRecord, Handoff, OutboxEntry, pending_outbox_entry
from bot.insights.recording import purge_before as purge_insights_before
from bot.insights.rollup import roll_up
from bot.live import store as live
from bot.privacy import audit
from bot.privacy.models import AuditEntry
from bot.privacy.tracker_store import delete_events_before
from bot.settings import Settings
from bot.text.formatting import dutch_date
from knowledge.offer import Steunpunt
from knowledge.store import get_steunpunt

CLOSED_STATUSES = ("afgerond", "ingetrokken")
OPEN_STATUSES = ("nieuw", "in_behandeling")
# A shorter term would cut into the conversation of the day.
MINIMUM_TERM = timedelta(days=1)
EXPIRY_WARNING = timedelta(days=30)
SYSTEM_ACTOR = "system"


@dataclass(frozen=True)
class RetentionPeriods:
    conversation: timedelta
    handoff: timedelta  # counted from closing
    audit: timedelta
    open_handoff: timedelta = timedelta(days=180)  # counted from creation
    insights: timedelta = timedelta(days=1096)  # counted from the event's week

    def __post_init__(self) -> None:
        for period in fields(self):
            if getattr(self, period.name) < MINIMUM_TERM:
                raise ValueError(f"the {period.name} retention term must be at least one day")

    @property
    def expiry_warning(self) -> timedelta:
        """How long before an open aanmelding's maximum age its steunpunt is warned."""
        return min(EXPIRY_WARNING, self.open_handoff / 2)


@dataclass(frozen=True)
class PurgeReport:
    """Counts only, for the worker's log and for tests."""

    conversations: int = 0  # removed completely: all their events were past the term
    events: int = 0  # tracker events deleted, those of conversations that go on included
    handoffs: int = 0  # closed ones past the handoff term, and open ones past their date
    consent_records: int = 0
    audit_entries: int = 0
    open_handoffs_warned: int = 0
    open_handoffs_expired: int = 0  # also counted in `handoffs`
    insight_events_counted: int = 0  # anonymous events added to their week's counts
    insight_events: int = 0  # anonymous events and weekly counts past the insights term
    live_chats: int = 0  # live chat transcripts (bot.live) gone with their aanmelding or term


def periods_from_settings(settings: Settings) -> RetentionPeriods:
    return RetentionPeriods(
        conversation=timedelta(days=settings.retention_conversation_days),
        handoff=timedelta(days=settings.retention_handoff_days),
        audit=timedelta(days=settings.retention_audit_days),
        open_handoff=timedelta(days=settings.retention_open_handoff_days),
        insights=timedelta(days=settings.retention_insights_days),
    )


def _delete_handoffs(session: Session, handoffs: list[Handoff]) -> int:
    """Delete aanmeldingen with their outbox rows, notes and consent records; consent records
    deleted."""
    references = [handoff.reference for handoff in handoffs]
    consents = rows_affected(
        session.execute(
            delete(ConsentRecord)
            .where(ConsentRecord.handoff_reference.in_(references))
            .execution_options(synchronize_session=False)
        )
    )
    for handoff in handoffs:
        # ORM delete: its outbox rows and notes go by cascade.
        session.delete(handoff)
    return consents


def _purge_closed_handoffs(
    session_factory: sessionmaker[Session], closed_before: datetime
) -> tuple[int, int]:
    """Closed aanmeldingen closed before the cut-off; (handoffs, consent records) deleted."""
    # A closed aanmelding without closed_at (not expected) counts from its creation, so it
    # cannot stay forever.
    closed_at = func.coalesce(Handoff.closed_at, Handoff.created_at)
    query = select(Handoff).where(Handoff.status.in_(CLOSED_STATUSES), closed_at < closed_before)
    with session_factory() as session, session.begin():
        handoffs = list(session.execute(query).scalars())
        consents = _delete_handoffs(session, handoffs) if handoffs else 0
    return len(handoffs), consents


def _purge_expired_open_handoffs(
    session_factory: sessionmaker[Session], now: datetime
) -> tuple[int, int]:
    """Open aanmeldingen whose warned date has come; (handoffs, consent records) deleted."""
    query = select(Handoff).where(
        Handoff.status.in_(OPEN_STATUSES),
        Handoff.expires_at.is_not(None),
        Handoff.expires_at <= now,
    )
    with session_factory() as session, session.begin():
        handoffs = list(session.execute(query).scalars())
        for handoff in handoffs:
            audit.record(
                session,
                actor=SYSTEM_ACTOR,
                action="expired",
                at=now,
                reference=handoff.reference,
                detail=f"open sinds {dutch_date(handoff.created_at)}, gewist na de maximale termijn",
            )
        consents = _delete_handoffs(session, handoffs) if handoffs else 0
    return len(handoffs), consents


def _notice_address(steunpunt: Steunpunt | None, handoff: Handoff) -> str | None:
    """Where the steunpunt's notices go now; else where this aanmelding's notice went."""
    if steunpunt is not None and (steunpunt.handoff_email or steunpunt.contact.email):
        return steunpunt.handoff_email or steunpunt.contact.email
    earlier = [entry.target for entry in handoff.outbox_entries if entry.transport == "email"]
    return earlier[-1] if earlier else None


def _expiry_notice(handoff: Handoff, address: str, now: datetime) -> OutboxEntry:
    return pending_outbox_entry(handoff.reference, "email", address, now, kind="verloop")


def _warn_old_open_handoffs(
    session_factory: sessionmaker[Session], periods: RetentionPeriods, now: datetime
) -> int:
    """Warn the steunpunt of each open aanmelding that nears its maximum age; how many."""
    # Alike in shape only: not the expiry query above: this one finds aanmeldingen not yet warned
    # and created long ago.
    warn_from = now - (periods.open_handoff - periods.expiry_warning)
    query = select(Handoff).where(
        Handoff.status.in_(OPEN_STATUSES),
        Handoff.expires_at.is_(None),
        Handoff.created_at <= warn_from,
    )
    with session_factory() as session, session.begin():
        handoffs = list(session.execute(query).scalars())
        steunpunten = {
            steunpunt_id: get_steunpunt(session_factory, steunpunt_id)
            for steunpunt_id in {handoff.steunpunt_id for handoff in handoffs}
        }
        for handoff in handoffs:
            # Never sooner than a full warning period after the warning: an aanmelding that was
            # already older when this started (or the worker was down) still gets its month.
            handoff.expires_at = max(
                handoff.created_at + periods.open_handoff, now + periods.expiry_warning
            )
            address = _notice_address(steunpunten[handoff.steunpunt_id], handoff)
            if address is not None:
                handoff.outbox_entries.append(_expiry_notice(handoff, address, now))
            audit.record(
                session,
                actor=SYSTEM_ACTOR,
                action="expiry_warning",
                at=now,
                reference=handoff.reference,
                detail=f"wordt gewist op {dutch_date(handoff.expires_at)} als hij dan nog open is",
            )
    return len(handoffs)


def _purge_loose_consents(session_factory: sessionmaker[Session], given_before: datetime) -> int:
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
        return rows_affected(session.execute(query))


def _purge_audit(session_factory: sessionmaker[Session], before: datetime) -> int:
    query = delete(AuditEntry).where(AuditEntry.at < before)
    with session_factory() as session, session.begin():
        return rows_affected(session.execute(query.execution_options(synchronize_session=False)))


def purge_expired(
    session_factory: sessionmaker[Session],
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
    expired, expired_consents = _purge_expired_open_handoffs(session_factory, now)
    warned = _warn_old_open_handoffs(session_factory, periods, now)
    loose_consents = _purge_loose_consents(session_factory, now - periods.conversation)
    with session_factory() as session, session.begin():
        live_chats = live.purge(session, now - periods.conversation)
    audit_entries = _purge_audit(session_factory, now - periods.audit)
    insight_counted = roll_up(session_factory)
    insight_events = purge_insights_before(session_factory, (now - periods.insights).date())
    tracker = delete_events_before(tracker_engine, now - periods.conversation)
    return PurgeReport(
        conversations=tracker.conversations,
        events=tracker.events,
        handoffs=handoffs + expired,
        consent_records=handoff_consents + expired_consents + loose_consents,
        audit_entries=audit_entries,
        open_handoffs_warned=warned,
        open_handoffs_expired=expired,
        insight_events_counted=insight_counted,
        insight_events=insight_events,
        live_chats=live_chats,
    )
