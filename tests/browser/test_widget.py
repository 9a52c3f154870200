"""The chat widget on the demo gemeente page, in headless Chromium, against the running product."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, WebSocket, expect

from bot.settings import Settings
from tests.browser.conftest import OtherSite
from tests.browser.widget import (
    axe_violations,
    bubbles,
    focused,
    launcher,
    log,
    message_input,
    open_by_click,
    open_by_keyboard,
    panel,
    send,
    store_conversation,
    stored_state,
    wait_for_bot,
)
from tests.support import free_port

GREETING = "Hallo, fijn dat u er bent"
HUMAN_REPLY = "In welke gemeente woont u?"


def test_opens_by_keyboard_and_answers_in_dutch(page: Page, site: str) -> None:
    page.goto(site)
    expect(launcher(page)).to_have_attribute("aria-expanded", "false")

    open_by_keyboard(page)

    assert focused(page) == "#sw-input"
    expect(panel(page)).to_be_visible()
    expect(page.locator("#steunwijzer-widget")).to_have_attribute("lang", "nl")
    notice = page.locator(".sw-notice")
    expect(notice).to_contain_text("U chat met een computer")
    expect(notice.get_by_role("link", name=re.compile("privacyverklaring"))).to_have_attribute(
        "href", re.compile(r"/privacy$")
    )

    page.keyboard.type("hallo")
    page.keyboard.press("Enter")

    expect(bubbles(page, "user").last).to_have_text("U: hallo")
    wait_for_bot(page, GREETING)
    assert focused(page) == "#sw-input"
    expect(message_input(page)).to_have_value("")

    page.keyboard.press("Escape")

    expect(panel(page)).to_be_hidden()
    assert focused(page) == ".sw-launcher"
    expect(launcher(page)).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("question", ["wat kun je", "wat kun je allemaal"])
def test_quick_reply_sends_its_payload_and_shows_its_title(
    page: Page, site: str, question: str
) -> None:
    sent: list[str] = []

    def record(websocket: WebSocket) -> None:
        websocket.on("framesent", lambda payload: sent.append(str(payload)))

    page.on("websocket", record)
    page.goto(site)
    open_by_click(page)
    send(page, question)
    reply = wait_for_bot(page, "Ik help mantelzorgers")
    quick_reply = log(page).get_by_role("button", name="Met iemand praten")
    expect(quick_reply).to_be_visible()
    expect(reply).to_contain_text("Ik ben geen arts.")

    quick_reply.click()

    expect(bubbles(page, "user").last).to_have_text("U: Met iemand praten")
    wait_for_bot(page, HUMAN_REPLY)
    assert any('"message":"/request_human"' in frame for frame in sent), sent
    # The used quick replies are gone; only the new question's choice is offered.
    expect(log(page).get_by_role("button", name="Met iemand praten")).to_have_count(0)
    expect(log(page).locator(".sw-replies")).to_have_count(1)
    expect(log(page).get_by_role("button", name="Zeg ik liever niet")).to_be_visible()
    assert focused(page) == "#sw-input"


def test_ask_for_a_person_is_always_there(page: Page, site: str) -> None:
    page.goto(site)
    open_by_click(page)
    toolbar_button = page.locator(".sw-toolbar").get_by_role("button", name="Ik wil iemand spreken")
    expect(toolbar_button).to_be_visible()

    toolbar_button.click()

    wait_for_bot(page, HUMAN_REPLY)
    expect(bubbles(page, "user")).to_have_text(["U: Ik wil iemand spreken"])


def test_reload_continues_the_conversation_and_clearing_wipes_it(page: Page, site: str) -> None:
    page.goto(site)
    open_by_click(page)
    send(page, "hallo")
    wait_for_bot(page, GREETING)
    session_id = stored_state(page)["sessionId"]
    assert re.fullmatch(r"[0-9a-f]{32}", session_id)

    page.reload()

    expect(panel(page)).to_be_visible()
    expect(bubbles(page, "user")).to_have_text(["U: hallo"])
    expect(bubbles(page, "bot").first).to_contain_text(GREETING)
    assert stored_state(page)["sessionId"] == session_id
    assert page.evaluate("() => localStorage.length") == 0
    # The same conversation goes on after the reload: the reply reaches this tab.
    page.locator("#sw-panel[data-connection=online]").wait_for()
    send(page, "dank je wel")
    wait_for_bot(page, "Graag gedaan")

    page.get_by_role("button", name="Gesprek wissen").click()

    expect(bubbles(page, "user")).to_have_count(0)
    expect(bubbles(page, "bot")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("Het gesprek is gewist uit deze browser.")
    state = stored_state(page)
    assert state["messages"] == []
    assert state["sessionId"] != session_id
    assert focused(page) == "#sw-input"
    page.reload()
    expect(bubbles(page, "user")).to_have_count(0)
    expect(page.locator(".sw-notice")).to_be_visible()


def test_new_conversation_starts_with_a_new_session(page: Page, site: str) -> None:
    page.goto(site)
    open_by_click(page)
    send(page, "hallo")
    wait_for_bot(page, GREETING)
    old_session = stored_state(page)["sessionId"]

    page.get_by_role("button", name="Nieuw gesprek").click()

    expect(bubbles(page, "user")).to_have_count(0)
    expect(log(page)).to_contain_text("Typ hieronder uw vraag.")
    page.locator("#sw-panel[data-connection=online]").wait_for()
    assert stored_state(page)["sessionId"] != old_session
    send(page, "hallo")
    wait_for_bot(page, GREETING)
    expect(bubbles(page, "bot")).to_have_count(1)


@pytest.mark.parametrize(
    "typed",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "<b>vet</b> & <i>schuin</i>",
    ],
)
def test_what_the_user_types_is_shown_as_text(page: Page, site: str, typed: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site)
    open_by_click(page)
    scripts_before = page.evaluate("() => document.scripts.length")

    send(page, typed)

    expect(bubbles(page, "user").last).to_have_text(f"U: {typed}")
    expect(bubbles(page, "user").last).to_be_visible()
    shadow_elements = page.evaluate(
        """() => {
            const root = document.querySelector('#steunwijzer-widget').shadowRoot;
            return [...root.querySelectorAll('.sw-log *')].map((el) => el.tagName.toLowerCase());
        }"""
    )
    assert not {"script", "img", "b", "i"} & set(shadow_elements), shadow_elements
    assert page.evaluate("() => document.scripts.length") == scripts_before
    assert dialogs == []


def test_bot_text_gets_line_breaks_and_only_http_links(page: Page, site: str) -> None:
    page.goto(site)
    store_conversation(
        page,
        [
            {"from": "user", "text": "waar vind ik hulp?"},
            {
                "from": "bot",
                "text": (
                    "Kijk op https://www.example.org/mantelzorg.\n"
                    "Of lees [de folder](https://example.org/folder.pdf).\n"
                    "Niet: javascript:alert(1) en [klik](javascript:alert(2)) "
                    '<a href="https://evil.example">x</a>'
                ),
                "quickReplies": [{"title": "Met iemand praten", "payload": "/request_human"}],
            },
        ],
    )

    bot = bubbles(page, "bot").last
    expect(bot).to_be_visible()
    links = bot.get_by_role("link")
    # The HTML stays text; only the https address inside it becomes a link, as any address would.
    expect(links).to_have_count(3)
    expect(links.nth(0)).to_have_attribute("href", "https://www.example.org/mantelzorg")
    expect(links.nth(0)).to_contain_text("https://www.example.org/mantelzorg")
    expect(links.nth(1)).to_have_attribute("href", "https://example.org/folder.pdf")
    expect(links.nth(1)).to_contain_text("de folder")
    expect(links.nth(0)).to_have_attribute("rel", "noopener noreferrer")
    expect(bot.locator("br")).to_have_count(2)
    expect(links.nth(2)).to_have_attribute("href", "https://evil.example/")
    expect(bot).to_contain_text('<a href="')
    expect(bot).to_contain_text('">x</a>')
    expect(bot.locator("a[href^='javascript']")).to_have_count(0)
    expect(bot).to_contain_text("[klik](javascript:alert(2))")
    # The last bot message keeps its quick replies after a reload.
    expect(log(page).get_by_role("button", name="Met iemand praten")).to_be_visible()


def test_offline_shows_a_calm_status_and_keeps_the_message(page: Page, site: str) -> None:
    dead = free_port()  # nothing listens here
    test_page = f"{site}offline-test"
    script_src = f"{site}static/widget/steunwijzer.js"
    page.route(
        test_page,
        lambda route: route.fulfill(
            content_type="text/html",
            body=(
                '<!doctype html><html lang="nl"><head><title>Test</title></head><body>'
                f'<script src="{script_src}" data-assistant-url="http://127.0.0.1:{dead}" defer>'
                "</script></body></html>"
            ),
        ),
    )
    page.goto(test_page)
    launcher(page).click()

    status = page.get_by_role("status")
    expect(status).to_have_text(re.compile("De verbinding is even weg"))
    expect(panel(page)).to_have_attribute("data-connection", "offline")
    send(page, "hallo")

    expect(status).to_have_text(re.compile("Uw bericht is nog niet verstuurd"))
    expect(message_input(page)).to_have_value("hallo")
    expect(bubbles(page, "user")).to_have_count(0)


def test_a_page_on_another_site_cannot_open_the_chat(
    page: Page, product: Settings, site: str, other_site: OtherSite
) -> None:
    other_site.html = (
        '<!doctype html><html lang="nl"><head><title>Elders</title></head><body>'
        f'<script src="{site}static/widget/steunwijzer.js" '
        f'data-assistant-url="{product.public_rasa_url}" defer></script></body></html>'
    )
    page.goto(other_site.url)
    launcher(page).click()

    expect(panel(page)).to_have_attribute("data-connection", "offline")
    expect(page.get_by_role("status")).to_have_text(re.compile("De verbinding is even weg"))


@pytest.mark.parametrize(
    ("given", "expected_rgb"),
    [
        ("#7a1f5c", "rgb(122, 31, 92)"),  # dark enough: used
        ("#ffdd00", "rgb(11, 83, 148)"),  # yellow on white fails 4.5:1: our blue instead
        ("#999999", "rgb(11, 83, 148)"),  # grey fails too
        ("red; background: url(x)", "rgb(11, 83, 148)"),  # not a colour at all
    ],
)
def test_colour_keeps_contrast(page: Page, site: str, given: str, expected_rgb: str) -> None:
    test_page = f"{site}colour-test"
    page.route(
        test_page,
        lambda route: route.fulfill(
            content_type="text/html",
            body=(
                '<!doctype html><html lang="nl"><head><title>Kleur</title></head><body>'
                f'<script src="{site}static/widget/steunwijzer.js" '
                f'data-assistant-url="http://127.0.0.1:9" data-color="{given}" defer></script>'
                "</body></html>"
            ),
        ),
    )
    page.goto(test_page)

    expect(launcher(page)).to_have_css("background-color", expected_rgb)


def test_no_wcag_violations_on_the_open_widget(page: Page, site: str) -> None:
    page.goto(site)
    open_by_click(page)
    # First open: the privacy notice is showing.
    assert axe_violations(page) == []

    send(page, "wat kun je")
    wait_for_bot(page, "Ik help mantelzorgers")
    expect(log(page).get_by_role("button", name="Met iemand praten")).to_be_visible()
    message_input(page).focus()

    assert axe_violations(page) == []


def test_privacy_page_has_no_wcag_violations(page: Page, site: str) -> None:
    page.goto(f"{site}privacy")

    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (320, 640),  # a small phone
        (640, 400),  # 1280 x 800 at 200 % zoom
    ],
)
def test_fits_small_screens_and_zoom(page: Page, site: str, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site)
    open_by_click(page)
    send(page, "wat kun je")
    wait_for_bot(page, "Ik help mantelzorgers")

    box = panel(page).bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    no_sideways_scroll = page.evaluate(
        """() => {
            const panel = document.querySelector('#steunwijzer-widget').shadowRoot
                .querySelector('#sw-panel');
            const page = document.scrollingElement;
            return panel.scrollWidth <= panel.clientWidth && page.scrollWidth <= page.clientWidth;
        }"""
    )
    assert no_sideways_scroll
    for control in [
        page.get_by_role("button", name="Chat sluiten"),
        page.locator(".sw-toolbar").get_by_role("button", name="Ik wil iemand spreken"),
        page.get_by_role("button", name="Gesprek wissen"),
        message_input(page),
        page.get_by_role("button", name="Verstuur"),
    ]:
        control.scroll_into_view_if_needed()
        expect(control).to_be_in_viewport()
    assert axe_violations(page) == []


def test_honours_reduced_motion(page: Page, site: str) -> None:
    page.emulate_media(reduced_motion="reduce")
    page.goto(site)
    open_by_click(page)

    animations = page.evaluate(
        """() => {
            const root = document.querySelector('#steunwijzer-widget').shadowRoot;
            return [root.querySelector('#sw-panel'), root.querySelector('.sw-dots span')]
                .map((el) => getComputedStyle(el).animationName);
        }"""
    )
    assert animations == ["none", "none"]
