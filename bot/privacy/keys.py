"""A conversation's key: a keyed hash of its sender id, stored instead of the id itself.

On WhatsApp the sender id is the caregiver's phone number; the app database only needs to find
"this conversation's" rows again (for erasure), which a keyed hash allows without keeping the
number. The key comes from STEUNWIJZER_CONVERSATION_KEY_SECRET; without it a per-installation
secret is created once under var/.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from bot.settings import Settings

SECRET_FILE = "conversation.secret"


def load_or_create_secret(path: Path) -> str:
    """The secret in `path`, created (readable by the owner only) when it does not exist."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_hex(32)
    path.touch(mode=0o600)
    path.write_text(secret, encoding="utf-8")
    return secret


def conversation_key(sender_id: str, secret: str) -> str:
    return hmac.new(secret.encode(), sender_id.encode(), hashlib.sha256).hexdigest()


def conversation_secret(settings: Settings) -> str:
    return settings.conversation_key_secret or load_or_create_secret(settings.var_dir / SECRET_FILE)


def conversation_key_for(sender_id: str, settings: Settings) -> str:
    return conversation_key(sender_id, conversation_secret(settings))
