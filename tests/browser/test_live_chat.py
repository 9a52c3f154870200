"""Done when #20: a caregiver in the widget asks for a person; a consultant in a second browser
context sees the chat appear with its summary (pushed by server-sent events, no reload), takes
it, and they exchange messages both ways; the consultant hands back and the assistant answers
again. Amersfoort: no other browser test makes a consultant available there."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from playwright.sync_api import Browser, Page, expect

from bot.settings import PROJECT_ROOT, Settings
from tests.browser.test_handoff_to_portal import _add_consultant, _log_in
from tests.browser.widget import axe_violations, bubbles, open_by_click, send, wait_for_bot
from tests.chromium import DESKTOP

SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
STEUNPUNT = "gm0307_steunpunt"
ALWAYS_OPEN = "maandag tot en met zondag, 0.00 tot 24.00 uur (voorbeeld)"


def _held_message(settings: Settings, text: str) -> int:
    """A consultant's message in the taken chat that a replica holds for a long while, so none
    sends it before the test fails it."""
    later = (datetime.now(timezone.utc) + timedelta(hours=1)).replace(tzinfo=None)
    with sqlite3.connect(settings.var_dir / "app.db") as db:
        (chat_id,) = db.execute(
            "select id from live_chats where steunpunt_id = ? and status = 'taken'", (STEUNPUNT,)
        ).fetchone()
        cursor = db.execute(
            "insert into live_messages (chat_id, author, text, crisis, created_at, attempts,"
            " claimed_until, claim_token) values (?, 'consultant', ?, 0, ?, 1, ?, 'test')",
            (chat_id, text, str(datetime.now(timezone.utc).replace(tzinfo=None)), str(later)),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid


def _fail(settings: Settings, message_id: int) -> None:
    now = str(datetime.now(timezone.utc).replace(tzinfo=None))
    with sqlite3.connect(settings.var_dir / "app.db") as db:
        db.execute(
            "update live_messages set failed_at = ?, claimed_until = null, claim_token = null"
            " where id = ?",
            (now, message_id),
        )


def _opening_hours(settings: Settings, hours: str | None) -> str | None:
    with sqlite3.connect(settings.var_dir / "app.db") as db:
        (before,) = db.execute(
            "select opening_hours from steunpunten where id = ?", (STEUNPUNT,)
        ).fetchone()
        db.execute("update steunpunten set opening_hours = ? where id = ?", (hours, STEUNPUNT))
    return before


def test_a_consultant_joins_the_widget_chat_and_hands_back(
    product: Settings, page: Page, browser: Browser, site: str
) -> None:
    before = _opening_hours(product, ALWAYS_OPEN)  # the test must not depend on the clock
    # bypass_csp: axe-core is injected as an inline script, which the portal's CSP forbids.
    consultant = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    consultant.set_default_timeout(30_000)
    try:
        portal = consultant.new_page()
        code = _add_consultant(product, "anne.amersfoort", STEUNPUNT)
        _log_in(portal, product, "anne.amersfoort", code)
        portal.goto(f"http://127.0.0.1:{product.web_port}/portal/live")
        portal.get_by_role("button", name="Ik ben beschikbaar").click()
        expect(portal.locator("main")).to_contain_text("U bent beschikbaar voor chats")

        page.goto(site)
        open_by_click(page)
        send(page, "ik zorg voor mijn moeder met dementie, ik wil iemand spreken")
        wait_for_bot(page, "gemeente")
        send(page, "Amersfoort")
        wait_for_bot(page, "U kunt meteen met een consulent chatten")
        page.get_by_role("button", name="Nu chatten met een consulent").click()
        wait_for_bot(page, "komt dan in dit gesprek")
        page.get_by_role("button", name="Ja, dat is goed").click()
        wait_for_bot(page, "Ik zoek een consulent voor u")

        queue = portal.locator("#live-queue")
        expect(queue).to_contain_text("Amersfoort")  # pushed: the page was not reloaded
        expect(queue).to_contain_text("dementie")
        expect(queue).to_contain_text("via chat op de website")
        if SCREENSHOTS.exists():
            portal.screenshot(path=str(SCREENSHOTS / "portal-live-queue.png"), full_page=True)
        assert axe_violations(portal) == []
        queue.get_by_role("button", name="Overnemen").click()
        expect(portal.get_by_role("heading", level=1)).to_contain_text("Chat met")

        wait_for_bot(page, "Anne.Amersfoort van Mantelzorg Amersfoort (voorbeeld) is er nu.")
        wait_for_bot(page, "U praat nu met een mens.")

        send(page, "Fijn dat u er bent, ik ben zo moe")
        expect(portal.locator("#live-messages")).to_contain_text("ik ben zo moe")
        # The assistant is silent, and the widget does not keep showing its typing dots.
        expect(page.locator(".sw-typing")).to_be_hidden(timeout=5_000)
        portal.get_by_label("Uw bericht").fill("Wat naar om te horen. Vertelt u eens?")
        portal.get_by_role("button", name="Versturen").click()
        wait_for_bot(page, "Wat naar om te horen. Vertelt u eens?")
        expect(bubbles(page, "bot").filter(has_text="ik zo moe")).to_have_count(0)
        if SCREENSHOTS.exists():
            portal.screenshot(path=str(SCREENSHOTS / "portal-live-chat.png"), full_page=True)
            page.screenshot(path=str(SCREENSHOTS / "widget-live-chat.png"))
        assert axe_violations(portal) == []

        # A message on the page that then fails for good is marked in words, without a reload.
        held = _held_message(product, "Bent u er nog?")
        expect(portal.locator(f'li[data-id="{held}"]')).to_contain_text("Bent u er nog?")
        _fail(product, held)
        expect(portal.locator(f'li[data-id="{held}"]')).to_contain_text("Niet afgeleverd")
        assert axe_violations(portal) == []

        portal.get_by_role("button", name="Teruggeven aan de assistent").click()
        wait_for_bot(page, "U praat nu weer met de digitale assistent")
        count = bubbles(page, "bot").count()
        send(page, "dank u wel")
        expect(bubbles(page, "bot")).not_to_have_count(count)
    finally:
        _opening_hours(product, before)
        consultant.close()
        with sqlite3.connect(product.var_dir / "app.db") as db:
            db.execute("delete from live_consultants where username = 'anne.amersfoort'")
