"""Consent records: what a caregiver agreed to share, when, under which text version.

One row per consent given in a conversation. `conversation_key` is a keyed hash of the sender id
(`bot.privacy.keys`), so erasure can find the rows without storing the id (on WhatsApp a phone
number). Migration 0004 creates exactly this table.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, String

from bot.db import Base, UtcDateTime

KEY_LENGTH = 64


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


PRIVACY_TABLES = (ConsentRecord.__table__,)
