"""Erasure requests: conversations the worker still has to delete from the tracker store; and the
audit log: who viewed or changed which aanmelding, and who logged in (`bot.privacy.audit`).

An audit entry names the user, the action and the aanmelding's reference, never personal data, so
it can be kept after the aanmelding itself is deleted (for its own retention period). The consent
records that erasure and retention delete are the handoff's (`bot.handoff.models`). Migration 0004
creates `audit_log`, migration 0006 `erasure_requests`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Integer, String
from sqlalchemy.orm import Mapped

from bot.db import Base, UtcDateTime

SENDER_ID_LENGTH = 255  # as Rasa's events.sender_id
USER_LENGTH = 200  # a staff username, as bot.portal.models.USERNAME_LENGTH
ACTION_LENGTH = 40
DETAIL_LENGTH = 200
IP_LENGTH = 45  # the longest IPv6 text form


class ErasureRequest(Base):
    """A "verwijder mijn gegevens" request: a conversation to delete from the tracker store.

    The chat action cannot delete the conversation itself: Rasa saves the turn after the action
    and would write every event back (`bot.privacy.erasure`). The row keeps the raw sender id,
    the only key the tracker store has, and is deleted after the worker's second pass, within a
    minute (bot.privacy.erasure.SECOND_PASS_AFTER).
    """

    __tablename__ = "erasure_requests"
    __table_args__ = (Index("ix_erasure_requests_not_before", "not_before"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    sender_id: Mapped[str] = Column(String(SENDER_ID_LENGTH), nullable=False)
    # Not before the current turn has been saved.
    not_before: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    actor: Mapped[str] = Column(
        String(USER_LENGTH), nullable=False
    )  # a staff username, or "system"
    action: Mapped[str] = Column(
        String(ACTION_LENGTH), nullable=False
    )  # view, claim, status, note, erase ...
    handoff_reference = Column(String(9), nullable=True, index=True)
    detail = Column(String(DETAIL_LENGTH), nullable=True)  # never personal data
    # Where the request came from (bot.portal.app.SourceAddress); None for the CLI and the worker.
    source_ip = Column(String(IP_LENGTH), nullable=True)


PRIVACY_TABLES = (ErasureRequest.__table__, AuditEntry.__table__)
