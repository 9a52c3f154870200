"""How the tests reach into the widget (it lives in an open shadow root, which Playwright's CSS
locators pierce)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page

from bot.settings import PROJECT_ROOT

AXE = PROJECT_ROOT / "widget" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
STORAGE_KEY = "steunwijzer.v1"
LAUNCHER_NAME = "Chat met ons: Steunwijzer"


def launcher(page: Page) -> Locator:
    return page.get_by_role("button", name=LAUNCHER_NAME)


def panel(page: Page) -> Locator:
    return page.locator("#sw-panel")


def log(page: Page) -> Locator:
    return page.get_by_role("log", name="Gesprek")


def message_input(page: Page) -> Locator:
    return page.get_by_label("Uw bericht")


def bubbles(page: Page, who: str) -> Locator:
    return page.locator(f".sw-msg--{who} .sw-bubble")


def focused(page: Page) -> str:
    """`#id` or `.first-class` of the focused element, looking inside the widget's shadow root."""
    return page.evaluate(
        """() => {
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el) return "";
            return el.id ? "#" + el.id : "." + (el.classList[0] || el.tagName.toLowerCase());
        }"""
    )


def open_by_keyboard(page: Page, max_tabs: int = 40) -> None:
    """Tab from the top of the page to the launcher and press Enter, like a keyboard user."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if focused(page) == ".sw-launcher":
            page.keyboard.press("Enter")
            wait_until_online(page)
            return
    pytest.fail(f"the launcher was not reached with {max_tabs} presses of Tab")


def open_by_click(page: Page) -> None:
    launcher(page).click()
    wait_until_online(page)


def wait_until_online(page: Page) -> None:
    page.locator("#sw-panel[data-connection=online]").wait_for()


def send(page: Page, text: str) -> None:
    field = message_input(page)
    field.fill(text)
    field.press("Enter")


def wait_for_bot(page: Page, text: str) -> Locator:
    reply = bubbles(page, "bot").filter(has_text=text).last
    reply.wait_for()
    return reply


def stored_state(page: Page) -> dict:
    return json.loads(page.evaluate(f"() => sessionStorage.getItem('{STORAGE_KEY}') || 'null'"))


def store_conversation(page: Page, messages: list[dict], *, open_panel: bool = True) -> None:
    """Put a conversation in sessionStorage and reload, as if it had happened in this tab."""
    state = {
        "sessionId": "0123456789abcdef0123456789abcdef",
        "messages": messages,
        "noticeSeen": True,
        "open": open_panel,
    }
    page.evaluate(
        "([key, value]) => sessionStorage.setItem(key, value)", [STORAGE_KEY, json.dumps(state)]
    )
    page.reload()


def axe_violations(page: Page) -> list[dict]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` in widget/")
    page.add_script_tag(path=str(Path(AXE)))
    result = page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map((n) => JSON.stringify(n.target)),
            }));
        }""",
        WCAG_TAGS,
    )
    return result
