"""Per-address limits on the chat channels that browsers and scripts reach directly (REST and
socket.io), next to the per-sender flood limit (bot.channels.guard).

The flood limit counts per sender id, and on these channels the client picks its own sender id, so
a script that takes a new one for every message would have no limit at all. Here one client
address may hand at most `max_messages` messages to the assistant in any `window_s` seconds, and
may talk in at most `max_new_conversations` different conversations in any hour. Over the limit a
message gets the flood notice (REST: with status 429); a message in which the safety check finds a
crisis still goes through (bot.channels.guard.screen). The WhatsApp and Twilio webhooks are not
counted here: their requests come from Meta's and Twilio's servers, and they are limited per
phone number by the flood limit.

The client address: the socket peer, unless `trusted_hops` reverse proxies (the Ingress) stand in
front. Then it is the address the outermost trusted proxy saw, which each proxy appends to
X-Forwarded-For: the `trusted_hops`-th entry from the right. Entries left of it are whatever the
client sent and are never read, so a client cannot pick its own address. IPv6 addresses are counted
per /64 network, since one household or server gets a whole /64 and can rotate within it.

Counted per Rasa process: with n replicas the effective limit is up to n times this one; the Ingress
annotations (deploy/k8s/ingress.yaml) are the global limit. Addresses are kept in memory only, for
at most an hour, and never logged or stored.
"""

from __future__ import annotations

import ipaddress
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sanic.request import Request

from bot.settings import Settings

DEFAULT_MAX_MESSAGES = 60
DEFAULT_WINDOW_S = 60.0
DEFAULT_MAX_NEW_CONVERSATIONS = 20
CONVERSATION_WINDOW_S = 3600.0
# Addresses remembered at most; beyond this the one quiet longest is forgotten first.
DEFAULT_MAX_ADDRESSES = 10_000
IPV6_PREFIX = 64

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def client_address(peer: str | None, forwarded_for: str | None, trusted_hops: int) -> str | None:
    """The client's address: the peer's, or with trusted proxies the one the outermost of them saw.

    A header with fewer entries than trusted proxies did not pass through all of them, so it is
    not believed and the peer counts."""
    if trusted_hops > 0 and forwarded_for:
        entries = [entry.strip() for entry in forwarded_for.split(",")]
        if len(entries) >= trusted_hops:
            return entries[-trusted_hops] or peer
    return peer or None


def request_address(request: Request, trusted_hops: int) -> str | None:
    """`client_address` of a Sanic request; several X-Forwarded-For headers read as one list."""
    forwarded = ",".join(request.headers.getall("x-forwarded-for", []))
    return client_address(request.ip, forwarded, trusted_hops)


def counted_address(address: str | None, exempt: Iterable[Network] = ()) -> str | None:
    """The address as counted (IPv6 by its /64); None when unknown, unreadable or exempt."""
    try:
        parsed = ipaddress.ip_address(address or "")
    except ValueError:
        return None
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        parsed = parsed.ipv4_mapped
    if any(parsed in network for network in exempt):
        return None
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((parsed, IPV6_PREFIX), strict=False))
    return str(parsed)


def parse_networks(value: str | Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks (CIDR), comma-separated or as a list."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in items if item.strip())


@dataclass
class _Client:
    admitted: deque[float] = field(default_factory=deque)
    conversations: dict[str, float] = field(default_factory=dict)  # sender -> last message
    seen_at: float = 0.0
    reported_at: float | None = None


class AddressLimit:
    """Sliding-window limits per client address, in memory. 0 switches a limit off.

    `exempt` addresses or networks are not counted: an integration's server that relays many
    caregivers through the REST channel, or the tests' own loopback."""

    def __init__(
        self,
        max_messages: int = DEFAULT_MAX_MESSAGES,
        window_s: float = DEFAULT_WINDOW_S,
        max_new_conversations: int = DEFAULT_MAX_NEW_CONVERSATIONS,
        *,
        exempt: Iterable[Network] = (),
        conversation_window_s: float = CONVERSATION_WINDOW_S,
        max_addresses: int = DEFAULT_MAX_ADDRESSES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if min(max_messages, max_new_conversations) < 0 or window_s <= 0 or max_addresses < 1:
            raise ValueError("address limit: limits >= 0, window_s > 0, max_addresses >= 1")
        self.max_messages = max_messages
        self.window_s = window_s
        self.max_new_conversations = max_new_conversations
        self.conversation_window_s = conversation_window_s
        self.exempt = tuple(exempt)
        self.max_addresses = max_addresses
        self._clock = clock
        self._clients: OrderedDict[str, _Client] = OrderedDict()

    @classmethod
    def from_settings(cls, settings: Settings) -> AddressLimit:
        return cls(
            settings.ip_max_messages,
            settings.ip_window_s,
            settings.ip_max_new_conversations,
            exempt=parse_networks(settings.ip_limit_exempt),
        )

    @property
    def enabled(self) -> bool:
        return self.max_messages > 0 or self.max_new_conversations > 0

    @property
    def address_count(self) -> int:
        return len(self._clients)

    def admit(self, address: str | None, sender: str) -> bool:
        """True when a message from `address` in conversation `sender` is within the limits (it is
        counted then); False when over one. An unknown or exempt address is not limited."""
        key = self._key(address) if self.enabled else None
        if key is None:
            return True
        now = self._clock()
        client = self._touch(key, now)
        self._expire(client, now)
        new = sender not in client.conversations
        if self.max_messages and len(client.admitted) >= self.max_messages:
            return False
        conversations_full = len(client.conversations) >= self.max_new_conversations
        if new and self.max_new_conversations and conversations_full:
            return False
        if self.max_messages:
            client.admitted.append(now)
        if self.max_new_conversations:
            client.conversations[sender] = now
        return True

    def report_due(self, address: str | None) -> bool:
        """For a message over the limit: True once per window, when it is worth a log line; a
        script would otherwise write one line per message."""
        key = self._key(address)
        client = self._clients.get(key) if key is not None else None
        if client is None:
            return False
        now = self._clock()
        if client.reported_at is not None and now - client.reported_at < self.window_s:
            return False
        client.reported_at = now
        return True

    def _key(self, address: str | None) -> str | None:
        return counted_address(address, self.exempt)

    def _expire(self, client: _Client, now: float) -> None:
        while client.admitted and now - client.admitted[0] >= self.window_s:
            client.admitted.popleft()
        for sender, last in list(client.conversations.items()):
            if now - last >= self.conversation_window_s:
                del client.conversations[sender]

    def _touch(self, key: str, now: float) -> _Client:
        self._forget(now)
        client = self._clients.pop(key, None) or _Client()
        client.seen_at = now
        self._clients[key] = client  # most recently seen last
        while len(self._clients) > self.max_addresses:
            self._clients.popitem(last=False)
        return client

    def _forget(self, now: float) -> None:
        # Quiet for longer than both windows: nothing counted is left.
        quiet_s = max(self.window_s, self.conversation_window_s)
        while self._clients:
            oldest = next(iter(self._clients.values()))
            if now - oldest.seen_at < quiet_s:
                return
            self._clients.popitem(last=False)
