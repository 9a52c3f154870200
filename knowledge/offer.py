"""The knowledge base's records as plain data: what import produces and search ranks.

One shape for both, so the search can be tested without a database and the database holds
exactly what the reviewed YAML files say. Field names are English; values people read are Dutch.

These dataclasses are the one definition of an offer and a steunpunt. Each field's type and its
`spec(...)` say everything else: the table columns (`knowledge.models`), the rows <-> records
conversion (`knowledge.store`) and the content file's schema, reading and writing
(`knowledge.files`) are derived from them. A new field is one edit here plus a migration.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

NeedCategory = Literal[
    "even_vrij",
    "praktische_hulp",
    "emotionele_steun",
    "lotgenoten",
    "informatie_advies",
    "financieel",
    "werk_en_zorg",
    "zorg_voor_naaste",
    "regelen_aanvragen",
    "jonge_mantelzorger",
    "wonen_vervoer",
    "anders",
]
OfferKind = Literal["regeling", "voorziening", "respijtzorg", "informatie", "hulplijn"]
Scope = Literal["landelijk", "provincie", "regio", "gemeente"]
Funding = Literal[
    "wmo",
    "wlz",
    "zvw",
    "aanvullende_verzekering",
    "gemeente",
    "gratis",
    "eigen_kosten",
    # Zorgverlof is paid by the employer (FACTS.md §3.1); some employers pay a mantelzorgmakelaar (§4).
    "werkgever",
]
# Who the offer is for: the caregiver (e.g. mantelzorgwaardering, in the caregiver's gemeente) or
# the person cared for (e.g. dagbesteding, in the naaste's gemeente).
Beneficiary = Literal["mantelzorger", "naaste"]
# Target groups an offer can name; the search maps the intake's condition labels onto these.
TargetGroup = Literal[
    "jonge_mantelzorger",
    "werkenden",
    "dementie",
    "ggz",
    "nah",
    "kanker",
    "verstandelijke_beperking",
    "lichamelijke_beperking",
    "chronische_ziekte",
    "verslaving",
    "kinderen",
    "ouderen",
]

ID_LENGTH = 100
CODE_LENGTH = 6  # GM0344
NAME_LENGTH = 200
URL_LENGTH = 500
CHOICE_LENGTH = 20  # kind, scope, beneficiary

# --- field specs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """What a field's type does not say: how it is stored and how a content file gives it.

    Column type, nullability and the file's JSON schema follow from the type: a `str` with a
    `length` is VARCHAR(length), without one TEXT; `X | None` may be null; a tuple is a JSON list;
    a Literal is an enum in the file. `schema` replaces the schema derived from the type.
    """

    length: int | None = None
    column: str | None = None  # the column's name, when it is not the field's
    index: bool = False
    primary_key: bool = False
    required: bool = False  # a content file must give it (and the export always writes it)
    schema: Mapping[str, Any] | None = None
    clean: Callable[[Any], Any] | None = None  # applied to a content file's value
    links: bool = False  # gemeente codes: a link table, not a column


def spec(**details: Any) -> dict[str, Spec]:
    """A field's metadata with its Spec: `field(metadata=spec(length=200))`."""
    return {"spec": Spec(**details)}


def words(text: str | None) -> str | None:
    """Whitespace of a YAML block folded into single spaces."""
    return " ".join(text.split()) if text is not None else None


def _strip(text: str) -> str:
    return text.strip()


_ID_SCHEMA: dict[str, Any] = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_]*$"}
_GEMEENTE_CODE_SCHEMA: dict[str, Any] = {"type": "string", "pattern": "^GM[0-9]{4}$"}
EMAIL_SCHEMA: dict[str, Any] = {"type": ["string", "null"], "pattern": r"^[^@\s]+@[^@\s]+\.[a-z]+$"}


def choices(values: Any, min_items: int = 0) -> dict[str, Any]:
    """A file's list of distinct known values (the args of a Literal)."""
    return {
        "type": "array",
        "items": {"enum": list(get_args(values))},
        "minItems": min_items,
        "uniqueItems": True,
    }


def _gemeente_codes_schema(min_items: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": _GEMEENTE_CODE_SCHEMA}
    if min_items:
        schema["minItems"] = min_items
    return schema | {"uniqueItems": True}


def unwrap(value_type: Any) -> tuple[Any, bool]:
    """(the type without None, whether None is allowed): `str | None` gives (str, True)."""
    if get_origin(value_type) not in (Union, UnionType):
        return value_type, False
    args = get_args(value_type)
    rest = [arg for arg in args if arg is not type(None)]
    if len(rest) != 1:
        raise TypeError(f"a record field has one type, optionally with None: {value_type}")
    return rest[0], len(rest) < len(args)


@dataclass(frozen=True)
class FieldInfo:
    """One field of a record with its resolved type and spec."""

    name: str
    type: Any
    spec: Spec
    default: Any  # dataclasses.MISSING when the field has none

    @property
    def column(self) -> str:
        return self.spec.column or self.name


def fields_of(record_type: type) -> tuple[FieldInfo, ...]:
    """The fields of a record dataclass in order, with their types resolved."""
    # Through a `type` parameter: mypy does not take a dataclass's class (`type[Offer]`) as the
    # Hashable that `functools.cache` asks for, as its instances' __hash__ is checked instead.
    return _fields_of(record_type)


@cache
def _fields_of(record_type: type) -> tuple[FieldInfo, ...]:
    hints = get_type_hints(record_type)
    return tuple(
        FieldInfo(item.name, hints[item.name], item.metadata.get("spec", Spec()), item.default)
        for item in dataclasses.fields(record_type)
    )


def is_record(value_type: Any) -> bool:
    """A nested record (Contact, Eligibility): flattened into columns, an object in a file."""
    return dataclasses.is_dataclass(value_type)


def column_fields(record_type: type) -> Iterator[tuple[FieldInfo, FieldInfo | None]]:
    """Each column's field as (field, None), or (nested record field, its subfield) when flattened."""
    for info in fields_of(record_type):
        if info.spec.links:
            continue
        if is_record(info.type):
            for sub in fields_of(info.type):
                yield info, sub
        else:
            yield info, None


# --- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    phone: str | None = field(
        default=None,
        metadata=spec(length=50, schema={"type": ["string", "null"], "pattern": "^[0-9][0-9 -]*$"}),
    )
    email: str | None = field(default=None, metadata=spec(length=NAME_LENGTH, schema=EMAIL_SCHEMA))
    website: str | None = field(default=None, metadata=spec(length=URL_LENGTH))
    opening_hours: str | None = None


@dataclass(frozen=True)
class Eligibility:
    """Rules that can be checked against the intake; None means no rule."""

    min_hours_per_week: float | None = None
    min_duration_months: float | None = None
    min_age: int | None = None
    max_age: int | None = None
    # The naaste must live in the offer's gemeente (or region) for it to apply.
    naaste_lives_in_area: bool = False
    # The caregiver must live in the offer's gemeente (or region).
    caregiver_lives_in_area: bool = False
    # Conditions that are no rule, in Dutch.
    notes: str | None = field(default=None, metadata=spec(column="eligibility_notes"))


# Fields that offers and steunpunten share.
_ID = spec(length=ID_LENGTH, primary_key=True, required=True, schema=_ID_SCHEMA)
_NAME = spec(length=NAME_LENGTH, required=True, clean=_strip)
_SOURCE_URL = spec(length=URL_LENGTH, required=True)
_LAST_CHECKED = spec(required=True)

# Fields in the order a content file (and the export) gives them.


@dataclass(frozen=True, kw_only=True)
class Offer:
    id: str = field(metadata=_ID)
    name: str = field(metadata=_NAME)
    example: bool = False  # demo data: always shown as an example, never as a real organisation
    verified: bool = True  # False: facts marked UNVERIFIED; never presented as certain
    description: str = field(metadata=spec(required=True, clean=words))  # short, B1
    kind: OfferKind = field(metadata=spec(length=CHOICE_LENGTH, required=True))
    needs: tuple[NeedCategory, ...] = field(
        metadata=spec(required=True, schema=choices(NeedCategory, 1))
    )
    # e.g. jonge_mantelzorger, dementie, ggz, nah, kinderen, ouderen
    target_groups: tuple[TargetGroup, ...]
    scope: Scope = field(metadata=spec(length=CHOICE_LENGTH, required=True))
    # CBS codes where it applies; empty for landelijk
    gemeente_codes: tuple[str, ...] = field(
        metadata=spec(links=True, schema=_gemeente_codes_schema(0), clean=sorted)
    )
    beneficiary: Beneficiary = field(metadata=spec(length=CHOICE_LENGTH, required=True))
    funding: tuple[Funding, ...] = field(metadata=spec(required=True))
    needs_indicatie: bool = field(metadata=spec(required=True))
    cost: str | None  # Dutch text, e.g. "gratis" or "eigen bijdrage via het CAK"
    eligibility: Eligibility
    # What to do first, concretely, B1.
    first_step: str = field(metadata=spec(required=True, clean=words))
    what_to_expect: str | None = field(metadata=spec(clean=words))
    contact: Contact
    provider: str | None = field(metadata=spec(length=NAME_LENGTH))
    # A help line in knowledge/data/helplines.yml; its number is taken from there, never copied.
    helpline_id: str | None = field(
        default=None, metadata=spec(length=ID_LENGTH, schema={"type": ["string", "null"]})
    )
    synonyms: tuple[str, ...] = ()  # extra words people use for it
    source_url: str = field(metadata=_SOURCE_URL)
    # Sources beyond source_url that the facts rest on (FACTS.md often names several).
    other_sources: tuple[str, ...] = ()
    last_checked: date = field(metadata=_LAST_CHECKED)
    valid_from: date | None = field(default=None, metadata=spec(index=True))
    valid_until: date | None = field(default=None, metadata=spec(index=True))


@dataclass(frozen=True, kw_only=True)
class Steunpunt:
    id: str = field(metadata=_ID)
    name: str = field(metadata=_NAME)
    example: bool = False
    gemeente_codes: tuple[str, ...] = field(
        metadata=spec(required=True, links=True, schema=_gemeente_codes_schema(1), clean=sorted)
    )
    contact: Contact = field(metadata=spec(required=True))
    # working days in which the steunpunt normally calls back
    response_days: int = field(metadata=spec(required=True))
    # where new aanmeldingen are announced (no personal data)
    handoff_email: str | None = field(metadata=spec(length=NAME_LENGTH, schema=EMAIL_SCHEMA))
    handoff_webhook: str | None = field(metadata=spec(length=URL_LENGTH))
    source_url: str = field(metadata=_SOURCE_URL)
    last_checked: date = field(metadata=_LAST_CHECKED)
