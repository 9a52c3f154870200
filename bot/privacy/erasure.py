"""Erasure: "verwijder mijn gegevens" from the chat, and a coordinator's erase in the portal.

A coordinator's erase in the portal (`erase_handoff_by_staff`) deletes the aanmelding with
everything that belongs to it, the caregiver's conversation in the tracker store included.

From the chat (`request_erasure`, after the caregiver confirmed), in one app-database
transaction:
- the conversation's aanmelding that is still 'nieuw' and that no consultant has claimed is
  withdrawn: status 'ingetrokken', closed_at now, its document replaced by one without personal
  data, its conversation key cleared, its undelivered outbox rows and its notes deleted. It stays visible in the portal as
  ingetrokken until the handoff retention term removes it;
- every other aanmelding of the conversation (claimed, in behandeling, closed by the steunpunt)
  stays with the steunpunt; the caregiver is told how to ask them, with the reference;
- the conversation's consent records go, except those of an aanmelding that stays;
- an erasure request is queued for the conversation itself.

Why a queue: the action runs in the middle of a turn, and Rasa's SQLTrackerStore.save() at the
end of the turn writes back every event of the in-memory tracker that it does not find stored
(`_additional_events` counts the stored ones). Deleting the events inside the action would be
undone seconds later. So the request waits until `not_before`, when the turn has been saved, and
the worker (`process_erasure_requests`) then deletes every event of the sender and the request,
which holds the raw sender id only until then. Deleting twice is harmless.

Nothing here logs more than counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.db import rows_affected
from bot.handoff.models import ConsentRecord, Handoff, HandoffNote, OutboxEntry
from bot.live import store as live
from bot.privacy.models import AuditEntry, ErasureRequest
from bot.privacy.tracker_store import delete_conversation, senders_with_key
from knowledge.offer import Steunpunt

logger = logging.getLogger(__name__)

# Long enough for Rasa to finish and save the turn that ran the action.
ERASURE_DELAY = timedelta(seconds=10)
# A second pass this long after the request: a turn that was still being handled (the caregiver
# wrote again at once) is saved with all its events, and would otherwise bring them back.
SECOND_PASS_AFTER = timedelta(seconds=45)
BATCH_SIZE = 100
WITHDRAWN_MARK = "withdrawn_at"


@dataclass(frozen=True)
class HeldHandoff:
    """An aanmelding the steunpunt has: the caregiver asks them to delete it."""

    reference: str
    steunpunt_id: str


@dataclass(frozen=True)
class ErasureResult:
    withdrawn: tuple[str, ...] = ()  # references withdrawn now
    claimed: tuple[HeldHandoff, ...] = ()  # stay with the steunpunt
    # Withdrawn here, but the webhook had already sent the document to the steunpunt's own system.
    copy_at_steunpunt: tuple[HeldHandoff, ...] = ()
    consent_records: int = 0


def withdrawn_document(handoff: Handoff, now: datetime) -> dict[str, Any]:
    """What remains of a withdrawn aanmelding: enough for the portal's list, nothing personal."""
    document = handoff.document or {}
    steunpunt = document.get("steunpunt") or {}
    return {
        "reference": handoff.reference,
        "steunpunt": {"id": handoff.steunpunt_id, "name": steunpunt.get("name", "")},
        "urgency": {"level": handoff.urgency, "signals": []},
        WITHDRAWN_MARK: now.isoformat(timespec="seconds"),
    }


def _already_withdrawn(handoff: Handoff) -> bool:
    return handoff.status == "ingetrokken" and WITHDRAWN_MARK in (handoff.document or {})


def _webhook_sent(session: Session, reference: str) -> bool:
    """Did (or may) the full document reach the steunpunt's own system?"""
    query = select(OutboxEntry.id).where(
        OutboxEntry.handoff_reference == reference,
        OutboxEntry.transport == "webhook",
        OutboxEntry.status.in_(("delivered", "sending")),
    )
    return session.execute(query).first() is not None


def _withdraw(session: Session, handoff: Handoff, now: datetime) -> bool:
    """Withdraw an unclaimed aanmelding; False when a consultant claimed it just now."""
    # Compare-and-set against the portal's claim: of the two, one wins.
    withdrawn = session.execute(
        update(Handoff)
        .where(
            Handoff.id == handoff.id,
            Handoff.status == "nieuw",
            Handoff.claimed_by.is_(None),
        )
        .values(
            status="ingetrokken",
            closed_at=now,
            document=withdrawn_document(handoff, now),
            # Nothing may lead from the withdrawn aanmelding back to the chat, nor to the number
            # or the address.
            conversation_key=None,
            contact_phone_key=None,
            client_address_key=None,
        )
        .execution_options(synchronize_session=False)
    )
    if rows_affected(withdrawn) != 1:
        return False
    # A notice still to send would announce an aanmelding that is gone; delivered rows stay as
    # the record that it was sent.
    session.execute(
        delete(OutboxEntry)
        .where(
            OutboxEntry.handoff_reference == handoff.reference, OutboxEntry.status != "delivered"
        )
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(HandoffNote)
        .where(HandoffNote.handoff_reference == handoff.reference)
        .execution_options(synchronize_session=False)
    )
    return True


def request_erasure(
    session_factory: sessionmaker[Session],
    sender_id: str,
    conversation_key: str,
    now: datetime,
    *,
    delay: timedelta = ERASURE_DELAY,
) -> ErasureResult:
    """Withdraw, delete and queue for one conversation; see the module docstring."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    withdrawn: list[str] = []
    claimed: list[HeldHandoff] = []
    copies: list[HeldHandoff] = []
    query = select(Handoff).where(Handoff.conversation_key == conversation_key).order_by(Handoff.id)
    with session_factory() as session, session.begin():
        for handoff in session.execute(query).scalars().all():
            if _already_withdrawn(handoff):
                continue
            held = HeldHandoff(handoff.reference, handoff.steunpunt_id)
            unclaimed = handoff.status == "nieuw" and handoff.claimed_by is None
            sent = unclaimed and _webhook_sent(session, handoff.reference)
            if unclaimed and _withdraw(session, handoff, now):
                withdrawn.append(handoff.reference)
                if sent:
                    copies.append(held)
            else:
                claimed.append(held)
        kept = [held.reference for held in claimed]
        consents = rows_affected(
            session.execute(
                delete(ConsentRecord)
                .where(
                    ConsentRecord.conversation_key == conversation_key,
                    ~and_(
                        ConsentRecord.handoff_reference.is_not(None),
                        ConsentRecord.handoff_reference.in_(kept),
                    ),
                )
                .execution_options(synchronize_session=False)
            )
        )
        live.erase_conversation(session, conversation_key, kept)
        session.add(ErasureRequest(sender_id=sender_id, not_before=now + delay, created_at=now))
    result = ErasureResult(tuple(withdrawn), tuple(claimed), tuple(copies), consents)
    logger.info(
        "erasure requested: withdrawn=%d claimed=%d consent_records=%d",
        len(result.withdrawn),
        len(result.claimed),
        result.consent_records,
    )
    return result


def process_erasure_requests(
    session_factory: sessionmaker[Session],
    tracker_engine: Engine,
    now: datetime,
    *,
    limit: int = BATCH_SIZE,
) -> int:
    """Delete the conversations of the requests due at `now` from the tracker store; how many.

    Each request is handled twice: when due, and again SECOND_PASS_AFTER its creation, after
    which it is deleted. The tracker store comes first and the request goes after: a crash in
    between leaves the request, and deleting the conversation again deletes nothing more.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    query = (
        select(ErasureRequest.id, ErasureRequest.sender_id, ErasureRequest.created_at)
        .where(ErasureRequest.not_before <= now)
        .order_by(ErasureRequest.id)
        .limit(limit)
    )
    with session_factory() as session:
        due = session.execute(query).all()
    for request_id, sender_id, created_at in due:
        delete_conversation(tracker_engine, sender_id)
        this_request = ErasureRequest.id == request_id
        second_pass = created_at + SECOND_PASS_AFTER
        with session_factory() as session, session.begin():
            if now >= second_pass:
                session.execute(delete(ErasureRequest).where(this_request))
            else:
                session.execute(
                    update(ErasureRequest).where(this_request).values(not_before=second_pass)
                )
    return len(due)


@dataclass(frozen=True)
class TrackerConversations:
    """Where a coordinator's erasure finds the caregiver's conversation: the tracker store, and
    how a sender id becomes the conversation key the aanmelding holds (bot.keys)."""

    engine: Engine
    key_of: Callable[[str], str]


def erase_handoff_by_staff(
    session_factory: sessionmaker[Session],
    reference: str,
    actor: str,
    now: datetime,
    *,
    conversations: TrackerConversations,
) -> bool:
    """Delete an aanmelding with its outbox rows, notes and consent records, and the caregiver's
    conversation in the tracker store; record who did it in the audit log (no personal data).
    False when there is no such aanmelding.

    The conversation is found through the aanmelding's conversation key and deleted at once; the
    same transaction that deletes the aanmelding queues an erasure request for it, so the worker
    deletes it again after a turn that was running (see the module docstring), and also when the
    tracker store was away just now. The caller checks the actor's right to do so
    (bot.portal.handoffs.erase).
    """
    with session_factory() as session, session.begin():
        handoff = session.execute(
            select(Handoff).where(Handoff.reference == reference)
        ).scalar_one_or_none()
        if handoff is None:
            return False
        sender_ids = (
            senders_with_key(conversations.engine, handoff.conversation_key, conversations.key_of)
            if handoff.conversation_key
            else []
        )
        for sender_id in sender_ids:
            session.add(ErasureRequest(sender_id=sender_id, not_before=now, created_at=now))
        session.execute(
            delete(ConsentRecord)
            .where(ConsentRecord.handoff_reference == reference)
            .execution_options(synchronize_session=False)
        )
        live.erase_conversation(session, handoff.conversation_key or "", [])
        # ORM delete: the outbox rows and notes go by cascade.
        session.delete(handoff)
        session.add(AuditEntry(at=now, actor=actor, action="erase", handoff_reference=reference))
    for sender_id in sender_ids:
        delete_conversation(conversations.engine, sender_id)
    logger.info("aanmelding erased by staff: conversations=%d", len(sender_ids))
    return True


# --- what the chat says -------------------------------------------------------------------------

ERASURE_FAILED_TEXT = (
    "Het is niet gelukt om uw gegevens te verwijderen. Dat ligt niet aan u. "
    "Wilt u het zo nog een keer proberen?"
)
CONVERSATION_TEXT = "Ik verwijder dit gesprek. Binnen een minuut is het bij ons weg."
WITHDRAWN_TEXT = "Uw aanmelding {reference} is ingetrokken. Uw gegevens daarin zijn gewist."
COPY_TEXT = (
    "{name} had die aanmelding al in een eigen systeem gekregen. Wilt u dat die daar ook wordt "
    "verwijderd? Neem dan contact op met het steunpunt."
)
CLAIMED_TEXT = (
    "Uw aanmelding {reference} is al bij {name}. Wilt u die ook laten verwijderen? "
    "Neem dan contact op met het steunpunt."
)
NO_CONTACT_TEXT = "U vindt het steunpunt op de website van uw gemeente: zoek op 'mantelzorg'."
CLOSING_TEXT = "Wilt u later weer iets vragen? Dan begint u gewoon een nieuw gesprek."
UNKNOWN_STEUNPUNT = "het steunpunt mantelzorg"


def _contact_text(steunpunt: Steunpunt | None, reference: str) -> str:
    contact = steunpunt.contact if steunpunt else None
    ways = []
    if contact and contact.phone:
        ways.append(f"bellen met {contact.phone}")
    if contact and contact.email:
        ways.append(f"mailen naar {contact.email}")
    if not ways and contact and contact.website:
        return f"Kijk op {contact.website}. Noem dan uw nummer {reference}."
    if not ways:
        return f"{NO_CONTACT_TEXT} Noem dan uw nummer {reference}."
    return f"U kunt {' of '.join(ways)}. Noem dan uw nummer {reference}."


def _held_text(template: str, held: HeldHandoff, steunpunt: Steunpunt | None) -> str:
    name = steunpunt.name if steunpunt else UNKNOWN_STEUNPUNT
    text = template.format(reference=held.reference, name=name)
    return f"{text[0].upper()}{text[1:]} {_contact_text(steunpunt, held.reference)}"


def erasure_reply(result: ErasureResult, find_steunpunt: Callable[[str], Steunpunt | None]) -> str:
    """The chat's answer: what was deleted, and how to ask the steunpunt for what it has."""
    lines = [CONVERSATION_TEXT]
    lines += [WITHDRAWN_TEXT.format(reference=reference) for reference in result.withdrawn]
    for held in result.copy_at_steunpunt:
        lines.append(_held_text(COPY_TEXT, held, find_steunpunt(held.steunpunt_id)))
    for held in result.claimed:
        lines.append(_held_text(CLAIMED_TEXT, held, find_steunpunt(held.steunpunt_id)))
    lines.append(CLOSING_TEXT)
    return "\n".join(lines)
