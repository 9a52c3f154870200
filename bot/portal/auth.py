"""Staff passwords and logins: argon2 hashes, a lock-out after repeated failures.

An unknown username, a wrong password and an inactive account all give the same answer (and take
as long: an unknown name is checked against a dummy hash). After `max_failed` wrong passwords in a
row the account is locked for `lockout`; while locked the password is not even checked, so the
lock cannot be used to keep guessing. A successful login re-hashes the password when the argon2
parameters changed since it was set.
"""

from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.portal import audit
from bot.portal.models import StaffUser

logger = logging.getLogger("bot.portal")

MIN_PASSWORD_LENGTH = 12
# Longer input is refused before hashing: nobody types it, and it only costs the server time.
MAX_PASSWORD_LENGTH = 1024


@dataclass(frozen=True)
class LoginPolicy:
    max_failed: int = 5
    lockout: timedelta = timedelta(minutes=15)


DEFAULT_POLICY = LoginPolicy()


class LoginOutcome(Enum):
    OK = "ok"
    FAILED = "failed"  # unknown user, wrong password or inactive account: one answer for all
    LOCKED = "locked"


@dataclass(frozen=True)
class StaffIdentity:
    """Who is logged in: what a request needs, read fresh from the database on every request."""

    username: str
    display_name: str
    role: str
    steunpunt_id: str
    # Changes when the password hash changes, which ends the sessions made with the old one.
    password_stamp: str

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    identity: StaffIdentity | None = None
    minutes_locked: int = 0  # for LOCKED: how long still, rounded up


@lru_cache(maxsize=1)
def default_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile)."""
    return PasswordHasher()


@lru_cache(maxsize=8)
def _dummy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash("no such user, only here to take as long as a real check")


def normalize_username(value: str) -> str:
    return value.strip().lower()


def password_stamp(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def identity_of(user: StaffUser) -> StaffIdentity:
    return StaffIdentity(
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        steunpunt_id=user.steunpunt_id,
        password_stamp=password_stamp(user.password_hash),
    )


def _verify(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _find(session: Session, username: str) -> StaffUser | None:
    query = select(StaffUser).where(StaffUser.username == normalize_username(username))
    return session.execute(query).scalars().first()


def _minutes_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds() / 60))


def _count_failure(
    session: Session, user: StaffUser, now: datetime, policy: LoginPolicy
) -> LoginResult:
    # One UPDATE with an expression: two wrong passwords at the same moment both count.
    session.execute(
        update(StaffUser)
        .where(StaffUser.id == user.id)
        .values(failed_logins=StaffUser.failed_logins + 1)
        .execution_options(synchronize_session=False)
    )
    session.refresh(user)
    audit.record(session, actor=user.username, action="login_failed", at=now)
    if user.failed_logins < policy.max_failed:
        return LoginResult(LoginOutcome.FAILED)
    user.locked_until = now + policy.lockout
    audit.record(session, actor=user.username, action="locked", at=now)
    logger.warning("portal account locked: %s", user.username)
    return LoginResult(LoginOutcome.LOCKED, minutes_locked=_minutes_until(user.locked_until, now))


def authenticate(
    session_factory: sessionmaker,
    username: str,
    password: str,
    now: datetime,
    *,
    policy: LoginPolicy = DEFAULT_POLICY,
    hasher: PasswordHasher | None = None,
) -> LoginResult:
    """Check a login at `now` (aware), count failures, lock and unlock; see the module docstring."""
    hasher = hasher or default_hasher()
    if len(password) > MAX_PASSWORD_LENGTH:
        return LoginResult(LoginOutcome.FAILED)
    with session_factory() as session, session.begin():
        user = _find(session, username)
        if user is None:
            _verify(hasher, _dummy_hash(hasher), password)
            logger.info("portal login failed: unknown user")
            return LoginResult(LoginOutcome.FAILED)
        if user.locked_until is not None:
            if user.locked_until > now:
                return LoginResult(
                    LoginOutcome.LOCKED, minutes_locked=_minutes_until(user.locked_until, now)
                )
            user.locked_until, user.failed_logins = None, 0
        if not _verify(hasher, user.password_hash, password):
            logger.info("portal login failed: %s", user.username)
            return _count_failure(session, user, now, policy)
        if not user.active:
            logger.info("portal login refused, account inactive: %s", user.username)
            return LoginResult(LoginOutcome.FAILED)
        user.failed_logins = 0
        if hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        audit.record(session, actor=user.username, action="login", at=now)
        logger.info("portal login: %s", user.username)
        return LoginResult(LoginOutcome.OK, identity_of(user))


def load_identity(session_factory: sessionmaker, username: str) -> StaffIdentity | None:
    """The active user with this name, or None."""
    with session_factory() as session:
        user = _find(session, username)
        return identity_of(user) if user is not None and user.active else None
