"""How the chat client's address reaches the handoff step: the REST and socket.io channels put a
keyed hash of it (never the address) in the message's metadata, and the action hands it on."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sanic.compat import Header

import actions.conversation
from bot.channels.address_key import METADATA_KEY, AddressKeys, address_key_of
from bot.channels.guard import FloodGuard
from bot.channels.limits import parse_networks
from bot.channels.rest import GuardedRestInput
from bot.channels.socketio import RestrictedSocketIOInput
from bot.keys import address_key
from tests.support import development_settings
from tests.web.test_socketio_guard import SESSION, SID, FakeRasa, FakeRequest, FakeServer
from tests.web.test_socketio_guard import run as run_socketio

SECRET = "k" * 40
CLIENT = "203.0.113.7"
KEYS = AddressKeys(SECRET, parse_networks("10.0.0.0/8"))


def rest_metadata(address: str | None, keys: AddressKeys | None = KEYS) -> Any:
    received: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)

    channel = GuardedRestInput(FloodGuard(), address_keys=keys)
    body = {"sender": "c" * 32, "message": "hallo", "metadata": {"address_key": "f" * 64}}
    response = asyncio.run(channel.respond(json.dumps(body).encode(), on_new_message, address))
    assert response.status == 200
    [message] = received
    return message.metadata


def test_the_rest_channel_sends_a_keyed_hash_of_the_address_never_the_address() -> None:
    metadata = rest_metadata(CLIENT)

    assert metadata == {METADATA_KEY: address_key(CLIENT, SECRET)}
    assert CLIENT not in json.dumps(metadata)
    # The client's own "address_key" is never read: another address, another key.
    assert rest_metadata("198.51.100.1") != metadata


def test_one_ipv6_network_is_one_address_and_exempt_or_unknown_ones_have_none() -> None:
    first = rest_metadata("2001:db8:1:2::1")

    assert rest_metadata("2001:db8:1:2:ffff::9") == first
    assert rest_metadata("2001:db8:1:3::1") != first
    assert rest_metadata("10.1.2.3") is None  # exempt: an integration's relay
    assert rest_metadata(None) is None
    assert rest_metadata(CLIENT, keys=None) is None  # the cap is off: nothing travels


def test_the_socketio_channel_keys_the_address_of_the_handshake() -> None:
    rasa = FakeRasa()
    channel = RestrictedSocketIOInput(
        session_persistence=True, allowed_origins=["http://a.example"], address_keys=KEYS
    )
    server = FakeServer()
    server.request = FakeRequest(CLIENT, Header())
    channel.sio = server  # type: ignore[assignment]
    channel._on_new_message = rasa

    run_socketio(channel._user_message(SID, {"message": "hallo", "session_id": SESSION}))

    assert rasa.messages[0].metadata == {METADATA_KEY: address_key(CLIENT, SECRET)}


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({METADATA_KEY: "ab" * 32}, "ab" * 32),
        ({METADATA_KEY: CLIENT}, None),
        ({METADATA_KEY: "AB" * 32}, None),
        ({METADATA_KEY: ["ab" * 32]}, None),
        ({}, None),
        (None, None),
    ],
)
def test_only_a_key_of_the_right_form_is_read(metadata: Any, expected: str | None) -> None:
    assert address_key_of(metadata) == expected


def test_the_cap_setting_decides_whether_keys_are_made(tmp_path: Any) -> None:
    environ = {"STEUNWIJZER_VAR_DIR": str(tmp_path), "STEUNWIJZER_CONVERSATION_KEY_SECRET": SECRET}

    default = AddressKeys.from_settings(development_settings(environ))
    off = development_settings({**environ, "STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0"})

    assert development_settings(environ).max_handoffs_per_ip_per_day == 10
    assert default is not None and SECRET not in repr(default)
    assert AddressKeys.from_settings(off) is None


def test_the_action_hands_the_key_of_the_latest_message_to_the_handoff(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[Any] = []

    def services(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs)
        return object()

    monkeypatch.setattr(actions.conversation, "DatabaseServices", services)
    monkeypatch.setattr(actions.conversation, "respond", lambda state, turn, s: (state, []))
    key = address_key(CLIENT, SECRET)
    latest = {"text": "ja", "intent": {}, "entities": [], "metadata": {METADATA_KEY: key}}
    tracker = Tracker("c" * 32, {}, latest, [], False, None, {}, "action_listen")

    asyncio.run(actions.conversation.ActionRespond().run(CollectingDispatcher(), tracker, {}))

    assert made == [{"address_key": key}]


def test_rasa_hands_the_message_metadata_to_the_action_server_in_latest_message() -> None:
    key = address_key(CLIENT, SECRET)
    tracker = DialogueStateTracker.from_events(
        "c" * 32, [UserUttered("ja", {"name": "affirm"}, metadata={METADATA_KEY: key})]
    )

    latest = tracker.current_state()["latest_message"]

    assert address_key_of(latest.get("metadata")) == key
