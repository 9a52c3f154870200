"""The end of the handoff conversation against a real database with the real knowledge base."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.db import session_factory_for
from bot.handoff import dialogue
from bot.handoff.models import ConsentRecord, Handoff, OutboxEntry
from bot.handoff.service import AddressCap, PhoneCap, find_steunpunt, phone_key, submit
from bot.run import prepare_databases
from tests.handoff.conftest import COMPLETE_FACTS
from tests.support import development_settings

NOW = datetime(2026, 11, 24, 13, 5, tzinfo=timezone.utc)
KEY = "a" * 64


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    var = tmp_path_factory.mktemp("var")
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(var)})
    prepare_databases(settings)
    return settings.database_url


def agreed(**changes: Any) -> dict[str, Any]:
    return {
        **COMPLETE_FACTS,
        "handoff_steunpunt": "gm0193_steunpunt",
        "handoff_consent": dialogue.GIVEN,
        "contact_name": "Ans",
        "contact_phone": "+31612345678",
        "contact_preferred_time": "'s ochtends",
        "contact_confirmed": True,
        **changes,
    }


def _stored(database_url: str, reference: str) -> Handoff | None:
    with session_factory_for(database_url)() as session:
        return session.execute(
            select(Handoff).where(Handoff.reference == reference)
        ).scalar_one_or_none()


def test_the_steunpunt_of_a_demo_gemeente_comes_from_the_knowledge_base(database_url: str) -> None:
    steunpunt = find_steunpunt(database_url, "GM0193")
    assert steunpunt is not None and steunpunt.id == "gm0193_steunpunt"
    assert find_steunpunt(database_url, "GM0363") is None


def test_an_agreed_handoff_is_stored_with_outbox_and_consent_before_it_is_confirmed(
    database_url: str,
) -> None:
    outcome = submit(
        agreed(), database_url=database_url, conversation_key=KEY, input_channel="socketio", now=NOW
    )
    reference = outcome.slots["handoff_reference"]
    assert reference in outcome.text and "Het is geregeld" in outcome.text
    stored = _stored(database_url, reference)
    assert stored is not None and stored.status == "nieuw"
    assert stored.conversation_key == KEY
    document = stored.document
    assert document["channel"] == "web"
    assert document["caregiver"]["name"] == "Ans"
    assert document["caregiver"]["contact"]["phone"] == "+31612345678"
    assert document["consent"]["text_version"] == dialogue.CONSENT_TEXT_VERSION
    assert document["consent"]["scope"] == list(dialogue.CONSENT_SCOPE)
    with session_factory_for(database_url)() as session:
        outbox = session.execute(
            select(OutboxEntry).where(OutboxEntry.handoff_reference == reference)
        ).scalars()
        assert [entry.transport for entry in outbox] == ["email"]
        consent = session.execute(
            select(ConsentRecord).where(ConsentRecord.handoff_reference == reference)
        ).scalar_one()
        assert consent.conversation_key == KEY and consent.purpose == "handoff"


def test_a_second_request_does_not_make_a_second_aanmelding(database_url: str) -> None:
    outcome = submit(
        agreed(handoff_reference="MZ-7K3Q9P"),
        database_url=database_url,
        conversation_key=KEY,
        input_channel="rest",
        now=NOW,
    )
    assert "al aangemeld" in outcome.text and outcome.slots == {}


def test_refusal_stores_nothing(database_url: str) -> None:
    with session_factory_for(database_url)() as session:
        before = len(session.execute(select(Handoff)).all())
    outcome = submit(
        agreed(handoff_consent=dialogue.REFUSED),
        database_url=database_url,
        conversation_key=KEY,
        input_channel="rest",
        now=NOW,
    )
    assert "Ik geef niets door" in outcome.text and outcome.slots == {}
    with session_factory_for(database_url)() as session:
        assert len(session.execute(select(Handoff)).all()) == before


def test_a_gemeente_without_a_steunpunt_is_told_so(database_url: str) -> None:
    outcome = submit(
        agreed(handoff_steunpunt=dialogue.NO_STEUNPUNT, gemeente="GM0363"),
        database_url=database_url,
        conversation_key=KEY,
        input_channel="rest",
        now=NOW,
    )
    assert "Amsterdam" in outcome.text and "niet aanmelden" in outcome.text


def test_a_database_that_is_away_is_never_confirmed(database_url: str, tmp_path: Path) -> None:
    # The knowledge base answers, but storing fails: the handoffs table is gone.
    broken = tmp_path / "broken.db"
    broken.write_bytes(Path(database_url.removeprefix("sqlite:///")).read_bytes())
    broken_url = f"sqlite:///{broken}"
    with session_factory_for(broken_url)() as session, session.begin():
        session.execute(Handoff.__table__.delete())
        session.connection().exec_driver_sql("DROP TABLE outbox")
    outcome = submit(
        agreed(), database_url=broken_url, conversation_key=KEY, input_channel="rest", now=NOW
    )
    assert outcome.retry and outcome.slots == {}
    assert "niet gelukt" in outcome.text and "MZ-" not in outcome.text


SECRET = "test-conversation-key-secret"


def _made(database_url: str, phone: str, key: str, now: datetime) -> Any:
    return submit(
        agreed(contact_phone=phone),
        database_url=database_url,
        conversation_key=key,
        input_channel="rest",
        now=now,
        phone_cap=PhoneCap(SECRET, 2),
    )


def test_one_phone_number_gets_at_most_the_daily_cap_across_conversations(
    database_url: str,
) -> None:
    phone, start = "+31687654321", datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
    # Each a new conversation, the number written another way each time.
    made = [
        _made(database_url, number, f"{n:064x}", start + timedelta(hours=n))
        for n, number in enumerate([phone, "06-87654321", "06 87 65 43 21"])
    ]

    assert ["handoff_reference" in outcome.slots for outcome in made] == [True, True, False]
    refused = made[2].text
    assert "vandaag al een aanmelding" in refused and "contact met u op" in refused
    steunpunt = find_steunpunt(database_url, "GM0193")
    assert steunpunt is not None and f"mailen: {steunpunt.contact.email}" in refused
    assert "Kan ik u nog ergens anders mee helpen?" in refused
    with session_factory_for(database_url)() as session:
        keys = session.execute(
            select(Handoff.contact_phone_key).where(Handoff.contact_phone_key.is_not(None))
        ).scalars()
        stored = set(keys)
    assert stored == {phone_key(phone, SECRET)}
    assert all("87654321" not in key for key in stored)
    # Another number is not affected; 24 hours after the first, one aanmelding is free again.
    assert "handoff_reference" in _made(database_url, "0611122233", "b" * 64, start).slots
    later = start + timedelta(hours=24, minutes=1)
    assert "handoff_reference" in _made(database_url, phone, "c" * 64, later).slots
    assert "handoff_reference" not in _made(database_url, phone, "d" * 64, later).slots


def test_the_phone_cap_comes_from_the_settings_and_0_switches_it_off(tmp_path: Path) -> None:
    environ = {
        "STEUNWIJZER_VAR_DIR": str(tmp_path),
        "STEUNWIJZER_CONVERSATION_KEY_SECRET": SECRET,
    }
    default = PhoneCap.from_settings(development_settings(environ))
    off = {**environ, "STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY": "0"}

    assert default == PhoneCap(SECRET, 3)
    assert PhoneCap.from_settings(development_settings(off)) is None
    assert SECRET not in repr(default)


ADDRESS = "ad" * 32  # the keyed hash of a client address (bot.channels.address_key)


def _made_from(database_url: str, address: str | None, n: int, now: datetime) -> Any:
    """An aanmelding from `address` in a new conversation, with a number of its own."""
    return submit(
        agreed(contact_phone=f"+3161{n:07d}"),
        database_url=database_url,
        conversation_key=f"{n:064x}",
        input_channel="socketio",
        now=now,
        phone_cap=PhoneCap(SECRET, 3),
        address_key=address,
        address_cap=AddressCap(2),
    )


def test_one_client_address_gets_at_most_the_daily_cap_whatever_the_numbers(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    start = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)

    made = [
        _made_from(database_url, ADDRESS, 100 + n, start + timedelta(hours=n)) for n in range(3)
    ]

    assert ["handoff_reference" in outcome.slots for outcome in made] == [True, True, False]
    refused = made[2].text
    assert "ik kan uw aanmelding nu niet doorgeven" in refused
    assert "Uw gegevens zijn dus niet naar het steunpunt gegaan." in refused
    steunpunt = find_steunpunt(database_url, "GM0193")
    assert steunpunt is not None and f"U kunt {steunpunt.name} wel zelf" in refused
    assert steunpunt.contact.email and f"mailen: {steunpunt.contact.email}" in refused
    assert refused.endswith("Kan ik u nog ergens anders mee helpen?")
    assert any("daily cap for its client address" in r.getMessage() for r in caplog.records)
    assert not any(ADDRESS in r.getMessage() for r in caplog.records)
    with session_factory_for(database_url)() as session:
        counted = session.execute(
            select(Handoff.client_address_key).where(Handoff.client_address_key == ADDRESS)
        ).scalars()
        assert len(list(counted)) == 2
    # Another address, and a message without one (WhatsApp), are not affected; 24 hours after the
    # first, one aanmelding from the address is free again.
    assert "handoff_reference" in _made_from(database_url, "be" * 32, 110, start).slots
    assert "handoff_reference" in _made_from(database_url, None, 111, start).slots
    later = start + timedelta(hours=24, minutes=1)
    assert "handoff_reference" in _made_from(database_url, ADDRESS, 112, later).slots
    assert "handoff_reference" not in _made_from(database_url, ADDRESS, 113, later).slots


def test_the_address_cap_comes_from_the_settings_and_0_switches_it_off(tmp_path: Path) -> None:
    environ = {"STEUNWIJZER_VAR_DIR": str(tmp_path)}
    off = {**environ, "STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0"}

    assert AddressCap.from_settings(development_settings(environ)) == AddressCap(10)
    assert AddressCap.from_settings(development_settings(off)) is None
