"""What staff read and do with their steunpunt's aanmeldingen.

Every function takes the acting user and only ever finds aanmeldingen of that user's steunpunt:
another steunpunt's reference is "not found", exactly like a reference that does not exist, so
the portal answers 404 and reveals nothing. Each view and change writes its audit entry in the
same transaction; a refused look at someone else's aanmelding is recorded as 'denied'.

An aanmelding the caregiver withdrew in the chat (`bot.privacy.erasure`) keeps only its reference,
steunpunt and urgency; it can be read, printed and erased, but no longer changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Integer, case, delete, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import Case

from bot.db import rows_affected
from bot.handoff import delivery
from bot.handoff.dialogue import AMSTERDAM, add_working_days
from bot.handoff.models import (
    HANDOFF_STATUSES,
    NOTE_LENGTH,
    ConsentRecord,
    Handoff,
    HandoffNote,
    OutboxEntry,
)
from bot.insights import recording as insights
from bot.portal.auth import StaffIdentity
from bot.portal.models import StaffUser
from bot.privacy import audit
from bot.privacy.erasure import WITHDRAWN_MARK, TrackerConversations, erase_handoff_by_staff
from knowledge.store import get_steunpunt

OPEN_STATUSES = ("nieuw", "in_behandeling")
CLOSED_STATUSES = ("afgerond", "ingetrokken")
# The inbox's status filter: "open" is the default view.
STATUS_FILTERS: dict[str, tuple[str, ...]] = {
    "open": OPEN_STATUSES,
    **{status: (status,) for status in HANDOFF_STATUSES},
    "alle": HANDOFF_STATUSES,
}
URGENCY_ORDER = ("acuut", "hoog", "normaal")
VIEW_ACTIONS = ("view", "print", "export")


@dataclass(frozen=True)
class InboxRow:
    reference: str
    urgency: str
    status: str
    created_at: datetime
    claimed_by: str | None
    contacted_at: datetime | None
    name: str | None = None  # as the caregiver gave it
    gemeente: str | None = None
    main_need: str | None = None  # a need category code
    burden: str | None = None  # the burden band (laag, matig, hoog), when the check was done
    channel: str | None = None  # the handoff schema's channel code
    promised: date | None = None  # the steunpunt calls back by this day
    overdue: bool = False  # still open, no contact, and the promised day has passed


@dataclass(frozen=True)
class InboxFilter:
    """What the consultant asked to see; empty values mean no filter."""

    statuses: tuple[str, ...] = OPEN_STATUSES
    urgency: str | None = None
    overdue: bool = False
    mine: bool = False
    search: str = ""


@dataclass(frozen=True)
class Note:
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class DeliveryProblem:
    reference: str
    transport: str
    attempts: int
    last_error: str | None  # short, technical, without personal data
    created_at: datetime


@dataclass(frozen=True)
class HandoffDetail:
    reference: str
    urgency: str
    status: str
    created_at: datetime
    claimed_by: str | None
    closed_at: datetime | None
    contacted_at: datetime | None
    document: dict[str, Any]
    notes: tuple[Note, ...]
    failed_deliveries: tuple[DeliveryProblem, ...]

    @property
    def withdrawn_at(self) -> str | None:
        """When the caregiver withdrew it in the chat (RFC 3339), or None."""
        return self.document.get(WITHDRAWN_MARK)


class Withdrawn(Exception):
    """The caregiver withdrew this aanmelding from the chat: its personal data is gone, and it
    stays as it is until its retention term ends."""


class ClaimResult(Enum):
    CLAIMED = "claimed"
    TAKEN = "taken"  # not 'nieuw' any more: someone else was first, or it was closed
    NOT_FOUND = "not_found"


def _owned(session: Session, actor: StaffIdentity, reference: str) -> Handoff | None:
    query = select(Handoff).where(
        Handoff.reference == reference, Handoff.steunpunt_id == actor.steunpunt_id
    )
    return session.execute(query).scalars().first()


def _changeable(session: Session, actor: StaffIdentity, reference: str) -> Handoff | None:
    """The actor's aanmelding to change; raises Withdrawn for one the caregiver withdrew."""
    handoff = _owned(session, actor, reference)
    if handoff is not None and WITHDRAWN_MARK in (handoff.document or {}):
        raise Withdrawn(reference)
    return handoff


def _denied(session: Session, actor: StaffIdentity, reference: str, now: datetime) -> None:
    exists = session.execute(select(Handoff.id).where(Handoff.reference == reference)).first()
    detail = "aanmelding van een ander steunpunt" if exists else "onbekende referentie"
    audit.record(
        session, actor=actor.username, action="denied", at=now, reference=reference, detail=detail
    )


# Alike in shape only: here and in _detail, rows copied field by field into read-only records, as in
# the other stores; each record has its own fields.
def _problems(entries: list[OutboxEntry]) -> tuple[DeliveryProblem, ...]:
    return tuple(
        DeliveryProblem(
            reference=entry.handoff_reference,
            transport=entry.transport,
            attempts=entry.attempts,
            last_error=entry.last_error,
            created_at=entry.created_at,
        )
        for entry in entries
        if entry.status == "failed"
    )


# Alike in shape only: a read-only record copied from a database row, like others in bot/.
def _detail(handoff: Handoff) -> HandoffDetail:
    return HandoffDetail(
        reference=handoff.reference,
        urgency=handoff.urgency,
        status=handoff.status,
        created_at=handoff.created_at,
        claimed_by=handoff.claimed_by,
        closed_at=handoff.closed_at,
        contacted_at=handoff.contacted_at,
        document=handoff.document,
        notes=tuple(Note(n.author, n.text, n.created_at) for n in handoff.notes),
        failed_deliveries=_problems(list(handoff.outbox_entries)),
    )


# --- reading ------------------------------------------------------------------------------------


def _inbox_row(row: Any, response_days: int | None, today: date | None) -> InboxRow:
    document = row.document if isinstance(row.document, dict) else {}
    caregiver = document.get("caregiver") or {}
    gemeente = document.get("gemeente") or {}
    needs = document.get("needs") or []
    assessment = document.get("assessment") or {}
    promised = None
    if response_days is not None:
        local = row.created_at.astimezone(AMSTERDAM).date()
        promised = add_working_days(local, max(response_days, 1))
    overdue = bool(
        promised is not None
        and today is not None
        and row.status in OPEN_STATUSES
        and row.contacted_at is None
        and today > promised
    )
    return InboxRow(
        reference=row.reference,
        urgency=row.urgency,
        status=row.status,
        created_at=row.created_at,
        claimed_by=row.claimed_by,
        contacted_at=row.contacted_at,
        name=caregiver.get("name") if isinstance(caregiver, dict) else None,
        gemeente=gemeente.get("name") if isinstance(gemeente, dict) else None,
        main_need=needs[0].get("category") if needs and isinstance(needs[0], dict) else None,
        burden=assessment.get("level") if isinstance(assessment, dict) else None,
        channel=document.get("channel"),
        promised=promised,
        overdue=overdue,
    )


def _matches(row: InboxRow, chosen: InboxFilter, username: str) -> bool:
    if chosen.urgency and row.urgency != chosen.urgency:
        return False
    if chosen.overdue and not row.overdue:
        return False
    if chosen.mine and row.claimed_by != username:
        return False
    wanted = chosen.search.strip().casefold()
    if wanted:
        return wanted in row.reference.casefold() or wanted in (row.name or "").casefold()
    return True


def inbox(
    session_factory: sessionmaker[Session],
    actor: StaffIdentity,
    statuses: tuple[str, ...] = OPEN_STATUSES,
    *,
    chosen: InboxFilter | None = None,
    today: date | None = None,
) -> list[InboxRow]:
    """The steunpunt's aanmeldingen with these statuses: most urgent first, then oldest first;
    with `chosen`, only those its filters and search let through."""
    chosen = chosen or InboxFilter(statuses=statuses)
    statuses = chosen.statuses
    rank: Case[Integer] = case(
        {level: position for position, level in enumerate(URGENCY_ORDER)},
        value=Handoff.urgency,
        else_=len(URGENCY_ORDER),
    )
    query = (
        select(
            Handoff.reference,
            Handoff.urgency,
            Handoff.status,
            Handoff.created_at,
            Handoff.claimed_by,
            Handoff.contacted_at,
            Handoff.document,
        )
        .where(Handoff.steunpunt_id == actor.steunpunt_id, Handoff.status.in_(statuses))
        .order_by(rank, Handoff.created_at, Handoff.id)
    )
    steunpunt = get_steunpunt(session_factory, actor.steunpunt_id)
    response_days = steunpunt.response_days if steunpunt is not None else None
    with session_factory() as session:
        rows = [_inbox_row(row, response_days, today) for row in session.execute(query)]
    return [row for row in rows if _matches(row, chosen, actor.username)]


def open_handoff(
    session_factory: sessionmaker[Session],
    actor: StaffIdentity,
    reference: str,
    now: datetime,
    *,
    action: str = "view",
) -> HandoffDetail | None:
    """The aanmelding for reading (audited as `action`: view, print or export), or None."""
    if action not in VIEW_ACTIONS:
        raise ValueError(f"action must be one of {VIEW_ACTIONS}")
    with session_factory() as session, session.begin():
        handoff = _owned(session, actor, reference)
        if handoff is None:
            _denied(session, actor, reference, now)
            return None
        audit.record(session, actor=actor.username, action=action, at=now, reference=reference)
        return _detail(handoff)


def failed_deliveries(
    session_factory: sessionmaker[Session], actor: StaffIdentity
) -> list[DeliveryProblem]:
    """Deliveries of the steunpunt's aanmeldingen that gave up: oldest first."""
    query = (
        select(OutboxEntry)
        .join(Handoff, Handoff.reference == OutboxEntry.handoff_reference)
        .where(Handoff.steunpunt_id == actor.steunpunt_id, OutboxEntry.status == "failed")
        .order_by(OutboxEntry.created_at, OutboxEntry.id)
    )
    with session_factory() as session:
        return list(_problems(list(session.execute(query).scalars())))


def staff_names(session_factory: sessionmaker[Session], steunpunt_id: str) -> dict[str, str]:
    """username -> display name of the steunpunt's staff, to show who picked something up."""
    query = select(StaffUser.username, StaffUser.display_name).where(
        StaffUser.steunpunt_id == steunpunt_id
    )
    with session_factory() as session:
        return {username: name for username, name in session.execute(query).all()}


# --- changes ------------------------------------------------------------------------------------


def claim(
    session_factory: sessionmaker[Session], actor: StaffIdentity, reference: str, now: datetime
) -> ClaimResult:
    """'Oppakken': nieuw -> in_behandeling with the actor as owner, if nobody was first."""
    with session_factory() as session, session.begin():
        if _changeable(session, actor, reference) is None:
            _denied(session, actor, reference, now)
            return ClaimResult.NOT_FOUND
        # Compare-and-set: of two consultants clicking at once, one wins.
        claimed = session.execute(
            update(Handoff)
            .where(
                Handoff.reference == reference,
                Handoff.steunpunt_id == actor.steunpunt_id,
                Handoff.status == "nieuw",
            )
            .values(status="in_behandeling", claimed_by=actor.username)
            .execution_options(synchronize_session=False)
        )
        if rows_affected(claimed) != 1:
            return ClaimResult.TAKEN
        audit.record(session, actor=actor.username, action="claim", at=now, reference=reference)
        return ClaimResult.CLAIMED


def add_note(
    session_factory: sessionmaker[Session],
    actor: StaffIdentity,
    reference: str,
    text: str,
    now: datetime,
) -> bool:
    """Store a note (checked with `note_problem` first); False when the aanmelding is not found."""
    with session_factory() as session, session.begin():
        handoff = _changeable(session, actor, reference)
        if handoff is None:
            _denied(session, actor, reference, now)
            return False
        handoff.notes.append(HandoffNote(author=actor.username, text=text.strip(), created_at=now))
        audit.record(session, actor=actor.username, action="note", at=now, reference=reference)
        return True


def note_problem(text: str) -> str | None:
    """What is wrong with a note, in Dutch for the form, or None."""
    if not text.strip():
        return "Schrijf eerst een notitie."
    if len(text.strip()) > NOTE_LENGTH:
        return f"De notitie is te lang. Gebruik hoogstens {NOTE_LENGTH} tekens."
    return None


def change_status(
    session_factory: sessionmaker[Session],
    actor: StaffIdentity,
    reference: str,
    status: str,
    now: datetime,
    *,
    count: bool = True,
) -> bool:
    """Set the status; closing sets closed_at, reopening clears it. False when not found.

    'in_behandeling' without an owner makes the actor the owner; back to 'nieuw' means nobody
    has it, so the owner is cleared and it can be picked up again; 'ingetrokken' unlinks it from
    the chat (`_unlink_from_chat`). `count`: closing as afgerond is an insights event (off with
    STEUNWIJZER_INSIGHTS=off).
    """
    if status not in HANDOFF_STATUSES:
        raise ValueError(f"status must be one of {HANDOFF_STATUSES}")
    with session_factory() as session, session.begin():
        handoff = _changeable(session, actor, reference)
        if handoff is None:
            _denied(session, actor, reference, now)
            return False
        before = handoff.status
        if count and status == "afgerond" and before in OPEN_STATUSES:
            insights.add(
                session,
                [
                    insights.handled(
                        closed_at=now, gemeente=handoff.gemeente_code, urgency=handoff.urgency
                    )
                ],
            )
        handoff.status = status
        handoff.closed_at = now if status in CLOSED_STATUSES else None
        if before in CLOSED_STATUSES and status in OPEN_STATUSES:
            # Reopened: its maximum age is warned about again, a full warning period ahead.
            handoff.expires_at = None
        if status == "nieuw":
            handoff.claimed_by = None
        elif status == "in_behandeling" and handoff.claimed_by is None:
            handoff.claimed_by = actor.username
        elif status == "ingetrokken":
            _unlink_from_chat(session, handoff)
        audit.record(
            session,
            actor=actor.username,
            action="status",
            at=now,
            reference=reference,
            detail=f"{before} -> {status}",
        )
        return True


def _unlink_from_chat(session: Session, handoff: Handoff) -> None:
    """A withdrawn aanmelding keeps nothing that leads back to the caregiver's conversation.

    Its consent records go (their key is the conversation's; the document still says what was
    agreed), as when the caregiver withdraws in the chat. Reopening it later cannot restore the
    link: "verwijder mijn gegevens" in the chat no longer finds it.
    """
    handoff.conversation_key = None
    session.execute(
        delete(ConsentRecord)
        .where(ConsentRecord.handoff_reference == handoff.reference)
        .execution_options(synchronize_session=False)
    )


# Alike in shape only: each change checks access and writes its own audit entry (action and detail
# differ); audit.record is the shared part.
def mark_contacted(
    session_factory: sessionmaker[Session],
    actor: StaffIdentity,
    reference: str,
    now: datetime,
    *,
    count: bool = True,
) -> bool:
    """'Contact gehad': the caregiver was reached at `now`. False when not found. `count`: the
    first contact is an insights event (off with STEUNWIJZER_INSIGHTS=off)."""
    with session_factory() as session, session.begin():
        handoff = _changeable(session, actor, reference)
        if handoff is None:
            _denied(session, actor, reference, now)
            return False
        if count and handoff.contacted_at is None:
            steunpunt = get_steunpunt(session_factory, handoff.steunpunt_id)
            insights.add(
                session,
                [
                    insights.first_contact(
                        created_at=handoff.created_at,
                        contacted_at=now,
                        gemeente=handoff.gemeente_code,
                        urgency=handoff.urgency,
                        response_days=steunpunt.response_days if steunpunt else None,
                    )
                ],
            )
        handoff.contacted_at = now
        audit.record(session, actor=actor.username, action="contact", at=now, reference=reference)
        return True


def retry_deliveries(
    session_factory: sessionmaker[Session], actor: StaffIdentity, reference: str, now: datetime
) -> int | None:
    """Put the aanmelding's failed deliveries back in the queue; how many, or None if not found."""
    with session_factory() as session, session.begin():
        if _owned(session, actor, reference) is None:
            _denied(session, actor, reference, now)
            return None
    count = delivery.retry_failed(session_factory, now, reference)
    with session_factory() as session, session.begin():
        # Alike in shape only: each change is audited with its own action and detail.
        audit.record(
            session,
            actor=actor.username,
            action="retry",
            at=now,
            reference=reference,
            detail=f"{count} bezorging(en)",
        )
    return count


def erase(
    session_factory: sessionmaker[Session],
    actor: StaffIdentity,
    reference: str,
    now: datetime,
    *,
    conversations: TrackerConversations,
) -> bool:
    """A coordinator erases an aanmelding with everything that belongs to it, the caregiver's
    conversation in the tracker store included; False if not found.

    The deletion itself, and its audit entry, are `bot.privacy.erasure`'s: one place decides
    what "everything" is.
    """
    if not actor.is_coordinator:
        raise PermissionError("only a coordinator can erase an aanmelding")
    with session_factory() as session, session.begin():
        if _owned(session, actor, reference) is None:
            _denied(session, actor, reference, now)
            return False
    return erase_handoff_by_staff(
        session_factory, reference, actor.username, now, conversations=conversations
    )
