"""The Cijfers pages: who may see which gemeente's figures, the CSV, the report, the audit log,
and the first contact and closing recorded from the portal."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.handoff.models import Handoff
from bot.insights import recording
from bot.insights.events import Event, week_of
from bot.insights.models import InsightEvent
from bot.portal import users
from bot.privacy.models import AuditEntry
from bot.settings import Settings
from knowledge.models import GemeenteRow, SteunpuntGemeenteRow
from tests.portal.conftest import (
    CONSULTANT,
    COORDINATOR,
    FAST_HASHER,
    PASSWORD,
    START,
    UTRECHT,
    ZWOLLE,
    Clock,
    audit_entries,
    login,
    portal_client,
    post,
    set_up_app,
    store_handoff,
    text_of,
)
from tests.portal.knowledge_content import NATIONAL_OFFER, ZWOLLE_OFFER, import_editor_content


def plain(page: str) -> str:
    return html.unescape(text_of(page))


WEEK = week_of(START.date())  # 2026-Q4
GEMEENTEN = {"GM0193": "Zwolle", "GM0166": "Kampen", "GM0344": "Utrecht"}


@pytest.fixture
def gemeenten(session_factory: sessionmaker) -> None:
    with session_factory() as session, session.begin():
        for code, name in GEMEENTEN.items():
            session.add(GemeenteRow(code=code, name=name, provincie="Overijssel"))
        session.add(SteunpuntGemeenteRow(steunpunt_id=ZWOLLE, gemeente_code="GM0193"))
        session.add(SteunpuntGemeenteRow(steunpunt_id=ZWOLLE, gemeente_code="GM0166"))
        session.add(SteunpuntGemeenteRow(steunpunt_id=UTRECHT, gemeente_code="GM0344"))


def add_gemeente_user(
    session_factory: sessionmaker, username: str = "bea", codes: tuple[str, ...] = ("GM0193",)
) -> None:
    users.create_user(
        session_factory,
        username=username,
        display_name="Bea Beleid",
        role="gemeente",
        steunpunt_id="",
        password=PASSWORD,
        now=START,
        hasher=FAST_HASHER,
        gemeenten=codes,
    )
    set_up_app(session_factory, username)


def seed(session_factory: sessionmaker, gemeente: str, conversations: int, **kinds: int) -> None:
    events = [Event("conversation", WEEK, gemeente=gemeente, channel="web")] * conversations
    for kind, count in kinds.items():
        need = {"need": "even_vrij", "met": kind == "need_met"} if kind.startswith("need") else {}
        events += [Event("need" if need else kind, WEEK, gemeente=gemeente, **need)] * count
    recording.store(session_factory, events)


@pytest.fixture
def bea(session_factory: sessionmaker, gemeenten: None, staff: None) -> None:
    add_gemeente_user(session_factory)
    seed(session_factory, "GM0193", 40, need_met=25, need_unmet=3)
    seed(session_factory, "GM0344", 70)


def test_a_gemeente_account_sees_its_own_gemeentes_figures(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    login(client, "bea")
    page = client.get("/portal/cijfers")
    assert page.status_code == 200
    text = plain(page.text)
    assert "Cijfers: Zwolle" in text
    assert '<span class="brand-steunpunt">Zwolle</span>' in page.text  # its gemeente, no steunpunt
    assert "40 gesprekken" in text
    assert "Utrecht" not in text
    # The need with 3 unmet: hidden, and so is the number asked (it would give it away).
    assert "< 10" in text and "≥ 10" in text
    assert "<svg" in page.text and 'role="img"' in page.text
    assert ("bea", "insights_view", None) in audit_entries(session_factory)


def test_another_gemeentes_figures_are_not_found_and_audited(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    login(client, "bea")
    assert client.get("/portal/cijfers?gemeente=GM0344").status_code == 404
    assert client.get("/portal/cijfers/bereik.csv?gemeente=GM0344").status_code == 404
    assert client.get("/portal/cijfers/rapport?gemeente=GM0344").status_code == 404
    assert client.get("/portal/cijfers?gemeente=samen").status_code == 404  # one gemeente only
    denied = [e for e in audit_entries(session_factory) if e[1] == "insights_denied"]
    assert len(denied) == 4


def test_a_gemeente_account_opens_no_aanmelding(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    store_handoff(session_factory, "MZ-ABC123")
    login(client, "bea")
    inbox = client.get("/portal/")
    assert inbox.status_code == 303 and inbox.headers["location"] == "/portal/cijfers"
    for path in (
        "/portal/aanmelding/MZ-ABC123",
        "/portal/aanmelding/MZ-ABC123/print",
        "/portal/aanmelding/MZ-ABC123/json",
        "/portal/logboek",
    ):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "MZ-ABC123" not in response.text.replace(path, "")
    assert post(client, "/portal/aanmelding/MZ-ABC123/oppakken").status_code == 403
    assert client.get("/portal/aanbod").status_code == 403
    denied = [e for e in audit_entries(session_factory) if e[:2] == ("bea", "denied")]
    assert ("bea", "denied", "MZ-ABC123") in denied
    assert len(denied) == 5


@pytest.mark.parametrize("role", ["consultant", "editor"])
def test_consultants_and_editors_do_not_see_the_figures(
    client: TestClient,
    session_factory: sessionmaker,
    gemeenten: None,
    staff: None,
    role: str,
) -> None:
    users.create_user(
        session_factory,
        username="eddy",
        display_name="Eddy",
        role=role,
        steunpunt_id=ZWOLLE,
        password=PASSWORD,
        now=START,
        hasher=FAST_HASHER,
    )
    set_up_app(session_factory, "eddy")
    login(client, "eddy")
    assert client.get("/portal/cijfers").status_code == 403
    assert client.get("/portal/cijfers/bereik.csv").status_code == 403
    assert ("eddy", "insights_denied", None) in audit_entries(session_factory)
    assert "Cijfers" not in client.get("/portal/account").text


def test_a_coordinator_sees_the_gemeenten_of_its_steunpunt_and_them_together(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    seed(session_factory, "GM0166", 4)
    login(client, COORDINATOR.username)
    page = client.get("/portal/cijfers")
    assert page.status_code == 200
    assert "Kampen" in page.text and "Alle gemeenten samen" in page.text
    kampen = plain(client.get("/portal/cijfers?gemeente=GM0166").text)
    assert "< 10 gesprekken" in kampen
    together = plain(client.get("/portal/cijfers?gemeente=samen").text)
    assert "44 gesprekken" in together
    assert client.get("/portal/cijfers?gemeente=GM0344").status_code == 404


def test_the_csv_matches_the_table(client: TestClient, bea: None) -> None:
    login(client, "bea")
    page = client.get("/portal/cijfers")
    response = client.get("/portal/cijfers/behoeften.csv?gemeente=GM0193&periode=2026-Q4")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["", "Gevraagd", "Met lokaal aanbod", "Zonder lokaal aanbod"]
    assert rows[1] == ["Even vrij (respijtzorg)", "≥ 10", "25", "< 10"]
    # The page shows the same cells.
    section = page.text[page.text.index('id="titel-behoeften"') :]
    section = plain(section[: section.index("</table>")])
    assert "Even vrij (respijtzorg) ≥ 10 25 < 10" in section
    reach = client.get("/portal/cijfers/bereik.csv").text.lstrip("\ufeff").splitlines()
    assert reach[1] == "Chat op de website;40;0;0"
    assert reach[-1] == "Totaal;40;0;0"


def test_the_quarterly_report_prints_the_same_figures(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    login(client, "bea")
    report = client.get("/portal/cijfers/rapport?periode=2026-Q4")
    assert report.status_code == 200
    text = plain(report.text)
    assert "Mantelzorg in Zwolle: 4e kwartaal 2026" in text
    assert "40 gesprekken" in text
    assert "Download" not in text
    assert ("bea", "insights_report", None) in audit_entries(session_factory)


def test_a_period_without_events_says_so(client: TestClient, bea: None) -> None:
    login(client, "bea")
    text = plain(client.get("/portal/cijfers?periode=2025-Q1").text)
    assert "Nog geen gegevens in deze periode" in text


def test_the_first_contact_and_closing_are_recorded_without_the_aanmelding(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    store_handoff(
        session_factory, "MZ-ABC123", urgency="hoog", created_at=START - timedelta(days=2)
    )
    login(client, CONSULTANT.username)
    first = post(client, "/portal/aanmelding/MZ-ABC123/contact")
    assert first.headers["location"] == "/portal/aanmelding/MZ-ABC123", first.headers
    post(client, "/portal/aanmelding/MZ-ABC123/contact")  # a second contact is no first
    post(client, "/portal/aanmelding/MZ-ABC123/status", status="afgerond")
    with session_factory() as session:
        rows = session.execute(
            select(InsightEvent).where(InsightEvent.kind.in_(["first_contact", "handled"]))
        ).scalars()
        found = [(r.kind, r.gemeente, r.urgency, r.days, r.on_time) for r in rows]
    assert found == [
        ("first_contact", "GM0193", "hoog", 2, True),
        ("handled", "GM0193", "hoog", None, None),
    ]


def test_with_the_insights_off_the_portal_records_neither(
    settings: Settings, clock: Clock, bea: None, session_factory: sessionmaker
) -> None:
    off = dataclasses.replace(settings, insights=False)
    client = portal_client(off, session_factory, clock, follow_redirects=False)
    store_handoff(session_factory, "MZ-DEF456", urgency="hoog", created_at=START)
    login(client, CONSULTANT.username)
    post(client, "/portal/aanmelding/MZ-DEF456/contact")
    post(client, "/portal/aanmelding/MZ-DEF456/status", status="afgerond")
    with session_factory() as session:
        counted = select(InsightEvent).where(InsightEvent.kind.in_(["first_contact", "handled"]))
        assert session.execute(counted).all() == []
        closed = session.execute(select(Handoff.status).where(Handoff.reference == "MZ-DEF456"))
        assert closed.scalar_one() == "afgerond"


def test_the_cli_makes_a_gemeente_account(session_factory: sessionmaker, gemeenten: None) -> None:
    with pytest.raises(users.UserError, match="CBS code"):
        add_gemeente_user(session_factory, "x1", ("Zwolle",))
    with pytest.raises(users.UserError, match="no gemeente GM9999"):
        add_gemeente_user(session_factory, "x2", ("GM9999",))
    add_gemeente_user(session_factory, "x3", ("GM0193", "gm0166"))
    assert users.gemeenten_of(session_factory, "x3") == ("GM0166", "GM0193")
    (account,) = [a for a in users.list_users(session_factory) if a.username == "x3"]
    assert account.role == "gemeente" and account.steunpunt_id == ""


def test_old_events_are_not_counted(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    older = week_of(date(2026, 6, 1))
    recording.store(session_factory, [Event("conversation", older, gemeente="GM0193")] * 12)
    login(client, "bea")
    assert "40 gesprekken" in plain(client.get("/portal/cijfers?periode=2026-Q4").text)
    assert "12 gesprekken" in plain(client.get("/portal/cijfers?periode=2026-Q2").text)
    assert "52 gesprekken" in plain(client.get("/portal/cijfers?periode=2026").text)
    assert older < WEEK - timedelta(weeks=4)


def test_the_audit_log_names_no_figure(
    session_factory: sessionmaker, client: TestClient, bea: None
) -> None:
    login(client, "bea")
    client.get("/portal/cijfers/behoeften.csv")
    with session_factory() as session:
        details = [e.detail for e in session.execute(select(AuditEntry)).scalars()]
    assert "GM0193 2026-Q4 behoeften" in details


def test_the_live_chat_section_on_the_page_the_csv_and_the_report(
    client: TestClient, bea: None, session_factory: sessionmaker
) -> None:
    recording.store(
        session_factory,
        [Event("live_requested", WEEK, gemeente="GM0193", channel="web")] * 14
        + [Event("live_taken", WEEK, gemeente="GM0193", minutes=1)] * 11
        + [Event("live_expired", WEEK, gemeente="GM0193")] * 3,
    )
    login(client, "bea")
    text = plain(client.get("/portal/cijfers").text)
    assert "Live chat met een consulent" in text
    assert "Wachttijd tot een consulent de chat overnam (mediaan) 1 minuut" in text
    rows = client.get("/portal/cijfers/livechat.csv").text.lstrip("\ufeff").splitlines()
    assert rows[1:] == [
        "Overgenomen door een consulent;≥ 10",
        "Niet op tijd overgenomen;< 10",
        "Gevraagd;14",
    ]
    report = plain(client.get("/portal/cijfers/rapport").text)
    assert "Live chat met een consulent" in report and "< 10" in report


REGION = {"GM0166": "Kampen", "GM0148": "Dalfsen", "GM0193": "Zwolle", "GM0153": "Enschede"}


@pytest.fixture
def kees(session_factory: sessionmaker, staff: None) -> None:
    """A gemeente account for Kampen, one of four gemeenten of Overijssel; Utrecht elsewhere."""
    with session_factory() as session, session.begin():
        for code, name in REGION.items():
            session.add(GemeenteRow(code=code, name=name, provincie="Overijssel"))
        session.add(GemeenteRow(code="GM0344", name="Utrecht", provincie="Utrecht"))
    add_gemeente_user(session_factory, "kees", ("GM0166",))
    seed(session_factory, "GM0344", 50)


def test_a_region_view_pools_small_gemeenten_into_a_shown_count(
    client: TestClient, kees: None, session_factory: sessionmaker
) -> None:
    for code, count in {"GM0166": 6, "GM0148": 7, "GM0193": 40, "GM0153": 30}.items():
        seed(session_factory, code, count)
    login(client, "kees")
    page = client.get("/portal/cijfers")
    assert "Regio Overijssel (alle gemeenten samen)" in page.text
    assert "Utrecht" not in page.text
    assert "< 10 gesprekken" in plain(page.text)  # Kampen alone
    region = plain(client.get("/portal/cijfers?gemeente=regio-overijssel").text)
    assert "Cijfers: regio Overijssel" in region
    assert "83 gesprekken" in region
    assert "Dalfsen" not in region and "Zwolle" not in region  # totals only
    csv_text = client.get("/portal/cijfers/bereik.csv?gemeente=regio-overijssel").text
    assert "Totaal;83;0;0" in csv_text
    report = plain(client.get("/portal/cijfers/rapport?gemeente=regio-overijssel").text)
    assert "Mantelzorg in regio Overijssel" in report and "83 gesprekken" in report
    with session_factory() as session:
        logged = [e.detail for e in session.execute(select(AuditEntry)).scalars()]
    assert "regio-overijssel 2026-Q4" in logged
    assert "regio-overijssel 2026-Q4 bereik" in logged


def test_a_region_hides_what_the_account_could_subtract_to_find_other_gemeenten(
    client: TestClient, kees: None, session_factory: sessionmaker
) -> None:
    for code, count in {"GM0166": 20, "GM0148": 30, "GM0193": 40}.items():
        seed(session_factory, code, count)
    need = [Event("need", WEEK, gemeente="GM0166", need="even_vrij", met=True)] * 15
    need += [Event("need", WEEK, gemeente="GM0193", need="even_vrij", met=True)] * 3
    recording.store(session_factory, need)
    login(client, "kees")
    own = client.get("/portal/cijfers/behoeften.csv?gemeente=GM0166").text
    assert "Even vrij (respijtzorg);15;15;0" in own
    # 18 in the region, 15 of them Kampen's own: showing 18 would give away Zwolle's 3.
    region = client.get("/portal/cijfers/behoeften.csv?gemeente=regio-overijssel").text
    assert "Even vrij (respijtzorg);" in region
    assert "Even vrij (respijtzorg);≥ 10;≥ 10;0" in region


def test_another_regions_figures_are_not_found_and_audited(
    client: TestClient, kees: None, session_factory: sessionmaker
) -> None:
    login(client, "kees")
    for path in ("/portal/cijfers", "/portal/cijfers/bereik.csv", "/portal/cijfers/rapport"):
        assert client.get(f"{path}?gemeente=regio-utrecht").status_code == 404, path
    denied = [e for e in audit_entries(session_factory) if e[1] == "insights_denied"]
    assert len(denied) == 3


def test_a_region_with_one_other_gemeente_with_figures_is_not_shown(
    client: TestClient, kees: None, session_factory: sessionmaker
) -> None:
    seed(session_factory, "GM0166", 20)
    seed(session_factory, "GM0193", 40)
    login(client, "kees")
    page = plain(client.get("/portal/cijfers?gemeente=regio-overijssel").text)
    assert "niet te zien" in page and "60" not in page
    assert client.get("/portal/cijfers/bereik.csv?gemeente=regio-overijssel").status_code == 404


def test_a_region_names_no_local_offer_of_another_gemeente(
    client: TestClient, kees: None, session_factory: sessionmaker, tmp_path: Path
) -> None:
    import_editor_content(session_factory, tmp_path)
    for code, count in {"GM0166": 20, "GM0148": 30, "GM0193": 40}.items():
        seed(session_factory, code, count)
    shown = [Event("offer_shown", WEEK, gemeente="GM0193", offer_id=ZWOLLE_OFFER)] * 20
    shown += [Event("offer_shown", WEEK, gemeente="GM0166", offer_id=NATIONAL_OFFER)] * 12
    recording.store(session_factory, shown)
    login(client, "kees")
    region = client.get("/portal/cijfers/aanbod.csv?gemeente=regio-overijssel").text
    assert "Mantelzorgcafé De Vonk" not in region  # Zwolle's own: 20 would be Zwolle's count
    assert ";12;0" in region
