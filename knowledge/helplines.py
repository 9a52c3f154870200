"""Help lines (112, 113, Veilig Thuis, ...) as reviewed data: `knowledge/data/helplines.yml`.

Phone numbers live in that one file, each with its source and the date it was last checked, so a
wrong or outdated number is fixed in one place. An entry without a source or a check date is refused:
an unsourced crisis number must never reach a caregiver. Numbers that FACTS.md marks as UNVERIFIED
are loaded (other parts of the product may mention the service) but `get_verified_helpline` refuses
them, which is what the safety reply uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

HELPLINES_FILE = Path(__file__).resolve().parent / "data" / "helplines.yml"

_ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "name", "phones", "verified", "source", "last_checked", "purpose"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9_]+$"},
        "name": {"type": "string", "minLength": 1},
        "phones": {"type": "array", "items": {"type": "string", "pattern": "^[0-9][0-9 -]*$"}},
        "how_to_reach": {"type": "string", "minLength": 1},
        "chat": {"type": ["string", "null"]},
        "website": {"type": ["string", "null"]},
        "hours": {"type": ["string", "null"]},
        "free": {"type": ["boolean", "null"]},
        "anonymous": {"type": ["boolean", "null"]},
        "purpose": {"type": "string", "minLength": 1},
        "verified": {"type": "boolean"},
        "source": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "string", "minLength": 1},
        },
        # YAML turns an unquoted 2026-11-24 into a date; it is checked below, not here.
        "last_checked": {},
    },
}

# Alike in shape only with the glossary's file schema: another file with other entries.
_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "helplines"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1},
        "helplines": {"type": "array", "minItems": 1, "items": _ENTRY_SCHEMA},
    },
}


class HelplineDataError(ValueError):
    """The help line file is incomplete or inconsistent."""


class UnverifiedHelplineError(LookupError):
    """A caller asked for a verified help line whose number is not verified."""


@dataclass(frozen=True)
class HelpLine:
    id: str
    name: str
    phones: tuple[str, ...]
    purpose: str
    verified: bool
    source: tuple[str, ...]
    last_checked: dt.date
    how_to_reach: str | None = None
    chat: str | None = None
    website: str | None = None
    hours: str | None = None
    free: bool | None = None
    anonymous: bool | None = None

    @property
    def is_24_7(self) -> bool:
        return self.hours == "24/7"


def _parse_entry(raw: dict[str, Any]) -> HelpLine:
    last_checked = raw["last_checked"]
    if not isinstance(last_checked, dt.date) or isinstance(last_checked, dt.datetime):
        raise HelplineDataError(
            f"help line {raw['id']!r}: last_checked must be a date (YYYY-MM-DD), "
            f"got {last_checked!r}"
        )
    return HelpLine(
        id=raw["id"],
        name=raw["name"],
        phones=tuple(raw["phones"]),
        purpose=raw["purpose"],
        verified=raw["verified"],
        source=tuple(raw["source"]),
        last_checked=last_checked,
        how_to_reach=raw.get("how_to_reach"),
        chat=raw.get("chat"),
        website=raw.get("website"),
        hours=raw.get("hours"),
        free=raw.get("free"),
        anonymous=raw.get("anonymous"),
    )


def parse_helplines(document: Any) -> dict[str, HelpLine]:
    """Validate a loaded helplines document and return its entries by id."""
    try:
        jsonschema.validate(document, _FILE_SCHEMA)
    except jsonschema.ValidationError as error:
        location = "/".join(str(part) for part in error.absolute_path) or "(file)"
        raise HelplineDataError(f"helplines data invalid at {location}: {error.message}") from None
    helplines: dict[str, HelpLine] = {}
    for raw in document["helplines"]:
        line = _parse_entry(raw)
        if line.id in helplines:
            raise HelplineDataError(f"help line id {line.id!r} occurs twice")
        if not line.phones and not line.how_to_reach:
            raise HelplineDataError(f"help line {line.id!r} has neither phones nor how_to_reach")
        helplines[line.id] = line
    return helplines


def load_helplines(path: Path = HELPLINES_FILE) -> dict[str, HelpLine]:
    """Read and validate a helplines file (not cached; use `all_helplines` in the product)."""
    with path.open(encoding="utf-8") as handle:
        return parse_helplines(yaml.safe_load(handle))


@lru_cache(maxsize=1)
def all_helplines() -> dict[str, HelpLine]:
    """The product's help lines, read once on first use."""
    return load_helplines()


def get_helpline(helpline_id: str) -> HelpLine:
    """One help line by id, verified or not; KeyError when unknown."""
    try:
        return all_helplines()[helpline_id]
    except KeyError:
        raise KeyError(f"unknown help line {helpline_id!r}") from None


def get_verified_helpline(helpline_id: str) -> HelpLine:
    """One help line by id, only when its details are verified (for crisis replies)."""
    line = get_helpline(helpline_id)
    if not line.verified:
        raise UnverifiedHelplineError(
            f"help line {helpline_id!r} is not verified and must not be shown as certain"
        )
    return line
