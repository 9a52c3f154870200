"""The socket.io channel: which origins it accepts and which session ids (server side, no browser)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

from bot.channels.socketio import (
    RestrictedSocketIOInput,
    normalise_origin,
    parse_origins,
    session_id_or_new,
)
from bot.settings import PROJECT_ROOT, rasa_environment
from tests.support import development_settings

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own: Playwright's sync API may own this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(asyncio.run, coroutine).result()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("  https://www.Gemeente-Voorbeeld.NL ", "https://www.gemeente-voorbeeld.nl"),
        ("https://gemeente.example:443", "https://gemeente.example"),
        ("http://gemeente.example:80", "http://gemeente.example"),
        ("https://gemeente.example:8443", "https://gemeente.example:8443"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_origins_are_written_the_way_browsers_send_them(given: str, expected: str) -> None:
    assert normalise_origin(given) == expected


@pytest.mark.parametrize(
    "given",
    [
        "*",
        "localhost:8000",
        "gemeente.example",
        "ftp://gemeente.example",
        "https://gemeente.example/chat",
        "https://gemeente.example/?x=1",
        "https://user@gemeente.example",
        "null",
    ],
)
def test_anything_but_an_origin_is_refused(given: str) -> None:
    with pytest.raises(ValueError, match="not an origin"):
        normalise_origin(given)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://a.example, https://b.example", ("http://a.example", "https://b.example")),
        ("http://a.example,,http://a.example/", ("http://a.example",)),
        (["https://a.example", "https://b.example"], ("https://a.example", "https://b.example")),
        ("", ()),
        (None, ()),
    ],
)
def test_origin_lists_from_environment_or_yaml(given: object, expected: tuple[str, ...]) -> None:
    assert parse_origins(given) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "credentials", [None, {}, {"allowed_origins": ""}, {"allowed_origins": " , "}]
)
def test_channel_without_origins_does_not_start(credentials: dict | None) -> None:
    with pytest.raises(ValueError, match="allowed_origins"):
        RestrictedSocketIOInput.from_credentials(credentials)


async def _ignore(message: object) -> None:
    return None


def test_channel_restricts_engine_io_to_the_configured_origins() -> None:
    channel = RestrictedSocketIOInput.from_credentials(
        {"session_persistence": True, "allowed_origins": "https://www.gemeente.example/"}
    )
    assert isinstance(channel, RestrictedSocketIOInput)

    channel.blueprint(_ignore)

    assert channel.sio is not None
    assert channel.sio.eio.cors_allowed_origins == ["https://www.gemeente.example"]
    assert channel.session_persistence is True
    assert channel.name() == "socketio"


def test_a_channel_built_without_origins_refuses_to_serve() -> None:
    # An empty list would turn engine.io's origin check off, so this must never get that far.
    with pytest.raises(ValueError, match="allowed_origins"):
        RestrictedSocketIOInput(session_persistence=True).blueprint(_ignore)


class _FakeServer:
    """Records what the session_request handler asks of python-socketio."""

    def __init__(self, rooms: list[str]) -> None:
        self._rooms = rooms
        self.calls: list[tuple] = []

    def rooms(self, sid: str, namespace: str | None = None) -> list[str]:
        return list(self._rooms)

    async def enter_room(self, sid: str, room: str, namespace: str | None = None) -> None:
        self.calls.append(("enter", room))

    async def leave_room(self, sid: str, room: str, namespace: str | None = None) -> None:
        self.calls.append(("leave", room))

    async def emit(self, event: str, data: object, room: str, namespace: str | None = None) -> None:
        self.calls.append(("emit", event, data, room))


GOOD_ID = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    ("data", "keeps_id"),
    [
        ({"session_id": GOOD_ID}, True),
        ({"session_id": "1"}, False),
        ({"session_id": "0123456789ABCDEF0123456789ABCDEF"}, False),
        ({"session_id": GOOD_ID + "00"}, False),
        ({"session_id": None}, False),
        ({}, False),
        (None, False),
        ("not a dict", False),
    ],
)
def test_session_request_joins_the_room_and_confirms(data: object, keeps_id: bool) -> None:
    channel = RestrictedSocketIOInput(
        session_persistence=True, allowed_origins=["http://a.example"]
    )
    server = _FakeServer(rooms=["sid-1", "old-session"])
    channel.sio = server  # type: ignore[assignment]

    run(channel._session_request("sid-1", data))

    session_id = server.calls[-1][2]
    assert re.fullmatch(r"[0-9a-f]{32}", session_id)
    assert (session_id == GOOD_ID) is keeps_id
    assert server.calls == [
        ("leave", "old-session"),
        ("enter", session_id),
        ("emit", "session_confirm", session_id, "sid-1"),
    ]


def test_fresh_session_ids_are_random() -> None:
    ids = {session_id_or_new(None) for _ in range(100)}

    assert len(ids) == 100


@pytest.mark.parametrize(
    ("environ", "origins"),
    [
        ({}, ("http://localhost:8000", "http://127.0.0.1:8000")),
        ({"STEUNWIJZER_WEB_PORT": "8123"}, ("http://localhost:8123", "http://127.0.0.1:8123")),
        (
            {
                "STEUNWIJZER_ALLOWED_ORIGINS": "https://www.gemeente.example, https://gemeente.example"
            },
            ("https://www.gemeente.example", "https://gemeente.example"),
        ),
    ],
)
def test_settings_hand_the_origins_to_rasa(
    environ: dict[str, str], origins: tuple[str, ...]
) -> None:
    settings = development_settings(environ)

    assert settings.allowed_origins == origins
    assert rasa_environment(settings)["STEUNWIJZER_ALLOWED_ORIGINS"] == ",".join(origins)


def test_credentials_file_registers_the_restricted_channel(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.core.run import create_http_input_channels

    monkeypatch.setenv("STEUNWIJZER_ALLOWED_ORIGINS", "https://www.gemeente.example")

    channels = create_http_input_channels(None, str(Path(PROJECT_ROOT) / "credentials.yml"))

    socketio = [c for c in channels if isinstance(c, RestrictedSocketIOInput)]
    assert len(socketio) == 1
    assert socketio[0].allowed_origins == ("https://www.gemeente.example",)
    assert socketio[0].session_persistence is True
