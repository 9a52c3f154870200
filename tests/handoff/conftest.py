from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import sessionmaker

import bot.handoff.models  # noqa: F401  (registers the tables on Base.metadata)
from bot.db import Base, create_db_engine, create_session_factory
from bot.handoff.document import Consent, ContactDetails, build_document
from knowledge.offer import Contact, Steunpunt

NOW = datetime(2026, 11, 24, 13, 5, tzinfo=timezone.utc)
ALL_SCOPES = ("contact", "situation", "assessment", "needs", "transcript")


def make_steunpunt(**changes: Any) -> Steunpunt:
    values: dict[str, Any] = {
        "id": "gm0193_steunpunt",
        "name": "Steunpunt Mantelzorg Zwolle (voorbeeld)",
        "gemeente_codes": ("GM0193",),
        "contact": Contact(email="steunpunt@zwolle.example.org", phone="038-1234567"),
        "response_days": 3,
        "handoff_email": "aanmeldingen@zwolle.example.org",
        "handoff_webhook": None,
        "source_url": "https://zwolle.example.org/voorbeelddata",
        "last_checked": date(2026, 11, 24),
        "example": True,
    }
    values.update(changes)
    return Steunpunt(**values)


def csi_answers(yes: int, answered: int = 13) -> dict[str, str]:
    """CSI answers: the first `yes` items 'ja', the rest of the first `answered` 'nee'."""
    return {f"csi_{i:02d}": ("ja" if i <= yes else "nee") for i in range(1, answered + 1)}


COMPLETE_FACTS: dict[str, Any] = {
    "relation": "ouder",
    "conditions": ["dementie"],
    "hours_per_week": 20,
    "duration_months": 30,
    "lives_with_care_recipient": False,
    "combines_with": ["werk", "kinderen"],
    "current_support": ["thuiszorg"],
    "age_group": "25-64",
    "gemeente": "GM0193",
    "care_recipient_gemeente": "GM0166",
    "assessment_answers": csi_answers(yes=9),
    "self_rated_burden": 8,
    "needs": [
        {"category": "even_vrij", "text": "Even een dag vrij, mijn moeder naar de dagbesteding"},
        {
            "category": "zorg_voor_naaste",
            "text": "Even een dag vrij, mijn moeder naar de dagbesteding",
        },
    ],
    "offers_suggested": [
        {"id": "gm0193_dagbesteding", "name": "Dagbesteding in Zwolle", "provider": "Zorggroep"}
    ],
}
FATIMA = ContactDetails(
    name="Fatima El Amrani",
    phone="06-12345678",
    email="fatima.elamrani@gmail.com",
    preferred_channel="telefoon",
    preferred_time="'s middags na 14 uur",
)


def make_document(
    facts: dict[str, Any] | None = None,
    *,
    scope: tuple[str, ...] = ("contact", "situation", "assessment", "needs"),
    contact: ContactDetails = FATIMA,
    steunpunt: Steunpunt | None = None,
    reference: str = "MZ-7K3Q9P",
    transcript: list[dict[str, Any]] | None = None,
    channel: str = "web",
) -> dict[str, Any]:
    return build_document(
        facts=COMPLETE_FACTS if facts is None else facts,
        consent=Consent(text_version="toestemming-2026-11", given_at=NOW, scope=scope),
        contact=contact,
        steunpunt=steunpunt or make_steunpunt(),
        channel=channel,
        now=NOW,
        reference=reference,
        transcript=transcript,
    )


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'app.db'}"


@pytest.fixture
def session_factory(db_url: str) -> Iterator[sessionmaker]:
    engine = create_db_engine(db_url)
    Base.metadata.create_all(engine)
    try:
        yield create_session_factory(engine)
    finally:
        engine.dispose()
