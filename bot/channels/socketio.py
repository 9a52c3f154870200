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
- Messages go through the channel guards (bot.channels.guard): the flood limit, and an honest
  answer when a turn gave no reply. An event that is not a message with text and a valid session
  id gets a short Dutch reply instead of an error in the log (stock Rasa crashed on some).
- Messages also go through the per-address limits (bot.channels.limits); the address is that of
  the socket's handshake request.
- A message's `metadata` is not read: nothing of ours uses it, and Rasa would store it unchecked
  with the message. The only metadata is our own: the keyed hash of the client address, for the
  daily cap on aanmeldingen per address (bot.channels.address_key).
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels.address_key import AddressKeys, message_metadata
from bot.channels.guard import FloodGuard, guarded_turn, within_length
from bot.channels.limits import AddressLimit, request_address
from bot.channels.live_delivery import LiveDelivery
from bot.db import session_factory_for
from bot.live.store import Outgoing
from bot.messages import is_silent
from bot.settings import load_settings

DEFAULT_PORTS = {"http": 80, "https": 443}
# uuid4().hex, as Rasa generates and the widget sends: 128 bits, of which 122 random.
SESSION_ID = re.compile(r"[0-9a-f]{32}")
# Sent instead of an answer while a consultant answers (bot.live): the widget stops its dots.
QUIET_EVENT = "steunwijzer_quiet"
UNREADABLE = "Dit bericht kan ik niet lezen. Laad de pagina opnieuw en probeer het nog eens."


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


class CountingSocketIOOutput(SocketIOOutput):
    """`SocketIOOutput` that counts what it emits, so the guard sees whether a turn answered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        if is_silent(json_message):
            self.sent += 1  # a consultant answers (bot.live): nothing to show but no typing
            await self.sio.emit(QUIET_EVENT, {}, room=recipient_id)
            return
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class RestrictedSocketIOInput(SocketIOInput):
    """`SocketIOInput` that refuses browser connections from origins not in `allowed_origins`."""

    def __init__(
        self,
        *args: Any,
        allowed_origins: Iterable[str] = (),
        flood_guard: FloodGuard | None = None,
        address_limit: AddressLimit | None = None,
        trusted_proxy_hops: int = 0,
        address_keys: AddressKeys | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_origins = parse_origins(allowed_origins)
        self.flood_guard = flood_guard if flood_guard is not None else FloodGuard()
        self.address_limit = address_limit if address_limit is not None else AddressLimit()
        self.trusted_proxy_hops = trusted_proxy_hops
        self.address_keys = address_keys
        self._on_new_message: Callable[[UserMessage], Awaitable[Any]] | None = None
        self._live_task: asyncio.Task[None] | None = None

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        origins = parse_origins(credentials.get("allowed_origins"))
        if not origins:
            raise ValueError("socket.io channel: allowed_origins lists no origin")
        channel = super().from_credentials(credentials)
        assert isinstance(channel, cls)
        channel.allowed_origins = origins
        settings = load_settings()
        channel.flood_guard = FloodGuard.from_settings(settings)
        channel.address_limit = AddressLimit.from_settings(settings)
        channel.trusted_proxy_hops = settings.trusted_proxy_hops
        channel.address_keys = AddressKeys.from_settings(settings)
        return channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # An empty list would switch engine.io's origin check off altogether.
        if not self.allowed_origins:
            raise ValueError("socket.io channel: allowed_origins lists no origin")
        blueprint: Blueprint = super().blueprint(on_new_message)
        assert self.sio is not None
        # engine.io reads this on every request, so setting it after Rasa built the server works.
        self.sio.eio.cors_allowed_origins = list(self.allowed_origins)
        self.sio.on("session_request", self._session_request, namespace=self.namespace)
        # Replaces Rasa's handler of the same event.
        self._on_new_message = on_new_message
        self.sio.on(self.user_message_evt, self._user_message, namespace=self.namespace)

        @blueprint.listener("after_server_start")
        async def start_live_delivery(*_: Any) -> None:
            # The consultant's messages (bot.live) to the sockets of this process.
            delivery = LiveDelivery(
                session_factory_for(load_settings().database_url),
                ("socketio",),
                self._send_live,
                self._reaches,
            )
            self._live_task = asyncio.create_task(delivery.run_forever())

        @blueprint.listener("before_server_stop")
        async def stop_live_delivery(*_: Any) -> None:
            if self._live_task is not None:
                self._live_task.cancel()

        return blueprint

    def _reaches(self, outgoing: Outgoing) -> bool:
        """Whether the caregiver's socket is connected to this process."""
        assert self.sio is not None
        rooms = self.sio.manager.rooms.get(self.namespace or "/", {})
        return bool(rooms.get(outgoing.address))

    async def _send_live(self, outgoing: Outgoing) -> bool:
        assert self.sio is not None
        output = SocketIOOutput(self.sio, self.bot_message_evt)
        if outgoing.buttons:
            buttons = [{"title": title, "payload": payload} for title, payload in outgoing.buttons]
            await output.send_text_with_buttons(outgoing.address, outgoing.text, buttons)
        else:
            await output.send_text_message(outgoing.address, outgoing.text)
        return True

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

    def _sender(self, sid: str, data: dict[str, Any]) -> str | None:
        if not self.session_persistence:
            return sid
        session_id = data.get("session_id")
        return (
            session_id if isinstance(session_id, str) and SESSION_ID.fullmatch(session_id) else None
        )

    def _address(self, sid: str) -> str | None:
        """The client address of a socket, from its handshake request. engine.io's Sanic driver
        writes 127.0.0.1 as REMOTE_ADDR for everyone, so the request itself is read."""
        assert self.sio is not None
        environ = self.sio.get_environ(sid, namespace=self.namespace) or {}
        request = environ.get("sanic.request")
        return request_address(request, self.trusted_proxy_hops) if request is not None else None

    async def _user_message(self, sid: str, *args: Any) -> None:
        assert self.sio is not None and self._on_new_message is not None
        on_new_message = self._on_new_message
        output = CountingSocketIOOutput(self.sio, self.bot_message_evt)
        data = args[0] if len(args) == 1 else None
        text = data.get("message", "") if isinstance(data, dict) else None
        sender = self._sender(sid, data) if isinstance(data, dict) else None
        if not isinstance(text, str) or sender is None:
            # Nothing to hand to Rasa; the answer goes to this socket only.
            await output.send_text_message(sid, UNREADABLE)
            return
        text = within_length(text)
        address = self._address(sid)
        message = UserMessage(
            text,
            output,
            sender,
            input_channel=self.name(),
            metadata=message_metadata(self.address_keys, address),
        )
        await guarded_turn(
            self.flood_guard,
            self.name(),
            sender,
            text,
            run_turn=lambda: on_new_message(message),
            replies_sent=lambda: output.sent,
            send=lambda reply: output.send_response(sender, reply),
            address_limit=self.address_limit,
            address=address,
        )
