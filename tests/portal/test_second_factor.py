"""The portal's second factor: a code from the authenticator app (or a recovery code) after the
password; setting the app up; reset-totp on the command line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.portal import totp
from bot.portal.cli import main
from bot.portal.models import RecoveryCode, StaffUser
from bot.privacy.models import AuditEntry
from tests.portal.conftest import (
    CONSULTANT,
    COORDINATOR,
    PASSWORD,
    Clock,
    add_user,
    audit_entries,
    issue_enrolment_code,
    login,
    portal_client,
    portal_settings,
    post,
    set_up_app,
    text_of,
    totp_secret,
)

CODE_FAILED = "Deze code klopt niet."
WAIT = "Er is te vaak geprobeerd in te loggen met deze gegevens."


def app_code(username: str, clock: Clock, steps: int = 0) -> str:
    """The code the app shows at the clock's time, `steps` steps later or earlier."""
    return pyotp.TOTP(totp_secret(username)).at(clock.now.timestamp() + 30 * steps)


def password_only(client: TestClient, username: str) -> object:
    return login(client, username, with_code=False)


def type_code(client: TestClient, code: str) -> object:
    return post(client, "/portal/login/code", code=code)


def inbox_opens(client: TestClient) -> bool:
    return client.get("/portal/").status_code == 200


def log_out(client: TestClient) -> None:
    post(client, "/portal/logout")


# --- logging in with the app's code ---------------------------------------------------------------


def test_after_the_password_the_portal_asks_for_the_code_and_opens_nothing_before(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)

    response = password_only(client, "anna")

    assert response.headers["location"] == "/portal/login/code"
    assert not inbox_opens(client)
    page = client.get("/portal/login/code")
    assert "<h1>Code uit uw app</h1>" in page.text
    assert 'autocomplete="one-time-code"' in page.text
    assert 'inputmode="numeric"' in page.text
    assert '<label for="code">Code uit de app</label>' in page.text
    assert audit_entries(session_factory) == []

    done = type_code(client, app_code("anna", clock))

    assert done.headers["location"] == "/portal/"
    assert inbox_opens(client)
    assert audit_entries(session_factory) == [("anna", "login", None)]


@pytest.mark.parametrize("steps", [-1, 1])
def test_a_code_one_step_early_or_late_is_accepted(
    client: TestClient, session_factory: sessionmaker, clock: Clock, steps: int
) -> None:
    add_user(session_factory, CONSULTANT)
    password_only(client, "anna")

    assert type_code(client, app_code("anna", clock, steps)).status_code == 303
    assert inbox_opens(client)


@pytest.mark.parametrize("steps", [-2, 2])
def test_a_code_two_steps_away_is_refused(
    client: TestClient, session_factory: sessionmaker, clock: Clock, steps: int
) -> None:
    add_user(session_factory, CONSULTANT)
    password_only(client, "anna")

    response = type_code(client, app_code("anna", clock, steps))

    assert response.status_code == 400
    assert CODE_FAILED in response.text
    assert not inbox_opens(client)


def test_a_code_is_accepted_once(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    code = app_code("anna", clock)
    password_only(client, "anna")
    type_code(client, code)
    log_out(client)

    password_only(client, "anna")
    replay = type_code(client, code)
    earlier = type_code(client, app_code("anna", clock, -1))

    for response in (replay, earlier):
        assert response.status_code == 400
        assert CODE_FAILED in response.text
    assert not inbox_opens(client)
    assert type_code(client, app_code("anna", clock, 1)).status_code == 303


def test_wrong_codes_are_throttled_like_wrong_passwords_with_one_dutch_answer(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    password_only(client, "anna")

    answers = [type_code(client, wrong) for wrong in ("000000", "12345", "abcdef", "999999")]
    waiting = type_code(client, app_code("anna", clock))

    for answer in answers:
        assert answer.status_code == 400
        assert CODE_FAILED in answer.text
        assert 'role="alert"' in answer.text
        assert 'aria-describedby="code-uitleg code-fout"' in answer.text
    assert WAIT in text_of(waiting.text) and "Wacht 15 seconden" in text_of(waiting.text)
    assert not inbox_opens(client)
    # A new password login does not reset the count: the code is still guarded.
    assert "Wacht" in text_of(password_only(client, "anna").text)
    clock.advance(seconds=15)
    password_only(client, "anna")
    assert type_code(client, app_code("anna", clock)).status_code == 303
    actions = [action for _, action, _ in audit_entries(session_factory)]
    assert actions == ["totp_failed"] * 4 + ["login"]


def test_the_pending_login_lasts_five_minutes(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    password_only(client, "anna")
    clock.advance(minutes=5, seconds=1)

    response = type_code(client, app_code("anna", clock))

    assert response.headers["location"] == "/portal/login"
    assert "Log opnieuw in." in client.get("/portal/login").text
    assert not inbox_opens(client)


def test_a_new_password_meanwhile_ends_the_pending_login(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    from bot.portal import users
    from tests.portal.conftest import FAST_HASHER, START

    add_user(session_factory, CONSULTANT)
    password_only(client, "anna")
    users.set_password(
        session_factory, "anna", "een-ander-wachtwoord", now=START, hasher=FAST_HASHER
    )

    response = type_code(client, app_code("anna", clock))

    assert response.headers["location"] == "/portal/login"
    assert not inbox_opens(client)


def test_the_code_page_without_a_password_sends_to_the_login(client: TestClient) -> None:
    assert client.get("/portal/login/code").headers["location"] == "/portal/login"
    assert client.get("/portal/login/app").headers["location"] == "/portal/login"


# --- recovery codes -----------------------------------------------------------------------------


def test_a_recovery_code_works_once(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT, with_app=False)
    codes = set_up_app(session_factory, "anna")

    password_only(client, "anna")
    assert type_code(client, codes[0].lower().replace("-", " ")).status_code == 303
    assert inbox_opens(client)
    log_out(client)
    password_only(client, "anna")
    again = type_code(client, codes[0])

    assert again.status_code == 400
    assert CODE_FAILED in again.text
    assert type_code(client, codes[1]).status_code == 303
    assert [a for _, a, _ in audit_entries(session_factory) if a != "logout"] == [
        "recovery_code_used",
        "login",
        "totp_failed",
        "recovery_code_used",
        "login",
    ]


def test_recovery_codes_are_stored_as_keyed_hashes_and_the_secret_encrypted(
    session_factory: sessionmaker,
) -> None:
    add_user(session_factory, CONSULTANT, with_app=False)
    codes = set_up_app(session_factory, "anna")

    with session_factory() as session:
        stored = session.execute(select(RecoveryCode.code_hash)).scalars().all()
        secret = session.execute(select(StaffUser.totp_secret)).scalar_one()
    assert len(codes) == len(set(codes)) == len(stored) == 10
    assert all(
        re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", c) for c in codes
    )
    assert not any(code.replace("-", "") in "".join(stored) for code in codes)
    assert totp_secret("anna") not in secret
    other_keys = totp.TotpKeys.from_portal_secret("another-portal-secret-" + "y" * 32)
    with pytest.raises(totp.UnreadableSecret):
        totp.decrypt_secret(other_keys, "anna", secret)
    with pytest.raises(totp.UnreadableSecret):  # a row copied onto another account
        totp.decrypt_secret(other_keys, "carla", secret)


# --- setting the app up -------------------------------------------------------------------------


def enrolment_secret(page: str) -> str:
    match = re.search(r'<code id="sleutel">([A-Z2-7 ]+)</code>', page)
    assert match, "the page shows no key"
    return match.group(1).replace(" ", "")


def type_enrolment_code(client: TestClient, code: str) -> object:
    return post(client, "/portal/login/activeren", activeringscode=code)


def test_a_coordinator_without_an_app_must_set_it_up_before_anything_else(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, COORDINATOR, with_app=False)
    enrolment_code = issue_enrolment_code(session_factory, "carla")

    response = password_only(client, "carla")

    assert response.headers["location"] == "/portal/login/activeren"
    assert not inbox_opens(client)
    assert client.get("/portal/logboek").headers["location"] == "/portal/login"
    accepted = type_enrolment_code(client, enrolment_code.lower().replace("-", " "))
    assert accepted.headers["location"] == "/portal/login/app"
    page = client.get("/portal/login/app").text
    secret = enrolment_secret(page)
    assert re.search(r"<code id=\"sleutel\">(\w{4} ){7}\w{4}</code>", page)
    assert 'src="data:image/svg+xml' in page
    assert 'alt="QR-code om het portaal aan uw app toe te voegen"' in page
    assert enrolment_secret(client.get("/portal/login/app").text) == secret  # a reload: same key

    wrong = post(client, "/portal/login/app", code="123456")
    assert wrong.status_code == 400 and CODE_FAILED in wrong.text
    assert enrolment_secret(wrong.text) == secret
    done = post(client, "/portal/login/app", code=pyotp.TOTP(secret).at(clock.now))

    assert done.status_code == 200
    codes = re.findall(r"<li><code>([A-Z2-9-]{14})</code></li>", done.text)
    assert len(codes) == 10
    assert "U ziet deze codes alleen nu." in done.text
    assert inbox_opens(client)
    assert [a for _, a, _ in audit_entries(session_factory)] == [
        "totp_failed",
        "totp_enrolled",
        "login",
    ]
    log_out(client)
    # No second app: the code was used up, and the account has its app now.
    assert password_only(client, "carla").headers["location"] == "/portal/login/code"
    assert client.get("/portal/login/app").headers["location"] == "/portal/login/activeren"
    assert type_enrolment_code(client, enrolment_code).headers["location"] == "/portal/login"
    password_only(client, "carla")
    assert type_code(client, codes[3]).status_code == 303


@pytest.mark.parametrize("setting", ["off", "on"])
def test_for_consultants_the_app_follows_the_setting(
    tmp_path: Path,
    db_url: str,
    session_factory: sessionmaker,
    clock: Clock,
    setting: str,
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_TOTP_FOR_CONSULTANTS=setting)
    add_user(session_factory, CONSULTANT, with_app=False)
    add_user(session_factory, COORDINATOR, with_app=False)

    consultant, coordinator = (
        password_only(portal_client(settings, session_factory, clock, follow_redirects=False), name)
        for name in ("anna", "carla")
    )

    expected = "/portal/" if setting == "off" else "/portal/login/activeren"
    assert consultant.headers["location"] == expected
    assert coordinator.headers["location"] == "/portal/login/activeren"


def test_with_the_setting_off_a_consultant_who_set_up_the_app_still_uses_it(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_TOTP_FOR_CONSULTANTS="off")
    client = portal_client(settings, session_factory, clock, follow_redirects=False)
    add_user(session_factory, CONSULTANT)

    assert password_only(client, "anna").headers["location"] == "/portal/login/code"


def test_the_page_asked_for_opens_after_the_second_factor(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    client.get("/portal/logboek")

    response = login(client, "anna")

    assert response.headers["location"] == "/portal/logboek"


# --- reset-totp ---------------------------------------------------------------------------------


def test_reset_totp_ends_the_sessions_and_the_next_login_sets_up_a_new_app(
    client: TestClient, session_factory: sessionmaker, db_url: str, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    login(client, "anna")
    assert inbox_opens(client)
    out, err = io.StringIO(), io.StringIO()

    code = main(
        ["--database-url", db_url, "reset-totp", "--username", "Anna"],
        stdout=out,
        stderr=err,
        now=clock.now,
    )

    assert code == 0, err.getvalue()
    assert "Second factor reset for anna" in out.getvalue()
    enrolment_code = re.search(r"\): ([A-Z2-9-]{19})$", out.getvalue(), re.MULTILINE)
    assert enrolment_code, "reset-totp prints the code for the new app"
    assert not inbox_opens(client)
    assert password_only(client, "anna").headers["location"] == "/portal/login/activeren"
    assert type_enrolment_code(client, enrolment_code.group(1)).status_code == 303
    assert client.get("/portal/login/app").status_code == 200
    with session_factory() as session:
        assert session.execute(select(RecoveryCode)).first() is None
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "totp_reset")
        ).scalar_one()
    assert (entry.actor, entry.detail) == ("beheer (cli)", "anna")


def test_reset_totp_of_an_unknown_account_is_refused(
    db_url: str, session_factory: sessionmaker
) -> None:
    err = io.StringIO()

    code = main(
        ["--database-url", db_url, "reset-totp", "--username", "niemand"],
        stdout=io.StringIO(),
        stderr=err,
    )

    assert code == 1
    assert err.getvalue().startswith("Refused:")


def test_password_is_still_checked_first(client: TestClient, session_factory: sessionmaker) -> None:
    add_user(session_factory, CONSULTANT)

    response = login(client, "anna", PASSWORD + "x")

    assert response.status_code == 400
    assert not inbox_opens(client)
