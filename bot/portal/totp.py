"""The second factor's building blocks: TOTP codes, the secret at rest, recovery codes, the QR code.

- Codes follow RFC 6238 as authenticator apps make them: HMAC-SHA1, 30-second steps, 6 digits.
  A code of the step before or after now is accepted too (a phone's clock is often a little off),
  but never a step at or before the last one accepted: a code seen over someone's shoulder, or
  typed twice, opens nothing.
- The secret is stored encrypted with AES-256-GCM under a key derived (HMAC-SHA256) from the
  portal secret, with the username as associated data. The database is what an attacker most
  likely gets a copy of (a backup, an SQL injection elsewhere); without the portal secret, which
  lives in the environment, its TOTP secrets give no codes, and a row copied onto another account
  does not decrypt.
- Recovery codes are 12 random characters from a 32-letter alphabet (60 bits), shown once. Only an
  HMAC-SHA256 under another derived key is stored: argon2's slowness protects guessable passwords,
  but 60 random bits cannot be guessed online (the login throttle) and, without the key, not
  offline either, so a fast keyed hash is enough.
- Enrolment codes are 16 random characters of the same alphabet (80 bits), issued by an
  administrator on the command line and needed, with the password, to bind a first app. The
  command line may run without the portal secret, so the stored form is a plain SHA-256 bound to
  the account: like a session token, 80 random bits need no key or slow hash, and the code works
  only for a limited time and once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
import segno
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

STEP_SECONDS = 30
DIGITS = 6
# Steps before and after now that are accepted too (RFC 6238 section 5.2 allows for clock drift).
DRIFT_STEPS = 1
RECOVERY_CODE_COUNT = 10
# Without 0/O and 1/I, which look alike on paper.
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
RECOVERY_GROUPS = 3
RECOVERY_GROUP_LENGTH = 4
ENROLMENT_GROUPS = 4
# How long an administrator's enrolment code works.
ENROLMENT_CODE_VALID = timedelta(hours=72)
# How long the step between the password and the code may take.
PENDING_LOGIN = timedelta(minutes=5)
ISSUER = "Steunwijzer portaal"
_NONCE_BYTES = 12
_CODE = re.compile(rf"\d{{{DIGITS}}}")


class UnreadableSecret(Exception):
    """A stored secret that does not decrypt: the portal secret changed, or the row was moved."""


@dataclass(frozen=True)
class TotpKeys:
    """Keys derived from the portal secret, one per use."""

    encryption: bytes
    recovery: bytes

    @classmethod
    def from_portal_secret(cls, portal_secret: str) -> TotpKeys:
        return cls(
            encryption=_derive(portal_secret, "portal-totp-secret"),
            recovery=_derive(portal_secret, "portal-recovery-code"),
        )


def _derive(secret: str, purpose: str) -> bytes:
    return hmac.new(secret.encode("utf-8"), purpose.encode("utf-8"), hashlib.sha256).digest()


# --- codes --------------------------------------------------------------------------------------


def new_secret() -> str:
    """160 random bits in base32, the length RFC 4226 recommends for HMAC-SHA1."""
    return pyotp.random_base32(32)


def step_at(now: datetime) -> int:
    return int(now.timestamp()) // STEP_SECONDS


def code_at_step(secret: str, step: int) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).at(step * STEP_SECONDS)


def looks_like_code(text: str) -> bool:
    return _CODE.fullmatch(text) is not None


def matching_step(secret: str, code: str, now: datetime, last_step: int | None) -> int | None:
    """The step whose code this is, within the drift and after `last_step`; None if none is."""
    if not looks_like_code(code):
        return None
    current = step_at(now)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if last_step is not None and step <= last_step:
            continue
        if hmac.compare_digest(code_at_step(secret, step), code):
            return step
    return None


def normalize_code(text: str) -> str:
    """What was typed, without the spaces and dashes people copy along."""
    return re.sub(r"[\s-]", "", text).upper()


# --- the secret at rest ---------------------------------------------------------------------------


def encrypt_secret(keys: TotpKeys, username: str, secret: str) -> str:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(keys.encryption).encrypt(nonce, secret.encode("ascii"), username.encode())
    return base64.b64encode(nonce + sealed).decode("ascii")


def decrypt_secret(keys: TotpKeys, username: str, stored: str) -> str:
    try:
        raw = base64.b64decode(stored.encode("ascii"), validate=True)
        nonce, sealed = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:]
        return AESGCM(keys.encryption).decrypt(nonce, sealed, username.encode()).decode("ascii")
    except (InvalidTag, ValueError) as error:
        raise UnreadableSecret(username) from error


# --- recovery codes -------------------------------------------------------------------------------


def new_recovery_codes(count: int = RECOVERY_CODE_COUNT) -> list[str]:
    return [_recovery_code() for _ in range(count)]


def _recovery_code(groups: int = RECOVERY_GROUPS) -> str:
    return "-".join(
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(groups)
    )


def _made_of_groups(text: str, groups: int) -> bool:
    length = groups * RECOVERY_GROUP_LENGTH
    return len(text) == length and all(char in RECOVERY_ALPHABET for char in text)


def looks_like_recovery_code(text: str) -> bool:
    """`text` normalized (normalize_code)."""
    return _made_of_groups(text, RECOVERY_GROUPS)


def recovery_hash(keys: TotpKeys, username: str, code: str) -> str:
    """The stored form of a recovery code (normalized), bound to its account."""
    message = f"{username}\x1f{normalize_code(code)}".encode()
    return hmac.new(keys.recovery, message, hashlib.sha256).hexdigest()


# --- enrolment codes ------------------------------------------------------------------------------


def new_enrolment_code() -> str:
    return _recovery_code(ENROLMENT_GROUPS)


def looks_like_enrolment_code(text: str) -> bool:
    """`text` normalized (normalize_code)."""
    return _made_of_groups(text, ENROLMENT_GROUPS)


def enrolment_hash(username: str, code: str) -> str:
    """The stored form of an enrolment code (normalized), bound to its account."""
    return hashlib.sha256(f"{username}\x1f{normalize_code(code)}".encode()).hexdigest()


# --- enrolment page -------------------------------------------------------------------------------


def grouped(secret: str, size: int = 4) -> str:
    """The secret in blocks of four, easier to type into an app by hand."""
    return " ".join(secret[i : i + size] for i in range(0, len(secret), size))


def provisioning_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=username, issuer_name=ISSUER
    )


def qr_data_uri(uri: str) -> str:
    """The QR code as an SVG data: URI for an <img> (the portal's CSP allows data: images)."""
    return segno.make(uri, error="m").svg_data_uri(scale=5, dark="#000", light="#fff")
