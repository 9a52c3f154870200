"""The Cijfers pages in Debian's Chromium: a gemeente account logs in, sees the demo figures with
a chart and a table per subject, and axe-core finds no WCAG 2.1 AA violation on the dashboard,
the pooled view, the region and the quarterly report, also on a small screen. Screenshots of the dashboard
and the report are taken, and copied into docs/screenshots/ with STEUNWIJZER_UPDATE_SCREENSHOTS=1.

The portal runs in-process on a free port (uvicorn in a thread), on its own SQLite file with the
simulated demo events (bot.insights.demo), as tests/portal/test_pages_browser.py does.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from bot.db import create_session_factory
from bot.insights.demo import seed_demo
from bot.portal import users
from bot.settings import PROJECT_ROOT
from knowledge.models import GemeenteRow
from tests.browser.widget import axe_violations
from tests.chromium import DESKTOP
from tests.portal.conftest import (
    FAST_HASHER,
    PASSWORD,
    START,
    create_database,
    served_portal,
    set_up_app,
    totp_secret,
)

SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
MAX_BYTES = 300_000  # small enough to commit
PAGES = [
    "/cijfers",
    "/cijfers?gemeente=samen",
    "/cijfers?gemeente=GM0193",
    "/cijfers?gemeente=regio-overijssel",
    "/cijfers/rapport?gemeente=GM0193",
]


@pytest.fixture(scope="module")
def portal_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("insights")
    db_url = f"sqlite:///{tmp_path / 'app.db'}"
    engine = create_database(db_url)
    sessions = create_session_factory(engine)
    with sessions() as session, session.begin():
        session.add(GemeenteRow(code="GM0193", name="Zwolle", provincie="Overijssel"))
        session.add(GemeenteRow(code="GM0166", name="Kampen", provincie="Overijssel"))
    today = datetime.now(timezone.utc).date()
    seed_demo(sessions, today, {"GM0193": ["gm0193_dagbesteding", "gm0193_mantelzorgcafe"]})
    users.create_user(
        sessions,
        username="bea",
        display_name="Bea Beleid",
        role="gemeente",
        steunpunt_id="",
        password=PASSWORD,
        now=START,
        hasher=FAST_HASHER,
        gemeenten=("GM0193", "GM0166"),
    )
    set_up_app(sessions, "bea")
    with served_portal(tmp_path, db_url, sessions) as url:
        yield url
    engine.dispose()


@pytest.fixture(scope="module")
def logged_in(browser: Browser, portal_url: str) -> Iterator[BrowserContext]:
    """One login for the module: an app code is accepted once per 30 seconds."""
    # bypass_csp: axe-core is injected as an inline script, which the portal's CSP forbids.
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(f"{portal_url}/login")
    page.get_by_label("Gebruikersnaam").fill("bea")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_label("Code uit de app").fill(pyotp.TOTP(totp_secret("bea")).now())
    page.get_by_role("button", name="Inloggen", exact=True).click()
    # The inbox is not hers: she lands on the figures of her first gemeente (by CBS code).
    expect(page.get_by_role("heading", level=1, name="Cijfers: Kampen")).to_be_visible()
    page.close()
    yield context
    context.close()


def _screenshot(page: Page, name: str, folder: Path) -> None:
    """The top of the page (the headline); always taken, copied into docs/screenshots/ with
    STEUNWIJZER_UPDATE_SCREENSHOTS=1, as tests/browser/test_screenshots.py does."""
    shot = folder / name
    page.screenshot(path=str(shot), clip={"x": 0, "y": 0, "width": 1280, "height": 1500})
    assert 0 < shot.stat().st_size < MAX_BYTES
    if os.environ.get("STEUNWIJZER_UPDATE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOTS / name)


def test_the_dashboard_shows_the_demo_figures_with_charts_and_tables(
    logged_in: BrowserContext, portal_url: str, tmp_path: Path
) -> None:
    page = logged_in.new_page()
    page.goto(f"{portal_url}/cijfers?gemeente=GM0193")
    expect(page.get_by_text("Deze cijfers zijn verzonnen")).to_be_visible()
    headline = page.get_by_role("heading", level=2).first
    expect(headline).to_have_text("Waar vinden mantelzorgers geen hulp in de buurt?")
    expect(
        page.get_by_role("img", name="Waar vinden mantelzorgers geen hulp in de buurt?")
    ).to_be_visible()
    expect(page.get_by_role("table", name="Tabel: bereik")).to_be_visible()
    expect(
        page.get_by_role("link", name=re.compile(r"^Download deze tabel als CSV ?: Bereik$"))
    ).to_be_visible()
    _screenshot(page, "portal-cijfers.png", tmp_path)
    # Choosing another gemeente and period is a plain form: no script.
    page.get_by_label("Gemeente").select_option("GM0166")
    page.get_by_role("button", name="Toon de cijfers").click()
    expect(page.get_by_role("heading", level=1, name="Cijfers: Kampen")).to_be_visible()
    expect(page.get_by_text("< 10").first).to_be_visible()
    page.close()


@pytest.mark.parametrize("path", PAGES)
def test_the_figures_pages_have_no_wcag_violations(
    logged_in: BrowserContext, portal_url: str, path: str, tmp_path: Path
) -> None:
    page = logged_in.new_page()
    page.goto(portal_url + path)
    assert axe_violations(page) == []
    if path.startswith("/cijfers/rapport"):
        page.emulate_media(media="print")
        _screenshot(page, "portal-kwartaalrapport.png", tmp_path)
    page.close()


def test_the_dashboard_fits_a_small_screen(logged_in: BrowserContext, portal_url: str) -> None:
    page = logged_in.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{portal_url}/cijfers")
    fits = page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert fits, "the figures scroll sideways at 320 px"
    assert axe_violations(page) == []
    page.close()


def test_the_page_has_no_script(logged_in: BrowserContext, portal_url: str) -> None:
    page = logged_in.new_page()
    response = page.goto(f"{portal_url}/cijfers")
    assert response is not None and "<script" not in response.text()
    page.close()
