"""Staff accounts of the portal and the audit log of who viewed or changed what.

An audit entry names the user, the action and the aanmelding's reference, never personal data, so
it can be kept after the aanmelding itself is deleted (for its own retention period).
Migration 0004 creates exactly these tables.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Column, Index, Integer, String

from bot.db import Base, UtcDateTime, one_of

ROLES = ("consultant", "coordinator")
USERNAME_LENGTH = 200
HASH_LENGTH = 255
DISPLAY_NAME_LENGTH = 120
STEUNPUNT_ID_LENGTH = 100
ACTION_LENGTH = 40
DETAIL_LENGTH = 200


class StaffUser(Base):
    __tablename__ = "staff_users"
    __table_args__ = (CheckConstraint(one_of("role", ROLES), name="role"),)

    id = Column(Integer, primary_key=True)
    username = Column(String(USERNAME_LENGTH), nullable=False, unique=True)
    display_name = Column(String(DISPLAY_NAME_LENGTH), nullable=False)
    password_hash = Column(String(HASH_LENGTH), nullable=False)
    role = Column(String(20), nullable=False)
    steunpunt_id = Column(String(STEUNPUNT_ID_LENGTH), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_until = Column(UtcDateTime, nullable=True)
    created_at = Column(UtcDateTime, nullable=False)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id = Column(Integer, primary_key=True)
    at = Column(UtcDateTime, nullable=False)
    actor = Column(String(USERNAME_LENGTH), nullable=False)  # a staff username, or "system"
    action = Column(String(ACTION_LENGTH), nullable=False)  # view, claim, status, note, erase ...
    handoff_reference = Column(String(9), nullable=True, index=True)
    detail = Column(String(DETAIL_LENGTH), nullable=True)  # never personal data


PORTAL_TABLES = (StaffUser.__table__, AuditEntry.__table__)
