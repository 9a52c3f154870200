"""The client address's keyed hash that travels with a chat message to the action server, for the
daily cap on aanmeldingen per address (bot.handoff.service.AddressCap).

Only the Rasa server sees the client address (bot.channels.limits); the action server, which
makes the aanmelding, sees only the tracker. So the REST and socket.io channels put a keyed hash
of the address (bot.keys.address_key; IPv6 by its /64) in the message's metadata, under
METADATA_KEY, and the handoff reads it from the latest message. The address itself is never
stored or logged. Rasa keeps the metadata with the message in the tracker store, so the hash
lives as long as the conversation's events (STEUNWIJZER_RETENTION_CONVERSATION_DAYS). With the cap
off (0) no metadata is added at all; exempt addresses (STEUNWIJZER_IP_LIMIT_EXEMPT, an
integration's relay) get none either, so they are not capped. A client's own metadata is still
never read: only this value, made here, travels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.channels.limits import Network, counted_address, parse_networks
from bot.keys import address_key, conversation_secret
from bot.settings import Settings

METADATA_KEY = "address_key"
_KEY = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class AddressKeys:
    """Makes the metadata of a message from one client address."""

    secret: str = field(repr=False)
    exempt: tuple[Network, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> AddressKeys | None:
        """None when the daily cap per address is off: then nothing is added to any message."""
        if settings.max_handoffs_per_ip_per_day <= 0:
            return None
        return cls(conversation_secret(settings), parse_networks(settings.ip_limit_exempt))

    def metadata(self, address: str | None) -> dict[str, str] | None:
        counted = counted_address(address, self.exempt)
        if counted is None:
            return None
        return {METADATA_KEY: address_key(counted, self.secret)}


def message_metadata(keys: AddressKeys | None, address: str | None) -> dict[str, str] | None:
    return keys.metadata(address) if keys is not None else None


def address_key_of(metadata: Mapping[str, Any] | None) -> str | None:
    """The address key in a message's metadata, when it has the form this module gives it."""
    value = (metadata or {}).get(METADATA_KEY)
    return value if isinstance(value, str) and _KEY.fullmatch(value) else None
