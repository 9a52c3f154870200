from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.handoff.models import Handoff, OutboxEntry
from bot.portal import handoffs
from bot.portal.auth import load_identity
from tests.portal.conftest import (
    START,
    UTRECHT,
    Clock,
    audit_entries,
    login,
    post,
    store_handoff,
    text_of,
)

pytestmark = pytest.mark.usefixtures("staff")


def listed(html: str) -> list[str]:
    """The references in the inbox table, top to bottom."""
    table = html.split('<table class="inbox">', 1)[-1].split("</table>", 1)[0]
    return re.findall(r">(MZ-[A-Z0-9]{6})</a>", table)


def set_status(session_factory: sessionmaker, reference: str, status: str) -> None:
    with session_factory() as session, session.begin():
        session.execute(update(Handoff).where(Handoff.reference == reference).values(status=status))


def fail_deliveries(session_factory: sessionmaker, reference: str) -> None:
    with session_factory() as session, session.begin():
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.handoff_reference == reference)
            .values(status="failed", attempts=12, last_error="SMTP 550")
        )


def outbox_statuses(session_factory: sessionmaker, reference: str) -> list[str]:
    with session_factory() as session:
        query = select(OutboxEntry.status).where(OutboxEntry.handoff_reference == reference)
        return list(session.execute(query).scalars())


def test_most_urgent_first_then_oldest_first(
    client: TestClient, session_factory: sessionmaker
) -> None:
    hour = timedelta(hours=1)
    store_handoff(session_factory, "MZ-NORM01", urgency="normaal", created_at=START - 9 * hour)
    store_handoff(session_factory, "MZ-HOOG02", urgency="hoog", created_at=START - 1 * hour)
    store_handoff(session_factory, "MZ-ACUT03", urgency="acuut", created_at=START)
    store_handoff(session_factory, "MZ-HOOG04", urgency="hoog", created_at=START - 5 * hour)
    store_handoff(session_factory, "MZ-NORM05", urgency="normaal", created_at=START - 2 * hour)
    login(client, "anna")

    html = client.get("/portal/").text

    assert listed(html) == ["MZ-ACUT03", "MZ-HOOG04", "MZ-HOOG02", "MZ-NORM01", "MZ-NORM05"]


def test_the_table_has_the_columns_in_dutch_with_local_times(
    client: TestClient, session_factory: sessionmaker
) -> None:
    store_handoff(session_factory, "MZ-7K3Q9P", urgency="hoog")
    login(client, "anna")

    html = client.get("/portal/").text
    text = text_of(html)

    for header in (
        "Referentie", "Naam", "Gemeente", "Hulpvraag", "Belasting", "Via", "Urgentie",
        "Ontvangen", "Bellen uiterlijk", "Status", "Opgepakt door",
    ):  # fmt: skip
        assert f'<th scope="col">{header}</th>' in html
    assert '<th scope="row"><a href="/portal/aanmelding/MZ-7K3Q9P">MZ-7K3Q9P</a></th>' in html
    # 13.05 UTC on 24 November is 14.05 in Amsterdam (winter time).
    assert "Hoog 24 november 2026 om 14.05 uur 27 november 2026 Nieuw nog niemand" in text
    assert '<time datetime="2026-11-24T13:05:00+00:00">' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["MZ-NIEUW1", "MZ-BEHAN2"]),
        ("?status=open", ["MZ-NIEUW1", "MZ-BEHAN2"]),
        ("?status=nieuw", ["MZ-NIEUW1"]),
        ("?status=in_behandeling", ["MZ-BEHAN2"]),
        ("?status=afgerond", ["MZ-AFGER3"]),
        ("?status=ingetrokken", ["MZ-INGET4"]),
        ("?status=alle", ["MZ-NIEUW1", "MZ-BEHAN2", "MZ-AFGER3", "MZ-INGET4"]),
        ("?status=onzin", ["MZ-NIEUW1", "MZ-BEHAN2"]),
    ],
)
def test_the_status_filter_shows_open_aanmeldingen_by_default(
    client: TestClient, session_factory: sessionmaker, query: str, expected: list[str]
) -> None:
    for minutes, (reference, status) in enumerate(
        [
            ("MZ-NIEUW1", "nieuw"),
            ("MZ-BEHAN2", "in_behandeling"),
            ("MZ-AFGER3", "afgerond"),
            ("MZ-INGET4", "ingetrokken"),
        ]
    ):
        store_handoff(session_factory, reference, created_at=START + timedelta(minutes=minutes))
        set_status(session_factory, reference, status)
    login(client, "anna")

    assert listed(client.get(f"/portal/{query}").text) == expected


def test_a_consultant_never_sees_another_steunpunts_aanmeldingen(
    client: TestClient, session_factory: sessionmaker
) -> None:
    store_handoff(session_factory, "MZ-ZWOLLE")
    store_handoff(session_factory, "MZ-UTRECH", steunpunt_id=UTRECHT)

    login(client, "otto")
    utrecht = client.get("/portal/?status=alle").text
    client.cookies.clear()
    login(client, "anna")
    zwolle = client.get("/portal/?status=alle").text

    assert listed(utrecht) == ["MZ-UTRECH"]
    assert listed(zwolle) == ["MZ-ZWOLLE"]
    assert "MZ-UTRECH" not in zwolle
    assert "Steunpunt Mantelzorg Utrecht (voorbeeld)" in utrecht


def test_the_inbox_says_who_picked_it_up_and_when_there_is_nothing(
    client: TestClient, session_factory: sessionmaker
) -> None:
    login(client, "anna")
    assert "Er zijn geen aanmeldingen" in client.get("/portal/").text
    store_handoff(session_factory, "MZ-7K3Q9P")
    post(client, "/portal/aanmelding/MZ-7K3Q9P/oppakken")

    text = text_of(client.get("/portal/").text)

    assert (
        "Normaal 24 november 2026 om 14.05 uur 27 november 2026 In behandeling Anna de Vries"
        in text
    )


def test_a_coordinator_sees_failed_deliveries_and_can_retry(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    store_handoff(session_factory, "MZ-7K3Q9P")
    store_handoff(session_factory, "MZ-UTRECH", steunpunt_id=UTRECHT)
    fail_deliveries(session_factory, "MZ-7K3Q9P")
    fail_deliveries(session_factory, "MZ-UTRECH")
    login(client, "carla")

    html = client.get("/portal/").text
    response = post(client, "/portal/bezorging/MZ-7K3Q9P/opnieuw")

    assert "Bezorging mislukt" in html
    assert "SMTP 550" in html
    assert "e-mail aan het steunpunt" in html
    assert "Opnieuw proberen" in html
    assert "MZ-UTRECH" not in html
    assert response.status_code == 303
    assert outbox_statuses(session_factory, "MZ-7K3Q9P") == ["pending"]
    assert outbox_statuses(session_factory, "MZ-UTRECH") == ["failed"]
    assert "wordt zo opnieuw geprobeerd" in client.get("/portal/").text
    assert audit_entries(session_factory)[-1] == ("carla", "retry", "MZ-7K3Q9P")
    with session_factory() as session:
        due = session.execute(select(OutboxEntry.next_attempt_at)).scalars().first()
    assert due == clock()


def test_a_consultant_does_not_get_the_delivery_tools(
    client: TestClient, session_factory: sessionmaker
) -> None:
    store_handoff(session_factory, "MZ-7K3Q9P")
    fail_deliveries(session_factory, "MZ-7K3Q9P")
    login(client, "anna")

    html = client.get("/portal/").text
    response = post(client, "/portal/bezorging/MZ-7K3Q9P/opnieuw")

    assert "Bezorging mislukt" not in html
    assert response.status_code == 403
    assert outbox_statuses(session_factory, "MZ-7K3Q9P") == ["failed"]


def test_another_steunpunts_coordinator_cannot_retry_its_deliveries(
    client: TestClient, session_factory: sessionmaker
) -> None:
    store_handoff(session_factory, "MZ-7K3Q9P")
    fail_deliveries(session_factory, "MZ-7K3Q9P")
    login(client, "olga")

    response = post(client, "/portal/bezorging/MZ-7K3Q9P/opnieuw")

    assert response.status_code == 404
    assert outbox_statuses(session_factory, "MZ-7K3Q9P") == ["failed"]
    assert audit_entries(session_factory)[-1] == ("olga", "denied", "MZ-7K3Q9P")


def test_inbox_query_orders_in_the_database(session_factory: sessionmaker) -> None:
    store_handoff(session_factory, "MZ-NORM01", urgency="normaal", created_at=START)
    store_handoff(session_factory, "MZ-ACUT02", urgency="acuut", created_at=START)
    anna = load_identity(session_factory, "anna")
    assert anna is not None

    rows = handoffs.inbox(session_factory, anna, handoffs.STATUS_FILTERS["alle"])

    assert [(row.reference, row.urgency) for row in rows] == [
        ("MZ-ACUT02", "acuut"),
        ("MZ-NORM01", "normaal"),
    ]


def test_each_row_shows_name_gemeente_need_burden_channel_and_the_promised_day(
    client: TestClient, session_factory: sessionmaker
) -> None:
    document = store_handoff(session_factory, "MZ-7K3Q9P", urgency="hoog")
    login(client, "anna")

    text = text_of(client.get("/portal/").text)

    name = document["caregiver"]["name"]
    gemeente = document["gemeente"]["name"]
    # Tuesday 24 November and 3 working days: Friday 27 November.
    assert f"MZ-7K3Q9P {name} {gemeente}" in text
    assert "27 november 2026" in text
    assert "de chat op de website" in text
    assert "Te laat" not in text


def test_an_overdue_row_is_marked_in_text_and_colour_and_the_filters_work(
    client: TestClient, session_factory: sessionmaker, clock: Clock
) -> None:
    store_handoff(
        session_factory, "MZ-OUD001", urgency="normaal", created_at=START - timedelta(days=7)
    )
    store_handoff(session_factory, "MZ-NIEUW2", urgency="acuut", created_at=START)
    login(client, "anna")

    html = client.get("/portal/").text
    row = html.split("MZ-OUD001", 1)[0].rsplit("<tr", 1)[-1]
    assert 'class="overdue"' in row
    assert "Te laat" in text_of(html.split("MZ-OUD001", 1)[1].split("</tr>", 1)[0])

    assert listed(client.get("/portal/?te_laat=ja").text) == ["MZ-OUD001"]
    assert listed(client.get("/portal/?urgentie=acuut").text) == ["MZ-NIEUW2"]
    assert listed(client.get("/portal/?zoek=nieuw2").text) == ["MZ-NIEUW2"]
    assert listed(client.get("/portal/?van_mij=ja").text) == []
    post(client, "/portal/aanmelding/MZ-OUD001/oppakken")
    assert listed(client.get("/portal/?van_mij=ja").text) == ["MZ-OUD001"]


def test_search_by_the_name_as_given(client: TestClient, session_factory: sessionmaker) -> None:
    document = store_handoff(session_factory, "MZ-NAAM01")
    store_handoff(session_factory, "MZ-ANDER2", created_at=START - timedelta(hours=1))
    login(client, "anna")
    name = document["caregiver"]["name"]

    assert "MZ-NAAM01" in listed(client.get(f"/portal/?zoek={name[:3].lower()}").text)
    assert listed(client.get("/portal/?zoek=zzzz").text) == []
