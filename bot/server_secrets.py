"""The secrets every server needs, and what happens when one is missing: fail closed in production.

- The conversation key secret keys the hash that stands in for a sender id (bot.keys).
  Every replica must use the same one, or erasure finds nothing.
- The portal secret signs the portal's session and CSRF cookies (bot.portal.app). Every web
  replica must use the same one, or staff are logged out at random.

In production mode a server refuses to start when one is missing or shorter than
MIN_SECRET_LENGTH, with a message that names the variable. In development mode (`make run`, the
tests) a missing secret is generated once under var/, and the log says so.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Settings

logger = logging.getLogger(__name__)

# 32 characters: 128 bits or more from `openssl rand -hex 32` or a password manager.
MIN_SECRET_LENGTH = 32


@dataclass(frozen=True)
class ServerSecret:
    setting: str  # the Settings field
    variable: str  # the environment variable that sets it
    file_name: str  # the generated file under var/, in development mode only


CONVERSATION_KEY = ServerSecret(
    "conversation_key_secret", "STEUNWIJZER_CONVERSATION_KEY_SECRET", "conversation.secret"
)
PORTAL = ServerSecret("portal_secret", "STEUNWIJZER_PORTAL_SECRET", "portal.secret")
SERVER_SECRETS = (CONVERSATION_KEY, PORTAL)


class MissingSecretError(RuntimeError):
    """A production server without a secret it needs; the message says which and how to set it."""


def secret_problems(
    settings: Settings, needed: tuple[ServerSecret, ...] = SERVER_SECRETS
) -> list[str]:
    """What is wrong with the `needed` secrets, one line each; empty when all is well."""
    problems = []
    for secret in needed:
        value = getattr(settings, secret.setting)
        if not value:
            problems.append(f"{secret.variable} is not set")
        elif len(value) < MIN_SECRET_LENGTH:
            problems.append(f"{secret.variable} is shorter than {MIN_SECRET_LENGTH} characters")
    return problems


def require_server_secrets(settings: Settings, needed: tuple[ServerSecret, ...]) -> None:
    """Called by every server at start with the secrets it uses: in production, stop at once
    when one is missing."""
    if settings.is_development:
        logger.warning(
            "Development mode: missing secrets are generated under %s and demo data is imported. "
            "Never use this mode in production (STEUNWIJZER_MODE=production).",
            settings.var_dir,
        )
        return
    problems = secret_problems(settings, needed)
    if problems:
        raise MissingSecretError(_refusal(problems))


def server_secret(settings: Settings, secret: ServerSecret) -> str:
    """The configured secret; in development mode a generated one when none is configured."""
    value: str | None = getattr(settings, secret.setting)
    if value and (settings.is_development or len(value) >= MIN_SECRET_LENGTH):
        return value
    if not settings.is_development:
        raise MissingSecretError(_refusal(secret_problems(settings, (secret,))))
    return _load_or_create(settings.var_dir / secret.file_name)


def _refusal(problems: list[str]) -> str:
    return (
        "Steunwijzer does not start in production mode without its secrets: "
        + "; ".join(problems)
        + ". Set each to a long random value shared by all replicas (e.g. `openssl rand -hex 32`),"
        " see .env.example. For a local trial, STEUNWIJZER_MODE=development generates them."
    )


def _load_or_create(path: Path) -> str:
    """The secret in `path`, created (readable by the owner only) when it does not exist."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32)
    path.touch(mode=0o600)
    path.write_text(value, encoding="utf-8")
    logger.warning("Development mode: generated a new secret in %s", path)
    return value
