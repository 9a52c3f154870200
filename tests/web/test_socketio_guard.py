"""The socket.io channel's message handler without a server: what reaches Rasa, where answers go,
the flood limit and the honest answer (against the running product: tests/integration)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from sanic.compat import Header

from bot.channels.guard import FLOOD_TEXT, NO_REPLY_TEXT, FloodGuard
from bot.channels.limits import AddressLimit
from bot.channels.socketio import UNREADABLE, RestrictedSocketIOInput

T = TypeVar("T")
SID = "socket-1"
SESSION = "0123456789abcdef0123456789abcdef"
CLIENT = "203.0.113.7"


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own: Playwright's sync API may own this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(asyncio.run, coroutine).result()


@dataclass
class FakeRequest:
    ip: str
    headers: Header


class FakeServer:
    def __init__(self) -> None:
        self.emitted: list[tuple[str, Any, str]] = []
        self.request = FakeRequest("127.0.0.1", Header())

    def get_environ(self, sid: str, namespace: str | None = None) -> dict[str, Any]:
        # engine.io's Sanic driver keeps the handshake request here (and 127.0.0.1 as REMOTE_ADDR).
        return {"REMOTE_ADDR": "127.0.0.1", "sanic.request": self.request}

    async def emit(self, event: str, data: Any, room: str, namespace: str | None = None) -> None:
        self.emitted.append((event, data, room))


class FakeRasa:
    def __init__(self, answer: str | None = "Hallo, fijn dat u er bent.") -> None:
        self.answer = answer
        self.messages: list[Any] = []

    async def __call__(self, message: Any) -> None:
        self.messages.append(message)
        if self.answer is not None:
            await message.output_channel.send_text_message(message.sender_id, self.answer)


def channel_with(
    rasa: FakeRasa, persistence: bool = True, limit: int = 8
) -> RestrictedSocketIOInput:
    channel = RestrictedSocketIOInput(
        session_persistence=persistence,
        allowed_origins=["http://a.example"],
        flood_guard=FloodGuard(limit, 10.0),
    )
    channel.sio = FakeServer()  # type: ignore[assignment]
    channel._on_new_message = rasa
    return channel


def emitted(channel: RestrictedSocketIOInput) -> list[tuple[str, Any, str]]:
    return channel.sio.emitted  # type: ignore[union-attr]


def test_a_message_reaches_rasa_and_the_answer_its_session() -> None:
    rasa = FakeRasa()
    channel = channel_with(rasa)

    run(
        channel._user_message(
            SID, {"message": "hallo", "session_id": SESSION, "metadata": {"telefoon": "0612345678"}}
        )
    )

    [message] = rasa.messages
    assert (message.text, message.sender_id, message.input_channel) == (
        "hallo",
        SESSION,
        "socketio",
    )
    assert message.metadata is None  # not stored: nothing uses it
    assert emitted(channel) == [("bot_uttered", {"text": "Hallo, fijn dat u er bent."}, SESSION)]


def test_without_session_persistence_the_socket_is_the_sender() -> None:
    rasa = FakeRasa()
    channel = channel_with(rasa, persistence=False)

    run(channel._user_message(SID, {"message": "hallo"}))

    assert rasa.messages[0].sender_id == SID
    assert emitted(channel)[0][2] == SID


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("hallo",),
        (None,),
        ([1, 2],),
        ({"message": "hallo"},),
        ({"message": "hallo", "session_id": None},),
        ({"message": "hallo", "session_id": "1"},),
        ({"message": "hallo", "session_id": SESSION.upper()},),
        ({"message": None, "session_id": SESSION},),
        ({"message": 42, "session_id": SESSION},),
        ({"message": ["hallo"], "session_id": SESSION},),
        ({"message": "hallo", "session_id": SESSION}, "extra"),
    ],
)
def test_an_event_that_is_not_a_message_gets_a_short_answer_on_its_socket(
    args: tuple[Any, ...],
) -> None:
    rasa = FakeRasa()
    channel = channel_with(rasa)

    run(channel._user_message(SID, *args))

    assert rasa.messages == []
    assert emitted(channel) == [("bot_uttered", {"text": UNREADABLE}, SID)]


def test_a_turn_without_answer_gets_the_honest_one() -> None:
    channel = channel_with(FakeRasa(answer=None))

    run(channel._user_message(SID, {"message": "ik zorg voor mijn vader", "session_id": SESSION}))

    texts = [data["text"] for _, data, room in emitted(channel) if room == SESSION]
    assert texts[0] == NO_REPLY_TEXT and "112" in texts[1] and "113" in texts[1]


def test_a_flood_gets_one_notice_and_a_crisis_still_reaches_rasa() -> None:
    rasa = FakeRasa()
    channel = channel_with(rasa, limit=3)
    messages = ["hallo"] * 6 + ["ik wil er niet meer zijn"] + ["hallo"] * 3

    async def flood() -> None:
        for text in messages:
            await channel._user_message(SID, {"message": text, "session_id": SESSION})

    run(flood())

    assert [m.text for m in rasa.messages] == ["hallo"] * 3 + ["ik wil er niet meer zijn"]
    texts = [data["text"] for _, data, _ in emitted(channel)]
    assert texts.count(FLOOD_TEXT) == 1 and texts.index(FLOOD_TEXT) == 3


def test_the_channel_takes_its_flood_limit_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STEUNWIJZER_FLOOD_MAX_MESSAGES", "5")
    monkeypatch.setenv("STEUNWIJZER_FLOOD_WINDOW_S", "30")

    channel = RestrictedSocketIOInput.from_credentials({"allowed_origins": "http://a.example"})

    assert isinstance(channel, RestrictedSocketIOInput)
    assert (channel.flood_guard.max_messages, channel.flood_guard.window_s) == (5, 30.0)


@pytest.mark.parametrize(("hops", "limited"), [(0, False), (1, True)])
def test_one_address_is_limited_across_sessions_by_its_trusted_forwarded_address(
    hops: int, limited: bool
) -> None:
    rasa = FakeRasa()
    channel = channel_with(rasa)
    # Each handshake came from another peer (load balancer) with the same forwarded client.
    channel.address_limit = AddressLimit(3, 60.0, 0)
    channel.trusted_proxy_hops = hops
    server = channel.sio
    assert isinstance(server, FakeServer)

    for number, session in enumerate([f"{n:032x}" for n in range(5)]):
        server.request = FakeRequest(f"10.0.0.{number}", Header({"X-Forwarded-For": CLIENT}))
        run(channel._user_message(SID, {"message": "hallo", "session_id": session}))
    run(channel._user_message(SID, {"message": "ik wil er niet meer zijn", "session_id": SESSION}))

    assert len(rasa.messages) == (4 if limited else 6)
    texts = [data["text"] for _, data, _ in emitted(channel)]
    assert (FLOOD_TEXT in texts) is limited
