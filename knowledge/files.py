"""Reviewed content files (`knowledge/data/aanbod/*.yml`) read into Offer and Steunpunt records.

A file is checked in two passes: jsonschema for its structure (types, known values of kind, scope,
funding, need category), then our own rules that a schema cannot express. Every problem names the
file, the entry id and the field, and all problems of a file are reported at once, so a reviewer
fixes a file in one go. Rules that matter most:

- an entry without `source_url` or `last_checked` is refused: unsourced advice never reaches a
  caregiver;
- gemeente codes must be among the 342 gemeenten; ids must be unique (within a file and, in
  `read_content_files`, across files);
- demo data (`example: true`) has "(voorbeeld)" in its name, no phone number and only example.org
  style addresses, so nobody mistakes it for a real organisation; real data has none of those;
- a steunpunt's `handoff_webhook` is https and its host resolves to public addresses only, unless
  the host is in STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS (`knowledge.webhook_address`; the worker checks
  again at every send). Demo data's webhook is an example.org style address and is not resolved;
- an unverified entry (`verified: false`) has no phone number: a number FACTS.md marks UNVERIFIED is
  never shown. A referenced help line (`helpline_id`) must exist in helplines.yml, and an entry that
  points at an unverified help line must itself be unverified.

`write_content_file` writes the same format back (used by the export).

The entries' schema, how an entry becomes a record and how a record is written back are derived
from the records' fields (`knowledge.offer`): `record_schema`, `record_from_file`, `record_to_file`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args, get_origin
from urllib.parse import urlsplit

import jsonschema
import yaml

from bot.settings import load_settings
from knowledge.dates import parse_date
from knowledge.gemeenten import load_gemeenten
from knowledge.helplines import all_helplines
from knowledge.offer import (
    Contact,
    FieldInfo,
    NeedCategory,
    Offer,
    Steunpunt,
    fields_of,
    is_record,
    unwrap,
)
from knowledge.webhook_address import RefusedWebhook, check_webhook_url

R = TypeVar("R")

CONTENT_DIR = Path(__file__).resolve().parent / "data" / "aanbod"
FORMAT_VERSION = 1

NEED_CATEGORIES: tuple[str, ...] = get_args(NeedCategory)
EXAMPLE_MARK = "(voorbeeld)"
_WEBHOOK_ADVICE = (
    "an aanmelding holds health data, so it only goes over https to a public address; "
    "for the steunpunt's own internal receiver, ask IT to add the host to "
    "STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS"
)
# RFC 2606 reserves these for examples; demo contact data may only point there.
_EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")

_TEXT: dict[str, Any] = {"type": "string", "pattern": r"\S"}
_OPTIONAL_TEXT: dict[str, Any] = {"type": ["string", "null"], "pattern": r"\S"}


def _value_schema(info: FieldInfo) -> dict[str, Any]:
    """The JSON schema of one field in a content file: its spec's, else derived from its type."""
    if info.spec.schema is not None:
        return dict(info.spec.schema)
    base, optional = unwrap(info.type)
    if is_record(base):
        return record_schema(base)
    if get_origin(base) is Literal:
        return {"enum": list(get_args(base))}
    if get_origin(base) is tuple:
        (item,) = get_args(base)[:1]
        items = {"enum": list(get_args(item))} if get_origin(item) is Literal else _TEXT
        return {"type": "array", "items": items, "minItems": 0, "uniqueItems": True}
    if base is str:
        return _OPTIONAL_TEXT if optional else _TEXT
    if base is bool:
        return {"type": "boolean"}
    if base in (int, float):
        kind = "integer" if base is int else "number"
        return {"type": [kind, "null"] if optional else kind, "minimum": 0}
    return {}  # a date: YAML makes dates of 2026-11-24; checked in parse_date()


@cache
def record_schema(record_type: type) -> dict[str, Any]:
    """The JSON schema of one entry (or nested object) of a record type in a content file."""
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {info.name: _value_schema(info) for info in fields_of(record_type)},
    }


def required_fields(record_type: type) -> tuple[str, ...]:
    return tuple(info.name for info in fields_of(record_type) if info.spec.required)


_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": FORMAT_VERSION},
        "steunpunten": {"type": "array", "items": {"type": "object"}},
        "offers": {"type": "array", "items": {"type": "object"}},
    },
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a content file; `entry` and `field` are None when not about one."""

    file: str
    entry: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.entry is not None:
            parts.append(f"entry {self.entry}")
        if self.field is not None:
            parts.append(f"field {self.field!r}")
        return ": ".join([*parts, self.message])


class ContentError(ValueError):
    """A content file is invalid; `problems` lists everything found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class ContentFile:
    """One validated file. `name` (the file name) is what a re-import recognises it by."""

    name: str
    offers: tuple[Offer, ...]
    steunpunten: tuple[Steunpunt, ...]


@lru_cache(maxsize=1)
def known_gemeente_codes() -> frozenset[str]:
    return frozenset(gemeente.code for gemeente in load_gemeenten())


def configured_webhook_hosts() -> frozenset[str]:
    """STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS of the environment, read when content is checked."""
    return load_settings().webhook_allowed_hosts


def default_content_paths(directory: Path = CONTENT_DIR) -> list[Path]:
    """Every content file of the product, in a stable order."""
    return sorted(directory.glob("*.yml"))


# --- small checks -------------------------------------------------------------------------------


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and "." in parts.netloc


def _host(value: str) -> str:
    if "@" in value and "://" not in value:
        return value.rsplit("@", 1)[1].lower()
    parts = urlsplit(value if "://" in value else f"https://{value}")
    return (parts.hostname or "").lower()


def _is_example_host(host: str) -> bool:
    return any(host == domain or host.endswith(f".{domain}") for domain in _EXAMPLE_DOMAINS)


def _webhook_problems(
    url: str | None, example: bool, allowed_hosts: Collection[str]
) -> Iterator[tuple[str, str]]:
    if url is None:
        return
    if example or _is_example_host(_host(url)):
        if example != _is_example_host(_host(url)):
            yield "handoff_webhook", "example data uses example.org addresses, real data real ones"
        elif urlsplit(url).scheme != "https":
            yield "handoff_webhook", f"must be a web address starting with https://, got {url!r}"
        return  # an example.org address is nobody's system: nothing to resolve
    try:
        check_webhook_url(url, allowed_hosts)
    except RefusedWebhook as refusal:
        yield "handoff_webhook", f"{refusal}, got {url!r}; {_WEBHOOK_ADVICE}"


def _entry_label(raw: Any, index: int) -> str:
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str) and raw["id"].strip():
        return repr(raw["id"])
    return f"#{index + 1}"


def _schema_problems(
    raw: Mapping[str, Any], schema: dict[str, Any], required: Sequence[str]
) -> Iterator[tuple[str | None, str]]:
    for name in required:
        if raw.get(name) is None:
            yield name, "missing (required)"
    validator = jsonschema.Draft7Validator(schema)
    for error in sorted(validator.iter_errors(raw), key=lambda e: [str(p) for p in e.path]):
        path = [str(part) for part in error.absolute_path]
        if path and path[0] in required and error.instance is None:
            continue  # already reported as missing
        if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
            known = error.schema.get("properties", {})
            for key in error.instance:
                if key not in known:
                    yield ".".join([*path, str(key)]), "unknown field"
            continue
        yield ".".join(path) or None, error.message


def _contact_problems(contact: Contact, example: bool) -> Iterator[tuple[str, str]]:
    addresses = (("contact.email", contact.email), ("contact.website", contact.website))
    for field, value in addresses:
        if value is None:
            continue
        is_example = _is_example_host(_host(value))
        if example and not is_example:
            yield field, f"example data may only use {', '.join(_EXAMPLE_DOMAINS)}, got {value!r}"
        if not example and is_example:
            yield field, f"{value!r} is an example address; set example: true or use a real one"
    if contact.website is not None and not _is_web_url(contact.website):
        yield (
            "contact.website",
            f"must be a web address starting with https://, got {contact.website!r}",
        )
    if example and contact.phone is not None:
        yield "contact.phone", "example data must not have a phone number"


def _gemeente_problems(raw: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Unknown gemeente codes, checked even when the rest of the entry is broken."""
    codes = raw.get("gemeente_codes")
    if not isinstance(codes, list):
        return
    unknown = [c for c in codes if isinstance(c, str) and c not in known_gemeente_codes()]
    if unknown:
        yield "gemeente_codes", f"unknown gemeente code(s): {', '.join(unknown)}"


def _common_problems(name: str, source_url: str, example: bool) -> Iterator[tuple[str, str]]:
    if not _is_web_url(source_url):
        yield "source_url", f"must be a web address starting with https://, got {source_url!r}"
    if example and EXAMPLE_MARK not in name:
        yield "name", f"example data must have {EXAMPLE_MARK!r} in its name"
    if not example and EXAMPLE_MARK in name:
        yield "name", f"{EXAMPLE_MARK!r} in the name of real data; set example: true or remove it"


# --- entries ------------------------------------------------------------------------------------


def _file_value(info: FieldInfo, raw: Mapping[str, Any]) -> Any:
    """One field's value in the record, from a content file entry that passed its schema."""
    value = raw.get(info.name)
    base, _ = unwrap(info.type)
    if is_record(base):
        return record_from_file(base, value or {})
    if base is dt.date:
        return parse_date(value)
    if get_origin(base) is tuple:
        value = value or ()
    elif value is None:
        return None if info.default is dataclasses.MISSING else info.default
    if info.spec.clean is not None:
        value = info.spec.clean(value)
    return tuple(value) if get_origin(base) is tuple else value


def record_from_file(record_type: type[R], raw: Mapping[str, Any]) -> R:
    """The record of a content file entry that passed its schema and has its dates."""
    return record_type(**{info.name: _file_value(info, raw) for info in fields_of(record_type)})


def _date_problems(record_type: type, raw: Mapping[str, Any]) -> list[tuple[str | None, str]]:
    """Dates that are no date, and required dates that are missing (reported by the schema)."""
    problems: list[tuple[str | None, str]] = []
    for info in fields_of(record_type):
        if unwrap(info.type)[0] is not dt.date:
            continue
        value = raw.get(info.name)
        if value is not None and parse_date(value) is None:
            problems.append((info.name, f"must be a date (YYYY-MM-DD), got {value!r}"))
    return problems


def _entry_problems(record_type: type, raw: Mapping[str, Any]) -> list[tuple[str | None, str]]:
    """What the schema, the dates and the gemeente codes say about one entry."""
    problems = list(_schema_problems(raw, record_schema(record_type), required_fields(record_type)))
    problems.extend(_date_problems(record_type, raw))
    problems.extend(_gemeente_problems(raw))
    return problems


def _offer_rule_problems(offer: Offer) -> Iterator[tuple[str, str]]:
    yield from _common_problems(offer.name, offer.source_url, offer.example)
    yield from _contact_problems(offer.contact, offer.example)
    if offer.scope == "landelijk" and offer.gemeente_codes:
        yield "gemeente_codes", "a landelijk offer applies everywhere; leave gemeente_codes empty"
    if offer.scope != "landelijk" and not offer.gemeente_codes:
        yield "gemeente_codes", f"a {offer.scope} offer must list the gemeenten where it applies"
    if offer.valid_from and offer.valid_until and offer.valid_from > offer.valid_until:
        yield "valid_until", f"is before valid_from ({offer.valid_from.isoformat()})"
    rules = offer.eligibility
    if rules.min_age is not None and rules.max_age is not None and rules.min_age > rules.max_age:
        yield "eligibility.max_age", f"is below min_age ({rules.min_age})"
    if not offer.verified and offer.contact.phone is not None:
        yield "contact.phone", "an unverified entry must not carry a phone number"
    if offer.helpline_id is not None:
        line = all_helplines().get(offer.helpline_id)
        if line is None:
            yield "helpline_id", f"unknown help line {offer.helpline_id!r} (see helplines.yml)"
        elif not line.verified and offer.verified:
            yield "verified", f"help line {offer.helpline_id!r} is unverified; set verified: false"


def _parse_offer(raw: Mapping[str, Any]) -> tuple[Offer | None, list[tuple[str | None, str]]]:
    problems = _entry_problems(Offer, raw)
    if problems:
        return None, problems
    offer = record_from_file(Offer, raw)
    problems.extend(_offer_rule_problems(offer))
    return (None if problems else offer), problems


def _parse_steunpunt(
    raw: Mapping[str, Any], webhook_hosts: Collection[str]
) -> tuple[Steunpunt | None, list[tuple[str | None, str]]]:
    problems = _entry_problems(Steunpunt, raw)
    if problems:
        return None, problems
    steunpunt = record_from_file(Steunpunt, raw)
    problems.extend(_common_problems(steunpunt.name, steunpunt.source_url, steunpunt.example))
    problems.extend(_contact_problems(steunpunt.contact, steunpunt.example))
    if steunpunt.handoff_email is not None:
        is_example = _is_example_host(_host(steunpunt.handoff_email))
        if steunpunt.example != is_example:
            problems.append(
                ("handoff_email", "example data uses example.org addresses, real data real ones")
            )
    problems.extend(_webhook_problems(steunpunt.handoff_webhook, steunpunt.example, webhook_hosts))
    return (None if problems else steunpunt), problems


# --- files --------------------------------------------------------------------------------------


def _parse_section(
    entries: Iterable[Any],
    parse: Callable[[Any], tuple[R | None, list[tuple[str | None, str]]]],
    origin: str,
    seen: set[str],
    problems: list[Problem],
) -> list[R]:
    """The valid records of one section of a file; its problems are added to `problems`, and ids
    to `seen`, which the file's sections share (an id occurs once in a file)."""
    records: list[R] = []
    for index, raw in enumerate(entries):
        label = _entry_label(raw, index)
        record, entry_problems = parse(raw)
        problems.extend(Problem(origin, label, field, msg) for field, msg in entry_problems)
        entry_id = raw.get("id")
        if isinstance(entry_id, str):
            if entry_id in seen:
                problems.append(Problem(origin, label, "id", "occurs more than once"))
            seen.add(entry_id)
        if record is not None:
            records.append(record)
    return records


def parse_content(
    document: Any, origin: str, webhook_hosts: Collection[str] | None = None
) -> ContentFile:
    """Validate a loaded content document; `origin` is the file name used in errors and re-import.

    `webhook_hosts` are the hosts allowed to receive webhooks at non-public addresses; by default
    those of the environment (`configured_webhook_hosts`).
    """
    if webhook_hosts is None:
        webhook_hosts = configured_webhook_hosts()
    try:
        jsonschema.validate(document, _FILE_SCHEMA)
    except jsonschema.ValidationError as error:
        field = ".".join(str(part) for part in error.absolute_path) or None
        raise ContentError([Problem(origin, None, field, error.message)]) from None
    problems: list[Problem] = []
    seen: set[str] = set()
    parse_steunpunt = partial(_parse_steunpunt, webhook_hosts=webhook_hosts)
    steunpunten = _parse_section(
        document.get("steunpunten") or (), parse_steunpunt, origin, seen, problems
    )
    offers = _parse_section(document.get("offers") or (), _parse_offer, origin, seen, problems)
    if not offers and not steunpunten and not problems:
        problems.append(Problem(origin, None, None, "has no offers and no steunpunten"))
    if problems:
        raise ContentError(problems)
    return ContentFile(name=origin, offers=tuple(offers), steunpunten=tuple(steunpunten))


def read_content_file(path: Path, webhook_hosts: Collection[str] | None = None) -> ContentFile:
    """Read and validate one file; ContentError names file, entry and field of every problem."""
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ContentError([Problem(str(path), None, None, f"cannot read: {error}")]) from None
    except yaml.YAMLError as error:
        raise ContentError([Problem(str(path), None, None, f"not valid YAML: {error}")]) from None
    parsed = parse_content(document, origin=str(path), webhook_hosts=webhook_hosts)
    return ContentFile(name=path.name, offers=parsed.offers, steunpunten=parsed.steunpunten)


def read_content_files(
    paths: Iterable[Path], webhook_hosts: Collection[str] | None = None
) -> list[ContentFile]:
    """Read several files; all their problems, and ids used in two files, in one ContentError.

    `webhook_hosts`: see `parse_content`; read once here rather than once per file.
    """
    if webhook_hosts is None:
        webhook_hosts = configured_webhook_hosts()
    problems: list[Problem] = []
    files: list[ContentFile] = []
    owner: dict[str, str] = {}
    by_name: dict[str, Path] = {}
    for path in paths:
        path = Path(path)
        if path.name in by_name:
            problems.append(
                Problem(str(path), None, None, f"has the same file name as {by_name[path.name]}")
            )
            continue
        by_name[path.name] = path
        try:
            content = read_content_file(path, webhook_hosts)
        except ContentError as error:
            problems.extend(error.problems)
            continue
        records: tuple[Steunpunt | Offer, ...] = (*content.steunpunten, *content.offers)
        for record in records:
            first = owner.setdefault(record.id, content.name)
            if first != content.name:
                problems.append(
                    Problem(str(path), repr(record.id), "id", f"is also used in {first}")
                )
        files.append(content)
    if problems:
        raise ContentError(problems)
    return files


# --- writing ------------------------------------------------------------------------------------


def record_to_file(record: Any) -> dict[str, Any]:
    """The file form of a record: what `record_from_file` reads back into an equal record.

    Fields left at their default or empty are left out, except those a file must give.
    """
    document: dict[str, Any] = {}
    for info in fields_of(type(record)):
        value = getattr(record, info.name)
        if is_record(info.type):
            value = record_to_file(value)
        elif isinstance(value, tuple):
            value = list(value)
        empty = value in (None, [], {}) or (
            info.default is not dataclasses.MISSING and value == info.default
        )
        if info.spec.required or not empty:
            document[info.name] = value
    return document


def offer_to_dict(offer: Offer) -> dict[str, Any]:
    return record_to_file(offer)


def steunpunt_to_dict(steunpunt: Steunpunt) -> dict[str, Any]:
    return record_to_file(steunpunt)


_HEADER = """\
# Exported from the Steunwijzer knowledge base. Same format as knowledge/data/aanbod/*.yml:
# check with `python -m knowledge check FILE` and import with `python -m knowledge import FILE`.
"""


def write_content_file(
    path: Path, offers: Sequence[Offer], steunpunten: Sequence[Steunpunt] = ()
) -> None:
    """Write records in the content file format (comments of the original are not kept)."""
    document: dict[str, Any] = {"version": FORMAT_VERSION}
    if steunpunten:
        document["steunpunten"] = [steunpunt_to_dict(item) for item in steunpunten]
    if offers:
        document["offers"] = [offer_to_dict(item) for item in offers]
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
    Path(path).write_text(_HEADER + text, encoding="utf-8")
