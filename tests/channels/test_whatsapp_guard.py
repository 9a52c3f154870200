"""The channel guards on WhatsApp without a Rasa server: the flood limit and the honest answer,
through the fake Graph API (the product-level flood: test_flood_product.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.channels.guard import FLOOD_TEXT, NO_REPLY_TEXT, FloodGuard
from bot.channels.inbound import Inbound, Kind
from bot.channels.models import CHANNEL_TABLES
from bot.channels.sending import RetryPolicy
from bot.channels.whatsapp import WhatsAppInput
from bot.db import Base, create_db_engine
from bot.settings import Settings, load_settings
from tests.channels.fakes import FakeGraphApi

SENDER = "whatsapp:+31612345678"
NUMBER = "31612345678"
FAST = RetryPolicy(attempts=2, first_delay_s=0.01, max_delay_s=0.05, timeout_s=5)


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with FakeGraphApi() as fake:
        yield fake


@pytest.fixture
def settings(tmp_path: Path, graph: FakeGraphApi) -> Settings:
    settings = load_settings(
        {
            "STEUNWIJZER_VAR_DIR": str(tmp_path),
            "STEUNWIJZER_CONVERSATION_KEY_SECRET": "test-key-secret",
            "STEUNWIJZER_WHATSAPP_GRAPH_URL": graph.url,
            "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID": graph.phone_number_id,
            "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN": graph.access_token,
            "STEUNWIJZER_WHATSAPP_APP_SECRET": "app-secret",
            "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN": "verify-token",
        }
    )
    engine = create_db_engine(settings.database_url)
    Base.metadata.create_all(engine, tables=list(CHANNEL_TABLES))
    engine.dispose()
    return settings


@dataclass
class Rasa:
    """Stands in for Rasa: keeps what it was given and answers with `reply`, if any."""

    reply: Callable[[Any], Awaitable[None]] | None = None
    texts: list[str] = field(default_factory=list)

    async def __call__(self, message: Any) -> None:
        self.texts.append(message.text)
        if self.reply is not None:
            await self.reply(message)


def inbound(text: str, message_id: str = "wamid.1") -> Inbound:
    return Inbound(message_id=message_id, sender=SENDER, kind=Kind.TEXT, text=text)


def handle_all(channel: WhatsAppInput, rasa: Rasa, messages: list[Inbound]) -> None:
    async def main() -> None:
        channel.runtime.policy = FAST
        try:
            for message in messages:
                await channel.handle(message, rasa)
        finally:
            await channel.runtime.close()

    asyncio.run(main())


def shown(message: dict[str, Any]) -> str:
    if message.get("type") == "interactive":
        return str(message["interactive"]["body"]["text"])
    return str(message.get("text", {}).get("body", ""))


def test_a_turn_without_answer_gets_the_honest_one(settings: Settings, graph: FakeGraphApi) -> None:
    handle_all(WhatsAppInput(settings), Rasa(), [inbound(text="ik zorg voor mijn vader")])

    sent = [shown(message) for message in graph.to(NUMBER)]
    assert sent[0] == NO_REPLY_TEXT
    assert "112" in sent[1] and "113" in sent[1]


def test_a_crisis_without_answer_gets_the_safety_reply_with_its_buttons(
    settings: Settings, graph: FakeGraphApi
) -> None:
    handle_all(WhatsAppInput(settings), Rasa(), [inbound(text="ik wil er niet meer zijn")])

    sent = graph.to(NUMBER)
    assert any("113" in shown(message) for message in sent)
    assert NO_REPLY_TEXT not in [shown(message) for message in sent]
    assert sent[-1]["interactive"]["type"] == "button"


def test_a_flood_gets_one_notice_and_rasa_only_the_limit(
    settings: Settings, graph: FakeGraphApi
) -> None:
    async def reply(message: Any) -> None:
        await message.output_channel.send_text_message(message.sender_id, "Dank u wel.")

    channel = WhatsAppInput(settings)
    channel.flood_guard = FloodGuard(3, 60.0)
    rasa = Rasa(reply)
    messages = [inbound(text="hallo", message_id=f"wamid.{n}") for n in range(12)]
    messages.insert(6, inbound(text="ik wil er niet meer zijn", message_id="wamid.crisis"))

    handle_all(channel, rasa, messages)

    assert rasa.texts == ["hallo"] * 3 + ["ik wil er niet meer zijn"]
    assert [shown(message) for message in graph.to(NUMBER)].count(FLOOD_TEXT) == 1


def test_repeated_deliveries_do_not_count_as_a_flood(
    settings: Settings, graph: FakeGraphApi
) -> None:
    channel = WhatsAppInput(settings)
    channel.flood_guard = FloodGuard(2, 60.0)
    rasa = Rasa()

    handle_all(channel, rasa, [inbound(text="hallo")] * 10)

    assert rasa.texts == ["hallo"]
    assert FLOOD_TEXT not in [shown(message) for message in graph.to(NUMBER)]
