"""The socket.io channel refuses browsers from sites that are not configured (no browser needed)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx
import pytest
import websockets
from websockets.exceptions import InvalidStatusCode

from bot.settings import Settings

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own: Playwright's sync API may own this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(asyncio.run, coroutine).result()


def _polling_handshake(settings: Settings, origin: str) -> httpx.Response:
    return httpx.get(
        f"http://127.0.0.1:{settings.rasa_port}/socket.io/",
        params={"EIO": "4", "transport": "polling"},
        headers={"Origin": origin},
        timeout=10,
    )


@pytest.mark.parametrize(
    "origin",
    [
        "http://evil.example",
        "https://localhost",  # right host, wrong scheme and port
        "http://localhost:1",
        "null",  # sandboxed frames and file:// pages
    ],
)
def test_polling_handshake_from_another_origin_is_refused(product: Settings, origin: str) -> None:
    response = _polling_handshake(product, origin)

    assert response.status_code == 400
    assert "not an accepted origin" in response.text
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_polling_handshake_from_the_web_app_is_accepted(product: Settings, host: str) -> None:
    origin = f"http://{host}:{product.web_port}"

    response = _polling_handshake(product, origin)

    assert response.status_code == 200
    assert response.text.startswith("0{")  # engine.io "open" packet
    assert response.headers["access-control-allow-origin"] == origin


async def _open_websocket(settings: Settings, origin: str) -> str:
    uri = f"ws://127.0.0.1:{settings.rasa_port}/socket.io/?EIO=4&transport=websocket"
    async with websockets.connect(uri, origin=origin, open_timeout=10) as socket:
        return await asyncio.wait_for(socket.recv(), timeout=10)


def test_websocket_from_another_origin_is_refused(product: Settings) -> None:
    with pytest.raises(InvalidStatusCode) as refused:
        run(_open_websocket(product, "http://evil.example"))

    assert refused.value.status_code == 400


def test_websocket_from_the_web_app_is_accepted(product: Settings) -> None:
    first_packet = run(_open_websocket(product, f"http://localhost:{product.web_port}"))

    assert first_packet.startswith("0{")
