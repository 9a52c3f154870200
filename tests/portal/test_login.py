from __future__ import annotations

import re
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.portal import users
from bot.portal.app import CSRF_COOKIE, SESSION_COOKIE, create_portal_app
from bot.portal.models import StaffUser
from bot.privacy.models import AuditEntry
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.privacy import load_privacy_settings
from tests.portal.conftest import (
    CONSULTANT,
    FAST_HASHER,
    PASSWORD,
    START,
    Clock,
    add_user,
    audit_entries,
    csrf_token,
    login,
    portal_client,
    portal_settings,
    post,
    store_handoff,
    text_of,
)

LOGIN_FAILED = "De gebruikersnaam of het wachtwoord klopt niet."
WAIT = "Er is te vaak geprobeerd in te loggen met deze gegevens."


def logged_in_as(client: TestClient) -> str | None:
    """Who the inbox's header names, or None when the inbox sends us to the login page."""
    response = client.get("/portal/")
    if response.status_code != 200:
        return None
    match = re.search(r'<span class="who">([^<]*)</span>', response.text)
    assert match, "the inbox names nobody"
    return match.group(1)


def test_login_page_is_dutch_with_labelled_fields(client: TestClient) -> None:
    response = client.get("/portal/login")

    assert response.status_code == 200
    assert '<html lang="nl">' in response.text
    assert '<label for="username">Gebruikersnaam</label>' in response.text
    assert '<label for="password">Wachtwoord</label>' in response.text
    assert 'autocomplete="current-password"' in response.text
    assert 'href="#inhoud"' in response.text


@pytest.mark.parametrize("typed", ["anna", "Anna", "  ANNA "])
def test_the_right_password_opens_the_inbox(
    client: TestClient, session_factory: sessionmaker, typed: str
) -> None:
    add_user(session_factory, CONSULTANT)

    response = login(client, typed)

    assert response.status_code == 303
    assert response.headers["location"] == "/portal/"
    assert logged_in_as(client) == "Anna de Vries, consulent"
    assert audit_entries(session_factory) == [("anna", "login", None)]


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("anna", "verkeerd-wachtwoord"),
        ("anna", PASSWORD.upper()),
        ("onbekend", PASSWORD),
        ("anna@", PASSWORD),
    ],
)
def test_wrong_password_and_unknown_user_get_the_same_answer(
    client: TestClient, session_factory: sessionmaker, username: str, password: str
) -> None:
    add_user(session_factory, CONSULTANT)

    response = login(client, username, password)

    assert response.status_code == 400
    assert LOGIN_FAILED in response.text
    assert 'role="alert"' in response.text
    assert 'aria-invalid="true"' in response.text
    assert logged_in_as(client) is None


def test_an_inactive_account_cannot_log_in(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    users.deactivate(session_factory, "anna", now=START)

    response = login(client, "anna")

    assert response.status_code == 400
    assert LOGIN_FAILED in response.text
    assert logged_in_as(client) is None


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("", PASSWORD, "Vul uw gebruikersnaam in."),
        ("anna", "", "Vul uw wachtwoord in."),
    ],
)
def test_an_empty_field_gets_its_own_message(
    client: TestClient, session_factory: sessionmaker, username: str, password: str, message: str
) -> None:
    add_user(session_factory, CONSULTANT)

    response = login(client, username, password)

    assert response.status_code == 400
    field = "username" if not username else "password"
    assert f'id="{field}-fout">{message}</p>' in response.text
    assert f'aria-describedby="{field}-fout"' in response.text


def test_failed_logins_make_the_next_tries_wait_longer_and_then_let_the_owner_in(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)

    answers = [text_of(login(client, "anna", "fout-wachtwoord-123").text) for _ in range(4)]
    waiting = text_of(login(client, "anna").text)

    assert all(LOGIN_FAILED in answer for answer in answers)
    # The fourth failure makes the next try wait 15 seconds, even with the right password.
    assert WAIT in waiting and "Wacht 15 seconden" in waiting
    assert logged_in_as(client) is None
    clock.advance(seconds=15)
    login(client, "anna", "fout-wachtwoord-123")
    assert "Wacht 30 seconden" in text_of(login(client, "anna").text)

    clock.advance(seconds=30)
    assert login(client, "anna").status_code == 303
    assert logged_in_as(client) == "Anna de Vries, consulent"
    actions = [action for _, action, _ in audit_entries(session_factory)]
    assert actions == ["login_failed"] * 5 + ["login"]


def test_failed_logins_of_unknown_and_known_users_look_the_same(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)

    def answers(username: str) -> list[tuple[int, str]]:
        seen = []
        for _ in range(6):
            response = login(client, username, "fout-wachtwoord-123")
            seen.append((response.status_code, text_of(response.text).replace(username, "X")))
            clock.advance(seconds=1)
        return seen

    known = answers("anna")
    clock.advance(hours=25)
    unknown = answers("niemand")

    assert known == unknown
    assert any(WAIT in answer for _, answer in known)


def test_a_good_login_forgets_the_failures(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    for _ in range(3):
        login(client, "anna", "fout-wachtwoord-123")
    assert login(client, "anna").status_code == 303
    post(client, "/portal/logout")

    for _ in range(3):
        login(client, "anna", "fout-wachtwoord-123")

    assert login(client, "anna").status_code == 303


def test_throttle_settings_come_from_the_environment(tmp_path: Path, db_url: str) -> None:
    settings = portal_settings(
        tmp_path,
        db_url,
        STEUNWIJZER_PORTAL_FREE_FAILED_LOGINS="1",
        STEUNWIJZER_PORTAL_MAX_LOGIN_WAIT_MINUTES="1",
    )

    policy = create_portal_app(settings).state.portal.throttle

    assert policy.free_per_account_and_address == 1
    waits = [policy.delay(failures, free=1).total_seconds() for failures in range(1, 6)]
    assert waits == [0, 15, 30, 60, 60]


def test_login_without_a_csrf_token_is_refused(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    # A first visit without any cookie: asgi-csrf would let that through unless protected.
    no_cookies = client.post("/portal/login", data={"username": "anna", "password": PASSWORD})
    csrf_token(client)
    wrong_token = client.post(
        "/portal/login", data={"username": "anna", "password": PASSWORD, "csrftoken": "x"}
    )

    for response in (no_cookies, wrong_token):
        assert response.status_code == 403
        assert "Formulier verlopen" in response.text
        assert '<html lang="nl">' in response.text
    assert logged_in_as(client) is None
    assert audit_entries(session_factory) == []


def test_logout_needs_the_token_and_ends_the_session(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    login(client, "anna")

    assert client.post("/portal/logout").status_code == 403
    assert logged_in_as(client) == "Anna de Vries, consulent"

    response = post(client, "/portal/logout")

    assert response.status_code == 303
    assert response.headers["location"] == "/portal/login"
    assert "U bent uitgelogd." in client.get("/portal/login").text
    assert logged_in_as(client) is None
    assert audit_entries(session_factory)[-1] == ("anna", "logout", None)


def _cookie(response, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    cookies = [c for c in response.headers.get_list("set-cookie") if c.startswith(f"{name}=")]
    assert len(cookies) == 1, response.headers.get_list("set-cookie")
    return [part.strip().lower() for part in cookies[0].split(";")[1:]]


@pytest.mark.parametrize(
    ("portal_url", "secure"),
    [("http://localhost:8000", False), ("https://portaal.gemeente-voorbeeld.nl", True)],
)
def test_cookies_are_httponly_samesite_strict_and_secure_on_https(
    tmp_path: Path,
    db_url: str,
    session_factory: sessionmaker,
    clock: Clock,
    portal_url: str,
    secure: bool,
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_URL=portal_url)
    base_url = "https://testserver" if secure else "http://testserver"
    client = portal_client(
        settings, session_factory, clock, follow_redirects=False, base_url=base_url
    )
    add_user(session_factory, CONSULTANT)

    page = client.get("/portal/login")
    response = login(client, "anna")

    for flags in (_cookie(page, CSRF_COOKIE), _cookie(response, SESSION_COOKIE)):
        assert "httponly" in flags
        assert "samesite=strict" in flags
        assert "path=/portal" in flags
        assert ("secure" in flags) is secure
    assert "max-age=28800" in _cookie(response, SESSION_COOKIE)  # 8 hours


def test_a_session_ends_after_eight_hours_however_active(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    login(client, "anna")
    for _ in range(7 * 3 + 2):  # a request every 20 minutes, up to 7 h 40
        clock.advance(minutes=20)
        assert logged_in_as(client) == "Anna de Vries, consulent"

    clock.advance(minutes=21)
    response = client.get("/portal/")

    assert response.status_code == 303
    assert response.headers["location"] == "/portal/login"
    assert "U was te lang ingelogd. Log opnieuw in." in client.get("/portal/login").text


def test_a_session_ends_after_thirty_idle_minutes(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    login(client, "anna")
    clock.advance(minutes=29)
    assert logged_in_as(client) == "Anna de Vries, consulent"

    clock.advance(minutes=31)
    response = client.get("/portal/")

    assert response.headers["location"] == "/portal/login"
    assert "U heeft een tijd niets gedaan in het portaal." in client.get("/portal/login").text
    assert logged_in_as(client) is None


def test_logout_ends_the_session_for_a_copied_cookie_too(
    tmp_path: Path, settings: Settings, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    client = portal_client(settings, session_factory, clock, follow_redirects=False)
    login(client, "anna")
    copied = client.cookies.get(SESSION_COOKIE)
    thief = portal_client(settings, session_factory, clock, follow_redirects=False)
    thief.cookies.set(SESSION_COOKIE, copied, path="/portal")
    assert logged_in_as(thief) == "Anna de Vries, consulent"

    post(client, "/portal/logout")

    assert logged_in_as(thief) is None
    assert logged_in_as(client) is None


def test_audit_entries_carry_the_source_address(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)

    login(client, "anna", "fout-wachtwoord-123")
    login(client, "anna")

    with session_factory() as session:
        entries = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
    # The account was made on the command line (no address), the logins came over HTTP.
    assert [(e.action, e.source_ip) for e in entries] == [
        ("account_created", None),
        ("login_failed", "testclient"),
        ("login", "testclient"),
    ]


@pytest.mark.parametrize("change", ["deactivate", "set-password"])
def test_deactivating_or_a_new_password_ends_open_sessions(
    client: TestClient, session_factory: sessionmaker, change: str
) -> None:
    add_user(session_factory, CONSULTANT)
    login(client, "anna")
    assert logged_in_as(client) == "Anna de Vries, consulent"

    if change == "deactivate":
        users.deactivate(session_factory, "anna", now=START)
    else:
        users.set_password(
            session_factory, "anna", "een-heel-nieuw-wachtwoord", now=START, hasher=FAST_HASHER
        )

    assert logged_in_as(client) is None


def test_the_hash_is_renewed_when_the_argon2_parameters_change(
    client: TestClient, session_factory: sessionmaker
) -> None:
    old = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1)
    add_user(session_factory, CONSULTANT, hasher=old)

    assert login(client, "anna").status_code == 303

    with session_factory() as session:
        stored = session.execute(select(StaffUser.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=1024,t=1,p=1$")  # the portal's parameters
    client.cookies.delete(SESSION_COOKIE, path="/portal")
    assert login(client, "anna").status_code == 303


def test_after_login_the_page_asked_for_opens(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    store_handoff(session_factory, "MZ-7K3Q9P")

    first = client.get("/portal/aanmelding/MZ-7K3Q9P")
    response = login(client, "anna")

    assert first.headers["location"] == "/portal/login"
    assert response.headers["location"] == "/portal/aanmelding/MZ-7K3Q9P"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/portal/"),
        ("GET", "/portal/logboek"),
        ("GET", "/portal/aanmelding/MZ-7K3Q9P"),
        ("GET", "/portal/aanmelding/MZ-7K3Q9P/print"),
        ("GET", "/portal/aanmelding/MZ-7K3Q9P/json"),
        ("POST", "/portal/aanmelding/MZ-7K3Q9P/oppakken"),
        ("POST", "/portal/aanmelding/MZ-7K3Q9P/status"),
        ("POST", "/portal/aanmelding/MZ-7K3Q9P/wissen"),
    ],
)
def test_pages_need_a_login(
    client: TestClient, session_factory: sessionmaker, method: str, path: str
) -> None:
    store_handoff(session_factory, "MZ-7K3Q9P")
    data = {"csrftoken": csrf_token(client), "status": "afgerond"} if method == "POST" else None

    response = client.request(method, path, data=data)

    assert response.status_code == 303
    assert response.headers["location"] == "/portal/login"
    assert audit_entries(session_factory) == []


def test_every_response_forbids_caching_and_framing(client: TestClient) -> None:
    response = client.get("/portal/login")

    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_the_web_app_serves_the_portal_at_portal(settings: Settings) -> None:
    client = TestClient(create_app(settings, load_privacy_settings({})))

    assert "Inloggen" in client.get("/portal/login").text
    assert client.get("/portal/static/portal.css").status_code == 200
    assert client.get("/").status_code == 200  # the demo page is still there


def test_the_session_length_comes_from_the_environment(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_SESSION_HOURS="1")
    client = portal_client(settings, session_factory, clock, follow_redirects=False)
    add_user(session_factory, CONSULTANT)
    login(client, "anna")

    for _ in range(3):
        clock.advance(minutes=19, seconds=40)
        assert logged_in_as(client) == "Anna de Vries, consulent"
    clock.advance(minutes=2)
    assert logged_in_as(client) is None


def test_the_idle_time_comes_from_the_environment(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_IDLE_MINUTES="5")
    client = portal_client(settings, session_factory, clock, follow_redirects=False)
    add_user(session_factory, CONSULTANT)
    login(client, "anna")

    clock.advance(minutes=4)
    assert logged_in_as(client) == "Anna de Vries, consulent"
    clock.advance(minutes=6)
    assert logged_in_as(client) is None
