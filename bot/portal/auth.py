"""Staff passwords and logins: argon2 hashes, growing waits after failed logins.

An unknown username, a wrong password and an inactive account all give the same answer (and take
as long: an unknown name is checked against a dummy hash). Failed logins make later tries wait
(bot.portal.throttle); while a login must wait its password is not even checked, and unknown
usernames wait exactly like known ones. A successful login re-hashes the password when the argon2
parameters changed since it was set.

`authenticate` hashes (tens of milliseconds of CPU): call it from a worker thread, not the event
loop.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.portal import throttle
from bot.portal.models import StaffUser
from bot.portal.throttle import DEFAULT_THROTTLE, ThrottlePolicy
from bot.privacy import audit

logger = logging.getLogger("bot.portal")

MIN_PASSWORD_LENGTH = 12
# Longer input is refused before hashing: nobody types it, and it only costs the server time.
MAX_PASSWORD_LENGTH = 1024


class LoginOutcome(Enum):
    OK = "ok"
    FAILED = "failed"  # unknown user, wrong password or inactive account: one answer for all
    WAIT = "wait"  # too many failures of this account or address: try again later
    RESTART = "restart"  # a second step whose account changed since the password: start again


class SecondStep(Enum):
    """What follows a correct password (bot.portal.second_factor)."""

    NONE = "none"  # the session starts: no second factor set up, and none required
    CODE = "code"  # a code from the authenticator app, or a recovery code
    ENROL = "enrol"  # required but not set up yet: set up the app first


@dataclass(frozen=True)
class TotpPolicy:
    """Who must log in with a second factor: coordinators and editors (what they publish, the chat
    shows) always, consultants by setting."""

    for_consultants: bool = True

    def required_for(self, role: str) -> bool:
        return role in ("coordinator", "editor", "gemeente") or self.for_consultants


DEFAULT_TOTP_POLICY = TotpPolicy()


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

    @property
    def is_gemeente(self) -> bool:
        """A beleidsmedewerker of one or more gemeenten: sees their insights (anonymous
        figures, bot.portal.insights_views) and no aanmelding or person."""
        return self.role == "gemeente"

    @property
    def sees_aanmeldingen(self) -> bool:
        return self.role in ("consultant", "coordinator")

    @property
    def sees_insights(self) -> bool:
        return self.role in ("coordinator", "gemeente")

    @property
    def is_editor(self) -> bool:
        """Edits the knowledge base of its steunpunt's gemeenten; sees no aanmeldingen."""
        return self.role == "editor"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    identity: StaffIdentity | None = None
    seconds_to_wait: int = 0  # for WAIT
    second_step: SecondStep = SecondStep.NONE  # for OK after the password


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


def find_user(session: Session, username: str) -> StaffUser | None:
    query = select(StaffUser).where(StaffUser.username == normalize_username(username))
    return session.execute(query).scalars().first()


def authenticate(
    session_factory: sessionmaker[Session],
    username: str,
    password: str,
    now: datetime,
    *,
    source_ip: str | None = None,
    policy: ThrottlePolicy = DEFAULT_THROTTLE,
    hasher: PasswordHasher | None = None,
    totp_policy: TotpPolicy = DEFAULT_TOTP_POLICY,
) -> LoginResult:
    """Check a login's password at `now` (aware) from `source_ip`; see the module docstring.

    When a second factor follows (result.second_step), the login is not complete: its failures
    are not forgotten yet, or a stolen password would buy endless guesses at the code."""
    hasher = hasher or default_hasher()
    name = normalize_username(username)
    keys = throttle.keys_for(name, source_ip, policy)
    with session_factory() as session, session.begin():
        wait = throttle.seconds_to_wait(session, keys.every, now)
        if wait:
            logger.info("portal login refused: waiting after failed logins")
            return LoginResult(LoginOutcome.WAIT, seconds_to_wait=wait)
        user = find_user(session, name)
        if len(password) > MAX_PASSWORD_LENGTH or user is None:
            _verify(hasher, _dummy_hash(hasher), password)
            logger.info("portal login failed: unknown user")
            throttle.count_failure(session, keys.every, now, policy)
            return LoginResult(LoginOutcome.FAILED)
        if not _verify(hasher, user.password_hash, password) or not user.active:
            logger.info("portal login failed: %s", user.username)
            throttle.count_failure(session, keys.every, now, policy)
            audit.record(session, actor=user.username, action="login_failed", at=now)
            return LoginResult(LoginOutcome.FAILED)
        if hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        second = second_step(user, totp_policy)
        if second is SecondStep.NONE:
            complete_login(session, user, keys, now)
        else:
            logger.info("portal password accepted, second factor next: %s", user.username)
        return LoginResult(LoginOutcome.OK, identity_of(user), second_step=second)


def second_step(user: StaffUser, policy: TotpPolicy) -> SecondStep:
    """An account with an app always uses it; one without must set it up when required."""
    if user.totp_confirmed_at is not None:
        return SecondStep.CODE
    if policy.required_for(user.role):
        return SecondStep.ENROL
    return SecondStep.NONE


def complete_login(
    session: Session, user: StaffUser, keys: throttle.LoginKeys, now: datetime
) -> None:
    """Every factor checked: the account's failures are forgotten and the login audited."""
    throttle.forget_failures(session, keys.accounts)
    audit.record(session, actor=user.username, action="login", at=now)
    logger.info("portal login: %s", user.username)


def load_identity(session_factory: sessionmaker[Session], username: str) -> StaffIdentity | None:
    """The active user with this name, or None."""
    with session_factory() as session:
        return active_identity(session, username)


def active_identity(session: Session, username: str) -> StaffIdentity | None:
    """The active user with this name, or None, read in the caller's session."""
    user = find_user(session, username)
    return identity_of(user) if user is not None and user.active else None
