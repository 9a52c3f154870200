"""Consent records: what a caregiver agreed to share, when, under which text version; and erasure
requests: conversations the worker still has to delete from the tracker store.

One consent row per consent given in a conversation. `conversation_key` is a keyed hash of the
sender id (`bot.keys`), so erasure can find the rows without storing the id (on WhatsApp a
phone number). Migration 0004 creates `consent_records`, migration 0006 `erasure_requests`.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Index, Integer, String

from bot.db import Base, UtcDateTime

KEY_LENGTH = 64
SENDER_ID_LENGTH = 255  # as Rasa's events.sender_id


class ConsentRecord(Base):
    __tablename__ = "consent_records"

    id = Column(Integer, primary_key=True)
    conversation_key = Column(String(KEY_LENGTH), nullable=False, index=True)
    purpose = Column(String(40), nullable=False)  # "handoff"
    text_version = Column(String(40), nullable=False)
    scope = Column(JSON, nullable=False)  # ["contact", "situation", ...]
    given_at = Column(UtcDateTime, nullable=False)
    # The aanmelding the consent was for, once stored; withdrawn together with it.
    handoff_reference = Column(String(9), nullable=True, index=True)


class ErasureRequest(Base):
    """A "verwijder mijn gegevens" request: a conversation to delete from the tracker store.

    The chat action cannot delete the conversation itself: Rasa saves the turn after the action
    and would write every event back (`bot.privacy.erasure`). The row keeps the raw sender id,
    the only key the tracker store has, and is deleted after the worker's second pass, within a
    minute (bot.privacy.erasure.SECOND_PASS_AFTER).
    """

    __tablename__ = "erasure_requests"
    __table_args__ = (Index("ix_erasure_requests_not_before", "not_before"),)

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False)
    # Not before the current turn has been saved.
    not_before = Column(UtcDateTime, nullable=False)
    created_at = Column(UtcDateTime, nullable=False)


PRIVACY_TABLES = (ConsentRecord.__table__, ErasureRequest.__table__)
