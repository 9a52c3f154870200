"""The per-address limits without Rasa: which address counts, the two limits, and what the REST
channel answers over them."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TypeVar

import pytest
from rasa.core.channels.channel import UserMessage
from sanic.compat import Header

from bot.channels.guard import FLOOD_TEXT, FloodGuard, Verdict, screen
from bot.channels.limits import AddressLimit, client_address, parse_networks, request_address
from bot.channels.rest import GuardedRestInput
from bot.settings import load_settings

T = TypeVar("T")
CLIENT = "203.0.113.7"
CRISIS = "ik wil er niet meer zijn"


def run(awaitable: Awaitable[T]) -> T:
    return asyncio.run(awaitable)  # type: ignore[arg-type]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def new_sender() -> str:
    return uuid.uuid4().hex


@pytest.mark.parametrize(
    ("peer", "forwarded", "hops", "expected"),
    [
        # Not trusted: whatever the client writes in the header is ignored.
        ("10.0.0.5", "1.2.3.4", 0, "10.0.0.5"),
        # One proxy: the entry it appended, not the client's own entries before it.
        ("10.0.0.5", "1.2.3.4, 203.0.113.7", 1, "203.0.113.7"),
        ("10.0.0.5", "203.0.113.7", 1, "203.0.113.7"),
        ("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.9", 2, "203.0.113.7"),
        # Fewer entries than proxies, or none: the header did not pass them all; the peer counts.
        ("10.0.0.5", "203.0.113.7", 2, "10.0.0.5"),
        ("10.0.0.5", None, 1, "10.0.0.5"),
        ("10.0.0.5", "", 1, "10.0.0.5"),
        (None, None, 0, None),
    ],
)
def test_the_client_address_trusts_x_forwarded_for_only_as_far_as_told(
    peer: str | None, forwarded: str | None, hops: int, expected: str | None
) -> None:
    assert client_address(peer, forwarded, hops) == expected


@dataclass
class FakeRequest:
    ip: str
    headers: Header


def test_a_request_s_several_forwarded_headers_read_as_one_list() -> None:
    headers = Header([("X-Forwarded-For", "1.2.3.4"), ("X-Forwarded-For", CLIENT)])

    assert request_address(FakeRequest("10.0.0.5", headers), 1) == CLIENT  # type: ignore[arg-type]
    assert request_address(FakeRequest("10.0.0.5", headers), 0) == "10.0.0.5"  # type: ignore[arg-type]


def test_one_address_gets_at_most_max_messages_per_window_whatever_its_sender_ids() -> None:
    clock = Clock()
    limit = AddressLimit(5, 60, 0, clock=clock)

    admitted = [limit.admit(CLIENT, new_sender()) for _ in range(8)]

    assert admitted == [True] * 5 + [False] * 3
    assert limit.admit("203.0.113.8", new_sender())  # another address counts on its own
    clock.now += 60
    assert limit.admit(CLIENT, new_sender())


def test_one_address_talks_in_at_most_max_new_conversations_per_hour() -> None:
    clock = Clock()
    limit = AddressLimit(0, 60, 3, clock=clock)
    senders = [new_sender() for _ in range(3)]

    assert all(limit.admit(CLIENT, sender) for sender in senders)
    assert not limit.admit(CLIENT, new_sender())
    # A conversation already going on continues.
    assert all(limit.admit(CLIENT, sender) for sender in senders * 5)
    clock.now += 3600
    assert limit.admit(CLIENT, new_sender())


def test_a_message_over_the_limit_is_not_counted() -> None:
    clock = Clock()
    limit = AddressLimit(2, 10, 2, clock=clock)
    first, second = new_sender(), new_sender()
    assert limit.admit(CLIENT, first) and limit.admit(CLIENT, second)
    assert not limit.admit(CLIENT, first)

    clock.now += 10

    assert limit.admit(CLIENT, first)
    assert not limit.admit(CLIENT, new_sender())  # still two conversations this hour


def test_ipv6_counts_per_64_network_and_ipv4_mapped_as_ipv4() -> None:
    limit = AddressLimit(2, 60, 0, clock=Clock())

    assert limit.admit("2001:db8:1:2::1", new_sender())
    assert limit.admit("2001:db8:1:2:ffff::9", new_sender())
    assert not limit.admit("2001:db8:1:2:abcd::3", new_sender())
    assert limit.admit("2001:db8:1:3::1", new_sender())
    assert limit.admit("::ffff:" + CLIENT, new_sender())
    assert limit.admit(CLIENT, new_sender())
    assert not limit.admit(CLIENT, new_sender())


def test_exempt_unknown_and_switched_off_addresses_are_not_limited() -> None:
    exempt = AddressLimit(1, 60, 1, exempt=parse_networks("127.0.0.0/8, ::1"), clock=Clock())
    off = AddressLimit(0, 60, 0, clock=Clock())

    for limit, address in [(exempt, "127.0.0.1"), (exempt, "::1"), (exempt, None), (off, CLIENT)]:
        assert all(limit.admit(address, new_sender()) for _ in range(5))
    assert exempt.address_count == 0 and off.address_count == 0
    assert exempt.admit(CLIENT, new_sender()) and not exempt.admit(CLIENT, new_sender())


def test_memory_stays_bounded_and_quiet_addresses_are_forgotten() -> None:
    clock = Clock()
    limit = AddressLimit(5, 60, 5, max_addresses=100, clock=clock)

    for number in range(300):
        limit.admit(f"198.51.100.{number % 256}", new_sender())
        limit.admit(f"2001:db8:{number:x}::1", new_sender())

    assert limit.address_count == 100
    clock.now += 3600
    limit.admit(CLIENT, new_sender())
    assert limit.address_count == 1


def test_over_the_address_limit_a_message_is_limited_but_a_crisis_goes_through() -> None:
    limit = AddressLimit(1, 60, 0, clock=Clock())
    guard = FloodGuard()

    verdicts = [
        run(screen(guard, new_sender(), text, limit, CLIENT)) for text in ("hoi", "hoi", CRISIS)
    ]

    assert verdicts == [Verdict.PASS, Verdict.LIMITED, Verdict.PASS]


def rest_body(message: str = "hallo") -> bytes:
    return json.dumps({"sender": new_sender(), "message": message}).encode()


def test_the_rest_channel_answers_429_with_the_flood_notice_over_the_address_limit(
    caplog: pytest.LogCaptureFixture,
) -> None:
    received: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)
        await message.output_channel.send_text_message(message.sender_id, "Hallo!")

    channel = GuardedRestInput(FloodGuard(), address_limit=AddressLimit(2, 30, 0, clock=Clock()))
    caplog.set_level(logging.DEBUG)

    answers = [run(channel.respond(rest_body(), on_new_message, CLIENT)) for _ in range(4)]
    crisis = run(channel.respond(rest_body(CRISIS), on_new_message, CLIENT))

    assert [answer.status for answer in answers] == [200, 200, 429, 429]
    assert [m["text"] for m in json.loads(answers[3].body)] == [FLOOD_TEXT]
    assert answers[3].headers["Retry-After"] == "30"
    assert crisis.status == 200 and len(received) == 3
    # One log line for the address over the limit, and the address in none.
    assert sum("went over its limit" in r.getMessage() for r in caplog.records) == 1
    assert not any(CLIENT in r.getMessage() for r in caplog.records)


def test_the_address_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = load_settings({})
    assert (defaults.ip_max_messages, defaults.ip_window_s) == (60, 60.0)
    assert (defaults.ip_max_new_conversations, defaults.trusted_proxy_hops) == (20, 0)
    for name, value in {
        "STEUNWIJZER_REST_CHANNEL": "on",
        "STEUNWIJZER_IP_MAX_MESSAGES": "7",
        "STEUNWIJZER_IP_WINDOW_S": "30",
        "STEUNWIJZER_IP_MAX_NEW_CONVERSATIONS": "0",
        "STEUNWIJZER_IP_LIMIT_EXEMPT": "10.1.0.0/16",
        "STEUNWIJZER_TRUSTED_PROXY_HOPS": "1",
    }.items():
        monkeypatch.setenv(name, value)

    channel = GuardedRestInput.from_credentials(None)

    assert isinstance(channel, GuardedRestInput) and channel.trusted_proxy_hops == 1
    limit = channel.address_limit
    assert (limit.max_messages, limit.window_s, limit.max_new_conversations) == (7, 30.0, 0)
    assert limit.admit("10.1.2.3", new_sender())
    assert limit.address_count == 0
