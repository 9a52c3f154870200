"""A conversation's key: a keyed hash of its sender id, stored instead of the id itself.

On WhatsApp the sender id is the caregiver's phone number; the app database only needs to find
"this conversation's" rows again (for erasure), which a keyed hash allows without keeping the
number. The key comes from STEUNWIJZER_CONVERSATION_KEY_SECRET (bot.server_secrets).
"""

from __future__ import annotations

import hashlib
import hmac

from bot.server_secrets import CONVERSATION_KEY, server_secret
from bot.settings import Settings


def conversation_key(sender_id: str, secret: str) -> str:
    return hmac.new(secret.encode(), sender_id.encode(), hashlib.sha256).hexdigest()


def address_key(counted_address: str, secret: str) -> str:
    """A keyed hash of a chat client's address (bot.channels.limits.counted_address), for the
    daily cap on aanmeldingen per address. Prefixed, so it never equals a conversation key."""
    return conversation_key(f"address:{counted_address}", secret)


def conversation_secret(settings: Settings) -> str:
    return server_secret(settings, CONVERSATION_KEY)


def conversation_key_for(sender_id: str, settings: Settings) -> str:
    return conversation_key(sender_id, conversation_secret(settings))
