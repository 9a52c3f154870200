"""Issue 21 end to end: an editor of the steunpunt of Kampen, made on the command line, logs in to
the portal in Chromium, changes the phone number of an offer of Kampen (a wrong one is refused with
a Dutch message beside the field), previews it as the chat shows it and publishes it; a caregiver's
next question in the widget shows the new number, without a restart; then the editor restores the
earlier version and the chat shows the old number again. axe finds no WCAG 2.1 AA violations on the
editor's pages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import delete

from bot.db import create_db_engine, create_session_factory
from bot.settings import PROJECT_ROOT, Settings
from knowledge.models import OfferRow
from knowledge.store import import_files, next_version
from tests.browser.test_handoff_to_portal import _add_consultant, _log_in
from tests.browser.widget import axe_violations, open_by_click, send, wait_for_bot
from tests.chromium import DESKTOP

OFFER_ID = "gm0166_mantelzorgcafe_de_vonk_test"
OLD_PHONE = "038 111 22 33"
NEW_PHONE = "038 999 88 77"
SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
# Real-looking data (example: false): only such an entry may carry a phone number.
CONTENT = f"""\
version: 1
offers:
  - id: {OFFER_ID}
    name: Mantelzorgcafé De Vonk
    description: Elke maand praten mantelzorgers met elkaar bij een kop koffie.
    kind: voorziening
    needs: [lotgenoten]
    target_groups: []
    scope: gemeente
    gemeente_codes: [GM0166]
    beneficiary: mantelzorger
    funding: [gratis]
    needs_indicatie: false
    first_step: Bel het café en zeg dat u mantelzorger bent.
    contact: {{phone: {OLD_PHONE}}}
    source_url: https://www.devonk-kampen.nl/mantelzorg
    last_checked: 2026-05-01
"""
QUESTION = "vertel meer over mantelzorgcafé de vonk"


@pytest.fixture
def kampen_offer(product: Settings, tmp_path: Path) -> Iterator[None]:
    """The offer, imported into the running product's database; removed again afterwards, so the
    other tests of the shared product do not meet it."""
    engine = create_db_engine(product.database_url)
    sessions = create_session_factory(engine)
    path = tmp_path / "browser-editor-test.yml"
    path.write_text(CONTENT, encoding="utf-8")
    import_files(sessions, [path], webhook_hosts=())
    try:
        yield
    finally:
        with sessions() as session, session.begin():
            session.execute(delete(OfferRow).where(OfferRow.id == OFFER_ID))
            next_version(session)
        engine.dispose()


def _no_violations(page: Page) -> None:
    assert axe_violations(page) == [], page.url


def _ask_in_the_widget(browser: Browser, product: Settings, expected: str) -> None:
    """A caregiver opens the widget on the demo page and asks about the offer."""
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(f"http://localhost:{product.web_port}/")
        open_by_click(page)
        send(page, QUESTION)
        wait_for_bot(page, expected)
    finally:
        context.close()


def _screenshot(page: Page, name: str) -> None:
    if os.environ.get("STEUNWIJZER_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


@pytest.fixture
def editor_page(browser: Browser) -> Iterator[Page]:
    """The editor's browser; bypass_csp: axe-core is injected as an inline script, which the
    portal's CSP forbids (as in tests/portal/test_pages_browser.py)."""
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    context.set_default_timeout(30_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.mark.usefixtures("kampen_offer")
def test_an_editor_changes_a_phone_number_the_chat_shows_it_and_it_is_restored(
    product: Settings, editor_page: Page, browser: Browser
) -> None:
    page = editor_page
    _ask_in_the_widget(browser, product, OLD_PHONE)
    code = _add_consultant(product, "eva.kampen", "gm0166_steunpunt", role="editor")

    _log_in(page, product, "eva.kampen", code)
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanbod")
    _no_violations(page)
    page.get_by_role("link", name="Mantelzorgcafé De Vonk").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mantelzorgcafé De Vonk")
    _no_violations(page)

    phone = page.get_by_label("Telefoonnummer")
    expect(phone).to_have_value(OLD_PHONE)
    phone.fill("bel ons maar")
    page.get_by_role("button", name="Opslaan en bekijken").click()
    expect(page.get_by_role("alert")).to_contain_text("Er is iets niet goed ingevuld")
    error = page.locator("#veld-contact-phone-fout")
    expect(error).to_have_text(
        "Een telefoonnummer heeft alleen cijfers, spaties en streepjes, bijvoorbeeld 038 123 45 67."
    )
    expect(page.get_by_label("Telefoonnummer")).to_have_attribute("aria-invalid", "true")
    _no_violations(page)
    _screenshot(page, "portal-editor.png")

    page.get_by_label("Telefoonnummer").fill(NEW_PHONE)
    page.get_by_role("button", name="Opslaan en bekijken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Versie 2 van Mantelzorgcafé De Vonk")
    preview = page.get_by_role("region", name="Zo laat de chat het zien")
    expect(preview).to_contain_text(NEW_PHONE)
    _no_violations(page)
    _screenshot(page, "portal-editor-preview.png")
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_role("status")).to_contain_text("Versie 2 is gepubliceerd")

    _ask_in_the_widget(browser, product, NEW_PHONE)

    page.get_by_role("button", name="Versie 1 terugzetten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Versie 3 van Mantelzorgcafé De Vonk")
    expect(preview).to_contain_text(OLD_PHONE)
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_role("status")).to_contain_text("Versie 3 is gepubliceerd")
    _no_violations(page)

    _ask_in_the_widget(browser, product, OLD_PHONE)
