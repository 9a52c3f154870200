"""Tables for stored aanmeldingen (`handoffs`), the deliveries still to make (`outbox`), the
consultants' notes on an aanmelding (`handoff_notes`) and the caregiver's consent to share it
(`consent_records`): what they agreed to share, when, under which text version.

A handoff row and its outbox rows are written in one transaction (`bot.handoff.store`); the worker
(`bot.handoff.delivery`) only ever changes outbox rows. `steunpunt_id` has no foreign key on
purpose: a steunpunt may be renamed or removed from the knowledge base while its aanmeldingen must
stay. Outbox rows go with their handoff (ORM cascade, and ON DELETE CASCADE in the database), so
deleting a handoff after its retention period leaves nothing behind; notes go the same way.

`conversation_key` is a keyed hash of the chat's sender id (`bot.keys`), never the id
itself (on WhatsApp that is a phone number): it lets "verwijder mijn gegevens" find the
conversation's own aanmelding.

`contact_phone_key` is a keyed hash of the contact phone number (`bot.handoff.service.phone_key`),
never the number: it counts the aanmeldingen made with one number in a day (the daily cap).
`client_address_key` is a keyed hash of the chat client's address (`bot.channels.address_key`),
never the address: it counts the aanmeldingen made from one address in a day.

One consent row per consent given in a conversation, keyed by the same `conversation_key`, so
erasure finds the rows without storing the id; `handoff_reference` names the aanmelding once it
is stored (`bot.handoff.store.create_handoff`, in the same transaction).

Migrations 0003 (handoffs, outbox), 0004 (notes, consent records, conversation key,
contacted_at), 0007 (expires_at, the outbox's kind), 0010 (contact_phone_key) and 0012
(client_address_key) create exactly these tables.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, relationship

from bot.db import Base, UtcDateTime, one_of

HANDOFF_STATUSES = ("nieuw", "in_behandeling", "afgerond", "ingetrokken")
URGENCY_LEVELS = ("normaal", "hoog", "acuut")
TRANSPORTS = ("email", "webhook")
# What an outbox row announces: a new aanmelding, or (e-mail only) that an open one is about to
# be erased at its maximum age (bot.privacy.retention).
NOTICE_KINDS = ("aanmelding", "verloop")
# 'sending' is the worker's claim on a row while it delivers (with a lease, see delivery.py).
OUTBOX_STATUSES = ("pending", "sending", "delivered", "failed")

REFERENCE_LENGTH = 9  # MZ-XXXXXX
STEUNPUNT_ID_LENGTH = 100  # as knowledge.models.ID_LENGTH
GEMEENTE_CODE_LENGTH = 6
TARGET_LENGTH = 500
ERROR_LENGTH = 200
KEY_LENGTH = 64
USER_LENGTH = 200
NOTE_LENGTH = 4000


class Handoff(Base):
    __tablename__ = "handoffs"
    __table_args__ = (
        CheckConstraint(one_of("status", HANDOFF_STATUSES), name="status"),
        CheckConstraint(one_of("urgency", URGENCY_LEVELS), name="urgency"),
        # The portal's inbox: one steunpunt's open aanmeldingen.
        Index("ix_handoffs_steunpunt_status", "steunpunt_id", "status"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    reference: Mapped[str] = Column(String(REFERENCE_LENGTH), nullable=False, unique=True)
    steunpunt_id: Mapped[str] = Column(String(STEUNPUNT_ID_LENGTH), nullable=False)
    gemeente_code = Column(String(GEMEENTE_CODE_LENGTH), nullable=True)
    urgency: Mapped[str] = Column(String(10), nullable=False)
    status: Mapped[str] = Column(String(20), nullable=False, default="nieuw")
    document: Mapped[dict[str, Any]] = Column(JSON, nullable=False)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    claimed_by = Column(String(USER_LENGTH), nullable=True)
    closed_at = Column(UtcDateTime, nullable=True)
    conversation_key = Column(String(KEY_LENGTH), nullable=True, index=True)
    # "contact gehad": when a consultant reached the caregiver.
    contacted_at = Column(UtcDateTime, nullable=True)
    # Set once, when the steunpunt is told that this open aanmelding reaches its maximum age:
    # the moment it is erased if still open then (bot.privacy.retention).
    expires_at = Column(UtcDateTime, nullable=True)
    # The daily cap per phone number counts by this hash (bot.handoff.service.PhoneCap).
    contact_phone_key = Column(String(KEY_LENGTH), nullable=True, index=True)
    # The daily cap per client address counts by this hash (bot.handoff.service.AddressCap).
    client_address_key = Column(String(KEY_LENGTH), nullable=True, index=True)

    outbox_entries: Mapped[list[OutboxEntry]] = relationship(
        "OutboxEntry",
        back_populates="handoff",
        order_by="OutboxEntry.id",
        # The ORM deletes the outbox rows itself: SQLite only honours ON DELETE CASCADE with
        # PRAGMA foreign_keys=ON, which bot.db does not set.
        cascade="all, delete-orphan",
    )
    notes: Mapped[list[HandoffNote]] = relationship(
        "HandoffNote",
        back_populates="handoff",
        order_by="HandoffNote.id",
        cascade="all, delete-orphan",
    )


class OutboxEntry(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(one_of("status", OUTBOX_STATUSES), name="status"),
        CheckConstraint(one_of("transport", TRANSPORTS), name="transport"),
        CheckConstraint(one_of("kind", NOTICE_KINDS), name="kind"),
        # The worker's query: pending rows that are due.
        Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    handoff_reference: Mapped[str] = Column(
        String(REFERENCE_LENGTH),
        ForeignKey("handoffs.reference", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    transport: Mapped[str] = Column(String(10), nullable=False)
    kind: Mapped[str] = Column(
        String(12), nullable=False, default="aanmelding", server_default="aanmelding"
    )
    target: Mapped[str] = Column(
        String(TARGET_LENGTH), nullable=False
    )  # the steunpunt's address or URL
    status: Mapped[str] = Column(String(10), nullable=False, default="pending")
    attempts: Mapped[int] = Column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    lease_until = Column(UtcDateTime, nullable=True)
    claim_token = Column(String(32), nullable=True)
    last_error = Column(String(ERROR_LENGTH), nullable=True)  # never personal data
    delivered_at = Column(UtcDateTime, nullable=True)
    idempotency_key: Mapped[str] = Column(String(KEY_LENGTH), nullable=False, unique=True)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)

    handoff: Mapped[Handoff] = relationship("Handoff", back_populates="outbox_entries")


def pending_outbox_entry(
    reference: str, transport: str, target: str, now: datetime, kind: str = "aanmelding"
) -> OutboxEntry:
    """A new notice to the steunpunt for the worker to deliver: pending, due `now`, not tried yet,
    with its own idempotency key."""
    return OutboxEntry(
        handoff_reference=reference,
        transport=transport,
        kind=kind,
        target=target,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        idempotency_key=uuid.uuid4().hex,
        created_at=now,
    )


class HandoffNote(Base):
    """A consultant's note; personal data, so it goes with its aanmelding."""

    __tablename__ = "handoff_notes"

    id: Mapped[int] = Column(Integer, primary_key=True)
    # Alike in shape only: each child table of handoffs has this foreign key, so it goes with its
    # aanmelding.
    handoff_reference: Mapped[str] = Column(
        String(REFERENCE_LENGTH),
        ForeignKey("handoffs.reference", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    author: Mapped[str] = Column(String(USER_LENGTH), nullable=False)
    text: Mapped[str] = Column(String(NOTE_LENGTH), nullable=False)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)

    handoff: Mapped[Handoff] = relationship("Handoff", back_populates="notes")


class ConsentRecord(Base):
    __tablename__ = "consent_records"

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_key: Mapped[str] = Column(String(KEY_LENGTH), nullable=False, index=True)
    purpose: Mapped[str] = Column(String(40), nullable=False)  # "handoff"
    text_version: Mapped[str] = Column(String(40), nullable=False)
    scope: Mapped[list[str]] = Column(JSON, nullable=False)  # ["contact", "situation", ...]
    given_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    # The aanmelding the consent was for, once stored; withdrawn together with it.
    handoff_reference = Column(String(9), nullable=True, index=True)


HANDOFF_TABLES = (
    Handoff.__table__,
    OutboxEntry.__table__,
    HandoffNote.__table__,
    ConsentRecord.__table__,
)
