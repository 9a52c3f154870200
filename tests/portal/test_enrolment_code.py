"""Binding the first authenticator app takes the administrator's one-time enrolment code besides
the password: required, valid for 72 hours, used up by the app it binds, and one answer for every
code that does not work."""

from __future__ import annotations

import io
import re

import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.portal import totp, users
from bot.portal.cli import EXIT_OK, EXIT_REFUSED, main
from bot.portal.models import StaffUser
from bot.privacy.models import AuditEntry
from bot.settings import Settings
from tests.portal.conftest import (
    COORDINATOR,
    START,
    Clock,
    add_user,
    audit_entries,
    issue_enrolment_code,
    login,
    portal_client,
    post,
    text_of,
)

ONE_ANSWER = "Deze activeringscode klopt niet, is al gebruikt of is verlopen."
KEY_ON_PAGE = re.compile(r'<code id="sleutel">([A-Z2-7 ]+)</code>')


def password_only(client: TestClient) -> str:
    return login(client, "carla", with_code=False).headers["location"]


def type_enrolment_code(client: TestClient, code: str) -> object:
    return post(client, "/portal/login/activeren", activeringscode=code)


def shown_secret(client: TestClient) -> str:
    page = client.get("/portal/login/app")
    assert page.status_code == 200, page.headers.get("location")
    match = KEY_ON_PAGE.search(page.text)
    assert match, "the page shows no key"
    return match.group(1).replace(" ", "")


def confirm(client: TestClient, secret: str, clock: Clock) -> object:
    return post(client, "/portal/login/app", code=pyotp.TOTP(secret).at(clock.now))


def inbox_opens(client: TestClient) -> bool:
    return client.get("/portal/").status_code == 200


def stored_code_hash(session_factory: sessionmaker) -> str | None:
    with session_factory() as session:
        query = select(StaffUser.enrolment_code_hash).where(StaffUser.username == "carla")
        return session.execute(query).scalar_one()


@pytest.fixture
def carla(session_factory: sessionmaker) -> None:
    add_user(session_factory, COORDINATOR, with_app=False)


def test_without_the_enrolment_code_the_password_shows_no_key_and_binds_nothing(
    client: TestClient, session_factory: sessionmaker, clock: Clock, carla: None
) -> None:
    issue_enrolment_code(session_factory, "carla")

    assert password_only(client) == "/portal/login/activeren"
    page = client.get("/portal/login/activeren")
    assert page.status_code == 200
    assert '<label for="activeringscode">Activeringscode</label>' in page.text
    assert 'aria-describedby="activeringscode-uitleg"' in page.text
    assert KEY_ON_PAGE.search(page.text) is None
    # Straight to the app's page, or a code posted there: back to the enrolment code.
    assert client.get("/portal/login/app").headers["location"] == "/portal/login/activeren"
    guessed = post(client, "/portal/login/app", code="123456")
    assert guessed.headers["location"] == "/portal/login/activeren"
    with session_factory() as session:
        user = session.execute(select(StaffUser)).scalar_one()
        assert (user.totp_secret, user.totp_confirmed_at) == (None, None)
    assert not inbox_opens(client)


def test_an_empty_code_is_asked_for_again(
    client: TestClient, session_factory: sessionmaker, carla: None
) -> None:
    issue_enrolment_code(session_factory, "carla")
    password_only(client)

    response = type_enrolment_code(client, "  ")

    assert response.status_code == 400
    assert "Vul de activeringscode in." in response.text
    assert audit_entries(session_factory) == []


def test_wrong_expired_and_replaced_codes_get_one_answer_and_count_as_failures(
    client: TestClient, session_factory: sessionmaker, clock: Clock, carla: None
) -> None:
    replaced = issue_enrolment_code(session_factory, "carla")
    current = issue_enrolment_code(session_factory, "carla")  # the first one stops working
    password_only(client)

    answers = [
        type_enrolment_code(client, wrong)
        for wrong in (replaced, "ABCD-EFGH-JKLM-NPQR", "123456", current[:-1])
    ]

    for answer in answers:
        assert answer.status_code == 400
        assert ONE_ANSWER in text_of(answer.text)
        assert 'role="alert"' in answer.text
        assert 'aria-describedby="activeringscode-uitleg activeringscode-fout"' in answer.text
        assert 'aria-invalid="true"' in answer.text
    # Four failures: the login throttle makes the next try wait, right code or not.
    waiting = type_enrolment_code(client, current)
    assert "Wacht 15 seconden" in text_of(waiting.text)
    assert [a for _, a, _ in audit_entries(session_factory)] == ["enrolment_code_failed"] * 4
    clock.advance(seconds=15)
    assert type_enrolment_code(client, current).headers["location"] == "/portal/login/app"


@pytest.mark.parametrize(("hours", "works"), [(71.9, True), (72, False)])
def test_the_code_works_for_72_hours(
    client: TestClient,
    session_factory: sessionmaker,
    clock: Clock,
    carla: None,
    hours: float,
    works: bool,
) -> None:
    code = issue_enrolment_code(session_factory, "carla")
    clock.advance(hours=hours)
    password_only(client)

    response = type_enrolment_code(client, code)

    if works:
        assert response.headers["location"] == "/portal/login/app"
    else:
        assert response.status_code == 400
        assert ONE_ANSWER in text_of(response.text)


def test_the_code_expiring_during_the_setup_ends_it(
    client: TestClient, session_factory: sessionmaker, clock: Clock, carla: None
) -> None:
    code = issue_enrolment_code(session_factory, "carla", now=START)
    clock.advance(hours=71, minutes=58)
    password_only(client)
    type_enrolment_code(client, code)
    secret = shown_secret(client)
    clock.advance(minutes=2)

    assert confirm(client, secret, clock).headers["location"] == "/portal/login"
    assert not inbox_opens(client)


def test_the_code_binds_one_app_once(
    settings: Settings, session_factory: sessionmaker, clock: Clock, carla: None
) -> None:
    code = issue_enrolment_code(session_factory, "carla")
    first, second = (
        portal_client(settings, session_factory, clock, follow_redirects=False) for _ in range(2)
    )
    for client in (first, second):
        password_only(client)
        assert type_enrolment_code(client, code).headers["location"] == "/portal/login/app"
    secret = shown_secret(first)
    assert shown_secret(second) == secret  # one secret per account until it is bound

    assert confirm(first, secret, clock).status_code == 200
    assert inbox_opens(first)
    assert stored_code_hash(session_factory) is None
    clock.advance(seconds=30)
    assert confirm(second, secret, clock).headers["location"] == "/portal/login"
    assert not inbox_opens(second)
    # After a reset the old code does not bind the new app: only the code of the reset does.
    new_code = users.reset_totp(session_factory, "carla", now=clock.now).code
    password_only(second)
    refused = type_enrolment_code(second, code)
    assert refused.status_code == 400 and ONE_ANSWER in text_of(refused.text)
    assert type_enrolment_code(second, new_code).headers["location"] == "/portal/login/app"
    assert shown_secret(second) != secret  # the reset forgot the old app's secret


def test_a_new_code_issued_during_the_setup_ends_it(
    client: TestClient, session_factory: sessionmaker, clock: Clock, carla: None
) -> None:
    code = issue_enrolment_code(session_factory, "carla")
    password_only(client)
    type_enrolment_code(client, code)
    secret = shown_secret(client)

    issue_enrolment_code(session_factory, "carla")

    assert confirm(client, secret, clock).headers["location"] == "/portal/login"
    with session_factory() as session:
        assert session.execute(select(StaffUser.totp_secret)).scalar_one() is None


def test_only_a_hash_of_the_code_is_stored(session_factory: sessionmaker, carla: None) -> None:
    code = issue_enrolment_code(session_factory, "carla")

    stored = stored_code_hash(session_factory)

    assert stored == totp.enrolment_hash("carla", code)
    assert code.replace("-", "") not in (stored or "")
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}", code)


# --- the command line -----------------------------------------------------------------------------


def run(db_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", db_url, *argv], stdout=out, stderr=err, now=START)
    return code, out.getvalue(), err.getvalue()


def test_enrolment_code_on_the_command_line_is_printed_once_and_audited(
    db_url: str, session_factory: sessionmaker, client: TestClient, carla: None
) -> None:
    code, out, err = run(db_url, "enrolment-code", "--username", "Carla")

    assert (code, err) == (EXIT_OK, "")
    printed = re.search(r"until 2026-11-27 13:05 UTC\): ([A-Z2-9-]{19})\n", out)
    assert printed, out
    assert stored_code_hash(session_factory) == totp.enrolment_hash("carla", printed.group(1))
    with session_factory() as session:
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "enrolment_code_issued")
        ).scalar_one()
    assert (entry.actor, entry.detail) == ("beheer (cli)", "carla")
    assert printed.group(1) not in str(entry.detail)
    password_only(client)
    assert type_enrolment_code(client, printed.group(1)).status_code == 303


def test_enrolment_code_is_refused_for_an_account_with_an_app_or_none_at_all(
    db_url: str, session_factory: sessionmaker
) -> None:
    add_user(session_factory, COORDINATOR)

    with_app = run(db_url, "enrolment-code", "--username", "carla")
    unknown = run(db_url, "enrolment-code", "--username", "niemand")

    assert with_app[0] == unknown[0] == EXIT_REFUSED
    assert "has set up an app already; for a lost phone use reset-totp" in with_app[2]
    assert "no user 'niemand'" in unknown[2]
