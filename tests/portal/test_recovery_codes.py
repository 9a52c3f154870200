"""New recovery codes from the account page: after a current code from the app, ten new ones,
shown once; the old ones stop working at once. The page says how many unused codes are left."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from tests.portal.conftest import (
    CONSULTANT,
    Clock,
    add_user,
    audit_entries,
    login,
    next_code,
    portal_client,
    portal_settings,
    post,
    set_up_app,
    text_of,
)

CODES = re.compile(r"<li><code>([A-Z2-9-]{14})</code></li>")


def renew(client: TestClient, code: str) -> object:
    return post(client, "/portal/account/herstelcodes", code=code)


def log_in_with(client: TestClient, code: str) -> int:
    """Log in as anna with a recovery code; the status of the code step (303: in)."""
    login(client, "anna", with_code=False)
    return post(client, "/portal/login/code", code=code).status_code


def test_the_account_page_counts_the_unused_recovery_codes(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT, with_app=False)
    codes = set_up_app(session_factory, "anna")
    assert log_in_with(client, codes[0]) == 303

    page = client.get("/portal/account")

    assert page.status_code == 200
    assert "U heeft nog 9 herstelcodes die u niet heeft gebruikt." in text_of(page.text)
    assert '<a href="/portal/account" aria-current="page">Mijn account</a>' in page.text
    assert '<label for="code">Code uit de app</label>' in page.text
    assert 'aria-describedby="code-uitleg"' in page.text


def test_new_codes_replace_the_old_ones_at_once(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT, with_app=False)
    old = set_up_app(session_factory, "anna")
    login(client, "anna")

    response = renew(client, next_code(client, "anna"))

    assert response.status_code == 200
    new = CODES.findall(response.text)
    assert len(new) == len(set(new)) == 10 and not set(new) & set(old)
    assert "Er zijn tien nieuwe herstelcodes gemaakt." in response.text
    assert "U ziet deze codes alleen nu." in response.text
    assert 'role="status"' in response.text
    assert "U heeft nog 10 herstelcodes" in text_of(client.get("/portal/account").text)
    post(client, "/portal/logout")
    assert log_in_with(client, old[1]) == 400
    assert log_in_with(client, new[0]) == 303
    actions = [a for _, a, _ in audit_entries(session_factory)]
    assert actions == [
        "login",
        "recovery_codes_renewed",
        "logout",
        "totp_failed",
        "recovery_code_used",
        "login",
    ]


def test_a_wrong_code_or_a_recovery_code_makes_no_new_codes(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT, with_app=False)
    old = set_up_app(session_factory, "anna")
    login(client, "anna")

    answers = [renew(client, typed) for typed in ("000000", old[0], "")]

    for answer in answers:
        assert answer.status_code == 400
        assert CODES.search(answer.text) is None
        assert 'role="alert"' in answer.text
        assert 'aria-describedby="code-uitleg code-fout"' in answer.text
        assert 'aria-invalid="true"' in answer.text
    assert "Deze code klopt niet." in answers[0].text
    assert "Vul de code uit de app in." in answers[2].text
    assert "U heeft nog 10 herstelcodes" in text_of(client.get("/portal/account").text)
    actions = [a for _, a, _ in audit_entries(session_factory)]
    assert actions == ["login", "recovery_codes_refused", "recovery_codes_refused"]
    assert renew(client, next_code(client, "anna")).status_code == 200


def test_wrong_codes_here_are_throttled_like_at_login(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, CONSULTANT)
    login(client, "anna")

    for wrong in ("000001", "000002", "000003", "000004"):
        renew(client, wrong)
    waiting = renew(client, next_code(client, "anna"))

    assert waiting.status_code == 400
    assert "Wacht 15 seconden" in text_of(waiting.text)
    clock.advance(seconds=15)
    assert renew(client, next_code(client, "anna")).status_code == 200


def test_the_form_needs_its_csrf_token_and_a_login(
    client: TestClient, session_factory: sessionmaker
) -> None:
    add_user(session_factory, CONSULTANT)
    anonymous = renew(client, "123456")
    assert anonymous.headers["location"] == "/portal/login"
    login(client, "anna")

    forged = client.post("/portal/account/herstelcodes", data={"code": next_code(client, "anna")})

    assert forged.status_code == 403
    assert "recovery_codes_renewed" not in [a for _, a, _ in audit_entries(session_factory)]


def test_without_an_app_the_page_offers_no_new_codes(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_TOTP_FOR_CONSULTANTS="off")
    client = portal_client(settings, session_factory, clock, follow_redirects=False)
    add_user(session_factory, CONSULTANT, with_app=False)
    login(client, "anna")

    page = client.get("/portal/account")

    assert "geen app voor inlogcodes ingesteld" in page.text
    assert "<form" not in page.text.split("<main", 1)[1]
    assert renew(client, "123456").status_code == 404
