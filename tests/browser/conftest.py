"""Headless Debian Chromium driven by Playwright against the running product."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Browser, BrowserContext

from bot.settings import Settings
from tests.chromium import DESKTOP
from tests.support import free_port


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL")
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture
def site(product: Settings) -> str:
    """The demo gemeente page, at the address `make run` prints."""
    return f"http://localhost:{product.web_port}/"


@dataclass
class OtherSite:
    """A web site on another origin that embeds the widget; the test sets its page."""

    url: str
    html: str = ""


@pytest.fixture
def other_site() -> Iterator[OtherSite]:
    # A real server on loopback: Chromium will not let a page it cannot place (such as one faked
    # with page.route) reach localhost at all, which would hide what our server does.
    port = free_port()
    site = OtherSite(url=f"http://127.0.0.1:{port}/")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = site.html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()
