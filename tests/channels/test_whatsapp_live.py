"""Done when #20: a takeover on WhatsApp, against the running product and the fake Graph API.
The caregiver chooses the chat; the consultant's messages arrive as WhatsApp text, and while the
consultant is there the assistant says nothing."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import delete, update

from bot.db import session_factory_for
from bot.live import store as live
from bot.live.models import LiveConsultant
from bot.settings import Settings
from knowledge.models import SteunpuntRow
from tests.channels.conftest import APP_SECRET
from tests.channels.conversation import CloudCaregiver, shown_text, tapped, text
from tests.channels.fakes import FakeGraphApi

STEUNPUNT = "gm0307_steunpunt"
NOW_OPEN = "maandag tot en met zondag, 0.00 tot 24.00 uur (voorbeeld)"


@pytest.fixture
def caregiver(whatsapp_product: Settings, graph_api: FakeGraphApi) -> CloudCaregiver:
    return CloudCaregiver(whatsapp_product, graph_api, "31687650020", app_secret=APP_SECRET)


def test_a_consultant_takes_over_a_whatsapp_chat(
    whatsapp_product: Settings, caregiver: CloudCaregiver
) -> None:
    sessions = session_factory_for(whatsapp_product.database_url)
    with sessions() as session, session.begin():
        session.execute(
            update(SteunpuntRow).where(SteunpuntRow.id == STEUNPUNT).values(opening_hours=NOW_OPEN)
        )
        live.set_available(session, "anne", STEUNPUNT, True, _now())
    try:
        caregiver.send(
            text("ik woon in amersfoort en ik wil iemand spreken"),
            shown="ik wil iemand spreken",
            until="U kunt meteen met een consulent chatten",
        )
        caregiver.send(
            tapped("button_reply", '/request_human{"answer": "live_chat"}', "Nu chatten"),
            shown="[tikt] Nu chatten met een consulent",
            until="komt dan in dit gesprek",
        )
        caregiver.send(
            tapped("button_reply", "/affirm", "Ja, dat is goed"),
            shown="[tikt] Ja",
            until="Ik zoek een consulent",
        )
        with sessions() as session, session.begin():
            [waiting] = live.queue(session, STEUNPUNT)
            assert waiting.channel == "whatsapp"
            assert live.take(session, waiting.id, "anne", STEUNPUNT, _now())
            live.add_message(
                session, waiting.id, "system", "Anne van het steunpunt is er nu.", _now()
            )
            live.add_message(session, waiting.id, "consultant", "Hoe gaat het nu met u?", _now())

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            shown = [shown_text(m) for m in caregiver.received()]
            if "Hoe gaat het nu met u?" in shown:
                break
            time.sleep(0.2)
        assert "Anne van het steunpunt is er nu." in shown
        assert "Hoe gaat het nu met u?" in shown
        sent_as_text = [
            m for m in caregiver.received() if shown_text(m) == "Hoe gaat het nu met u?"
        ]
        assert sent_as_text[0]["type"] == "text"

        before = len(caregiver.received())
        response = caregiver.post(text("het gaat niet zo goed"))
        assert response.status_code == 200
        deadline = time.monotonic() + 20
        said: list[str] = []
        while time.monotonic() < deadline and not said:
            with sessions() as session:
                said = [
                    m.text for m in live.messages(session, waiting.id) if m.author == "caregiver"
                ]
            time.sleep(0.2)
        assert said == ["het gaat niet zo goed"]
        time.sleep(1.0)
        assert len(caregiver.received()) == before  # the assistant was silent
    finally:
        with sessions() as session, session.begin():
            session.execute(delete(LiveConsultant))


def _now() -> datetime:
    return datetime.now(timezone.utc)
