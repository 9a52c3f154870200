"""Staff accounts of the portal, their sessions and login throttles.

The audit log of what they do is `bot.privacy.models.AuditEntry`. Migrations 0004, 0007, 0009,
0011, 0014 (the editor role) and 0015 (the gemeente role) create exactly these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Column, Integer, String
from sqlalchemy.orm import Mapped

from bot.db import Base, UtcDateTime, one_of

ROLES = ("consultant", "coordinator", "editor", "gemeente")
GEMEENTE_CODE_LENGTH = 6
USERNAME_LENGTH = 200
HASH_LENGTH = 255
DISPLAY_NAME_LENGTH = 120
STEUNPUNT_ID_LENGTH = 100
TOKEN_HASH_LENGTH = 64
TOTP_SECRET_LENGTH = 200  # base64 of nonce, encrypted 32-character base32 secret and tag


class StaffUser(Base):
    __tablename__ = "staff_users"
    __table_args__ = (CheckConstraint(one_of("role", ROLES), name="role"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    username: Mapped[str] = Column(String(USERNAME_LENGTH), nullable=False, unique=True)
    display_name: Mapped[str] = Column(String(DISPLAY_NAME_LENGTH), nullable=False)
    password_hash: Mapped[str] = Column(String(HASH_LENGTH), nullable=False)
    role: Mapped[str] = Column(String(20), nullable=False)
    steunpunt_id: Mapped[str] = Column(String(STEUNPUNT_ID_LENGTH), nullable=False)
    active: Mapped[bool] = Column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    # The second factor (bot.portal.totp). The secret is encrypted with a key derived from the
    # portal secret, so a copy of the database alone gives no codes. It is set when enrolment
    # starts and counts only once confirmed with a first code (totp_confirmed_at).
    totp_secret = Column(String(TOTP_SECRET_LENGTH), nullable=True)
    totp_confirmed_at = Column(UtcDateTime, nullable=True)
    # The 30-second step of the last code accepted: a code of that step or earlier is refused.
    totp_last_step = Column(Integer, nullable=True)
    # The one-time code an administrator issues (`python -m bot.portal enrolment-code`) that,
    # with the password, lets the account bind its first app: the password alone must not be
    # enough to bind an attacker's phone. Only its SHA-256 is stored (bot.portal.totp); it is
    # cleared when an app is bound with it.
    enrolment_code_hash = Column(String(TOKEN_HASH_LENGTH), nullable=True)
    enrolment_code_expires_at = Column(UtcDateTime, nullable=True)


class StaffGemeente(Base):
    """A gemeente whose insights a `gemeente` account (a beleidsmedewerker) sees; one row each.
    Such an account has no steunpunt (its steunpunt_id is empty) and sees no aanmelding."""

    __tablename__ = "staff_gemeenten"

    username: Mapped[str] = Column(String(USERNAME_LENGTH), primary_key=True)
    gemeente_code: Mapped[str] = Column(String(GEMEENTE_CODE_LENGTH), primary_key=True)


class StaffSession(Base):
    """A portal login, kept server-side so that logout and expiry end it for every copy of the
    cookie. The cookie holds a random token; only its SHA-256 is stored."""

    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = Column(String(TOKEN_HASH_LENGTH), primary_key=True)
    username: Mapped[str] = Column(String(USERNAME_LENGTH), nullable=False, index=True)
    # The password hash's stamp at login: a new password ends the sessions made with the old one.
    password_stamp: Mapped[str] = Column(String(16), nullable=False)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    last_seen_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)


class RecoveryCode(Base):
    """A one-time code that stands in for the authenticator app (a lost or empty phone). Only a
    keyed hash is stored (bot.portal.totp); a used code keeps its row with `used_at`."""

    __tablename__ = "staff_recovery_codes"

    id: Mapped[int] = Column(Integer, primary_key=True)
    username: Mapped[str] = Column(String(USERNAME_LENGTH), nullable=False, index=True)
    code_hash: Mapped[str] = Column(String(TOKEN_HASH_LENGTH), nullable=False)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    used_at = Column(UtcDateTime, nullable=True)


class LoginThrottle(Base):
    """Failed logins of one key (an account, an address, or both; bot.portal.throttle). The key is
    a hash, so neither usernames that do not exist nor addresses are stored in the clear."""

    __tablename__ = "login_throttles"

    key_hash: Mapped[str] = Column(String(TOKEN_HASH_LENGTH), primary_key=True)
    failures: Mapped[int] = Column(Integer, nullable=False)
    last_failure_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    blocked_until = Column(UtcDateTime, nullable=True)


PORTAL_TABLES = (
    StaffUser.__table__,
    StaffSession.__table__,
    RecoveryCode.__table__,
    LoginThrottle.__table__,
    StaffGemeente.__table__,
)
