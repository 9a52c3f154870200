"""Staff accounts of the portal, their sessions and login throttles, and the audit log.

An audit entry names the user, the action and the aanmelding's reference, never personal data, so
it can be kept after the aanmelding itself is deleted (for its own retention period).
Migrations 0004 and 0007 create exactly these tables.
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
TOKEN_HASH_LENGTH = 64
IP_LENGTH = 45  # the longest IPv6 text form


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
    created_at = Column(UtcDateTime, nullable=False)


class StaffSession(Base):
    """A portal login, kept server-side so that logout and expiry end it for every copy of the
    cookie. The cookie holds a random token; only its SHA-256 is stored."""

    __tablename__ = "staff_sessions"

    token_hash = Column(String(TOKEN_HASH_LENGTH), primary_key=True)
    username = Column(String(USERNAME_LENGTH), nullable=False, index=True)
    # The password hash's stamp at login: a new password ends the sessions made with the old one.
    password_stamp = Column(String(16), nullable=False)
    created_at = Column(UtcDateTime, nullable=False)
    last_seen_at = Column(UtcDateTime, nullable=False)


class LoginThrottle(Base):
    """Failed logins of one key (an account, an address, or both; bot.portal.throttle). The key is
    a hash, so neither usernames that do not exist nor addresses are stored in the clear."""

    __tablename__ = "login_throttles"

    key_hash = Column(String(TOKEN_HASH_LENGTH), primary_key=True)
    failures = Column(Integer, nullable=False)
    last_failure_at = Column(UtcDateTime, nullable=False)
    blocked_until = Column(UtcDateTime, nullable=True)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id = Column(Integer, primary_key=True)
    at = Column(UtcDateTime, nullable=False)
    actor = Column(String(USERNAME_LENGTH), nullable=False)  # a staff username, or "system"
    action = Column(String(ACTION_LENGTH), nullable=False)  # view, claim, status, note, erase ...
    handoff_reference = Column(String(9), nullable=True, index=True)
    detail = Column(String(DETAIL_LENGTH), nullable=True)  # never personal data
    # Where the request came from (bot.portal.app.SourceAddress); None for the CLI and the worker.
    source_ip = Column(String(IP_LENGTH), nullable=True)


PORTAL_TABLES = (
    StaffUser.__table__,
    StaffSession.__table__,
    LoginThrottle.__table__,
    AuditEntry.__table__,
)
