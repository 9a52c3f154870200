"""The aanmelding contract: `handoff.schema.json` (a byte-for-byte copy of the shared contract).

Validation checks formats too. jsonschema only checks `date-time` when the optional
rfc3339-validator package is installed (it is not in this environment) and its `email` check is
just "contains an @", so both checks are registered here: RFC 3339 date-times and the same e-mail
rule the conversation uses (`bot.handoff.contact.is_valid_email`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from bot.handoff.contact import is_valid_email

SCHEMA_PATH = Path(__file__).with_name("handoff.schema.json")
SCHEMA_VERSION = "1.0"

# RFC 3339 section 5.6 date-time: full-date "T" full-time, with a mandatory offset.
_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?"
    r"(?:[Zz]|[+-](\d{2}):(\d{2}))"
)
MAX_HOUR, MAX_MINUTE, MAX_SECOND = 23, 59, 60  # 60: a leap second


class InvalidDocument(ValueError):
    """The document does not follow the handoff schema; `errors` says where, without values."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def is_rfc3339_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True  # other types are the "type" keyword's business
    match = _RFC3339.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    offset_hour, offset_minute = match.group(7), match.group(8)
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return (
        hour <= MAX_HOUR
        and minute <= MAX_MINUTE
        and second <= MAX_SECOND
        and (offset_hour is None or int(offset_hour) <= MAX_HOUR)
        and (offset_minute is None or int(offset_minute) <= MAX_MINUTE)
    )


def _is_email(value: object) -> bool:
    return not isinstance(value, str) or is_valid_email(value)


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def _format_checker() -> FormatChecker:
    checker = FormatChecker()
    checker.checks("date-time")(is_rfc3339_date_time)
    checker.checks("email")(_is_email)
    return checker


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=_format_checker())


def _describe(error: ValidationError) -> str:
    # The path and the rule only: the message of a ValidationError repeats the value, which may be
    # a name, a phone number or a health fact, and errors end up in logs.
    where = "/".join(str(part) for part in error.absolute_path) or "(document)"
    return f"{where}: fails '{error.validator}'"


def validation_errors(document: Mapping[str, Any]) -> list[str]:
    """Every schema violation in `document` as 'path: fails <keyword>'; empty when valid."""
    errors = sorted(
        validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]
    )
    return [_describe(error) for error in errors]


def validate_document(document: Mapping[str, Any]) -> None:
    """Raise InvalidDocument unless `document` follows the handoff schema, formats included."""
    errors = validation_errors(document)
    if errors:
        raise InvalidDocument(errors)
