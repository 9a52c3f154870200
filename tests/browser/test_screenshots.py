"""Screenshots of the widget for docs/screenshots/ (and for people reviewing a change).

They are always taken; `STEUNWIJZER_UPDATE_SCREENSHOTS=1` copies them into docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from bot.settings import PROJECT_ROOT
from tests.browser.widget import log, open_by_click, send, wait_for_bot

SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
MAX_BYTES = 250_000  # small enough to commit


@pytest.mark.parametrize(
    ("name", "width", "height", "zoom", "conversation"),
    [
        ("widget-first-open", 1280, 800, 1, False),
        ("widget-desktop", 1280, 800, 1, True),
        ("widget-320px", 320, 640, 1, True),
        # A 1280 x 800 screen at 200 % zoom: 640 x 400 css pixels, drawn twice as large.
        ("widget-zoom-200", 640, 400, 2, True),
    ],
)
def test_screenshot(
    browser: Browser,
    site: str,
    tmp_path: Path,
    name: str,
    width: int,
    height: int,
    zoom: int,
    conversation: bool,
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        device_scale_factor=zoom,
        locale="nl-NL",
        reduced_motion="reduce",  # no half-faded panel in the picture
    )
    try:
        page = context.new_page()
        page.goto(site)
        open_by_click(page)
        if conversation:
            send(page, "hallo")
            wait_for_bot(page, "Hallo, fijn dat u er bent")
            send(page, "wat kun je")
            wait_for_bot(page, "Ik help mantelzorgers")
            expect(log(page).get_by_role("button", name="Met iemand praten")).to_be_attached()
        page.locator(".sw-typing").wait_for(state="hidden")

        shot = tmp_path / f"{name}.png"
        page.screenshot(path=str(shot))
    finally:
        context.close()

    assert 0 < shot.stat().st_size < MAX_BYTES
    if os.environ.get("STEUNWIJZER_UPDATE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOTS / shot.name)
