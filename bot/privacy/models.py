"""Erasure requests: conversations the worker still has to delete from the tracker store.

The consent records that erasure and retention delete are the handoff's (`bot.handoff.models`).
Migration 0006 creates `erasure_requests`.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String

from bot.db import Base, UtcDateTime

SENDER_ID_LENGTH = 255  # as Rasa's events.sender_id


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


PRIVACY_TABLES = (ErasureRequest.__table__,)
