"""Portal logins kept server-side, so they can be ended.

The browser's (signed) cookie holds only a random token; the database keeps its SHA-256 with the
user, the password stamp and two times. A session ends
- at logout: its row is deleted, so a copied cookie opens nothing any more;
- after `idle` without a request, and after `absolute` however active;
- when the account is deactivated or gets a new password (all its rows are deleted).
Ended and expired rows are deleted, so the table holds only live sessions.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import delete, or_
from sqlalchemy.orm import Session, sessionmaker

from bot.portal.auth import StaffIdentity, active_identity
from bot.portal.models import StaffSession


@dataclass(frozen=True)
class SessionPolicy:
    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=8)


class SessionEnd(Enum):
    IDLE = "idle"
    TOO_LONG = "too_long"
    GONE = "gone"  # logged out, ended elsewhere, or the account changed


@dataclass(frozen=True)
class Resumed:
    identity: StaffIdentity | None
    ended: SessionEnd | None = None


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(
    session_factory: sessionmaker[Session],
    identity: StaffIdentity,
    now: datetime,
    policy: SessionPolicy,
) -> str:
    """A new session for `identity`; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    with session_factory() as session, session.begin():
        _delete_expired(session, now, policy)
        session.add(
            StaffSession(
                token_hash=_hash(token),
                username=identity.username,
                password_stamp=identity.password_stamp,
                created_at=now,
                last_seen_at=now,
            )
        )
    return token


def resume_session(
    session_factory: sessionmaker[Session], token: str, now: datetime, policy: SessionPolicy
) -> Resumed:
    """Who this token belongs to, when its session is still live; the request counts as activity."""
    with session_factory() as session, session.begin():
        row = session.get(StaffSession, _hash(token))
        if row is None:
            return Resumed(None, SessionEnd.GONE)
        ended = _expiry(row, now, policy)
        if ended is None:
            identity = active_identity(session, row.username)
            if identity is not None and identity.password_stamp == row.password_stamp:
                row.last_seen_at = now
                return Resumed(identity)
            ended = SessionEnd.GONE
        session.delete(row)
        return Resumed(None, ended)


def end_session(session_factory: sessionmaker[Session], token: str) -> None:
    with session_factory() as session, session.begin():
        session.execute(delete(StaffSession).where(StaffSession.token_hash == _hash(token)))


def end_sessions_of(session: Session, username: str) -> None:
    """Every session of this account, in the caller's transaction."""
    session.execute(delete(StaffSession).where(StaffSession.username == username))


def _expiry(row: StaffSession, now: datetime, policy: SessionPolicy) -> SessionEnd | None:
    if not timedelta(0) <= now - row.created_at <= policy.absolute:
        return SessionEnd.TOO_LONG
    if now - row.last_seen_at > policy.idle:
        return SessionEnd.IDLE
    return None


def _delete_expired(session: Session, now: datetime, policy: SessionPolicy) -> None:
    session.execute(
        delete(StaffSession).where(
            or_(
                StaffSession.created_at < now - policy.absolute,
                StaffSession.last_seen_at < now - policy.idle,
            )
        )
    )
