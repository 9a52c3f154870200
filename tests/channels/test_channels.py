"""The two Rasa input channels without a Rasa server: handling a message, replying through the fake
APIs, de-duplication, media, choices, the 24-hour window, and what reaches the logs."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import pytest

from bot.channels.base import KeyedLocks, WhatsAppChannelInput
from bot.channels.guard import FLOOD_TEXT, NO_REPLY_TEXT, FloodGuard
from bot.channels.inbound import Inbound, Kind
from bot.channels.models import CHANNEL_TABLES
from bot.channels.sending import RetryPolicy
from bot.channels.twilio_whatsapp import TwilioWhatsAppInput, whatsapp_address
from bot.channels.whatsapp import WhatsAppInput, verification_answer
from bot.db import Base, create_db_engine
from bot.settings import PROJECT_ROOT, Settings
from tests.channels.fakes import FakeGraphApi, FakeTwilioApi
from tests.support import development_settings

T = TypeVar("T")
SENDER = "whatsapp:+31612345678"
NUMBER = "31612345678"
STORY = "Ik zorg voor mijn moeder met dementie"
YES_NO = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]
FAST = RetryPolicy(attempts=3, first_delay_s=0.01, max_delay_s=0.05, timeout_s=5)


@dataclass
class FakeEvent:
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return self.data


@dataclass
class FakeTracker:
    events: list[FakeEvent] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)

    def get_slot(self, name: str) -> Any:
        return self.slots.get(name)


@dataclass
class FakeTrackerStore:
    tracker: FakeTracker | None = None

    async def retrieve(self, sender_id: str) -> FakeTracker | None:
        return self.tracker


@dataclass
class FakeAgent:
    tracker_store: FakeTrackerStore = field(default_factory=FakeTrackerStore)


def offered(buttons: list[dict[str, str]], **slots: Any) -> FakeAgent:
    """An agent whose tracker's last bot turn offered `buttons`."""
    events = [
        FakeEvent({"event": "user", "text": "..."}),
        FakeEvent({"event": "bot", "text": "Kies", "data": {"buttons": buttons}}),
    ]
    return FakeAgent(FakeTrackerStore(FakeTracker(events, slots)))


def run(coroutine: Awaitable[T]) -> T:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with FakeGraphApi() as fake:
        yield fake


@pytest.fixture
def twilio() -> Iterator[FakeTwilioApi]:
    with FakeTwilioApi() as fake:
        yield fake


@pytest.fixture
def settings(tmp_path: Path, graph: FakeGraphApi, twilio: FakeTwilioApi) -> Settings:
    settings = development_settings(
        {
            "STEUNWIJZER_VAR_DIR": str(tmp_path),
            "STEUNWIJZER_CONVERSATION_KEY_SECRET": "test-key-secret",
            "STEUNWIJZER_WHATSAPP_GRAPH_URL": graph.url,
            "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID": graph.phone_number_id,
            "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN": graph.access_token,
            "STEUNWIJZER_WHATSAPP_APP_SECRET": "app-secret",
            "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN": "verify-token",
            "STEUNWIJZER_TWILIO_API_URL": twilio.url,
            "STEUNWIJZER_TWILIO_ACCOUNT_SID": twilio.account_sid,
            "STEUNWIJZER_TWILIO_AUTH_TOKEN": twilio.auth_token,
            "STEUNWIJZER_TWILIO_WHATSAPP_NUMBER": twilio.number.removeprefix("whatsapp:"),
        }
    )
    engine = create_db_engine(settings.database_url)
    Base.metadata.create_all(engine, tables=list(CHANNEL_TABLES))
    engine.dispose()
    return settings


@dataclass
class Rasa:
    """Stands in for Rasa: keeps what it was given and answers with `reply`."""

    reply: Callable[[Any], Awaitable[None]] | None = None
    texts: list[str] = field(default_factory=list)

    async def __call__(self, message: Any) -> None:
        self.texts.append(message.text)
        assert message.input_channel in ("whatsapp", "twilio_whatsapp")
        if self.reply is not None:
            await self.reply(message)


def text_in(message: Any) -> str:
    return str(message.get("text", {}).get("body") or message.get("Body") or "")


def inbound(
    kind: Kind = Kind.TEXT, text: str = STORY, message_id: str = "wamid.1", **kw: Any
) -> Inbound:
    return Inbound(message_id=message_id, sender=SENDER, kind=kind, text=text, **kw)


def handle_all(
    channel: WhatsAppChannelInput, rasa: Rasa, messages: list[Inbound], agent: Any = None
) -> None:
    async def main() -> None:
        channel.runtime.policy = FAST
        try:
            for message in messages:
                await channel.handle(message, rasa, agent)
        finally:
            await channel.runtime.close()

    run(main())


def test_a_message_reaches_rasa_and_the_reply_reaches_whatsapp(
    settings: Settings, graph: FakeGraphApi
) -> None:
    async def reply(message: Any) -> None:
        await message.output_channel.send_text_with_buttons(
            message.sender_id, "Woont u samen met degene voor wie u zorgt?", YES_NO
        )

    rasa = Rasa(reply)
    handle_all(WhatsAppInput(settings), rasa, [inbound()])

    assert rasa.texts == [STORY]
    [sent] = graph.to(NUMBER)
    assert sent["interactive"]["type"] == "button"


def test_the_same_message_three_times_reaches_rasa_once(
    settings: Settings, graph: FakeGraphApi
) -> None:
    rasa = Rasa()
    handle_all(WhatsAppInput(settings), rasa, [inbound()] * 3)

    assert rasa.texts == [STORY]


def test_a_twilio_repeat_is_also_dropped_but_the_same_id_on_whatsapp_is_not(
    settings: Settings,
) -> None:
    rasa = Rasa()
    handle_all(TwilioWhatsAppInput(settings), rasa, [inbound(message_id="SM1")] * 2)
    handle_all(WhatsAppInput(settings), rasa, [inbound(message_id="SM1")])

    assert rasa.texts == [STORY, STORY]


def test_a_picture_gets_the_friendly_reply_and_rasa_nothing(
    settings: Settings, graph: FakeGraphApi
) -> None:
    rasa = Rasa()
    handle_all(WhatsAppInput(settings), rasa, [inbound(Kind.MEDIA, "")])

    assert rasa.texts == []
    [sent] = graph.to(NUMBER)
    assert "alleen tekst" in text_in(sent) and "Wilt u" in text_in(sent)


def test_a_young_caregiver_is_answered_with_je(settings: Settings, graph: FakeGraphApi) -> None:
    agent = offered([], young_caregiver=True)
    handle_all(WhatsAppInput(settings), Rasa(), [inbound(Kind.MEDIA, "")], agent)

    assert "Wil je" in text_in(graph.to(NUMBER)[0])


def test_a_caption_is_read_after_the_friendly_reply(
    settings: Settings, graph: FakeGraphApi
) -> None:
    rasa = Rasa()
    handle_all(WhatsAppInput(settings), rasa, [inbound(Kind.MEDIA, "ik kan niet meer")])

    assert rasa.texts == ["ik kan niet meer"]
    assert "erbij typte" in text_in(graph.to(NUMBER)[0])


@pytest.mark.parametrize(
    ("message", "agent", "expected"),
    [
        (inbound(Kind.CHOICE, "Nee", reply_id="/deny"), None, "/deny"),
        (inbound(Kind.CHOICE, "Nee", reply_id="choice:2"), offered(YES_NO), "/deny"),
        (inbound(Kind.CHOICE, "Nee", reply_id="choice:7"), offered(YES_NO), "Nee"),
        (inbound(text="2"), offered(YES_NO), "2"),  # 2 choices were buttons, not numbered
        (
            inbound(text="11"),
            offered([{"title": f"K{n}", "payload": f"/k{n}"} for n in range(12)]),
            "/k10",
        ),
        (inbound(text="52"), offered(YES_NO), "52"),
    ],
)
def test_what_whatsapp_answers_rasa_gets(
    settings: Settings, message: Inbound, agent: Any, expected: str
) -> None:
    rasa = Rasa()
    handle_all(WhatsAppInput(settings), rasa, [message], agent)

    assert rasa.texts == [expected]


@pytest.mark.parametrize(("typed", "expected"), [("2", "/deny"), ("1.", "/affirm"), ("3", "3")])
def test_on_twilio_a_typed_number_answers(settings: Settings, typed: str, expected: str) -> None:
    rasa = Rasa()
    handle_all(TwilioWhatsAppInput(settings), rasa, [inbound(text=typed)], offered(YES_NO))

    assert rasa.texts == [expected]


def test_twilio_replies_are_numbered_texts(settings: Settings, twilio: FakeTwilioApi) -> None:
    async def reply(message: Any) -> None:
        await message.output_channel.send_text_with_buttons(
            message.sender_id, "Woont u samen?", YES_NO
        )

    handle_all(TwilioWhatsAppInput(settings), Rasa(reply), [inbound()])

    [sent] = twilio.to(SENDER)
    assert sent["From"] == twilio.number
    assert sent["Body"].startswith("Woont u samen?\n\n1. Ja\n2. Nee")


@pytest.mark.parametrize("channel_class", [WhatsAppInput, TwilioWhatsAppInput])
def test_no_reply_outside_the_24_hour_window(
    settings: Settings,
    graph: FakeGraphApi,
    twilio: FakeTwilioApi,
    channel_class: type[WhatsAppChannelInput],
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def reply(message: Any) -> None:
        await message.output_channel.send_text_message(message.sender_id, "Dank u wel.")

    late = inbound(sent_at=datetime.now(timezone.utc) - timedelta(hours=25))
    rasa = Rasa(reply)
    with caplog.at_level(logging.WARNING):
        handle_all(channel_class(settings), rasa, [late])

    assert rasa.texts == [STORY]
    assert graph.sent == [] and twilio.sent == []
    assert "outside the 24-hour window" in caplog.text


def test_a_template_may_go_outside_the_window(settings: Settings, graph: FakeGraphApi) -> None:
    template = {"type": "template", "template": {"name": "reactie", "language": {"code": "nl"}}}

    async def reply(message: Any) -> None:
        await message.output_channel.send_custom_json(message.sender_id, dict(template))

    late = inbound(sent_at=datetime.now(timezone.utc) - timedelta(days=2))
    handle_all(WhatsAppInput(settings), Rasa(reply), [late])

    assert [m["type"] for m in graph.to(NUMBER)] == ["template"]


def test_a_failing_api_is_retried_and_the_reply_delivered_once(
    settings: Settings, graph: FakeGraphApi
) -> None:
    async def reply(message: Any) -> None:
        await message.output_channel.send_text_message(message.sender_id, "Dank u wel.")

    graph.fail_next(500)
    handle_all(WhatsAppInput(settings), Rasa(reply), [inbound()])

    assert [call.status for call in graph.calls] == [500, 200]
    assert [text_in(m) for m in graph.to(NUMBER)] == ["Dank u wel."]


def test_a_failure_inside_rasa_is_logged_without_the_message(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(message: Any) -> None:
        raise ValueError(f"kapot bij {message.text} van {message.sender_id}")

    with caplog.at_level(logging.DEBUG, logger="bot.channels"):
        handle_all(WhatsAppInput(settings), Rasa(broken), [inbound()])

    assert "handling a message failed (ValueError)" in caplog.text
    assert "where:" in caplog.text
    assert STORY not in caplog.text and NUMBER not in caplog.text


def test_logs_hold_no_phone_number_and_no_text(
    settings: Settings, graph: FakeGraphApi, caplog: pytest.LogCaptureFixture
) -> None:
    async def reply(message: Any) -> None:
        await message.output_channel.send_text_message(message.sender_id, "Dank u wel.")

    graph.fail_next(500)
    graph.fail_next(400)  # refused for good
    with caplog.at_level(logging.DEBUG, logger="bot.channels"):
        handle_all(
            WhatsAppInput(settings),
            Rasa(reply),
            [inbound(), inbound(), inbound(Kind.MEDIA, "mijn moeder", message_id="wamid.2")],
        )

    logged = caplog.text
    assert "try 1 of 3" in logged and "HTTP 400" in logged and "repeated delivery" in logged
    assert NUMBER not in logged and STORY not in logged and "mijn moeder" not in logged


def test_messages_of_one_conversation_are_handled_in_order(settings: Settings) -> None:
    rasa = Rasa()

    async def slow(message: Any) -> None:
        await asyncio.sleep(0.05 if message.text == "een" else 0)

    rasa.reply = slow
    channel = WhatsAppInput(settings)

    async def main() -> None:
        channel.runtime.policy = FAST
        await asyncio.gather(
            *(
                channel.handle(inbound(text=text, message_id=f"wamid.{text}"), rasa)
                for text in ("een", "twee", "drie")
            )
        )
        await channel.runtime.close()

    run(main())
    assert rasa.texts == ["een", "twee", "drie"]


def test_keyed_locks_are_dropped_after_use() -> None:
    locks = KeyedLocks()

    async def main() -> None:
        async with locks.hold("a"):
            assert len(locks) == 1
        assert len(locks) == 0

    run(main())


def test_unconfigured_channels_name_what_is_missing(tmp_path: Path) -> None:
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})

    assert WhatsAppInput(settings).missing_settings() == [
        "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID",
        "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN",
        "STEUNWIJZER_WHATSAPP_APP_SECRET",
        "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN",
    ]
    assert TwilioWhatsAppInput(settings).missing_settings() == [
        "STEUNWIJZER_TWILIO_ACCOUNT_SID",
        "STEUNWIJZER_TWILIO_AUTH_TOKEN",
        "STEUNWIJZER_TWILIO_WHATSAPP_NUMBER",
    ]
    assert WhatsAppInput(settings).config is None


def test_secrets_do_not_show_in_settings_repr(settings: Settings) -> None:
    shown = repr(settings)

    assert "app-secret" not in shown and "verify-token" not in shown
    assert "test-access-token" not in shown and "test-auth-token" not in shown


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            {
                "hub.mode": ["subscribe"],
                "hub.verify_token": ["verify-token"],
                "hub.challenge": ["42"],
            },
            "42",
        ),
        ({"hub.mode": ["subscribe"], "hub.verify_token": ["wrong"], "hub.challenge": ["42"]}, None),
        (
            {
                "hub.mode": ["unsubscribe"],
                "hub.verify_token": ["verify-token"],
                "hub.challenge": ["42"],
            },
            None,
        ),
        ({}, None),
    ],
)
def test_meta_verification(args: dict[str, list[str]], expected: str | None) -> None:
    assert verification_answer(args, "verify-token") == expected


@pytest.mark.parametrize(
    "number", ["+3185000000", "whatsapp:+3185000000", "3185000000", " whatsapp:+3185000000 "]
)
def test_twilio_numbers_become_whatsapp_addresses(number: str) -> None:
    assert whatsapp_address(number) == "whatsapp:+3185000000"


def test_channel_settings_from_the_environment(tmp_path: Path) -> None:
    settings = development_settings(
        {
            "STEUNWIJZER_VAR_DIR": str(tmp_path),
            "STEUNWIJZER_WHATSAPP_GRAPH_URL": "https://graph.example/",
            "STEUNWIJZER_TWILIO_API_URL": "https://api.twilio.example/",
        }
    )
    defaults = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})

    assert settings.whatsapp_graph_url == "https://graph.example"
    assert settings.twilio_api_url == "https://api.twilio.example"
    assert (defaults.whatsapp_graph_url, defaults.whatsapp_graph_version) == (
        "https://graph.facebook.com",
        "v21.0",
    )
    assert defaults.twilio_api_url == "https://api.twilio.com"
    assert defaults.twilio_webhook_url is None


def test_every_channel_variable_is_documented() -> None:
    source = (PROJECT_ROOT / "bot" / "settings.py").read_text(encoding="utf-8")
    documented = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    names = set(re.findall(r'"(STEUNWIJZER_(?:WHATSAPP|TWILIO)_[A-Z_]+)"', source))

    assert len(names) == 11
    assert {name for name in names if f"\n{name}=" not in documented} == set()


# The channel guards (bot/channels/guard.py) on WhatsApp; the flood against the product is in
# test_flood_product.py.


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
