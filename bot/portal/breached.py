"""Is a new staff password in a known data breach? (ASVS 2.1.7)

Asks Have I Been Pwned's Pwned Passwords range API with k-anonymity: only the first five hex
digits of the password's SHA-1 leave the server, and the answer lists every breached hash with that
prefix (padded with fake entries of count 0, `Add-Padding`, so its size tells nothing either). The
password is refused when its hash is in the list with a count above 0.

Used where passwords are set: `python -m bot.portal add-user` and `set-password`. When the service
cannot be reached, production refuses the password (fail closed; an installation without internet
access turns the check off with STEUNWIJZER_BREACHED_PASSWORD_CHECK=off and says why in its own
security file); development mode warns and goes on, so `make run` works offline.
"""

from __future__ import annotations

import hashlib
import logging

import httpx

logger = logging.getLogger(__name__)

PREFIX_LENGTH = 5


class BreachCheckUnavailable(Exception):
    """The breach service did not answer usefully; the message says how, never the password."""


def times_breached(password: str, base_url: str, *, timeout: float = 10.0) -> int:
    """How often this password appears in known breaches (0: not found)."""
    # SHA-1 because the API is keyed on it; nothing is stored with it.
    digest = hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest().upper()
    prefix, suffix = digest[:PREFIX_LENGTH], digest[PREFIX_LENGTH:]
    try:
        response = httpx.get(
            f"{base_url.rstrip('/')}/range/{prefix}",
            headers={"Add-Padding": "true", "User-Agent": "steunwijzer-portal"},
            timeout=timeout,
        )
    except httpx.HTTPError as error:
        raise BreachCheckUnavailable(f"unreachable ({type(error).__name__})") from None
    if response.status_code != 200:
        raise BreachCheckUnavailable(f"answered HTTP {response.status_code}")
    return _count_for(suffix, response.text)


def _count_for(suffix: str, body: str) -> int:
    """The count of `suffix` in a range answer: lines of "SUFFIX:COUNT"."""
    for line in body.splitlines():
        found, _, count = line.strip().partition(":")
        if found.upper() == suffix:
            return int(count) if count.isdigit() else 0
    return 0
