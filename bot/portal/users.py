"""Managing staff accounts (the CLI's work): create, set a password, deactivate, reset the second
factor, issue an enrolment code for the app, list.

Accounts are never deleted: the audit log names them. A deactivated account cannot log in, and
a new password or deactivation ends its open sessions at once. Every change is in the audit log,
with audit.CLI_ACTOR as the actor and the account's username as the detail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from bot.portal import totp
from bot.portal.auth import (
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    default_hasher,
    normalize_username,
)
from bot.portal.models import (
    DISPLAY_NAME_LENGTH,
    ROLES,
    USERNAME_LENGTH,
    RecoveryCode,
    StaffGemeente,
    StaffUser,
)
from bot.portal.staff_sessions import end_sessions_of
from bot.privacy import audit
from knowledge.models import GemeenteRow
from knowledge.store import get_steunpunt

# Lower case letters, digits and . _ @ - : a name or an e-mail address, nothing to escape.
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._@-]*$")


class UserError(ValueError):
    """The account change was refused; the message says why (no password in it)."""


# Alike in shape only: small frozen records, like those elsewhere in bot/; each holds different
# things.
@dataclass(frozen=True)
class EnrolmentCode:
    """An enrolment code in the clear, to hand to its owner once; only its hash is stored."""

    code: str
    expires_at: datetime


@dataclass(frozen=True)
class StaffAccount:
    username: str
    display_name: str
    role: str
    steunpunt_id: str
    active: bool
    created_at: datetime
    gemeenten: tuple[str, ...] = ()


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(f"the password may have at most {MAX_PASSWORD_LENGTH} characters")
    if not password.strip():
        raise UserError("the password cannot be only spaces")


def _check_username(username: str) -> str:
    name = normalize_username(username)
    if not (2 <= len(name) <= USERNAME_LENGTH) or not USERNAME_PATTERN.match(name):
        raise UserError(
            "a username has 2 or more characters: letters, digits and . _ @ - "
            "(it is stored in lower case)"
        )
    return name


def _user(session: Session, username: str) -> StaffUser:
    query = select(StaffUser).where(StaffUser.username == normalize_username(username))
    user: StaffUser | None = session.execute(query).scalars().first()
    if user is None:
        raise UserError(f"no user {normalize_username(username)!r}")
    return user


def create_user(
    session_factory: sessionmaker[Session],
    *,
    username: str,
    display_name: str,
    role: str,
    steunpunt_id: str,
    password: str,
    now: datetime,
    hasher: PasswordHasher | None = None,
    gemeenten: Sequence[str] = (),
) -> StaffAccount:
    """Add an active account for a steunpunt that exists in the knowledge base; a `gemeente`
    account has no steunpunt (steunpunt_id "") and one or more gemeenten (CBS codes) instead."""
    name = _check_username(username)
    display_name = display_name.strip()
    if not display_name or len(display_name) > DISPLAY_NAME_LENGTH:
        raise UserError(f"the name needs 1 to {DISPLAY_NAME_LENGTH} characters")
    if role not in ROLES:
        raise UserError(f"the role is one of: {', '.join(ROLES)}")
    codes = _check_gemeenten(role, steunpunt_id, gemeenten)
    check_password(password)
    password_hash = (hasher or default_hasher()).hash(password)
    with session_factory() as session, session.begin():
        if role == "gemeente":
            known = select(GemeenteRow.code).where(GemeenteRow.code.in_(codes))
            missing = set(codes) - set(session.execute(known).scalars())
            if missing:
                raise UserError(f"no gemeente {', '.join(sorted(missing))} in the knowledge base")
        elif get_steunpunt(session_factory, steunpunt_id) is None:
            raise UserError(f"no steunpunt {steunpunt_id!r} in the knowledge base")
        taken = select(StaffUser.id).where(StaffUser.username == name)
        if session.execute(taken).first() is not None:
            raise UserError(f"the username {name!r} is already taken")
        user = StaffUser(
            username=name,
            display_name=display_name,
            password_hash=password_hash,
            role=role,
            steunpunt_id=steunpunt_id,
            active=True,
            created_at=now,
        )
        session.add(user)
        session.add_all(StaffGemeente(username=name, gemeente_code=code) for code in codes)
        session.flush()
        _audit(session, "account_created", name, now)
        return _account(user, codes)


def _check_gemeenten(role: str, steunpunt_id: str, gemeenten: Sequence[str]) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(code.strip().upper() for code in gemeenten if code.strip()))
    if role != "gemeente":
        if codes:
            raise UserError("only a gemeente account has gemeenten; the others have a steunpunt")
        return ()
    if steunpunt_id:
        raise UserError("a gemeente account has gemeenten, not a steunpunt")
    if not codes:
        raise UserError("a gemeente account needs one or more gemeenten (CBS code, e.g. GM0193)")
    if not all(re.fullmatch(r"GM\d{4}", code) for code in codes):
        raise UserError("a gemeente is its CBS code: GM and four digits, e.g. GM0193")
    return codes


def gemeenten_of(session_factory: sessionmaker[Session], username: str) -> tuple[str, ...]:
    """The gemeenten a gemeente account sees, in code order."""
    query = (
        select(StaffGemeente.gemeente_code)
        .where(StaffGemeente.username == normalize_username(username))
        .order_by(StaffGemeente.gemeente_code)
    )
    with session_factory() as session:
        return tuple(session.execute(query).scalars())


def set_password(
    session_factory: sessionmaker[Session],
    username: str,
    password: str,
    *,
    now: datetime,
    hasher: PasswordHasher | None = None,
) -> None:
    """A new password; the sessions with the old one end."""
    check_password(password)
    password_hash = (hasher or default_hasher()).hash(password)
    with session_factory() as session, session.begin():
        user = _user(session, username)
        user.password_hash = password_hash
        end_sessions_of(session, user.username)
        _audit(session, "password_set", user.username, now)


def deactivate(session_factory: sessionmaker[Session], username: str, *, now: datetime) -> None:
    with session_factory() as session, session.begin():
        user = _user(session, username)
        user.active = False
        end_sessions_of(session, user.username)
        _audit(session, "account_deactivated", user.username, now)


def _audit(session: Session, action: str, username: str, now: datetime) -> None:
    audit.record(session, actor=audit.CLI_ACTOR, action=action, at=now, detail=username)


def list_users(
    session_factory: sessionmaker[Session], steunpunt_id: str | None = None
) -> list[StaffAccount]:
    query = select(StaffUser).order_by(StaffUser.steunpunt_id, StaffUser.username)
    if steunpunt_id is not None:
        query = query.where(StaffUser.steunpunt_id == steunpunt_id)
    with session_factory() as session:
        accounts = list(session.execute(query).scalars())
        links = session.execute(select(StaffGemeente)).scalars()
        gemeenten: dict[str, list[str]] = {}
        for link in links:
            gemeenten.setdefault(link.username, []).append(link.gemeente_code)
        return [_account(user, sorted(gemeenten.get(user.username, []))) for user in accounts]


# Alike in shape only: a row copied field by field into its read-only record, like the other stores;
# each record has its own fields.
def _account(user: StaffUser, gemeenten: Sequence[str] = ()) -> StaffAccount:
    return StaffAccount(
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        steunpunt_id=user.steunpunt_id,
        active=user.active,
        created_at=user.created_at,
        gemeenten=tuple(gemeenten),
    )


def reset_totp(
    session_factory: sessionmaker[Session], username: str, *, now: datetime
) -> EnrolmentCode:
    """Forget the account's authenticator app and recovery codes (a lost phone): it sets up a new
    app at its next login, with the enrolment code returned here. Its sessions end, so nobody
    stays logged in on the old factor."""
    with session_factory() as session, session.begin():
        user = _user(session, username)
        user.totp_confirmed_at = None
        user.totp_last_step = None
        session.execute(delete(RecoveryCode).where(RecoveryCode.username == user.username))
        end_sessions_of(session, user.username)
        _audit(session, "totp_reset", user.username, now)
        return _new_enrolment_code(session, user, now)


def issue_enrolment_code(
    session_factory: sessionmaker[Session], username: str, *, now: datetime
) -> EnrolmentCode:
    """A new one-time code with which the account binds its first app (bot.portal.second_factor);
    an earlier code stops working. Refused for an account that has an app already (a lost phone:
    reset_totp) or cannot log in."""
    with session_factory() as session, session.begin():
        user = _user(session, username)
        if not user.active:
            raise UserError(f"{user.username} is deactivated")
        if user.totp_confirmed_at is not None:
            raise UserError(
                f"{user.username} has set up an app already; for a lost phone use reset-totp"
            )
        return _new_enrolment_code(session, user, now)


def _new_enrolment_code(session: Session, user: StaffUser, now: datetime) -> EnrolmentCode:
    code = EnrolmentCode(totp.new_enrolment_code(), now + totp.ENROLMENT_CODE_VALID)
    user.enrolment_code_hash = totp.enrolment_hash(user.username, code.code)
    user.enrolment_code_expires_at = code.expires_at
    # A secret shown before this code (never confirmed) is not used: whoever saw it must not
    # get the codes of the app bound now.
    user.totp_secret = None
    _audit(session, "enrolment_code_issued", user.username, now)
    return code
