"""The webhook routes themselves, called with a stand-in request (no server): what they answer to
unconfigured, unsigned, forged and valid calls, and that they answer before the work is done."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode

import pytest
from sanic import Blueprint
from twilio.request_validator import RequestValidator

from bot.channels.base import WhatsAppChannelInput
from bot.channels.models import CHANNEL_TABLES
from bot.channels.sending import RetryPolicy
from bot.channels.signatures import meta_signature
from bot.channels.twilio_whatsapp import TwilioWhatsAppInput
from bot.channels.whatsapp import WhatsAppInput
from bot.db import Base, create_db_engine
from bot.settings import Settings
from tests.channels.test_inbound import TWILIO_FORM, message, webhook
from tests.support import development_settings

PUBLIC_URL = "https://chat.gemeente-voorbeeld.nl/webhooks/twilio_whatsapp/webhook"
CONFIGURED = {
    "STEUNWIJZER_CONVERSATION_KEY_SECRET": "key",
    "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID": "109876543210",
    "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN": "token",
    "STEUNWIJZER_WHATSAPP_APP_SECRET": "app-secret",
    "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN": "verify",
    "STEUNWIJZER_TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "STEUNWIJZER_TWILIO_AUTH_TOKEN": "twilio-token",
    "STEUNWIJZER_TWILIO_WHATSAPP_NUMBER": "+3185000000",
    "STEUNWIJZER_TWILIO_WEBHOOK_URL": PUBLIC_URL,
    # Replies (the guard's, when the fake Rasa answers nothing) go nowhere: a closed loopback
    # port, never the providers' real APIs, and without retries (tests/channels/test_sending.py).
    "STEUNWIJZER_WHATSAPP_GRAPH_URL": "http://127.0.0.1:9",
    "STEUNWIJZER_TWILIO_API_URL": "http://127.0.0.1:9",
}


def settings_for(tmp_path: Path, configured: bool) -> Settings:
    env = {"STEUNWIJZER_VAR_DIR": str(tmp_path), **(CONFIGURED if configured else {})}
    settings = development_settings(env)
    engine = create_db_engine(settings.database_url)
    Base.metadata.create_all(engine, tables=list(CHANNEL_TABLES))
    engine.dispose()
    return settings


class Rasa:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.release = asyncio.Event()

    async def __call__(self, message: Any) -> None:
        await self.release.wait()  # Rasa is slow: the webhook must not wait for it
        self.texts.append(message.text)


def route(blueprint: Blueprint, method: str) -> Any:
    return next(
        r.handler for r in blueprint._future_routes if r.uri == "/webhook" and method in r.methods
    )


def request(body: bytes = b"", headers: dict[str, str] | None = None, **extra: Any) -> Any:
    return SimpleNamespace(
        body=body,
        headers=headers or {},
        args=extra.pop("args", {}),
        url=extra.pop("url", "http://127.0.0.1:5005/webhooks/twilio_whatsapp/webhook"),
        app=SimpleNamespace(ctx=SimpleNamespace()),
    )


async def call(channel: WhatsAppChannelInput, method: str, req: Any, rasa: Rasa) -> tuple[int, str]:
    handler = route(channel.blueprint(rasa), method)
    # Rasa is still busy (not released): a webhook that waited for it would time out here.
    answer = await asyncio.wait_for(handler(req), timeout=5)
    status, text = answer.status, answer.body.decode()
    rasa.release.set()
    await asyncio.gather(*channel._tasks)
    return status, text


def run(channel: WhatsAppChannelInput, method: str, req: Any) -> tuple[int, str, list[str]]:
    rasa = Rasa()
    channel.runtime.policy = RetryPolicy(attempts=1)

    async def main() -> tuple[int, str]:
        try:
            return await call(channel, method, req, rasa)
        finally:
            await channel.runtime.close()

    status, text = asyncio.run(main())
    return status, text, rasa.texts


CLOUD_BODY = json.dumps(webhook(message("text", {"body": "hoi, ik ben Anaïs"}))).encode()


@pytest.mark.parametrize("channel_class", [WhatsAppInput, TwilioWhatsAppInput])
def test_an_unconfigured_channel_answers_503_and_says_so_once(
    tmp_path: Path, channel_class: type[WhatsAppChannelInput], caplog: pytest.LogCaptureFixture
) -> None:
    channel = channel_class(settings_for(tmp_path, configured=False))

    with caplog.at_level(logging.INFO, logger="bot.channels"):
        status, _, texts = run(channel, "POST", request(CLOUD_BODY))

    assert status == 503 and texts == []
    assert caplog.text.count("not configured") == 1
    assert "STEUNWIJZER_" in caplog.text


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"X-Hub-Signature-256": "sha256=" + "0" * 64}, 403),
        ({"X-Hub-Signature-256": meta_signature(CLOUD_BODY, "raden")}, 403),
    ],
)
def test_cloud_api_refuses_unsigned_and_forged_calls(
    tmp_path: Path, headers: dict[str, str], status: int
) -> None:
    channel = WhatsAppInput(settings_for(tmp_path, configured=True))

    answer, _, texts = run(channel, "POST", request(CLOUD_BODY, headers))

    assert answer == status and texts == []


def test_cloud_api_answers_at_once_then_hands_the_message_to_rasa(tmp_path: Path) -> None:
    channel = WhatsAppInput(settings_for(tmp_path, configured=True))
    headers = {"X-Hub-Signature-256": meta_signature(CLOUD_BODY, "app-secret")}

    status, _, texts = run(channel, "POST", request(CLOUD_BODY, headers))

    assert status == 200
    assert texts == ["hoi, ik ben Anaïs"]


def test_cloud_api_refuses_a_signed_body_that_is_not_json(tmp_path: Path) -> None:
    channel = WhatsAppInput(settings_for(tmp_path, configured=True))
    body = b"not json"

    status, _, _ = run(
        channel, "POST", request(body, {"X-Hub-Signature-256": meta_signature(body, "app-secret")})
    )

    assert status == 400


@pytest.mark.parametrize(
    ("token", "status", "text"), [("verify", 200, "31337"), ("raden", 403, "forbidden")]
)
def test_cloud_api_verification(tmp_path: Path, token: str, status: int, text: str) -> None:
    channel = WhatsAppInput(settings_for(tmp_path, configured=True))
    args = {"hub.mode": ["subscribe"], "hub.verify_token": [token], "hub.challenge": ["31337"]}

    assert run(channel, "GET", request(args=args))[:2] == (status, text)


def _twilio_request(form: dict[str, str], signed_url: str, token: str = "twilio-token") -> Any:
    signature = RequestValidator(token).compute_signature(signed_url, form)
    return request(urlencode(form).encode(), {"X-Twilio-Signature": signature})


def test_twilio_checks_the_signature_against_the_public_url(tmp_path: Path) -> None:
    channel = TwilioWhatsAppInput(settings_for(tmp_path, configured=True))

    status, text, texts = run(channel, "POST", _twilio_request(TWILIO_FORM, PUBLIC_URL))

    assert status == 200 and "<Response>" in text
    assert texts == ["Ik zorg voor mijn vader"]


@pytest.mark.parametrize(
    ("signed_url", "token"),
    [
        ("http://127.0.0.1:5005/webhooks/twilio_whatsapp/webhook", "twilio-token"),
        (PUBLIC_URL, "another-token"),
    ],
)
def test_twilio_refuses_forged_signatures(tmp_path: Path, signed_url: str, token: str) -> None:
    channel = TwilioWhatsAppInput(settings_for(tmp_path, configured=True))

    status, _, texts = run(channel, "POST", _twilio_request(TWILIO_FORM, signed_url, token))

    assert status == 403 and texts == []


def test_twilio_without_a_public_url_checks_the_request_url(tmp_path: Path) -> None:
    settings_for(tmp_path, configured=True)  # the database
    environ = {**CONFIGURED, "STEUNWIJZER_VAR_DIR": str(tmp_path)}
    environ["STEUNWIJZER_TWILIO_WEBHOOK_URL"] = ""
    channel = TwilioWhatsAppInput(development_settings(environ))
    url = "http://127.0.0.1:5005/webhooks/twilio_whatsapp/webhook"

    status, _, texts = run(channel, "POST", _twilio_request(TWILIO_FORM, url))

    assert status == 200 and texts == ["Ik zorg voor mijn vader"]


def test_twilio_refuses_unsigned_calls(tmp_path: Path) -> None:
    channel = TwilioWhatsAppInput(settings_for(tmp_path, configured=True))

    status, _, texts = run(channel, "POST", request(urlencode(TWILIO_FORM).encode()))

    assert status == 401 and texts == []
