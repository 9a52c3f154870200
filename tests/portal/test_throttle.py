"""Login throttles per account and address: guessing slows down, nobody can lock a colleague out."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.portal.auth import LoginOutcome, authenticate
from bot.portal.models import LoginThrottle
from tests.portal.conftest import CONSULTANT, FAST_HASHER, PASSWORD, START, add_user

ATTACKER = "203.0.113.9"
OFFICE = "198.51.100.7"


def attempt(
    session_factory: sessionmaker, username: str, password: str, address: str, seconds: float
) -> LoginOutcome:
    moment = START + timedelta(seconds=seconds)
    return authenticate(
        session_factory, username, password, moment, source_ip=address, hasher=FAST_HASHER
    ).outcome


def test_guessing_from_elsewhere_does_not_keep_the_owner_out(
    session_factory: sessionmaker,
) -> None:
    add_user(session_factory, CONSULTANT)
    guesses = [attempt(session_factory, "anna", f"gok-{n}", ATTACKER, n) for n in range(9)]

    assert LoginOutcome.WAIT in guesses
    assert attempt(session_factory, "anna", PASSWORD, OFFICE, 9) is LoginOutcome.OK


def test_one_address_trying_many_accounts_has_to_wait(session_factory: sessionmaker) -> None:
    outcomes = [attempt(session_factory, f"naam{n}", "raden-raden", ATTACKER, n) for n in range(22)]

    # 20 free failures; the 21st makes the next try wait.
    assert outcomes[:21] == [LoginOutcome.FAILED] * 21
    assert outcomes[21] is LoginOutcome.WAIT
    # Another address is not held up by it.
    assert attempt(session_factory, "naam0", "raden-raden", OFFICE, 22) is LoginOutcome.FAILED


def test_one_account_guessed_from_many_addresses_has_to_wait(
    session_factory: sessionmaker,
) -> None:
    add_user(session_factory, CONSULTANT)
    for n in range(11):
        attempt(session_factory, "anna", f"gok-{n}", f"192.0.2.{n}", n)

    assert attempt(session_factory, "anna", PASSWORD, OFFICE, 11) is LoginOutcome.WAIT
    # The account-wide wait is short: after it the owner gets in.
    assert attempt(session_factory, "anna", PASSWORD, OFFICE, 11 + 31) is LoginOutcome.OK


def test_failures_are_forgotten_after_a_day_and_stored_only_as_hashes(
    session_factory: sessionmaker,
) -> None:
    for n in range(5):
        attempt(session_factory, "niemand", "raden-raden", ATTACKER, n)
    assert attempt(session_factory, "niemand", "raden-raden", ATTACKER, 6) is LoginOutcome.WAIT

    day_later = 25 * 3600
    assert attempt(session_factory, "niemand", "x", ATTACKER, day_later) is LoginOutcome.FAILED
    with session_factory() as session:
        keys = session.execute(select(LoginThrottle.key_hash)).scalars().all()
    assert keys and all(len(key) == 64 and "niemand" not in key for key in keys)
