"""The whole path: a caregiver agrees to a handoff in the chat (REST channel), a consultant of that
steunpunt (Kampen: no other test makes aanmeldingen there) logs in to the portal in Chromium, finds it
at the top of the inbox, opens, claims and
marks it contacted; a consultant of another steunpunt cannot open it, and that attempt is audited."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pyotp
from playwright.sync_api import Browser, Page, expect

from bot.settings import PROJECT_ROOT, Settings
from tests.chromium import DESKTOP
from tests.integration.product import say, texts

PASSWORD = "lange-zin-als-wachtwoord-2026"
SCREENSHOT = PROJECT_ROOT / "docs" / "screenshots" / "portal-aanmelding.png"
CAREGIVER = (
    "ik zorg al twee jaar voor mijn vader met parkinson, ongeveer 30 uur per week. "
    "ik woon in kampen"
)


def _add_consultant(
    settings: Settings, username: str, steunpunt: str, role: str = "consultant"
) -> str:
    """The account, made on the command line; returns the enrolment code it prints."""
    done = subprocess.run(
        [
            sys.executable, "-m", "bot.portal", "--database-url", settings.database_url,
            "add-user", "--username", username, "--name", username.title(),
            "--role", role, "--steunpunt", steunpunt, "--password-stdin",
        ],
        input=PASSWORD + "\n",
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "STEUNWIJZER_VAR_DIR": str(settings.var_dir)},
        capture_output=True,
    )  # fmt: skip
    printed = re.search(r"\): ([A-Z2-9-]{19})$", done.stdout, re.MULTILINE)
    assert printed, done.stdout
    return printed.group(1)


def _agreed_handoff(settings: Settings) -> str:
    sender = "browser-handoff"
    for message in (CAREGIVER, "ik wil iemand spreken", "ja, dat is goed", "Ria"):
        say(settings, sender, message)
    for message in ("0612345678", "middag"):
        say(settings, sender, message)
    reply = texts(say(settings, sender, "ja"))
    assert "Het is geregeld." in reply, reply
    return reply[reply.index("MZ-") : reply.index("MZ-") + 9]


def _log_in(page: Page, settings: Settings, username: str, enrolment_code: str) -> None:
    """A first login: the password and the administrator's enrolment code, then setting up the
    authenticator app (its key read from the page, its code made with pyotp), past the recovery
    codes to the page asked for."""
    page.goto(f"http://127.0.0.1:{settings.web_port}/portal/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("App voor inlogcodes instellen")
    page.get_by_label("Activeringscode").fill(enrolment_code)
    page.get_by_role("button", name="Verder").click()
    key = page.locator("#sleutel").inner_text().replace(" ", "")
    page.get_by_label("Code uit de app").fill(pyotp.TOTP(key).now())
    page.get_by_role("button", name="App instellen").click()
    page.get_by_role("link", name="Verder naar het portaal").click()


def _audit(settings: Settings, reference: str) -> list[tuple[str, str]]:
    with sqlite3.connect(settings.var_dir / "app.db") as db:
        return db.execute(
            "select actor, action from audit_log where handoff_reference = ? order by id",
            (reference,),
        ).fetchall()


def test_from_consent_in_the_chat_to_a_consultant_who_calls_back(
    product: Settings, page: Page, browser: Browser
) -> None:
    reference = _agreed_handoff(product)
    ria = _add_consultant(product, "ria.kampen", "gm0166_steunpunt")
    kees = _add_consultant(product, "kees.amersfoort", "gm0307_steunpunt")

    _log_in(page, product, "ria.kampen", ria)
    first_row = page.locator("tbody tr").first
    expect(first_row).to_contain_text(reference)
    first_row.get_by_role("link", name=reference).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(f"Aanmelding {reference}")
    expect(page.locator("main")).to_contain_text("Ria")
    expect(page.locator("main")).to_contain_text("06 12345678")
    page.get_by_role("button", name="Oppakken").click()
    expect(page.locator("main")).to_contain_text("In behandeling")
    page.get_by_role("button", name="Contact gehad").click()
    expect(page.locator("main")).to_contain_text("Contact gehad")
    if os.environ.get("STEUNWIJZER_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)

    other = browser.new_context(viewport=DESKTOP, locale="nl-NL")
    try:
        other_page = other.new_page()
        _log_in(other_page, product, "kees.amersfoort", kees)
        expect(other_page.locator("main")).not_to_contain_text(reference)
        response = other_page.goto(
            f"http://127.0.0.1:{product.web_port}/portal/aanmelding/{reference}"
        )
        assert response is not None and response.status == 404
        export = other_page.goto(
            f"http://127.0.0.1:{product.web_port}/portal/aanmelding/{reference}/json"
        )
        assert export is not None and export.status == 404
    finally:
        other.close()

    audit = _audit(product, reference)
    assert {("ria.kampen", "view"), ("ria.kampen", "claim"), ("ria.kampen", "contact")} <= set(
        audit
    )
    assert ("kees.amersfoort", "denied") in audit
    with sqlite3.connect(product.var_dir / "app.db") as db:
        status, claimed_by, contacted_at = db.execute(
            "select status, claimed_by, contacted_at from handoffs where reference = ?",
            (reference,),
        ).fetchone()
    assert (status, claimed_by) == ("in_behandeling", "ria.kampen") and contacted_at
