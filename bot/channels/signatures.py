"""Is a webhook call really from Meta or Twilio? Checked before anything in it is read.

Meta signs the raw body: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 with the app secret>`. It
must be checked on the bytes as received (re-serialised JSON differs in escapes), and compared in
constant time. Twilio signs the URL it called plus the sorted form fields with the auth token
(HMAC-SHA1, base64); its own `RequestValidator` does that check.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence

from twilio.request_validator import RequestValidator

META_SIGNATURE_HEADER = "X-Hub-Signature-256"
META_SIGNATURE_PREFIX = "sha256="
TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"


def meta_signature(body: bytes, app_secret: str) -> str:
    """The header value Meta sends with `body`."""
    digest = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return META_SIGNATURE_PREFIX + digest


def meta_signature_valid(body: bytes, header: str | None, app_secret: str) -> bool:
    if not header or not app_secret:
        return False
    return hmac.compare_digest(header.strip().lower(), meta_signature(body, app_secret))


class FormParams(dict[str, list[str]]):
    """Form fields with every value of a repeated field, the way RequestValidator reads them."""

    def getlist(self, name: str) -> list[str]:
        return list(self[name])


def twilio_signature_valid(
    url: str, form: Mapping[str, Sequence[str]], header: str | None, auth_token: str
) -> bool:
    """`form` maps each field to all its values, blank ones included (parse_qs with
    keep_blank_values): Twilio signs them all."""
    if not header or not auth_token:
        return False
    params = FormParams({name: list(values) for name, values in form.items()})
    return bool(RequestValidator(auth_token).validate(url, params, header))
