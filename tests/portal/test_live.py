"""The live chat in the portal: availability, the queue with its summary, the one-winner take,
messages and the end, each audited without the message text; and the event stream."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.insights.models import InsightEvent
from bot.live import store as live
from bot.live.models import LiveConsultant
from bot.portal import live_views
from bot.privacy.models import AuditEntry
from tests.portal.conftest import START, ZWOLLE, audit_entries, login, post, text_of

pytestmark = pytest.mark.usefixtures("staff")

SUMMARY = {
    "name": "Riek",
    "gemeente": "GM0193",
    "situation": "zorgt voor moeder; dementie; 20 uur per week",
    "burden": "hoog",
    "needs": ["even_vrij"],
    "urgency": "hoog",
}
SECRET_WORDS = "mijn moeder slaat soms"


def waiting_chat(session_factory: sessionmaker, key: str = "k" * 64) -> str:
    with session_factory() as session, session.begin():
        return live.request_chat(
            session,
            conversation_key=key,
            channel="socketio",
            channel_address="a" * 32,
            steunpunt_id=ZWOLLE,
            gemeente_code="GM0193",
            summary=SUMMARY,
            now=START,
        )


def test_a_consultant_marks_themself_available_and_back(
    client: TestClient, session_factory: sessionmaker
) -> None:
    login(client, "anna")
    post(client, "/portal/live/beschikbaar", available="ja")
    with session_factory() as session:
        assert session.get(LiveConsultant, "anna") is not None
    assert "U bent beschikbaar voor chats" in text_of(client.get("/portal/live").text)

    post(client, "/portal/live/beschikbaar", available="nee")
    with session_factory() as session:
        assert session.get(LiveConsultant, "anna") is None
    actions = [action for _, action, _ in audit_entries(session_factory)]
    assert "live_available" in actions and "live_unavailable" in actions


def test_the_queue_shows_the_summary_and_waiting_time_to_its_own_steunpunt_only(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    page = text_of(client.get("/portal/live").text)
    assert "Riek, Zwolle" in page
    assert "zorgt voor moeder; dementie; 20 uur per week" in page
    assert "hoog (overbelast)" in page and "Urgentie: Hoog" in page
    assert "via chat op de website" in page and "wacht" in page

    client.post("/portal/logout", data={"csrftoken": client.cookies.get("steunwijzer_csrf")})
    other = TestClient(client.app, follow_redirects=False)
    login(other, "otto")
    assert "Riek" not in other.get("/portal/live").text
    response = other.get(f"/portal/live/{chat_id}")
    assert response.status_code == 404, (response.url, text_of(response.text)[:300])


def test_take_tells_the_caregiver_who_is_there_and_a_second_take_is_refused(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    taken = post(client, f"/portal/live/{chat_id}/nemen")
    assert taken.headers["location"] == f"/portal/live/{chat_id}"
    assert "U bent in gesprek" in client.get(taken.headers["location"]).text

    colleague = TestClient(client.app, follow_redirects=False)
    login(colleague, "carla")
    refused = post(colleague, f"/portal/live/{chat_id}/nemen")
    assert refused.headers["location"] == "/portal/live"
    assert "al overgenomen door een collega" in text_of(colleague.get("/portal/live").text)

    with session_factory() as session:
        [outgoing] = live.undelivered(session, ("socketio",), START)
    assert outgoing.text == (
        "Anna de Vries van Steunpunt Mantelzorg Zwolle (voorbeeld) is er nu. "
        "U praat nu met een mens."
    )


def test_messages_and_the_end_are_audited_without_their_text(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    post(client, f"/portal/live/{chat_id}/nemen")
    post(client, f"/portal/live/{chat_id}/bericht", bericht=SECRET_WORDS)
    assert SECRET_WORDS in client.get(f"/portal/live/{chat_id}").text

    post(client, f"/portal/live/{chat_id}/einde", hoe="assistent")
    assert "teruggegeven aan de assistent" in text_of(client.get("/portal/live").text)

    with session_factory() as session:
        said = [(m.author, m.text) for m in live.messages(session, chat_id)]
        details = session.scalars(select(AuditEntry.detail)).all()
        assert live.chat(session, chat_id, ZWOLLE).status == "ended"  # type: ignore[union-attr]
    assert ("consultant", SECRET_WORDS) in said
    assert said[-1] == (
        "system",
        "Anna de Vries is uit het gesprek. U praat nu weer met de digitale assistent.",
    )
    actions = [action for _, action, _ in audit_entries(session_factory)]
    assert {"live_take", "live_message", "live_handback"} <= set(actions)
    assert not any(SECRET_WORDS in (detail or "") for detail in details)


def test_only_the_consultant_in_the_chat_can_write_in_it(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    post(client, f"/portal/live/{chat_id}/nemen")
    colleague = TestClient(client.app, follow_redirects=False)
    login(colleague, "carla")
    post(colleague, f"/portal/live/{chat_id}/bericht", bericht="hallo")
    with session_factory() as session:
        assert [m.author for m in live.messages(session, chat_id)] == ["system"]


class _Browser:
    """A request that goes away after `ticks` reads."""

    def __init__(self, ticks: int) -> None:
        self.ticks = ticks

    async def is_disconnected(self) -> bool:
        self.ticks -= 1
        return self.ticks < 0


def test_the_event_stream_sends_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_views, "TICK_S", 0)
    states = iter([[("queue", [1])], [("queue", [1])], [("queue", [1, 2])]])

    async def collect() -> list[str]:
        stream = live_views._stream(_Browser(3), lambda: next(states))  # type: ignore[arg-type]
        return [chunk async for chunk in stream]

    chunks: list[Any] = asyncio.run(collect())
    assert chunks == [
        "retry: 3000\n\n",
        "event: queue\ndata: [1]\n\n",
        "event: queue\ndata: [1, 2]\n\n",
    ]


def test_after_24_hours_on_whatsapp_the_portal_says_only_a_template_can_be_sent(
    client: TestClient, session_factory: sessionmaker, clock
) -> None:
    with session_factory() as session, session.begin():
        chat_id = live.request_chat(
            session,
            conversation_key="w" * 64,
            channel="whatsapp",
            channel_address="whatsapp:+31612345678",
            steunpunt_id=ZWOLLE,
            gemeente_code="GM0193",
            summary=SUMMARY,
            now=START,
        )
    login(client, "anna")
    post(client, f"/portal/live/{chat_id}/nemen")
    assert "Uw bericht" in client.get(f"/portal/live/{chat_id}").text

    clock.advance(hours=25)
    login(client, "anna")
    page = text_of(client.get(f"/portal/live/{chat_id}").text)
    assert "alleen een vooraf goedgekeurd sjabloonbericht" in page
    assert "Uw bericht" not in page


def test_a_crisis_message_is_shown_in_red_and_in_words(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    post(client, f"/portal/live/{chat_id}/nemen")
    with session_factory() as session, session.begin():
        live.add_message(
            session, chat_id, "caregiver", "ik wil niet meer leven", START, crisis=True
        )

    html = client.get(f"/portal/live/{chat_id}").text

    item = html.split("ik wil niet meer leven", 1)[0].rsplit("<li", 1)[-1]
    assert "live-crisis" in item
    assert "LET OP: mogelijk crisis" in text_of(item)


def test_a_message_the_caregiver_never_got_says_so_in_words(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    post(client, f"/portal/live/{chat_id}/nemen")
    post(client, f"/portal/live/{chat_id}/bericht", bericht="Ik bel u morgen om tien uur.")
    with session_factory() as session, session.begin():
        for outgoing in live.undelivered(session, ("socketio",), START):
            held = live.claim(session, outgoing.id, START, timedelta(minutes=2))
            assert held is not None
            if outgoing.text.startswith("Ik bel"):
                live.mark_failed(session, held, START)
            else:
                live.mark_delivered(session, held, START)

    html = client.get(f"/portal/live/{chat_id}").text

    failed = html.split("Ik bel u morgen om tien uur.", 1)[1].split("</li>", 1)[0]
    assert "Niet afgeleverd" in text_of(failed)
    assert text_of(html).count("Niet afgeleverd") == 1


def test_a_take_is_counted_for_the_insights_with_the_whole_minutes_waited(
    client: TestClient, session_factory: sessionmaker
) -> None:
    chat_id = waiting_chat(session_factory)
    login(client, "anna")
    post(client, f"/portal/live/{chat_id}/nemen")
    colleague = TestClient(client.app, follow_redirects=False)
    login(colleague, "carla")
    post(colleague, f"/portal/live/{chat_id}/nemen")  # refused: not counted again
    with session_factory() as session:
        rows = session.execute(
            select(InsightEvent.kind, InsightEvent.gemeente, InsightEvent.minutes)
        ).all()
    assert [tuple(row) for row in rows] == [("live_taken", "GM0193", 0)]
