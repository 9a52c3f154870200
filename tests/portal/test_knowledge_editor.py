"""The editor of a steunpunt keeps its offers and own details up to date in the portal: checked as
`python -m knowledge check` checks, with Dutch messages beside the field; a concept, a preview as the
chat shows it, publishing (the search sees it at once), every version kept and restorable; another
gemeente's entries and national ones are out of reach, and every step is in the audit log."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.privacy.models import AuditEntry
from knowledge.advice import offer_index
from knowledge.store import knowledge_version
from tests.portal.conftest import (
    CONSULTANT,
    UTRECHT,
    ZWOLLE,
    Clock,
    Staff,
    add_user,
    login,
    portal_client,
    portal_settings,
    post,
    text_of,
)
from tests.portal.knowledge_content import (
    NATIONAL_OFFER,
    UTRECHT_OFFER,
    ZWOLLE_OFFER,
    ZWOLLE_PHONE,
    import_editor_content,
)

EDITOR = Staff("eddy", "editor", ZWOLLE)
OTHER_EDITOR = Staff("olaf", "editor", UTRECHT)
OFFER_PAGE = f"/portal/aanbod/aanbod/{ZWOLLE_OFFER}"


@pytest.fixture(autouse=True)
def content(session_factory: sessionmaker, tmp_path: Path) -> None:
    import_editor_content(session_factory, tmp_path)
    for person in (EDITOR, OTHER_EDITOR, CONSULTANT):
        add_user(session_factory, person)


def _form(client: TestClient, path: str = OFFER_PAGE, **changes: str) -> dict[str, str]:
    """The offer's form as shown, with `changes` (field name: value) typed over it."""
    page = client.get(path).text
    values = dict(re.findall(r'name="([a-z_.]+)" type="text" value="([^"]*)"', page))
    values.update(
        (name, text)
        for name, text in re.findall(
            r'<textarea[^>]*name="([a-z_.]+)"[^>]*>([^<]*)</textarea>', page
        )
    )
    values.update(changes)
    return values


def _save(client: TestClient, needs: tuple[str, ...] = ("lotgenoten",), **changes: str) -> object:
    data = _form(client, **changes)
    token = client.cookies.get("steunwijzer_csrf") or ""
    return client.post(OFFER_PAGE, data={**data, "needs": list(needs), "csrftoken": token})


def _actions(session_factory: sessionmaker) -> list[tuple[str, str, str | None]]:
    with session_factory() as session:
        query = (
            select(AuditEntry).where(AuditEntry.action.like("knowledge%")).order_by(AuditEntry.id)
        )
        return [(e.actor, e.action, e.detail) for e in session.execute(query).scalars()]


def test_the_editor_sees_the_own_offers_and_national_ones_read_only(client: TestClient) -> None:
    login(client, EDITOR.username)
    inbox = client.get("/portal/")
    assert inbox.status_code == 303 and inbox.headers["location"] == "/portal/aanbod"
    page = text_of(client.get("/portal/aanbod").text)
    own, national = page.split("Landelijk aanbod (alleen lezen)")
    assert "Mantelzorgcafé De Vonk" in own and "Steunpunt Mantelzorg Zwolle" in own
    assert "Landelijke lijn voor mantelzorgers" in national
    assert "De Brug" not in page  # Utrecht's
    assert client.get("/portal/aanmelding/MZ-AAAAAA").status_code == 403


def test_a_wrong_phone_number_is_refused_in_dutch_beside_the_field(
    client: TestClient, session_factory: sessionmaker
) -> None:
    login(client, EDITOR.username)
    response = _save(client, **{"contact.phone": "bel ons"})
    assert response.status_code == 400  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert 'role="alert"' in html and "Er is iets niet goed ingevuld" in html
    assert (
        '<p class="field-error" id="veld-contact-phone-fout">Een telefoonnummer heeft alleen '
        "cijfers, spaties en streepjes"
    ) in html
    assert 'aria-describedby="veld-contact-phone-uitleg veld-contact-phone-fout"' in html
    assert 'aria-invalid="true"' in html and 'value="bel ons"' in html
    assert _actions(session_factory) == []


def test_no_need_chosen_and_a_broken_date_are_refused_too(client: TestClient) -> None:
    login(client, EDITOR.username)
    response = _save(client, needs=(), valid_until="31-12-2027")
    html = response.text  # type: ignore[attr-defined]
    assert "Kies er minstens één." in html
    assert "Vul een datum in als jjjj-mm-dd" in html


def test_save_preview_publish_and_the_search_sees_it_at_once(
    client: TestClient, session_factory: sessionmaker
) -> None:
    before = offer_index(session_factory)
    assert _phone(before, ZWOLLE_OFFER) == ZWOLLE_PHONE
    login(client, EDITOR.username)
    saved = _save(client, **{"contact.phone": "038 999 88 77"})
    assert saved.status_code == 303  # type: ignore[attr-defined]
    preview_path = saved.headers["location"]  # type: ignore[attr-defined]
    assert preview_path == f"{OFFER_PAGE}/versie/2"
    preview = text_of(client.get(preview_path).text)
    assert "Zo laat de chat het zien" in preview and "038 999 88 77" in preview
    assert "Dit is een concept" in preview
    assert _phone(offer_index(session_factory), ZWOLLE_OFFER) == ZWOLLE_PHONE  # not yet

    version = knowledge_version(session_factory)
    published = post(client, f"{preview_path}/publiceren")
    assert published.status_code == 303
    assert knowledge_version(session_factory) == version + 1
    assert _phone(offer_index(session_factory), ZWOLLE_OFFER) == "038 999 88 77"

    page = text_of(client.get(OFFER_PAGE).text)
    assert "Versie in de chat versie 2" in page and "eerder gepubliceerd" in page

    restored = post(client, f"{OFFER_PAGE}/versie/1/terugzetten")
    assert restored.headers["location"] == f"{OFFER_PAGE}/versie/3"
    post(client, f"{OFFER_PAGE}/versie/3/publiceren")
    assert _phone(offer_index(session_factory), ZWOLLE_OFFER) == ZWOLLE_PHONE
    assert [(actor, action) for actor, action, _ in _actions(session_factory)] == [
        ("eddy", "knowledge_save"),
        ("eddy", "knowledge_publish"),
        ("eddy", "knowledge_restore"),
        ("eddy", "knowledge_publish"),
    ]
    details = " ".join(detail or "" for *_, detail in _actions(session_factory))
    assert "038" not in details  # the log names versions, not the values


def _phone(index: object, offer_id: str) -> str | None:
    offers = {offer.id: offer for offer in index.offers}  # type: ignore[attr-defined]
    phone: str | None = offers[offer_id].contact.phone
    return phone


def test_another_gemeentes_offer_is_not_found_and_that_is_audited(
    client: TestClient, session_factory: sessionmaker
) -> None:
    login(client, OTHER_EDITOR.username)
    assert client.get(OFFER_PAGE).status_code == 404
    data = {"contact.phone": "030 000 00 00", "csrftoken": client.cookies.get("steunwijzer_csrf")}
    assert client.post(OFFER_PAGE, data=data).status_code == 404
    assert post(client, f"{OFFER_PAGE}/versie/1/terugzetten").status_code == 404
    assert client.get(f"/portal/aanbod/steunpunt/{ZWOLLE}").status_code == 404
    denied = [entry for entry in _actions(session_factory) if entry[1] == "knowledge_denied"]
    assert len(denied) == 4 and all(actor == "olaf" for actor, *_ in denied)
    # Utrecht's own offer is open to its editor.
    assert client.get(f"/portal/aanbod/aanbod/{UTRECHT_OFFER}").status_code == 200


def test_national_offers_are_read_only(client: TestClient, session_factory: sessionmaker) -> None:
    login(client, EDITOR.username)
    page = client.get(f"/portal/aanbod/aanbod/{NATIONAL_OFFER}")
    assert page.status_code == 200
    assert "U kunt deze gegevens bekijken, niet veranderen." in page.text
    assert "Opslaan en bekijken" not in page.text and "readonly" in page.text
    data = {"first_step": "Iets anders.", "csrftoken": client.cookies.get("steunwijzer_csrf")}
    assert client.post(f"/portal/aanbod/aanbod/{NATIONAL_OFFER}", data=data).status_code == 403
    assert _actions(session_factory)[-1][:2] == ("eddy", "knowledge_denied")


def test_the_steunpunts_own_details_are_edited_with_the_same_check(
    client: TestClient, session_factory: sessionmaker
) -> None:
    login(client, EDITOR.username)
    path = f"/portal/aanbod/steunpunt/{ZWOLLE}"
    data = _form(client, path, response_days="drie", handoff_email="geen adres")
    refused = client.post(path, data={**data, "csrftoken": client.cookies.get("steunwijzer_csrf")})
    assert refused.status_code == 400
    assert "Vul een heel getal in" in refused.text
    assert "Vul een geldig e-mailadres in" in refused.text
    data = _form(client, path, response_days="2")
    saved = client.post(path, data={**data, "csrftoken": client.cookies.get("steunwijzer_csrf")})
    assert saved.status_code == 303
    preview = text_of(client.get(saved.headers["location"]).text)
    assert "binnen 2 werkdagen" in preview


def test_consultants_do_not_reach_the_editor(client: TestClient) -> None:
    login(client, CONSULTANT.username)
    assert client.get("/portal/aanbod").status_code == 403
    assert client.get(OFFER_PAGE).status_code == 403


SECOND_EDITOR = Staff("erik", "editor", ZWOLLE)


def test_with_four_eyes_a_second_account_publishes(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    add_user(session_factory, SECOND_EDITOR)
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_PORTAL_FOUR_EYES="on")
    author = portal_client(settings, session_factory, clock, follow_redirects=False)
    login(author, EDITOR.username)
    saved = _save(author, **{"contact.phone": "038 999 88 77"})
    preview_path = saved.headers["location"]  # type: ignore[attr-defined]
    preview = author.get(preview_path).text
    assert "Een andere redacteur van uw steunpunt moet hem bekijken" in preview
    assert ">Publiceren</button>" not in preview

    refused = post(author, f"{preview_path}/publiceren")
    assert refused.headers["location"] == preview_path
    assert _phone(offer_index(session_factory), ZWOLLE_OFFER) == ZWOLLE_PHONE
    assert _actions(session_factory)[-1] == (
        "eddy",
        "knowledge_denied",
        f"offer {ZWOLLE_OFFER} versie 2: vier ogen",
    )

    colleague = portal_client(settings, session_factory, clock, follow_redirects=False)
    login(colleague, SECOND_EDITOR.username)
    listing = text_of(colleague.get("/portal/aanbod").text)
    assert "versie 2 wacht op publicatie" in listing
    assert ">Publiceren</button>" in colleague.get(preview_path).text
    assert post(colleague, f"{preview_path}/publiceren").status_code == 303
    assert _phone(offer_index(session_factory), ZWOLLE_OFFER) == "038 999 88 77"
    assert _actions(session_factory)[-1][:2] == ("erik", "knowledge_publish")
    assert "wacht op publicatie" not in colleague.get("/portal/aanbod").text


def test_an_entry_past_its_term_is_flagged_and_one_click_marks_it_checked(
    client: TestClient, session_factory: sessionmaker
) -> None:
    # The offers were last checked on 1 May 2026; the clock says 24 November 2026.
    login(client, EDITOR.username)
    listing = text_of(client.get("/portal/aanbod").text)
    assert "1 gegeven is langer dan 6 maanden niet nagekeken" in listing
    assert "1 mei 2026 Nakijken nodig" in listing
    page = text_of(client.get(OFFER_PAGE).text)
    assert "Nakijken Nakijken nodig sinds 1 november 2026" in page

    assert post(client, f"{OFFER_PAGE}/gecontroleerd").status_code == 303
    page = text_of(client.get(OFFER_PAGE).text)
    assert "Laatst nagekeken 24 november 2026" in page
    assert "in orde tot 24 mei 2027" in page
    assert "niet nagekeken" not in text_of(client.get("/portal/aanbod").text)
    offers = {offer.id: offer for offer in offer_index(session_factory).offers}
    assert offers[ZWOLLE_OFFER].last_checked.isoformat() == "2026-11-24"
    assert offers[ZWOLLE_OFFER].contact.phone == ZWOLLE_PHONE
    assert _actions(session_factory)[-1] == (
        "eddy",
        "knowledge_checked",
        f"offer {ZWOLLE_OFFER} versie 2",
    )


def test_the_term_is_a_setting(
    tmp_path: Path, db_url: str, session_factory: sessionmaker, clock: Clock
) -> None:
    settings = portal_settings(tmp_path, db_url, STEUNWIJZER_KNOWLEDGE_FRESH_MONTHS="12")
    client = portal_client(settings, session_factory, clock, follow_redirects=False)
    login(client, EDITOR.username)
    assert "Nakijken nodig" not in client.get("/portal/aanbod").text
    assert "in orde tot 1 mei 2027" in text_of(client.get(OFFER_PAGE).text)


def test_an_older_concept_cannot_undo_a_newer_publication(
    client: TestClient, session_factory: sessionmaker
) -> None:
    login(client, EDITOR.username)
    first = _save(client, **{"contact.phone": "038 222 22 22"})
    second = _save(client, **{"contact.phone": "038 333 33 33"})
    post(client, f"{second.headers['location']}/publiceren")  # type: ignore[attr-defined]
    refused = post(client, f"{first.headers['location']}/publiceren")  # type: ignore[attr-defined]
    assert refused.headers["location"] == OFFER_PAGE
    assert "al een nieuwere versie gepubliceerd" in client.get(OFFER_PAGE).text
    assert _phone(offer_index(session_factory), ZWOLLE_OFFER) == "038 333 33 33"
