"""Bad input over socket.io (the widget's channel), against the running product with
python-socketio's client: every case gets a Dutch bot_uttered reply, never a stack trace or
markup, a flood gets one friendly notice, and events that are not a message get a short answer."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
import socketio

from bot.channels.guard import FLOOD_TEXT
from bot.channels.socketio import UNREADABLE
from bot.settings import Settings

T = TypeVar("T")
QUIET_S = 2.5
REPLY_TIMEOUT_S = 90.0
DUTCH_MARKERS = re.compile(r"\b(u|ik|uw|hallo|wat)\b")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own: Playwright's sync API may own this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(asyncio.run, coroutine).result()


class WidgetClient:
    """What the widget does: connect from an allowed origin, ask for a session, send messages."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = socketio.AsyncClient(reconnection=False)
        self.session_id = ""
        self.received: list[dict[str, Any]] = []
        self._confirmed = asyncio.Event()
        self.client.on("session_confirm", self._confirm)
        self.client.on("bot_uttered", self._uttered)

    async def _confirm(self, session_id: str) -> None:
        self.session_id = session_id
        self._confirmed.set()

    async def _uttered(self, data: dict[str, Any]) -> None:
        self.received.append(data)

    async def __aenter__(self) -> WidgetClient:
        await self.client.connect(
            f"http://127.0.0.1:{self.settings.rasa_port}",
            headers={"Origin": f"http://localhost:{self.settings.web_port}"},
            # engine.io's WebSocket client needs a newer aiohttp than Rasa allows.
            transports=["polling"],
            wait_timeout=30,
        )
        await self.client.emit("session_request", {"session_id": None})
        await asyncio.wait_for(self._confirmed.wait(), timeout=30)
        return self

    async def __aexit__(self, *_: object) -> None:
        # Without abort, engine.io waits for the open long-poll request: up to 25 s.
        await self.client.eio.disconnect(abort=True)

    async def send(self, message: str) -> None:
        await self.client.emit("user_uttered", {"message": message, "session_id": self.session_id})

    async def replies(self, at_least: int = 1) -> list[dict[str, Any]]:
        """Waits for `at_least` replies, then until nothing more comes for QUIET_S."""
        deadline = time.monotonic() + REPLY_TIMEOUT_S
        seen, quiet_since = -1, time.monotonic()
        while time.monotonic() < deadline:
            if len(self.received) != seen:
                seen, quiet_since = len(self.received), time.monotonic()
            elif seen >= at_least and time.monotonic() - quiet_since >= QUIET_S:
                return list(self.received)
            await asyncio.sleep(0.1)
        raise AssertionError(f"no complete answer within {REPLY_TIMEOUT_S} s: {self.received}")


def shown(replies: list[dict[str, Any]]) -> str:
    return "\n".join(str(reply.get("text", "")) for reply in replies)


async def _say(settings: Settings, message: str) -> list[dict[str, Any]]:
    async with WidgetClient(settings) as widget:
        await widget.send(message)
        return await widget.replies()


BAD_INPUT = {
    "empty": "",
    "very long": "zorg " * 4000,
    "control characters": "hallo\x00\x07\x1b[2J\u202e",
    "emoji only": "🙂🙂🙏",
    "html": "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "sql": "'; DROP TABLE events; --",
}


@pytest.mark.parametrize("name", list(BAD_INPUT))
def test_bad_input_gets_a_dutch_answer(product: Settings, name: str) -> None:
    text = shown(run(_say(product, BAD_INPUT[name])))

    assert text.strip(), f"no reply to {name}"
    assert "Traceback" not in text and "<script" not in text and "<img" not in text
    assert DUTCH_MARKERS.search(text.lower()), text


def test_english_gets_the_short_bilingual_answer(product: Settings) -> None:
    text = shown(run(_say(product, "Hello, I need help with my mother")))

    assert "Ik begrijp alleen Nederlands." in text and "I only understand Dutch." in text
    assert "112" in text and "113" in text


async def _flood(settings: Settings) -> list[dict[str, Any]]:
    size = settings.flood_max_messages + 20
    async with WidgetClient(settings) as widget:
        for number in range(size):
            await widget.send("ik wil er niet meer zijn" if number == size // 2 else "hallo")
            # Over polling, engine.io refuses a request with more than 16 packets; a browser
            # sends each message in a WebSocket frame of its own.
            await asyncio.sleep(0.05)
        return await widget.replies(at_least=2)


def test_a_flood_gets_one_notice_and_the_crisis_still_gets_help(product: Settings) -> None:
    replies = run(_flood(product))
    texts = [str(reply.get("text", "")) for reply in replies]

    assert texts.count(FLOOD_TEXT) == 1, texts
    assert any("113" in text for text in texts), texts
    assert not any("Traceback" in text for text in texts)


async def _emit_raw(settings: Settings, *payload: Any) -> list[dict[str, Any]]:
    async with WidgetClient(settings) as widget:
        # A tuple is sent as several arguments.
        await widget.client.emit("user_uttered", payload[0] if len(payload) == 1 else payload)
        return await widget.replies()


@pytest.mark.parametrize(
    "payload",
    [
        ("hallo",),
        (None,),
        ([1, 2, 3],),
        ({"message": "hallo"},),  # no session id
        ({"message": "hallo", "session_id": "1"},),  # not one the server gives out
        ({"message": 42, "session_id": "0123456789abcdef0123456789abcdef"},),
        ({"message": {"text": "hallo"}, "session_id": "0123456789abcdef0123456789abcdef"},),
        ({"message": "hallo", "session_id": "0123456789abcdef0123456789abcdef"}, "extra"),
    ],
    ids=[
        "text",
        "nothing",
        "list",
        "no session",
        "bad session",
        "number",
        "object",
        "two arguments",
    ],
)
def test_an_event_that_is_not_a_message_gets_a_short_answer(
    product: Settings, payload: tuple[Any, ...]
) -> None:
    replies = run(_emit_raw(product, *payload))

    assert [reply.get("text") for reply in replies] == [UNREADABLE]


def test_metadata_that_is_not_json_is_ignored(product: Settings) -> None:
    async def talk() -> list[dict[str, Any]]:
        async with WidgetClient(product) as widget:
            await widget.client.emit(
                "user_uttered",
                {"message": "hallo", "session_id": widget.session_id, "metadata": "{kapot"},
            )
            return await widget.replies()

    assert "Hallo" in shown(run(talk()))
