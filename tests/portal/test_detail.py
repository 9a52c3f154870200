from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.db import create_db_engine
from bot.handoff.document import ContactDetails
from bot.handoff.models import NOTE_LENGTH, ConsentRecord, Handoff, HandoffNote
from bot.keys import conversation_key_for
from bot.privacy.erasure import HeldHandoff, request_erasure
from tests.handoff.conftest import COMPLETE_FACTS
from tests.portal.conftest import (
    START,
    ZWOLLE,
    Clock,
    audit_entries,
    login,
    portal_client,
    portal_settings,
    post,
    store_handoff,
    text_of,
)
from tests.privacy.conftest import conversation, event_count, save

pytestmark = pytest.mark.usefixtures("staff")
REFERENCE = "MZ-7K3Q9P"
KEY = "c" * 64
DETAIL = f"/portal/aanmelding/{REFERENCE}"


@pytest.fixture
def stored(session_factory: sessionmaker) -> dict[str, Any]:
    return store_handoff(session_factory, REFERENCE, urgency="hoog")


def handoff_row(session_factory: sessionmaker, reference: str = REFERENCE) -> Handoff:
    with session_factory() as session:
        return session.execute(select(Handoff).where(Handoff.reference == reference)).scalar_one()


def notes(session_factory: sessionmaker) -> list[tuple[str, str]]:
    with session_factory() as session:
        return [(n.author, n.text) for n in session.execute(select(HandoffNote)).scalars()]


# --- what the page shows ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        # The summary text comes first, as stored.
        "Samenvatting Urgentie: hoog.",
        # Caregiver and contact.
        "Naam Fatima El Amrani",
        "Telefoon 06 12345678",
        "E-mail fatima.elamrani@gmail.com",
        "Liefst contact via bellen",
        "Wanneer het beste &#39;s middags na 14 uur",
        # Situation.
        "Zorgt voor een ouder",
        "Ziekte of beperking dementie",
        "Uren zorg per week 20",
        "Hoe lang al 30 maanden",
        "Combineert de zorg met werk, de zorg voor kinderen",
        # Burden check: instrument, score, band and each item's answer.
        "Vragenlijst Caregiver Strain Index (CSI), Nederlandse versie (versie",
        "Score 9 van 13 (grens: 7)",
        "Uitkomst hoog (overbelast)",
        "Zelf ingeschat 8 van 10",
        "Mijn nachtrust is verstoord Ja 1",
        "We leven onder financiële druk Nee 0",
        # Needs and the offers already suggested.
        "“Even een dag vrij, mijn moeder naar de dagbesteding” "
        "(even vrij (respijtzorg), zorg voor de naaste)",
        "Dagbesteding in Zwolle (Zorggroep)",
        # Urgency with its signals, and the consent.
        "Urgentie Hoog Waarom: Overbelast volgens de vragenlijst",
        "Gegeven op 24 november 2026 om 14.05 uur",
        "Versie van de tekst toestemming-2026-11",
        "Het steunpunt mag zien contactgegevens, de situatie, "
        "de vragenlijst over de belasting, de hulpvraag",
        "Het gesprek is niet gedeeld.",
        "Notities Nog geen notities.",
    ],
)
def test_the_detail_page_shows_the_whole_aanmelding(
    client: TestClient, stored: dict[str, Any], expected: str
) -> None:
    login(client, "anna")

    response = client.get(DETAIL)

    assert response.status_code == 200
    assert expected in text_of(response.text)


def test_the_summary_is_on_top_as_stored(client: TestClient, stored: dict[str, Any]) -> None:
    login(client, "anna")

    html = client.get(DETAIL).text

    assert html.index("Samenvatting") < html.index("Mantelzorger en contact")
    first_line = stored["summary_text"].splitlines()[0]
    assert first_line in html
    assert 'href="tel:+31612345678"' in html
    assert 'href="mailto:fatima.elamrani@gmail.com"' in html


def test_parts_without_consent_say_so(client: TestClient, session_factory: sessionmaker) -> None:
    store_handoff(session_factory, REFERENCE, scope=("contact",))
    login(client, "anna")

    text = text_of(client.get(DETAIL).text)

    assert text.count("Niet gedeeld: de mantelzorger gaf hier geen toestemming voor.") == 3
    assert "Het steunpunt mag zien contactgegevens" in text
    assert "dementie" not in text.split("Samenvatting")[-1].split("Urgentie Normaal")[0]


def test_a_shared_transcript_is_shown(client: TestClient, session_factory: sessionmaker) -> None:
    at = START - timedelta(minutes=5)
    store_handoff(
        session_factory,
        REFERENCE,
        scope=("contact", "situation", "assessment", "needs", "transcript"),
        transcript=[
            {"from": "user", "text": "Ik kan het niet meer aan met mijn moeder", "at": at},
            {"from": "bot", "text": "Dat klinkt zwaar.", "at": at + timedelta(seconds=3)},
        ],
    )
    login(client, "anna")

    text = text_of(client.get(DETAIL).text)

    assert (
        "Mantelzorger , 24 november 2026 om 14.00 uur Ik kan het niet meer aan met mijn moeder"
        in text
    )
    assert "Steunwijzer , 24 november 2026 om 14.00 uur Dat klinkt zwaar." in text


@pytest.mark.parametrize("path", ["", "/print"])
def test_stored_text_is_escaped(
    client: TestClient, session_factory: sessionmaker, path: str
) -> None:
    facts = {
        **COMPLETE_FACTS,
        "needs": [{"category": "anders", "text": "<img src=x onerror=alert(1)> hulp"}],
    }
    store_handoff(
        session_factory,
        REFERENCE,
        facts=facts,
        contact=ContactDetails(name="<script>alert('x')</script>", phone="06-12345678"),
    )
    login(client, "anna")
    post(client, f"{DETAIL}/notitie", note="<b>vet</b> & zo")

    html = client.get(DETAIL + path).text

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>vet</b>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; hulp" in html
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; zo" in html


# --- another steunpunt, unknown references ------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "suffix", "data"),
    [
        ("GET", "", {}),
        ("GET", "/print", {}),
        ("GET", "/json", {}),
        ("POST", "/oppakken", {}),
        ("POST", "/notitie", {"note": "Gebeld"}),
        ("POST", "/status", {"status": "afgerond"}),
        ("POST", "/contact", {}),
    ],
)
def test_another_steunpunts_consultant_gets_404_and_the_attempt_is_logged(
    client: TestClient,
    session_factory: sessionmaker,
    stored: dict[str, Any],
    method: str,
    suffix: str,
    data: dict[str, str],
) -> None:
    login(client, "otto")

    if method == "GET":
        response = client.get(DETAIL + suffix)
    else:
        response = post(client, DETAIL + suffix, **data)

    assert response.status_code == 404
    assert "Fatima" not in response.text
    assert "hoort bij een ander steunpunt" in response.text
    row = handoff_row(session_factory)
    assert (row.status, row.claimed_by, row.contacted_at) == ("nieuw", None, None)
    assert notes(session_factory) == []
    assert audit_entries(session_factory)[-1] == ("otto", "denied", REFERENCE)


@pytest.mark.parametrize(
    "reference", ["MZ-AAAAAA", "MZ-7k3q9p", "MZ-7K3Q9", "7K3Q9P", "MZ-7K3Q9P0", "MZ-7K3Q9P%0A"]
)
def test_unknown_or_malformed_references_are_not_found(
    client: TestClient, stored: dict[str, Any], reference: str
) -> None:
    login(client, "anna")

    response = client.get(f"/portal/aanmelding/{reference}")

    assert response.status_code == 404
    assert "Niet gevonden" in response.text


# --- actions ------------------------------------------------------------------------------------


def test_claim_makes_it_in_behandeling_for_the_consultant(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    response = post(client, f"{DETAIL}/oppakken")

    assert response.status_code == 303
    assert response.headers["location"] == DETAIL
    row = handoff_row(session_factory)
    assert (row.status, row.claimed_by) == ("in_behandeling", "anna")
    text = text_of(client.get(DETAIL).text)
    assert f"U heeft {REFERENCE} opgepakt." in text
    assert "Opgepakt door Anna de Vries" in text
    assert ("anna", "claim", REFERENCE) in audit_entries(session_factory)


def test_the_second_claim_does_not_take_it_over(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")
    post(client, f"{DETAIL}/oppakken")
    client.cookies.clear()
    login(client, "carla")

    post(client, f"{DETAIL}/oppakken")

    assert handoff_row(session_factory).claimed_by == "anna"
    assert "was al opgepakt" in client.get(DETAIL).text
    assert [entry for entry in audit_entries(session_factory) if entry[1] == "claim"] == [
        ("anna", "claim", REFERENCE)
    ]


def test_a_note_is_kept_with_its_author_and_audited(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    response = post(client, f"{DETAIL}/notitie", note="  Gebeld, voicemail ingesproken.  ")

    assert response.status_code == 303
    assert notes(session_factory) == [("anna", "Gebeld, voicemail ingesproken.")]
    text = text_of(client.get(DETAIL).text)
    assert "Uw notitie is bewaard." in text
    assert "Anna de Vries , 24 november 2026 om 14.05 uur Gebeld, voicemail ingesproken." in text
    assert ("anna", "note", REFERENCE) in audit_entries(session_factory)


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("", "Schrijf eerst een notitie."),
        ("   \n ", "Schrijf eerst een notitie."),
        ("x" * (NOTE_LENGTH + 1), "De notitie is te lang."),
    ],
)
def test_a_wrong_note_gets_a_message_tied_to_the_field(
    client: TestClient,
    session_factory: sessionmaker,
    stored: dict[str, Any],
    note: str,
    message: str,
) -> None:
    login(client, "anna")

    response = post(client, f"{DETAIL}/notitie", note=note)

    assert response.status_code == 400
    assert f'<p class="field-error" id="notitie-fout">{message}' in response.text
    assert 'aria-describedby="notitie-uitleg notitie-fout" aria-invalid="true"' in response.text
    assert notes(session_factory) == []


@pytest.mark.parametrize(
    ("status", "closed"),
    [("afgerond", True), ("ingetrokken", True), ("in_behandeling", False), ("nieuw", False)],
)
def test_status_changes_set_closed_at_only_when_closing(
    client: TestClient,
    session_factory: sessionmaker,
    stored: dict[str, Any],
    clock: Clock,
    status: str,
    closed: bool,
) -> None:
    login(client, "anna")

    post(client, f"{DETAIL}/status", status=status)

    row = handoff_row(session_factory)
    assert row.status == status
    assert row.closed_at == (clock() if closed else None)
    # Taking it in behandeling makes it yours; back to nieuw frees it; closing keeps the owner.
    assert row.claimed_by == ("anna" if status == "in_behandeling" else None)
    assert audit_entries(session_factory)[-1] == ("anna", "status", REFERENCE)


@pytest.mark.parametrize(("status", "unlinked"), [("ingetrokken", True), ("afgerond", False)])
def test_withdrawing_in_the_portal_unlinks_the_aanmelding_from_the_chat(
    client: TestClient, session_factory: sessionmaker, clock: Clock, status: str, unlinked: bool
) -> None:
    store_handoff(session_factory, REFERENCE, conversation_key=KEY)
    login(client, "anna")

    post(client, f"{DETAIL}/status", status=status)

    assert (handoff_row(session_factory).conversation_key is None) is unlinked
    with session_factory() as session:
        consents = session.execute(select(ConsentRecord.conversation_key)).scalars().all()
    assert consents == ([] if unlinked else [KEY])
    # The chat's erasure no longer finds a withdrawn one; a closed one it names as kept.
    result = request_erasure(session_factory, "whatsapp:+31600000001", KEY, clock())
    assert result.claimed == (() if unlinked else (HeldHandoff(REFERENCE, ZWOLLE),))


def test_reopening_clears_closed_at_and_the_change_is_in_the_log(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any], clock: Clock
) -> None:
    login(client, "carla")
    post(client, f"{DETAIL}/status", status="afgerond")
    clock.advance(minutes=20)

    post(client, f"{DETAIL}/status", status="in_behandeling")

    assert handoff_row(session_factory).closed_at is None
    log = text_of(client.get("/portal/logboek").text)
    assert "carla status veranderd MZ-7K3Q9P nieuw -&gt; afgerond" in log
    assert "carla status veranderd MZ-7K3Q9P afgerond -&gt; in_behandeling" in log


def test_an_unknown_status_is_refused(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    response = post(client, f"{DETAIL}/status", status="weg")

    assert response.status_code == 400
    assert "Kies een status." in response.text
    assert handoff_row(session_factory).status == "nieuw"


def test_contact_gehad_records_the_moment(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any], clock: Clock
) -> None:
    login(client, "anna")

    post(client, f"{DETAIL}/contact")

    assert handoff_row(session_factory).contacted_at == clock()
    assert "Contact gehad ja, op 24 november 2026 om 14.05 uur" in text_of(client.get(DETAIL).text)
    assert ("anna", "contact", REFERENCE) in audit_entries(session_factory)


def test_actions_need_the_csrf_token(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    response = client.post(f"{DETAIL}/oppakken", data={"csrftoken": "vals"})

    assert response.status_code == 403
    assert handoff_row(session_factory).status == "nieuw"


# --- print, export, audit -----------------------------------------------------------------------


def test_the_print_view_has_no_navigation_and_a_print_stylesheet(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")
    post(client, f"{DETAIL}/notitie", note="Teruggebeld.")

    response = client.get(f"{DETAIL}/print")

    assert response.status_code == 200
    html = response.text
    assert "<nav" not in html
    assert "Uitloggen" not in html
    assert "<form" not in html
    assert '<link rel="stylesheet" href="/portal/static/portal.css">' in html
    assert "@media print" in client.get("/portal/static/portal.css").text
    text = text_of(html)
    assert "Afgedrukt door Anna de Vries op 24 november 2026 om 14.05 uur" in text
    assert stored["summary_text"].splitlines()[0] in html
    assert "Teruggebeld." in text
    assert audit_entries(session_factory)[-1] == ("anna", "print", REFERENCE)


def test_the_json_export_is_the_stored_document_as_an_attachment(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    response = client.get(f"{DETAIL}/json")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["content-disposition"] == f'attachment; filename="{REFERENCE}.json"'
    assert response.headers["cache-control"] == "no-store"
    assert json.loads(response.content) == handoff_row(session_factory).document == stored
    assert audit_entries(session_factory)[-1] == ("anna", "export", REFERENCE)


def test_every_view_is_audited(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    client.get(DETAIL)
    client.get(DETAIL)

    assert audit_entries(session_factory) == [
        ("anna", "login", None),
        ("anna", "view", REFERENCE),
        ("anna", "view", REFERENCE),
    ]


def test_the_audit_log_is_for_coordinators_of_their_own_steunpunt(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any], clock: Clock
) -> None:
    login(client, "anna")
    client.get(DETAIL)
    assert client.get("/portal/logboek").status_code == 403
    client.cookies.clear()
    login(client, "otto")
    client.get(DETAIL)  # another steunpunt's consultant tries the URL
    client.cookies.clear()
    clock.advance(minutes=1)

    login(client, "carla")
    zwolle = text_of(client.get("/portal/logboek").text)
    client.cookies.clear()
    login(client, "olga")
    utrecht = text_of(client.get("/portal/logboek").text)

    assert "anna bekeken MZ-7K3Q9P" in zwolle
    assert "otto geen toegang MZ-7K3Q9P aanmelding van een ander steunpunt" in zwolle
    assert "otto geen toegang MZ-7K3Q9P" in utrecht
    assert "anna" not in utrecht
    # Newest first.
    assert zwolle.index("carla ingelogd") < zwolle.index("anna bekeken")
    assert "Fatima" not in zwolle


# --- erasure ------------------------------------------------------------------------------------


def test_a_consultant_cannot_erase(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "anna")

    assert "Aanmelding wissen" not in client.get(DETAIL).text
    assert client.get(f"{DETAIL}/wissen").status_code == 403
    assert post(client, f"{DETAIL}/wissen").status_code == 403
    assert handoff_row(session_factory).reference == REFERENCE


def test_a_coordinator_erases_after_a_confirm_step(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any], clock: Clock
) -> None:
    login(client, "carla")
    post(client, f"{DETAIL}/notitie", note="Gebeld.")

    confirm = client.get(f"{DETAIL}/wissen")
    response = post(client, f"{DETAIL}/wissen")

    assert confirm.status_code == 200
    assert "Dit kunt u niet ongedaan maken." in confirm.text
    assert "Ja, wis deze aanmelding" in confirm.text
    assert response.status_code == 303
    assert response.headers["location"] == "/portal/"
    assert f"Aanmelding {REFERENCE} is gewist." in client.get("/portal/").text
    assert client.get(DETAIL).status_code == 404
    with session_factory() as session:
        assert session.execute(select(Handoff)).first() is None
        assert session.execute(select(HandoffNote)).first() is None
    assert ("carla", "erase", REFERENCE) in audit_entries(session_factory)


def test_a_coordinators_erasure_also_deletes_the_caregivers_chat(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    tracker_file = tmp_path / "tracker.db"
    tracker_store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tracker_file))
    tracker_engine = create_db_engine(f"sqlite:///{tracker_file}")
    settings = portal_settings(
        tmp_path,
        db_url,
        STEUNWIJZER_TRACKER_STORE_URL=f"sqlite:///{tracker_file}",
        STEUNWIJZER_CONVERSATION_KEY_SECRET="geheim",
    )
    try:
        sender, bystander = "whatsapp:+31612345678", "widget-4f1c2d9e"
        save(tracker_store, conversation(sender, START - timedelta(hours=1)))
        save(tracker_store, conversation(bystander, START - timedelta(hours=1)))
        key = conversation_key_for(sender, settings)
        store_handoff(session_factory, REFERENCE, conversation_key=key)
        client = portal_client(settings, session_factory, clock, follow_redirects=False)
        login(client, "carla")

        assert post(client, f"{DETAIL}/wissen").status_code == 303

        assert event_count(tracker_engine, sender) == 0
        assert event_count(tracker_engine, bystander) > 0
    finally:
        tracker_engine.dispose()
        tracker_store.engine.dispose()


def test_another_steunpunts_coordinator_cannot_erase(
    client: TestClient, session_factory: sessionmaker, stored: dict[str, Any]
) -> None:
    login(client, "olga")

    assert client.get(f"{DETAIL}/wissen").status_code == 404
    assert post(client, f"{DETAIL}/wissen").status_code == 404
    assert handoff_row(session_factory).reference == REFERENCE


def test_times_show_in_dutch_summer_time_too(
    client: TestClient, session_factory: sessionmaker
) -> None:
    summer = datetime(2026, 7, 1, 8, 30, tzinfo=timezone.utc)
    store_handoff(session_factory, REFERENCE, created_at=summer)
    login(client, "anna")

    assert "Ontvangen 1 juli 2026 om 10.30 uur" in text_of(client.get(DETAIL).text)


# --- withdrawn by the caregiver -----------------------------------------------------------------


@pytest.fixture
def withdrawn(session_factory: sessionmaker) -> None:
    store_handoff(session_factory, REFERENCE, conversation_key="k" * 64)
    request_erasure(session_factory, "sender-1", "k" * 64, START + timedelta(minutes=10))


def test_a_withdrawn_aanmelding_says_so_and_shows_no_personal_data(
    client: TestClient, withdrawn: None
) -> None:
    login(client, "anna")

    page = client.get(DETAIL)
    printed = client.get(f"{DETAIL}/print")

    assert page.status_code == printed.status_code == 200
    for response in (page, printed):
        text = text_of(response.text)
        assert "ingetrokken in de chat. De gegevens zijn gewist." in text
        assert "24 november 2026 om 14.15 uur" in text
        assert "Fatima" not in text
    assert "Oppakken" not in page.text
    assert "Notitie opslaan" not in page.text


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        ("/oppakken", {}),
        ("/notitie", {"note": "Gebeld"}),
        ("/status", {"status": "in_behandeling"}),
        ("/contact", {}),
    ],
)
def test_a_withdrawn_aanmelding_cannot_be_changed(
    client: TestClient,
    session_factory: sessionmaker,
    withdrawn: None,
    suffix: str,
    data: dict[str, str],
) -> None:
    login(client, "anna")

    response = post(client, DETAIL + suffix, **data)

    assert response.status_code == 303
    assert response.headers["location"] == DETAIL
    assert "U kunt er niets meer aan veranderen." in client.get(DETAIL).text
    row = handoff_row(session_factory)
    assert (row.status, row.claimed_by, row.contacted_at) == ("ingetrokken", None, None)
    assert notes(session_factory) == []


def test_a_coordinator_can_erase_a_withdrawn_aanmelding(
    client: TestClient, session_factory: sessionmaker, withdrawn: None
) -> None:
    login(client, "carla")

    assert "Aanmelding wissen" in client.get(DETAIL).text
    post(client, f"{DETAIL}/wissen")

    assert client.get(DETAIL).status_code == 404
