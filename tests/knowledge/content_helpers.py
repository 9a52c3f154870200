"""Small builders for knowledge base tests: valid content entries and files to vary from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from knowledge.offer import Contact, Eligibility, Offer

ZWOLLE, KAMPEN, AMERSFOORT, UTRECHT = "GM0193", "GM0166", "GM0307", "GM0344"
TODAY = dt.date(2026, 11, 24)


def offer_entry(**overrides: Any) -> dict[str, Any]:
    """A valid national offer entry as it appears in a content file."""
    entry: dict[str, Any] = {
        "id": "test_offer",
        "name": "Testaanbod",
        "description": "Een korte uitleg.",
        "kind": "voorziening",
        "needs": ["informatie_advies"],
        "scope": "landelijk",
        "beneficiary": "mantelzorger",
        "funding": ["gratis"],
        "needs_indicatie": False,
        "first_step": "Bel of mail.",
        "source_url": "https://rijksoverheid.nl/onderwerpen/zorgverlof",
        "last_checked": TODAY,
    }
    entry.update(overrides)
    return {key: value for key, value in entry.items() if value is not None}


def example_entry(**overrides: Any) -> dict[str, Any]:
    """A valid local demo entry (example data) for Zwolle."""
    values: dict[str, Any] = {
        "id": "gm0193_test",
        "name": "Testaanbod Zwolle (voorbeeld)",
        "example": True,
        "scope": "gemeente",
        "gemeente_codes": [ZWOLLE],
        "contact": {"email": "test@zwolle.example.org"},
        "source_url": "https://zwolle.example.org/voorbeelddata",
    }
    values.update(overrides)
    return offer_entry(**values)


def steunpunt_entry(**overrides: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": "gm0193_test_steunpunt",
        "name": "Steunpunt Test (voorbeeld)",
        "example": True,
        "gemeente_codes": [ZWOLLE],
        "contact": {"email": "steunpunt@zwolle.example.org"},
        "response_days": 3,
        "handoff_email": "aanmelding@zwolle.example.org",
        "source_url": "https://zwolle.example.org/voorbeelddata",
        "last_checked": TODAY,
    }
    entry.update(overrides)
    return entry


def write_content(
    path: Path, offers: list[dict[str, Any]], steunpunten: list[dict[str, Any]] | None = None
) -> Path:
    document: dict[str, Any] = {"version": 1, "offers": offers}
    if steunpunten:
        document["steunpunten"] = steunpunten
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def make_offer(offer_id: str, **overrides: Any) -> Offer:
    """An Offer record for search tests (no file involved)."""
    values: dict[str, Any] = {
        "id": offer_id,
        "name": offer_id.replace("_", " "),
        "description": "Een aanbod.",
        "kind": "voorziening",
        "needs": ("informatie_advies",),
        "target_groups": (),
        "scope": "landelijk",
        "gemeente_codes": (),
        "beneficiary": "mantelzorger",
        "funding": ("gratis",),
        "needs_indicatie": False,
        "cost": None,
        "eligibility": Eligibility(),
        "first_step": "Bel of mail.",
        "what_to_expect": None,
        "contact": Contact(),
        "provider": None,
        "source_url": "https://example.org/bron",
        "last_checked": TODAY,
    }
    values.update(overrides)
    return Offer(**values)
