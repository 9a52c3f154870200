"""Rasa's socket.io channel for the chat widget, open only to the web sites we know.

Two changes to stock Rasa 3.6:
- Rasa builds its socket.io server with CORS handling switched off, so any web site could open a
  conversation from a visitor's browser. Here engine.io checks the `Origin` header of every
  handshake (polling and WebSocket) against `allowed_origins` from credentials.yml, which takes them
  from STEUNWIJZER_ALLOWED_ORIGINS. Clients that send no Origin (not a browser) are not affected.
- Rasa's `session_request` handler calls `enter_room` without awaiting it, which python-socketio 5
  made a coroutine, so with session persistence no reply ever reached the browser. Ours awaits it,
  and accepts only session ids as random as the ones Rasa itself makes, since the id is all a
  client needs to receive a conversation's replies.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

DEFAULT_PORTS = {"http": 80, "https": 443}
# uuid4().hex, as Rasa generates and the widget sends: 128 bits, of which 122 random.
SESSION_ID = re.compile(r"[0-9a-f]{32}")


def normalise_origin(value: str) -> str:
    """`scheme://host[:port]` the way a browser writes it in the Origin header."""
    parts = urlsplit(value.strip().rstrip("/"))
    if (
        parts.scheme not in DEFAULT_PORTS
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username is not None
    ):
        raise ValueError(f"not an origin (http(s)://host[:port]): {value!r}")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    port = "" if parts.port in (None, DEFAULT_PORTS[parts.scheme]) else f":{parts.port}"
    return f"{parts.scheme}://{host}{port}"


def parse_origins(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Origins from a comma-separated string (as in the environment) or a YAML list."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    origins = (normalise_origin(str(item)) for item in items if str(item).strip())
    return tuple(dict.fromkeys(origins))


def session_id_or_new(requested: object) -> str:
    """The client's session id if it is as hard to guess as ours, else a fresh one."""
    if isinstance(requested, str) and SESSION_ID.fullmatch(requested):
        return requested
    return uuid.uuid4().hex


class RestrictedSocketIOInput(SocketIOInput):
    """`SocketIOInput` that refuses browser connections from origins not in `allowed_origins`."""

    def __init__(self, *args: Any, allowed_origins: Iterable[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_origins = parse_origins(allowed_origins)

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        origins = parse_origins(credentials.get("allowed_origins"))
        if not origins:
            raise ValueError("socket.io channel: allowed_origins lists no origin")
        channel = super().from_credentials(credentials)
        assert isinstance(channel, cls)
        channel.allowed_origins = origins
        return channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # An empty list would switch engine.io's origin check off altogether.
        if not self.allowed_origins:
            raise ValueError("socket.io channel: allowed_origins lists no origin")
        blueprint = super().blueprint(on_new_message)
        assert self.sio is not None
        # engine.io reads this on every request, so setting it after Rasa built the server works.
        self.sio.eio.cors_allowed_origins = list(self.allowed_origins)
        self.sio.on("session_request", self._session_request, namespace=self.namespace)
        return blueprint

    async def _session_request(self, sid: str, data: Any) -> None:
        assert self.sio is not None
        requested = data.get("session_id") if isinstance(data, dict) else None
        session_id = session_id_or_new(requested)
        if self.session_persistence:
            # One socket follows one conversation: leave the room of an earlier session first.
            for room in self.sio.rooms(sid, namespace=self.namespace):
                if room != sid:
                    await self.sio.leave_room(sid, room, namespace=self.namespace)
            await self.sio.enter_room(sid, session_id, namespace=self.namespace)
        await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)
