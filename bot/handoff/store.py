"""Storing an aanmelding: schema check first, then the handoff and its outbox in one transaction.

The conversation tells the caregiver "het is geregeld" only after `create_handoff` returned: every
failure (an invalid document, a steunpunt without an address, a database error) raises, and a
failed transaction leaves no row behind, so no handoff is confirmed that is not stored, and no
stored handoff lacks its notice. A reference that is already taken is replaced by a fresh one;
`StoredHandoff.reference` is the one to show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from bot.handoff.models import ConsentRecord, Handoff, OutboxEntry, pending_outbox_entry
from bot.handoff.reference import new_reference
from bot.handoff.schema import validate_document
from knowledge.offer import Steunpunt

REFERENCE_TRIES = 10


class HandoffError(RuntimeError):
    """The aanmelding was not stored; the message holds no personal data."""


class _ReferenceTaken(Exception):
    pass


@dataclass(frozen=True)
class StoredHandoff:
    reference: str
    steunpunt_id: str
    urgency: str
    status: str
    created_at: datetime
    document: dict[str, Any]
    outbox_ids: tuple[int, ...]


def parse_timestamp(value: str) -> datetime:
    """An RFC 3339 date-time from a document as an aware datetime (Python 3.10 rejects "Z")."""
    return datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)


def _notice_address(steunpunt: Steunpunt) -> str:
    address = steunpunt.handoff_email or steunpunt.contact.email
    if not address:
        raise HandoffError(f"steunpunt {steunpunt.id} has no e-mail address for the notice")
    return address


def _outbox_entries(
    steunpunt: Steunpunt, reference: str, created_at: datetime
) -> list[OutboxEntry]:
    targets = [("email", _notice_address(steunpunt))]
    if steunpunt.handoff_webhook:
        targets.append(("webhook", steunpunt.handoff_webhook))
    return [
        pending_outbox_entry(reference, transport, target, created_at)
        for transport, target in targets
    ]


def _reference_taken(session: Session, reference: str) -> bool:
    query = select(Handoff.id).where(Handoff.reference == reference)
    return session.execute(query).first() is not None


# Alike in shape only: a row copied field by field into its read-only record, like portal's records;
# each record has its own fields.
def _to_stored(handoff: Handoff) -> StoredHandoff:
    return StoredHandoff(
        reference=handoff.reference,
        steunpunt_id=handoff.steunpunt_id,
        urgency=handoff.urgency,
        status=handoff.status,
        created_at=handoff.created_at,
        document=handoff.document,
        outbox_ids=tuple(entry.id for entry in handoff.outbox_entries),
    )


def _consent_record(document: Mapping[str, Any], conversation_key: str) -> ConsentRecord:
    consent = document["consent"]
    return ConsentRecord(
        conversation_key=conversation_key,
        purpose="handoff",
        text_version=consent["text_version"],
        scope=list(consent["scope"]),
        given_at=parse_timestamp(consent["given_at"]),
        handoff_reference=document["reference"],
    )


def _insert(
    session_factory: sessionmaker[Session],
    document: dict[str, Any],
    steunpunt: Steunpunt,
    conversation_key: str | None,
    contact_phone_key: str | None = None,
    client_address_key: str | None = None,
) -> StoredHandoff:
    reference = document["reference"]
    created_at = parse_timestamp(document["created_at"])
    entries = _outbox_entries(steunpunt, reference, created_at)
    try:
        with session_factory() as session, session.begin():
            if _reference_taken(session, reference):
                raise _ReferenceTaken
            handoff = Handoff(
                reference=reference,
                steunpunt_id=steunpunt.id,
                gemeente_code=document["gemeente"]["code"],
                urgency=document["urgency"]["level"],
                status="nieuw",
                document=document,
                created_at=created_at,
                conversation_key=conversation_key,
                contact_phone_key=contact_phone_key,
                client_address_key=client_address_key,
            )
            session.add(handoff)
            if conversation_key is not None:
                session.add(_consent_record(document, conversation_key))
            session.flush()
            handoff.outbox_entries.extend(entries)
            session.flush()
            stored = _to_stored(handoff)
    except IntegrityError:
        # Another process stored the same reference between our check and our insert.
        with session_factory() as session:
            if _reference_taken(session, reference):
                raise _ReferenceTaken from None
        raise
    return stored


def create_handoff(
    session_factory: sessionmaker[Session],
    document: Mapping[str, Any],
    steunpunt: Steunpunt,
    *,
    reference_factory: Callable[[], str] = new_reference,
    conversation_key: str | None = None,
    contact_phone_key: str | None = None,
    client_address_key: str | None = None,
) -> StoredHandoff:
    """Validate `document`, then store it with its outbox entries in one transaction.

    With a `conversation_key` (bot.keys) the consent is recorded in the same transaction,
    and the chat can find its own aanmelding again for erasure. A `contact_phone_key` is stored for
    the daily cap per phone number (`count_since`), a `client_address_key` for the one per chat
    client address (`count_from_address_since`).

    Outbox: an e-mail notice to the steunpunt always (its handoff_email, else its contact e-mail),
    a webhook when the steunpunt has one. Raises `bot.handoff.schema.InvalidDocument` for a
    document that breaks the schema, HandoffError when the steunpunt does not match or no free
    reference was found, and the database's own error for anything else; nothing is stored then.
    """
    validate_document(document)
    if document["steunpunt"]["id"] != steunpunt.id:
        raise HandoffError("the document is addressed to another steunpunt")
    _notice_address(steunpunt)
    candidate = dict(document)
    for _ in range(REFERENCE_TRIES):
        try:
            return _insert(
                session_factory,
                candidate,
                steunpunt,
                conversation_key,
                contact_phone_key,
                client_address_key,
            )
        except _ReferenceTaken:
            candidate = {**candidate, "reference": reference_factory()}
            validate_document(candidate)
    raise HandoffError(f"no free reference after {REFERENCE_TRIES} tries")


def get_handoff(session_factory: sessionmaker[Session], reference: str) -> StoredHandoff | None:
    with session_factory() as session:
        query = select(Handoff).where(Handoff.reference == reference)
        handoff = session.execute(query).scalars().first()
        return _to_stored(handoff) if handoff is not None else None


def count_since(
    session_factory: sessionmaker[Session], contact_phone_key: str, since: datetime
) -> int:
    """How many aanmeldingen with this contact phone key were made at or after `since`."""
    return _count_since(session_factory, Handoff.contact_phone_key == contact_phone_key, since)


def count_from_address_since(
    session_factory: sessionmaker[Session], client_address_key: str, since: datetime
) -> int:
    """How many aanmeldingen from this client address key were made at or after `since`."""
    return _count_since(session_factory, Handoff.client_address_key == client_address_key, since)


def _count_since(
    session_factory: sessionmaker[Session], matches: ColumnElement[Boolean], since: datetime
) -> int:
    query = select(func.count(Handoff.id)).where(matches, Handoff.created_at >= since)
    with session_factory() as session:
        return int(session.execute(query).scalar_one())
