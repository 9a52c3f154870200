"""A consultant's message over WhatsApp while the Graph API is down for a moment: the channel
reports the failure, so the live chat delivery tries again and the caregiver gets it once
(bot.channels.live_delivery, bot.channels.base.send_live). Real SQLite, the fake Graph API on
loopback; no Rasa."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.channels.dedup import first_delivery
from bot.channels.live_delivery import LiveDelivery
from bot.channels.sending import RetryPolicy
from bot.channels.whatsapp import WhatsAppInput
from bot.db import create_session_factory, engine_for
from bot.live import store as live
from bot.prepare import prepare_databases
from tests.channels.fakes import FakeGraphApi
from tests.support import development_settings

NUMBER = "31687650099"
ONE_POST = RetryPolicy(attempts=1, first_delay_s=0.01, max_delay_s=0.01, timeout_s=5)


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with FakeGraphApi() as fake:
        yield fake


def test_a_message_the_graph_api_refused_is_sent_again_and_arrives_once(
    tmp_path: Path, graph: FakeGraphApi
) -> None:
    settings = development_settings(
        {
            "STEUNWIJZER_VAR_DIR": str(tmp_path),
            "STEUNWIJZER_CONVERSATION_KEY_SECRET": "key",
            "STEUNWIJZER_WHATSAPP_GRAPH_URL": graph.url,
            "STEUNWIJZER_WHATSAPP_GRAPH_VERSION": graph.version,
            "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID": graph.phone_number_id,
            "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN": graph.access_token,
            "STEUNWIJZER_WHATSAPP_APP_SECRET": "app-secret",
            "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN": "verify",
        }
    )
    prepare_databases(settings)
    sessions = create_session_factory(engine_for(settings.database_url))
    channel = WhatsAppInput(settings)
    channel.runtime.policy = ONE_POST
    now = datetime.now(timezone.utc)
    key = channel.runtime.key(NUMBER)
    assert first_delivery(sessions, "whatsapp", "wamid.IN1", key, now)  # the window is open
    with sessions() as session, session.begin():
        chat_id = live.request_chat(
            session,
            conversation_key=key,
            channel="whatsapp",
            channel_address=NUMBER,
            steunpunt_id="gm0307_steunpunt",
            gemeente_code="GM0307",
            summary={"urgency": "normaal"},
            now=now,
        )
        live.add_message(session, chat_id, "consultant", "Ik ben Anne. Waar kan ik helpen?", now)
    clock = [now]
    delivery = LiveDelivery(sessions, ("whatsapp",), channel.send_live, clock=lambda: clock[0])

    async def rounds() -> tuple[int, int]:
        try:
            graph.fail_next(503)
            first = await delivery.run_round()
            clock[0] += timedelta(seconds=2)
            second = await delivery.run_round()
            return first.retrying, second.sent
        finally:
            await channel.runtime.close()

    assert asyncio.run(rounds()) == (1, 1)
    assert [body["text"]["body"] for body in graph.to(NUMBER)] == [
        "Ik ben Anne. Waar kan ik helpen?"
    ]
    with sessions() as session:
        assert live.undelivered(session, ("whatsapp",), clock[0] + timedelta(minutes=5)) == []
