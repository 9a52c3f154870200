"""The knowledge base's records as plain data: what import produces and search ranks.

One shape for both, so the search can be tested without a database and the database holds
exactly what the reviewed YAML files say. Field names are English; values people read are Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

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


@dataclass(frozen=True)
class Contact:
    phone: str | None = None
    email: str | None = None
    website: str | None = None
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
    notes: str | None = None  # conditions that are no rule, in Dutch


@dataclass(frozen=True)
class Offer:
    id: str
    name: str
    description: str  # short, B1
    kind: OfferKind
    needs: tuple[NeedCategory, ...]
    target_groups: tuple[str, ...]  # e.g. jonge_mantelzorger, dementie, ggz, nah, kinderen, ouderen
    scope: Scope
    gemeente_codes: tuple[str, ...]  # CBS codes where it applies; empty for landelijk
    beneficiary: Beneficiary
    funding: tuple[Funding, ...]
    needs_indicatie: bool
    cost: str | None  # Dutch text, e.g. "gratis" or "eigen bijdrage via het CAK"
    eligibility: Eligibility
    first_step: str  # what to do first, concretely, B1
    what_to_expect: str | None
    contact: Contact
    provider: str | None
    source_url: str
    last_checked: date
    valid_from: date | None = None
    valid_until: date | None = None
    verified: bool = True  # False: facts marked UNVERIFIED; never presented as certain
    example: bool = False  # demo data: always shown as an example, never as a real organisation
    synonyms: tuple[str, ...] = field(default=())  # extra words people use for it
    # Sources beyond source_url that the facts rest on (FACTS.md often names several).
    other_sources: tuple[str, ...] = field(default=())
    # A help line in knowledge/data/helplines.yml; its number is taken from there, never copied.
    helpline_id: str | None = None


@dataclass(frozen=True)
class Steunpunt:
    id: str
    name: str
    gemeente_codes: tuple[str, ...]
    contact: Contact
    response_days: int  # working days in which the steunpunt normally calls back
    handoff_email: str | None  # where new aanmeldingen are announced (no personal data)
    handoff_webhook: str | None
    source_url: str
    last_checked: date
    example: bool = False
