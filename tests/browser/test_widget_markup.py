"""Markup in what the assistant sends is shown as text by the widget: bot text and quick-reply
titles (what the user types is checked in test_widget.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.widget import bubbles, log, store_conversation

ATTACKS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    "<svg onload=alert(3)></svg>",
    '<iframe src="javascript:alert(4)"></iframe>',
]


def widget_tags(page: Page) -> set[str]:
    return set(
        page.evaluate(
            """() => {
                const root = document.querySelector('#steunwijzer-widget').shadowRoot;
                return [...root.querySelectorAll('.sw-log *')].map((el) => el.tagName.toLowerCase());
            }"""
        )
    )


@pytest.mark.parametrize("attack", ATTACKS)
def test_markup_from_the_assistant_stays_text(page: Page, site: str, attack: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site)
    scripts_before = page.evaluate("() => document.scripts.length")

    store_conversation(
        page,
        [
            {"from": "user", "text": "hallo"},
            {
                "from": "bot",
                "text": f"Voor {attack} na",
                "quickReplies": [{"title": f"Kies {attack}", "payload": "/affirm"}],
            },
        ],
    )

    expect(bubbles(page, "bot").last).to_contain_text(f"Voor {attack} na")
    expect(log(page).get_by_role("button", name=f"Kies {attack}")).to_be_visible()
    assert not {"img", "script", "svg", "iframe"} & widget_tags(page)
    assert page.evaluate("() => document.scripts.length") == scripts_before
    page.wait_for_timeout(300)  # an onerror or onload handler would have run by now
    assert dialogs == []
