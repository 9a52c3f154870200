from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.portal import auth, users
from bot.portal.auth import LoginOutcome, authenticate
from bot.portal.cli import EXIT_DATABASE, EXIT_OK, EXIT_REFUSED, main
from bot.portal.models import StaffUser
from bot.portal.staff_sessions import SessionPolicy, resume_session, start_session
from bot.privacy.models import AuditEntry
from knowledge.models import GemeenteRow
from tests.portal.conftest import FAST_HASHER, START, ZWOLLE
from tests.pwned_passwords import PwnedPasswords

PASSWORD = "een-goed-wachtwoord"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters; the test of the real ones undoes this."""
    monkeypatch.setattr(users, "default_hasher", lambda: FAST_HASHER)
    monkeypatch.setattr(auth, "default_hasher", lambda: FAST_HASHER)


def run(db_url: str, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--database-url", db_url, *argv],
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
        now=START,
    )
    return code, out.getvalue(), err.getvalue()


def add_anna(db_url: str, password: str = PASSWORD, *extra: str) -> tuple[int, str, str]:
    return run(
        db_url,
        "add-user",
        "--username",
        "Anna",
        "--name",
        "Anna de Vries",
        "--role",
        "consultant",
        "--steunpunt",
        ZWOLLE,
        "--password-stdin",
        *extra,
        stdin=password + "\n",
    )


def cli_audit(session_factory: sessionmaker) -> list[tuple[str, str, str | None]]:
    """(actor, action, detail) of the command line's audit entries, in order."""
    with session_factory() as session:
        entries = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
        return [(e.actor, e.action, e.detail) for e in entries if e.actor == "beheer (cli)"]


def outcome(session_factory: sessionmaker, password: str) -> LoginOutcome:
    return authenticate(session_factory, "anna", password, START).outcome


def test_add_user_then_list_then_log_in(db_url: str, session_factory: sessionmaker) -> None:
    code, out, err = add_anna(db_url)

    assert (code, err) == (EXIT_OK, "")
    created, enrolment, hand_over = out.splitlines()
    assert created == f"Created consultant anna for {ZWOLLE}."
    # Consultants need the app by default: the code to set it up comes with the account.
    assert re.fullmatch(
        r"Enrolment code for anna, to set up the app at the next login "
        r"\(works once, until 2026-11-27 13:05 UTC\): [A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}",
        enrolment,
    )
    assert "never with the password" in hand_over
    code, out, _ = run(db_url, "list")
    assert code == EXIT_OK
    assert out == f"anna\tAnna de Vries\tconsultant\t{ZWOLLE}\tactive\n"
    assert outcome(session_factory, PASSWORD) is LoginOutcome.OK
    assert PASSWORD not in out


def test_add_user_asks_the_password_twice_without_echo(
    db_url: str, session_factory: sessionmaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    code, _, _ = run(
        db_url, "add-user", "--username", "carla", "--name", "Carla Jansen",
        "--role", "coordinator", "--steunpunt", ZWOLLE,
    )  # fmt: skip

    assert code == EXIT_OK
    assert authenticate(session_factory, "carla", PASSWORD, START).outcome is LoginOutcome.OK


def test_two_different_passwords_are_refused(
    db_url: str, session_factory: sessionmaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    code, _, err = run(
        db_url, "add-user", "--username", "carla", "--name", "Carla Jansen",
        "--role", "coordinator", "--steunpunt", ZWOLLE,
    )  # fmt: skip

    assert code == EXIT_REFUSED
    assert "the two passwords differ" in err
    assert run(db_url, "list")[1] == "No staff accounts.\n"


@pytest.mark.parametrize(
    ("changes", "password", "message"),
    [
        ({"--steunpunt": "gm9999_steunpunt"}, PASSWORD, "no steunpunt 'gm9999_steunpunt'"),
        ({}, "elf-tekens!", "at least 12 characters"),
        ({}, " " * 12, "only spaces"),
        ({"--username": "a b"}, PASSWORD, "a username has 2 or more characters"),
        ({"--username": "<script>"}, PASSWORD, "a username has 2 or more characters"),
        ({"--name": "  "}, PASSWORD, "the name needs 1 to 120 characters"),
    ],
)
def test_add_user_refuses_what_is_not_right(
    db_url: str, session_factory: sessionmaker, changes: dict[str, str], password: str, message: str
) -> None:
    options = {
        "--username": "anna",
        "--name": "Anna de Vries",
        "--role": "consultant",
        "--steunpunt": ZWOLLE,
        **changes,
    }
    argv = [part for pair in options.items() for part in pair]

    code, out, err = run(db_url, "add-user", *argv, "--password-stdin", stdin=password + "\n")

    assert code == EXIT_REFUSED
    assert message in err
    assert out == ""
    assert password.strip() == "" or password not in err
    assert run(db_url, "list")[1] == "No staff accounts.\n"


def test_a_username_is_used_once(db_url: str, session_factory: sessionmaker) -> None:
    add_anna(db_url)

    code, _, err = add_anna(db_url)

    assert code == EXIT_REFUSED
    assert "the username 'anna' is already taken" in err


def test_an_unknown_role_is_an_argument_error(db_url: str, session_factory: sessionmaker) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(db_url, "add-user", "--username", "x1", "--name", "X", "--role", "admin",
            "--steunpunt", ZWOLLE, "--password-stdin")  # fmt: skip

    assert exit_info.value.code == 2


def test_set_password_replaces_the_old_one_ends_sessions_and_is_audited(
    db_url: str, session_factory: sessionmaker
) -> None:
    add_anna(db_url)
    identity = authenticate(session_factory, "anna", PASSWORD, START).identity
    assert identity is not None
    token = start_session(session_factory, identity, START, SessionPolicy())

    code, out, _ = run(
        db_url, "set-password", "--username", "ANNA", "--password-stdin",
        stdin="nog-een-beter-wachtwoord\n",
    )  # fmt: skip

    assert code == EXIT_OK
    assert out == "New password set for anna.\n"
    assert outcome(session_factory, PASSWORD) is LoginOutcome.FAILED
    assert outcome(session_factory, "nog-een-beter-wachtwoord") is LoginOutcome.OK
    assert resume_session(session_factory, token, START, SessionPolicy()).identity is None
    assert ("beheer (cli)", "password_set", "anna") in cli_audit(session_factory)


def test_set_password_refuses_a_short_one_and_an_unknown_user(
    db_url: str, session_factory: sessionmaker
) -> None:
    add_anna(db_url)

    short = run(db_url, "set-password", "--username", "anna", "--password-stdin", stdin="kort\n")
    unknown = run(
        db_url, "set-password", "--username", "niemand", "--password-stdin", stdin=PASSWORD
    )

    assert short[0] == unknown[0] == EXIT_REFUSED
    assert "at least 12 characters" in short[2]
    assert "no user 'niemand'" in unknown[2]
    assert outcome(session_factory, PASSWORD) is LoginOutcome.OK


def test_deactivate_stops_the_login_and_shows_in_the_list(
    db_url: str, session_factory: sessionmaker
) -> None:
    add_anna(db_url)

    code, out, _ = run(db_url, "deactivate", "--username", "anna")

    assert code == EXIT_OK
    assert out == "Deactivated anna.\n"
    assert outcome(session_factory, PASSWORD) is LoginOutcome.FAILED
    assert run(db_url, "list")[1].endswith("\tinactive\n")
    assert run(db_url, "deactivate", "--username", "niemand")[0] == EXIT_REFUSED
    assert cli_audit(session_factory) == [
        ("beheer (cli)", "account_created", "anna"),
        ("beheer (cli)", "enrolment_code_issued", "anna"),
        ("beheer (cli)", "account_deactivated", "anna"),
    ]


def test_list_can_show_one_steunpunt(db_url: str, session_factory: sessionmaker) -> None:
    add_anna(db_url)
    run(
        db_url, "add-user", "--username", "otto", "--name", "Otto Bakker", "--role", "consultant",
        "--steunpunt", "gm0344_steunpunt", "--password-stdin", stdin=PASSWORD,
    )  # fmt: skip

    everyone = run(db_url, "list")[1].splitlines()
    utrecht = run(db_url, "list", "--steunpunt", "gm0344_steunpunt")[1].splitlines()

    assert [line.split("\t")[0] for line in everyone] == ["anna", "otto"]
    assert [line.split("\t")[0] for line in utrecht] == ["otto"]


def test_a_database_without_tables_says_what_to_do(tmp_path: Path) -> None:
    code, _, err = add_anna(f"sqlite:///{tmp_path / 'leeg.db'}")

    assert code == EXIT_DATABASE
    assert "The database is not ready" in err
    assert "make run" in err


def test_passwords_are_stored_as_argon2id_with_the_library_defaults(
    db_url: str, session_factory: sessionmaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real default_hasher

    add_anna(db_url)

    with session_factory() as session:
        stored = session.execute(select(StaffUser.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert PASSWORD not in stored


# --- breached passwords (ASVS 2.1.7) -------------------------------------------------------------


def test_a_breached_password_is_refused_and_only_a_hash_prefix_leaves(
    db_url: str, session_factory: sessionmaker, pwned_passwords: PwnedPasswords
) -> None:
    pwned_passwords.asked.clear()

    code, _, err = add_anna(db_url, "welkom123456")

    assert code == EXIT_REFUSED
    assert "appears 4821 times in known data breaches" in err
    digest = hashlib.sha1(b"welkom123456").hexdigest().upper()
    assert pwned_passwords.asked == [digest[:5]]
    assert add_anna(db_url)[0] == EXIT_OK
    refused = run(
        db_url, "set-password", "--username", "anna", "--password-stdin",
        stdin="wachtwoord2024!\n",
    )  # fmt: skip
    assert refused[0] == EXIT_REFUSED
    assert outcome(session_factory, PASSWORD) is LoginOutcome.OK


@pytest.mark.parametrize(("mode", "expected"), [("production", EXIT_REFUSED), ("development", 0)])
def test_when_the_breach_service_is_down_production_refuses_and_development_warns(
    db_url: str,
    session_factory: sessionmaker,
    pwned_passwords: PwnedPasswords,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    expected: int,
) -> None:
    monkeypatch.setenv("STEUNWIJZER_MODE", mode)
    monkeypatch.setattr(pwned_passwords, "status", 503)

    code, _, err = add_anna(db_url)

    assert code == expected
    if expected:
        assert "could not check it (answered HTTP 503)" in err


def test_the_breach_check_can_be_turned_off(
    db_url: str,
    session_factory: sessionmaker,
    pwned_passwords: PwnedPasswords,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STEUNWIJZER_BREACHED_PASSWORD_CHECK", "off")
    pwned_passwords.asked.clear()

    assert add_anna(db_url, "welkom123456")[0] == EXIT_OK
    assert pwned_passwords.asked == []


def test_an_editor_is_made_on_the_command_line_and_always_needs_the_app(
    db_url: str, session_factory: sessionmaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Even where consultants log in without the app, an editor (what they publish, caregivers
    # read) needs it.
    monkeypatch.setenv("STEUNWIJZER_PORTAL_TOTP_FOR_CONSULTANTS", "off")
    code, out, err = run(
        db_url, "add-user", "--username", "eva", "--name", "Eva", "--role", "editor",
        "--steunpunt", ZWOLLE, "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert (code, err) == (EXIT_OK, "")
    assert out.splitlines()[0] == f"Created editor eva for {ZWOLLE}."
    assert "Enrolment code for eva" in out
    assert run(db_url, "list")[1] == f"eva\tEva\teditor\t{ZWOLLE}\tactive\n"


def test_add_a_gemeente_account_with_its_gemeenten(
    db_url: str, session_factory: sessionmaker
) -> None:
    with session_factory() as session, session.begin():
        session.add(GemeenteRow(code="GM0193", name="Zwolle", provincie="Overijssel"))
        session.add(GemeenteRow(code="GM0166", name="Kampen", provincie="Overijssel"))
    gemeente = ("--role", "gemeente", "--gemeente", "GM0193", "--gemeente", "gm0166")
    base = ("add-user", "--username", "bea", "--name", "Bea", "--password-stdin")
    code, out, err = run(db_url, *base, *gemeente, stdin=PASSWORD + "\n")
    assert (code, err) == (EXIT_OK, "")
    assert "Created gemeente bea for GM0193, GM0166." in out
    assert "Enrolment code for bea" in out  # a gemeente account always logs in with the app
    code, out, _ = run(db_url, "list")
    assert "bea\tBea\tgemeente\tGM0166,GM0193\tactive" in out
    # A gemeente account has no steunpunt, and the other roles no gemeente.
    code, _, err = run(
        db_url, *base, "--role", "gemeente", "--steunpunt", ZWOLLE, stdin=PASSWORD + "\n"
    )
    assert code == EXIT_REFUSED and "gemeenten, not a steunpunt" in err
    code, _, err = add_anna(db_url, PASSWORD, "--gemeente", "GM0193")
    assert code == EXIT_REFUSED and "only a gemeente account has gemeenten" in err
