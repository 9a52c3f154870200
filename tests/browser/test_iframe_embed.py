"""The iframe embed (/chat): the chat works inside a gemeente page's frame, keeps the conversation
out of that page's reach, and only the allowed sites may frame it."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Frame, Page, expect

from bot.settings import Settings
from tests.browser.conftest import OtherSite
from tests.browser.widget import axe_violations

GREETING = "Hallo, fijn dat u er bent"


def host_page(chat_url: str) -> str:
    return (
        '<!doctype html><html lang="nl"><head><title>Mantelzorg</title></head><body><main>'
        "<h1>Mantelzorg</h1>"
        f'<iframe src="{chat_url}" title="Steunwijzer: chat voor mantelzorgers" '
        'style="width: 25em; height: 40em; border: 0"></iframe></main></body></html>'
    )


def chat_frame(page: Page) -> Frame:
    frame = page.frame(url=re.compile(r"/chat$"))
    assert frame is not None, f"the chat frame did not load: {[f.url for f in page.frames]}"
    return frame


def test_the_chat_works_in_a_frame_and_the_page_cannot_read_it(
    page: Page, product: Settings
) -> None:
    # The demo gemeente page on an allowed origin (127.0.0.1) frames the chat at its public address
    # (localhost): two origins, as on a real gemeente site.
    page.goto(f"http://127.0.0.1:{product.web_port}/voorbeeld-iframe")
    frame = chat_frame(page)

    frame.locator("#sw-panel[data-connection=online]").wait_for()
    expect(frame.get_by_role("button", name=re.compile("Chat met ons"))).to_be_hidden()
    field = frame.get_by_label("Uw bericht")
    field.fill("hallo")
    field.press("Enter")
    frame.locator(".sw-msg--bot .sw-bubble").filter(has_text=GREETING).last.wait_for()

    # The gemeente page's own storage holds nothing of the conversation. (Here the frame is on
    # another site, so Chromium does not even give it storage: the chat works without it.)
    assert page.evaluate("() => sessionStorage.length") == 0
    assert "hallo" not in page.content()
    # Escape does not close a chat that is the whole page.
    field.press("Escape")
    expect(frame.locator("#sw-panel")).to_be_visible()
    assert axe_violations(page) == []
    assert axe_violations(frame) == []  # type: ignore[arg-type]  (a Frame has what it uses)


def test_only_the_allowed_sites_may_frame_the_chat(product: Settings) -> None:
    response = httpx.get(f"http://127.0.0.1:{product.web_port}/chat", timeout=10)

    policy = response.headers["content-security-policy"]
    assert policy.startswith("frame-ancestors 'self' ")
    assert set(policy.split()[2:]) == set(product.allowed_origins)
    assert 'data-embedded="page"' in response.text


def test_a_site_that_is_not_allowed_gets_an_empty_frame(
    page: Page, product: Settings, other_site: OtherSite
) -> None:
    other_site.html = host_page(f"http://localhost:{product.web_port}/chat")

    page.goto(other_site.url, wait_until="load")  # "load" waits for the frame, blocked or not

    frame = page.frame(url=re.compile(r"/chat$"))
    assert frame is None or frame.locator("#sw-panel").count() == 0
