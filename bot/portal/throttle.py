"""Login throttling: growing waits after failed logins, instead of a lock that anyone can trigger.

Failures are counted under three keys:
- the account from this address: a person guessing one account from one place;
- the address: one place trying many accounts (password spraying);
- the account from anywhere: many places guessing one account.
Each key has some free failures; after those, every further failure makes that key wait longer
(15 s, 30 s, 1 min ... up to `max_delay`). A login is refused without looking at the password
while any of its keys waits. The account-wide key allows the most failures, so someone who
knows a consultant's username cannot keep her out from another address for more than a few
minutes at a time; her own address and account pair is not touched by it.

Unknown usernames are counted exactly like known ones: the answers and the waits show nothing
about which accounts exist. Keys are stored as SHA-256 hashes. Failures are forgotten
`forget_after` after the last one.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db import rows_affected
from bot.portal.models import LoginThrottle


@dataclass(frozen=True)
class ThrottlePolicy:
    free_per_account_and_address: int = 3
    free_per_address: int = 20
    free_per_account: int = 10
    first_delay: timedelta = timedelta(seconds=15)
    max_delay: timedelta = timedelta(minutes=15)
    forget_after: timedelta = timedelta(hours=24)

    def delay(self, failures: int, free: int) -> timedelta:
        """The wait after the `failures`-th failure of a key that has `free` failures."""
        beyond = failures - free
        if beyond <= 0:
            return timedelta(0)
        delay: timedelta = self.first_delay * 2 ** (beyond - 1)
        return min(delay, self.max_delay)


DEFAULT_THROTTLE = ThrottlePolicy()


# Alike in shape only: small frozen records, like those elsewhere in bot/; each holds different
# things.
@dataclass(frozen=True)
class ThrottleKey:
    key_hash: str
    free: int


@dataclass(frozen=True)
class LoginKeys:
    """The keys one login counts under."""

    account_and_address: ThrottleKey
    address: ThrottleKey
    account: ThrottleKey

    @property
    def every(self) -> tuple[ThrottleKey, ...]:
        return (self.account_and_address, self.address, self.account)

    @property
    def accounts(self) -> tuple[ThrottleKey, ...]:
        """What a good login forgets: not the address's count, or one valid account would reset
        a spraying script's count."""
        return (self.account_and_address, self.account)


def keys_for(username: str, address: str | None, policy: ThrottlePolicy) -> LoginKeys:
    """The keys a login counts under; `username` normalized, `address` None when unknown."""
    place = address or "unknown"
    return LoginKeys(
        ThrottleKey(_hash("account+address", username, place), policy.free_per_account_and_address),
        ThrottleKey(_hash("address", place), policy.free_per_address),
        ThrottleKey(_hash("account", username), policy.free_per_account),
    )


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def seconds_to_wait(session: Session, keys: Iterable[ThrottleKey], now: datetime) -> int:
    """How long this login must still wait (rounded up), 0 when it may be tried now."""
    waits = [
        (row.blocked_until - now).total_seconds()
        for key in keys
        if (row := session.get(LoginThrottle, key.key_hash)) is not None
        and row.blocked_until is not None
        and row.blocked_until > now
    ]
    return math.ceil(max(waits, default=0))


def count_failure(
    session: Session, keys: Iterable[ThrottleKey], now: datetime, policy: ThrottlePolicy
) -> None:
    for key in keys:
        row = _locked_row(session, key, now)
        if now - row.last_failure_at > policy.forget_after:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        delay = policy.delay(row.failures, key.free)
        row.blocked_until = now + delay if delay else None


def _locked_row(session: Session, key: ThrottleKey, now: datetime) -> LoginThrottle:
    """The key's row, locked until commit; made when new (two first failures at the same moment
    both count: the loser of the insert race reads the winner's row)."""
    row = session.get(LoginThrottle, key.key_hash, with_for_update=True)
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = LoginThrottle(key_hash=key.key_hash, failures=0, last_failure_at=now)
            session.add(row)
        return row
    except IntegrityError:
        winner = session.get(
            LoginThrottle, key.key_hash, with_for_update=True, populate_existing=True
        )
        if winner is None:  # the other insert was rolled back after all
            raise
        return winner


def forget_failures(session: Session, keys: Iterable[ThrottleKey]) -> None:
    """After a good login: these keys' counts start again."""
    for key in keys:
        row = session.get(LoginThrottle, key.key_hash)
        if row is not None:
            session.delete(row)


def forget_old(session: Session, now: datetime, policy: ThrottlePolicy) -> int:
    """Remove keys whose last failure is long past; returns how many."""
    stale = now - policy.forget_after
    query = delete(LoginThrottle).where(LoginThrottle.last_failure_at < stale)
    return rows_affected(session.execute(query.execution_options(synchronize_session=False)))
