"""The portal's pages in Debian's Chromium (Playwright): axe-core WCAG 2.1 AA, small screens, keyboard.

The portal runs in-process on a free port (uvicorn in a thread), on its own SQLite file, with the
real clock: an app code is accepted once per 30 seconds, so `log_in` types the code once per
account and later tests of the module reuse that login's cookies.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pyotp
import pytest
from playwright.sync_api import Browser, BrowserContext, Cookie, Page, expect
from sqlalchemy import update

from bot.db import create_session_factory
from bot.handoff.models import OutboxEntry
from bot.portal import handoffs
from bot.portal.auth import load_identity
from bot.settings import PROJECT_ROOT
from tests.browser.widget import axe_violations
from tests.chromium import DESKTOP
from tests.portal.conftest import (
    CONSULTANT,
    COORDINATOR,
    PASSWORD,
    START,
    Staff,
    add_user,
    create_database,
    issue_enrolment_code,
    served_portal,
    set_up_app,
    store_handoff,
    totp_secret,
)
from tests.portal.knowledge_content import NATIONAL_OFFER, ZWOLLE_OFFER, import_editor_content

REFERENCE = "MZ-7K3Q9P"
TRANSCRIPT_SCOPE = ("contact", "situation", "assessment", "needs", "transcript")
# A coordinator whose app is not set up yet: only the enrolment test logs in as her.
NEW_COORDINATOR = Staff("eva", "coordinator", COORDINATOR.steunpunt_id)
# A consultant who makes new recovery codes: only that test logs in as her.
RENEWING_CONSULTANT = Staff("ria", "consultant", COORDINATOR.steunpunt_id)
# An editor of the knowledge base: only the editor's tests log in as him.
EDITOR = Staff("eddy", "editor", COORDINATOR.steunpunt_id)
EDITOR_PAGES = [
    "/aanbod",
    f"/aanbod/aanbod/{ZWOLLE_OFFER}",
    f"/aanbod/aanbod/{NATIONAL_OFFER}",
    f"/aanbod/steunpunt/{COORDINATOR.steunpunt_id}",
]
# The cookies of each account's first login in this module (see the module docstring).
_LOGINS: dict[str, list[Cookie]] = {}
# What the administrator handed out in _seed: eva's enrolment code, ria's recovery codes.
_HANDED_OUT: dict[str, str | list[str]] = {}


@pytest.fixture(scope="module")
def portal_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("portal")
    db_url = f"sqlite:///{tmp_path / 'app.db'}"
    engine = create_database(db_url)
    sessions = create_session_factory(engine)
    _seed(sessions)
    import_editor_content(sessions, tmp_path)
    add_user(sessions, EDITOR)
    with served_portal(tmp_path, db_url, sessions) as url:
        yield url
    engine.dispose()


def _seed(sessions) -> None:  # type: ignore[no-untyped-def]
    add_user(sessions, CONSULTANT)
    add_user(sessions, COORDINATOR)
    add_user(sessions, NEW_COORDINATOR, with_app=False)
    # The portal here runs on the real clock, and the code works for 72 hours from now.
    _HANDED_OUT["enrolment_code"] = issue_enrolment_code(
        sessions, NEW_COORDINATOR.username, now=datetime.now(timezone.utc)
    )
    add_user(sessions, RENEWING_CONSULTANT, with_app=False)
    _HANDED_OUT["recovery_codes"] = set_up_app(sessions, RENEWING_CONSULTANT.username)
    store_handoff(
        sessions,
        REFERENCE,
        urgency="hoog",
        created_at=START - timedelta(hours=3),
        scope=TRANSCRIPT_SCOPE,
        transcript=[
            {"from": "user", "text": "Ik kan het bijna niet meer aan.", "at": START},
            {"from": "bot", "text": "Dat klinkt zwaar. Ik help u.", "at": START},
        ],
    )
    store_handoff(sessions, "MZ-ACUUT1", urgency="acuut", created_at=START)
    store_handoff(sessions, "MZ-NORM01", urgency="normaal", created_at=START - timedelta(days=2))
    with sessions() as session, session.begin():
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.handoff_reference == "MZ-NORM01")
            .values(status="failed", attempts=12, last_error="SMTP server unreachable (OSError)")
        )
    carla = load_identity(sessions, "carla")
    assert carla is not None
    handoffs.add_note(sessions, carla, REFERENCE, "Eerste keer gebeld, geen gehoor.", START)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    # bypass_csp: axe-core is injected as an inline script, which the portal's CSP forbids.
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    context.set_default_timeout(30_000)
    yield context
    context.close()


def log_in(page: Page, portal_url: str, username: str) -> None:
    """Log in with the password and the app's code, or reuse this account's earlier login."""
    if username in _LOGINS:
        page.context.add_cookies(_LOGINS[username])
        page.goto(f"{portal_url}/")
    else:
        log_in_with_password(page, portal_url, username)
        page.get_by_label("Code uit de app").fill(pyotp.TOTP(totp_secret(username)).now())
        page.get_by_role("button", name="Inloggen", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Aanmeldingen")).to_be_visible()
    _LOGINS.setdefault(username, page.context.cookies())


def log_in_with_password(page: Page, portal_url: str, username: str) -> None:
    page.goto(f"{portal_url}/login")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def fits_the_width(page: Page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


PAGES = [
    "/",
    "/?status=alle",
    f"/aanmelding/{REFERENCE}",
    f"/aanmelding/{REFERENCE}/print",
    f"/aanmelding/{REFERENCE}/wissen",
    "/logboek",
    "/account",
    "/live",
    "/?te_laat=ja&urgentie=hoog",
]


def test_the_login_page_has_no_wcag_violations(page: Page, portal_url: str) -> None:
    page.goto(f"{portal_url}/login")
    assert axe_violations(page) == []

    page.get_by_label("Gebruikersnaam").fill("anna")
    page.get_by_label("Wachtwoord").fill("niet-goed-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("alert")).to_contain_text("klopt niet")
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", PAGES)
def test_the_coordinators_pages_have_no_wcag_violations(
    page: Page, portal_url: str, path: str
) -> None:
    log_in(page, portal_url, "carla")

    page.goto(portal_url + path)

    assert axe_violations(page) == []


def test_a_form_error_has_no_wcag_violations(page: Page, portal_url: str) -> None:
    log_in(page, portal_url, "anna")
    page.goto(f"{portal_url}/aanmelding/{REFERENCE}")

    page.get_by_role("button", name="Notitie opslaan").click()

    expect(page.get_by_text("Schrijf eerst een notitie.")).to_be_visible()
    field = page.get_by_label("Nieuwe notitie")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "Schrijf eerst een notitie." in field.evaluate(
        "el => el.getAttribute('aria-describedby').split(' ')"
        ".map(id => document.getElementById(id).textContent).join(' ')"
    )
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (320, 640),  # a small phone
        (640, 400),  # 1280 x 800 at 200 % zoom
    ],
)
def test_pages_fit_small_screens_and_zoom(
    page: Page, portal_url: str, width: int, height: int
) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{portal_url}/login")
    assert fits_the_width(page), "the login page scrolls sideways"
    log_in(page, portal_url, "carla")

    for path in PAGES:
        page.goto(portal_url + path)
        assert fits_the_width(page), f"{path} scrolls sideways at {width} px"
        assert axe_violations(page) == []


def test_the_skip_link_comes_first_and_focus_is_visible(page: Page, portal_url: str) -> None:
    log_in(page, portal_url, "anna")

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    assert skip.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#inhoud"


def test_a_consultant_picks_up_the_most_urgent_aanmelding(page: Page, portal_url: str) -> None:
    log_in(page, portal_url, "anna")
    first_row = page.locator("table.inbox tbody tr").first
    expect(first_row).to_contain_text("MZ-ACUUT1")
    expect(first_row).to_contain_text("Acuut")

    first_row.get_by_role("link", name="MZ-ACUUT1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanmelding MZ-ACUUT1")
    page.get_by_role("button", name="Oppakken").click()
    expect(page.get_by_role("status")).to_have_text("U heeft MZ-ACUUT1 opgepakt.")
    page.get_by_role("button", name="Contact gehad").click()

    expect(page.get_by_role("status")).to_contain_text("contact gehad met de mantelzorger")
    expect(page.locator(".status-facts")).to_contain_text("In behandeling")
    expect(page.locator(".status-facts")).to_contain_text("Anna de Vries")
    expect(page.get_by_role("button", name="Oppakken")).to_have_count(0)


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("status")).to_have_text("U bent uitgelogd.")


def type_code(page: Page, label: str, code: str) -> None:
    page.get_by_label(label, exact=True).fill(code)
    page.get_by_label(label, exact=True).press("Enter")


def test_setting_up_the_app_then_logging_in_with_a_code_and_with_a_recovery_code(
    page: Page, portal_url: str
) -> None:
    heading = page.get_by_role("heading", level=1)
    log_in_with_password(page, portal_url, NEW_COORDINATOR.username)
    expect(heading).to_have_text("App voor inlogcodes instellen")
    expect(page.get_by_role("img")).to_have_count(0)  # no key before the enrolment code
    type_code(page, "Activeringscode", "ABCD-EFGH-JKLM-NPQR")
    expect(page.get_by_role("alert")).to_contain_text("Deze activeringscode klopt niet")
    expect(page.get_by_label("Activeringscode")).to_have_attribute("aria-invalid", "true")
    assert axe_violations(page) == []
    type_code(page, "Activeringscode", str(_HANDED_OUT["enrolment_code"]))
    expect(heading).to_have_text("App voor inlogcodes instellen")
    expect(
        page.get_by_role("img", name="QR-code om het portaal aan uw app toe te voegen")
    ).to_be_visible()
    assert axe_violations(page) == []

    app = pyotp.TOTP(page.locator("#sleutel").inner_text().replace(" ", ""))
    type_code(page, "Code uit de app", app.now())
    expect(heading).to_have_text("Uw herstelcodes")
    recovery_codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(recovery_codes) == 10
    assert axe_violations(page) == []
    page.get_by_role("link", name="Verder naar het portaal").click()
    expect(heading).to_have_text("Aanmeldingen")
    log_out(page)

    log_in_with_password(page, portal_url, NEW_COORDINATOR.username)
    expect(heading).to_have_text("Code uit uw app")
    assert axe_violations(page) == []
    # The code of the enrolment's step is used up; the app's next one is accepted early.
    type_code(page, "Code uit de app", app.at(time.time() + 30))
    expect(heading).to_have_text("Aanmeldingen")
    log_out(page)

    log_in_with_password(page, portal_url, NEW_COORDINATOR.username)
    type_code(page, "Herstelcode", recovery_codes[0])
    expect(heading).to_have_text("Aanmeldingen")
    log_out(page)

    log_in_with_password(page, portal_url, NEW_COORDINATOR.username)
    type_code(page, "Herstelcode", recovery_codes[0])
    expect(page.get_by_role("alert")).to_contain_text("Deze code klopt niet.")
    expect(page.get_by_label("Code uit de app", exact=True)).to_have_attribute(
        "aria-invalid", "true"
    )
    assert axe_violations(page) == []


def test_new_recovery_codes_replace_the_old_ones(page: Page, portal_url: str) -> None:
    heading = page.get_by_role("heading", level=1)
    old_codes = _HANDED_OUT["recovery_codes"]
    assert isinstance(old_codes, list)
    app = pyotp.TOTP(totp_secret(RENEWING_CONSULTANT.username))
    log_in_with_password(page, portal_url, RENEWING_CONSULTANT.username)
    type_code(page, "Code uit de app", app.now())
    expect(heading).to_have_text("Aanmeldingen")

    page.get_by_role("link", name="Mijn account").click()
    expect(heading).to_have_text("Mijn account")
    expect(page.locator("#herstelcodes-over")).to_have_text(
        "U heeft nog 10 herstelcodes die u niet heeft gebruikt."
    )
    type_code(page, "Code uit de app", "000000")
    expect(page.get_by_role("alert")).to_contain_text("Deze code klopt niet.")
    expect(page.get_by_label("Code uit de app")).to_have_attribute("aria-invalid", "true")
    assert axe_violations(page) == []
    # The login's step is used up; the app's next code is accepted early.
    page.get_by_label("Code uit de app").fill(app.at(time.time() + 30))
    page.get_by_role("button", name="Nieuwe herstelcodes maken").click()
    expect(heading).to_have_text("Uw herstelcodes")
    expect(page.get_by_role("status")).to_have_text(
        "Er zijn tien nieuwe herstelcodes gemaakt. Uw oude herstelcodes werken niet meer."
    )
    new_codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    assert axe_violations(page) == []
    page.get_by_role("link", name="Verder naar het portaal").click()
    expect(heading).to_have_text("Aanmeldingen")
    log_out(page)

    log_in_with_password(page, portal_url, RENEWING_CONSULTANT.username)
    type_code(page, "Herstelcode", old_codes[0])
    expect(page.get_by_role("alert")).to_contain_text("Deze code klopt niet.")
    type_code(page, "Herstelcode", new_codes[0])
    expect(heading).to_have_text("Aanmeldingen")
    page.get_by_role("link", name="Mijn account").click()
    expect(page.locator("#herstelcodes-over")).to_have_text(
        "U heeft nog 9 herstelcodes die u niet heeft gebruikt."
    )


def log_in_as_editor(page: Page, portal_url: str) -> None:
    """The editor's login (his landing page is the knowledge base), reused like `log_in`."""
    if EDITOR.username in _LOGINS:
        page.context.add_cookies(_LOGINS[EDITOR.username])
        page.goto(f"{portal_url}/")
    else:
        log_in_with_password(page, portal_url, EDITOR.username)
        page.get_by_label("Code uit de app").fill(pyotp.TOTP(totp_secret(EDITOR.username)).now())
        page.get_by_role("button", name="Inloggen", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Aanbod")).to_be_visible()
    _LOGINS.setdefault(EDITOR.username, page.context.cookies())


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (1280, 800),
        (320, 640),  # a small phone
        (640, 400),  # 1280 x 800 at 200 % zoom
    ],
)
def test_the_editors_pages_fit_small_screens_and_have_no_wcag_violations(
    page: Page, portal_url: str, width: int, height: int
) -> None:
    page.set_viewport_size({"width": width, "height": height})
    log_in_as_editor(page, portal_url)
    for path in EDITOR_PAGES:
        page.goto(portal_url + path)
        assert fits_the_width(page), f"{path} scrolls sideways at {width} px"
        assert axe_violations(page) == [], path


def test_the_editors_form_error_and_preview_have_no_wcag_violations(
    page: Page, portal_url: str
) -> None:
    log_in_as_editor(page, portal_url)
    page.goto(f"{portal_url}/aanbod/aanbod/{ZWOLLE_OFFER}")
    page.get_by_label("Geldig tot en met").fill("31-12-2027")
    page.get_by_label("lotgenoten").uncheck()
    page.get_by_label("emotionele steun").uncheck()
    page.get_by_role("button", name="Opslaan en bekijken").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Er is iets niet goed ingevuld")
    field = page.get_by_label("Geldig tot en met")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "Vul een datum in als jjjj-mm-dd" in field.evaluate(
        "el => el.getAttribute('aria-describedby').split(' ')"
        ".map(id => document.getElementById(id).textContent).join(' ')"
    )
    expect(page.get_by_role("group", name="Waar helpt het bij?")).to_contain_text(
        "Kies er minstens één."
    )
    assert axe_violations(page) == []
    summary.get_by_role("link", name=re.compile("Geldig tot en met")).click()
    assert page.evaluate("() => location.hash") == "#veld-valid-until"

    page.get_by_label("Geldig tot en met").fill("2027-12-31")
    page.get_by_label("lotgenoten").check()
    page.get_by_role("button", name="Opslaan en bekijken").click()
    expect(page.get_by_role("region", name="Zo laat de chat het zien")).to_contain_text(
        "Mantelzorgcafé De Vonk"
    )
    assert axe_violations(page) == []


def test_the_inbox_screenshot(page: Page, portal_url: str) -> None:
    """docs/screenshots/portal-inbox.png: the columns, an overdue row and the filters."""
    log_in(page, portal_url, "anna")
    page.goto(f"{portal_url}/?status=alle")
    expect(page.locator("tbody tr").first).to_be_visible()
    screenshots = PROJECT_ROOT / "docs" / "screenshots"
    if screenshots.exists():
        page.screenshot(path=str(screenshots / "portal-inbox.png"), full_page=True)
