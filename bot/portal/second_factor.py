"""The login's second step: a code from the authenticator app or a recovery code, or setting the
app up when the account needs one and has none; and, for a logged-in account, a new set of
recovery codes.

Setting the app up takes the administrator's one-time enrolment code first (bot.portal.users):
the password alone must not let anyone bind their own phone. Only after that code is the app's
secret made and shown; the code is used up when the first code from the app binds it, in the
same transaction, so one enrolment code binds at most one app.

Between the password and this step the browser's signed cookie holds a pending login (the
username, the password stamp and a deadline: bot.portal.views). Each step here reads the account
afresh and starts again when it no longer fits: deactivated, a new password, the app reset.

A wrong code counts in the login throttle (bot.portal.throttle) exactly like a wrong password,
under the same keys, and a step that must wait does not look at the code. Only a completed second
step forgets the account's failures (bot.portal.auth.complete_login).
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.db import rows_affected
from bot.portal import throttle, totp
from bot.portal.auth import (
    LoginOutcome,
    LoginResult,
    complete_login,
    identity_of,
    normalize_username,
)
from bot.portal.models import RecoveryCode, StaffUser
from bot.portal.throttle import ThrottlePolicy
from bot.portal.totp import TotpKeys
from bot.privacy import audit

logger = logging.getLogger("bot.portal")


@dataclass(frozen=True)
class Pending:
    """A login whose password was right, waiting for its second step. `enrolment_code_hash`: the
    enrolment code this login typed (its stored form), once accepted."""

    username: str
    password_stamp: str
    enrolment_code_hash: str | None = None


@dataclass(frozen=True)
class Attempt:
    """Where and when one try comes from, and what it is checked with."""

    now: datetime
    source_ip: str | None
    throttle: ThrottlePolicy
    keys: TotpKeys


@dataclass(frozen=True)
class Enrolled:
    result: LoginResult
    # Shown once, right after the app is set up; only their hashes are stored.
    recovery_codes: list[str] = field(default_factory=list)


def _restart() -> LoginResult:
    return LoginResult(LoginOutcome.RESTART)


def _pending_user(session: Session, pending: Pending) -> StaffUser | None:
    """The account, locked until commit (two tries with one code cannot both pass), when it still
    fits the pending login."""
    query = (
        select(StaffUser)
        .where(StaffUser.username == normalize_username(pending.username))
        .with_for_update()
    )
    user: StaffUser | None = session.execute(query).scalars().first()
    if user is None or not user.active:
        return None
    if identity_of(user).password_stamp != pending.password_stamp:
        return None
    return user


def _failed(
    session: Session,
    user: StaffUser,
    keys: throttle.LoginKeys,
    attempt: Attempt,
    action: str = "totp_failed",
) -> None:
    throttle.count_failure(session, keys.every, attempt.now, attempt.throttle)
    audit.record(session, actor=user.username, action=action, at=attempt.now)
    logger.info("portal second factor failed (%s): %s", action, user.username)


# --- logging in with a code ---------------------------------------------------------------------


def verify(
    session_factory: sessionmaker[Session], pending: Pending, typed: str, attempt: Attempt
) -> LoginResult:
    """Complete a pending login with a code from the app or an unused recovery code."""
    keys = throttle.keys_for(pending.username, attempt.source_ip, attempt.throttle)
    with session_factory() as session, session.begin():
        wait = throttle.seconds_to_wait(session, keys.every, attempt.now)
        if wait:
            return LoginResult(LoginOutcome.WAIT, seconds_to_wait=wait)
        user = _pending_user(session, pending)
        if user is None or user.totp_confirmed_at is None:
            return _restart()
        if not _accept(session, user, totp.normalize_code(typed), attempt):
            _failed(session, user, keys, attempt)
            return LoginResult(LoginOutcome.FAILED)
        complete_login(session, user, keys, attempt.now)
        return LoginResult(LoginOutcome.OK, identity_of(user))


def _accept(session: Session, user: StaffUser, code: str, attempt: Attempt) -> bool:
    if totp.looks_like_code(code):
        return _accept_app_code(user, code, attempt)
    if totp.looks_like_recovery_code(code):
        return _use_recovery_code(session, user, code, attempt)
    return False


def _accept_app_code(user: StaffUser, code: str, attempt: Attempt) -> bool:
    try:
        secret = totp.decrypt_secret(attempt.keys, user.username, user.totp_secret or "")
    except totp.UnreadableSecret:
        # Fail closed: only `python -m bot.portal reset-totp` lets this account set up anew.
        logger.error(
            "the TOTP secret of %s does not decrypt (portal secret changed?)", user.username
        )
        return False
    step = totp.matching_step(secret, code, attempt.now, user.totp_last_step)
    if step is None:
        return False
    user.totp_last_step = step
    return True


def _use_recovery_code(session: Session, user: StaffUser, code: str, attempt: Attempt) -> bool:
    # One UPDATE that only an unused code matches: two tries with the same code cannot both pass.
    used = session.execute(
        update(RecoveryCode)
        .where(
            RecoveryCode.username == user.username,
            RecoveryCode.code_hash == totp.recovery_hash(attempt.keys, user.username, code),
            RecoveryCode.used_at.is_(None),
        )
        .values(used_at=attempt.now)
        .execution_options(synchronize_session=False)
    )
    if rows_affected(used) != 1:
        return False
    audit.record(session, actor=user.username, action="recovery_code_used", at=attempt.now)
    return True


# --- setting the app up ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentCheck:
    result: LoginResult
    # The accepted code's stored form, for the pending login (Pending.enrolment_code_hash).
    code_hash: str | None = None


def _enrolment_code_valid(user: StaffUser, code_hash: str | None, now: datetime) -> bool:
    """The account's enrolment code is this one, unused and not expired."""
    stored, expires_at = user.enrolment_code_hash, user.enrolment_code_expires_at
    if not code_hash or not stored or expires_at is None or now >= expires_at:
        return False
    return hmac.compare_digest(stored, code_hash)


def check_enrolment_code(
    session_factory: sessionmaker[Session], pending: Pending, typed: str, attempt: Attempt
) -> EnrolmentCheck:
    """The administrator's enrolment code, before the app's secret is shown. A wrong, expired or
    used code counts in the login throttle and gets one answer (FAILED)."""
    keys = throttle.keys_for(pending.username, attempt.source_ip, attempt.throttle)
    with session_factory() as session, session.begin():
        wait = throttle.seconds_to_wait(session, keys.every, attempt.now)
        if wait:
            return EnrolmentCheck(LoginResult(LoginOutcome.WAIT, seconds_to_wait=wait))
        user = _pending_user(session, pending)
        if user is None or user.totp_confirmed_at is not None:
            return EnrolmentCheck(_restart())
        code = totp.normalize_code(typed)
        code_hash = totp.enrolment_hash(user.username, code)
        if not totp.looks_like_enrolment_code(code) or not _enrolment_code_valid(
            user, code_hash, attempt.now
        ):
            _failed(session, user, keys, attempt, "enrolment_code_failed")
            return EnrolmentCheck(LoginResult(LoginOutcome.FAILED))
        return EnrolmentCheck(LoginResult(LoginOutcome.OK, identity_of(user)), code_hash)


def enrolment_secret(
    session_factory: sessionmaker[Session], pending: Pending, keys: TotpKeys, now: datetime
) -> str | None:
    """The secret to set up: the one shown before (a reloaded page shows the same QR code), else a
    new one. None when the pending login no longer fits, its enrolment code is not (or no longer)
    valid, or the app is already set up."""
    with session_factory() as session, session.begin():
        user = _pending_user(session, pending)
        if user is None or user.totp_confirmed_at is not None:
            return None
        if not _enrolment_code_valid(user, pending.enrolment_code_hash, now):
            return None
        if user.totp_secret:
            try:
                return totp.decrypt_secret(keys, user.username, user.totp_secret)
            except totp.UnreadableSecret:
                pass  # never confirmed, so nobody relies on it: make a new one
        secret = totp.new_secret()
        user.totp_secret = totp.encrypt_secret(keys, user.username, secret)
        return secret


# Alike in shape only: the same throttle and pending-login checks as check_enrolment_code, but it
# also needs the secret and returns another result type.
def confirm_enrolment(
    session_factory: sessionmaker[Session], pending: Pending, typed: str, attempt: Attempt
) -> Enrolled:
    """The first code from the app proves it is set up; the enrolment code is used up and the
    login completes with new recovery codes."""
    keys = throttle.keys_for(pending.username, attempt.source_ip, attempt.throttle)
    with session_factory() as session, session.begin():
        wait = throttle.seconds_to_wait(session, keys.every, attempt.now)
        if wait:
            return Enrolled(LoginResult(LoginOutcome.WAIT, seconds_to_wait=wait))
        user = _pending_user(session, pending)
        if user is None or user.totp_confirmed_at is not None or not user.totp_secret:
            return Enrolled(_restart())
        if not _enrolment_code_valid(user, pending.enrolment_code_hash, attempt.now):
            return Enrolled(_restart())
        try:
            secret = totp.decrypt_secret(attempt.keys, user.username, user.totp_secret)
        except totp.UnreadableSecret:
            return Enrolled(_restart())
        step = totp.matching_step(secret, totp.normalize_code(typed), attempt.now, None)
        if step is None:
            _failed(session, user, keys, attempt)
            return Enrolled(LoginResult(LoginOutcome.FAILED))
        user.enrolment_code_hash = None
        user.enrolment_code_expires_at = None
        codes = activate(session, user, step, attempt.keys, attempt.now)
        audit.record(session, actor=user.username, action="totp_enrolled", at=attempt.now)
        complete_login(session, user, keys, attempt.now)
        return Enrolled(LoginResult(LoginOutcome.OK, identity_of(user)), codes)


def activate(
    session: Session, user: StaffUser, last_step: int | None, keys: TotpKeys, now: datetime
) -> list[str]:
    """Mark the account's stored secret as set up, and give it fresh recovery codes (returned in
    the clear, to show once)."""
    user.totp_confirmed_at = now
    user.totp_last_step = last_step
    return _replace_recovery_codes(session, user, keys, now)


def _replace_recovery_codes(
    session: Session, user: StaffUser, keys: TotpKeys, now: datetime
) -> list[str]:
    """Ten new recovery codes (in the clear, to show once); the old ones stop working at once."""
    session.execute(delete(RecoveryCode).where(RecoveryCode.username == user.username))
    codes = totp.new_recovery_codes()
    session.add_all(
        RecoveryCode(
            username=user.username,
            code_hash=totp.recovery_hash(keys, user.username, code),
            created_at=now,
        )
        for code in codes
    )
    return codes


# --- new recovery codes for a logged-in account ---------------------------------------------------


def unused_recovery_codes(session_factory: sessionmaker[Session], username: str) -> int:
    query = select(func.count(RecoveryCode.id)).where(
        RecoveryCode.username == username, RecoveryCode.used_at.is_(None)
    )
    with session_factory() as session:
        return int(session.execute(query).scalar_one())


def has_app(session_factory: sessionmaker[Session], username: str) -> bool:
    query = select(StaffUser.totp_confirmed_at).where(StaffUser.username == username)
    with session_factory() as session:
        return session.execute(query).scalar_one_or_none() is not None


@dataclass(frozen=True)
class Renewed:
    outcome: LoginOutcome  # OK, FAILED (wrong code), WAIT, or RESTART (no app, or account gone)
    recovery_codes: list[str] = field(default_factory=list)
    seconds_to_wait: int = 0


def renew_recovery_codes(
    session_factory: sessionmaker[Session], username: str, typed: str, attempt: Attempt
) -> Renewed:
    """New recovery codes for a logged-in account, after a current code from its app (not a
    recovery code: whoever holds a stolen recovery code must not get ten more). A wrong code
    counts in the login throttle like one at login."""
    keys = throttle.keys_for(username, attempt.source_ip, attempt.throttle)
    with session_factory() as session, session.begin():
        wait = throttle.seconds_to_wait(session, keys.every, attempt.now)
        if wait:
            return Renewed(LoginOutcome.WAIT, seconds_to_wait=wait)
        query = select(StaffUser).where(StaffUser.username == username).with_for_update()
        user = session.execute(query).scalars().first()
        if user is None or not user.active or user.totp_confirmed_at is None:
            return Renewed(LoginOutcome.RESTART)
        code = totp.normalize_code(typed)
        if not totp.looks_like_code(code) or not _accept_app_code(user, code, attempt):
            _failed(session, user, keys, attempt, "recovery_codes_refused")
            return Renewed(LoginOutcome.FAILED)
        throttle.forget_failures(session, keys.accounts)
        codes = _replace_recovery_codes(session, user, attempt.keys, attempt.now)
        audit.record(session, actor=user.username, action="recovery_codes_renewed", at=attempt.now)
        logger.info("portal recovery codes renewed: %s", user.username)
        return Renewed(LoginOutcome.OK, codes)
