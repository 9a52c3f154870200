"""WhatsApp Business Cloud API channel at /webhooks/whatsapp/webhook.

- GET: Meta's verification (hub.mode=subscribe, hub.verify_token, hub.challenge).
- POST: only with a valid X-Hub-Signature-256 (401 without one, 403 with a wrong one); answered 200
  at once, the messages handled in the background, each message id once.
- Replies: text split under 4096 characters, up to 3 buttons as reply buttons, up to 10 as a list,
  more as a numbered text; via POST <graph url>/<version>/<phone number id>/messages, retried on 429
  and 5xx, and only within 24 hours of the user's last message.

Configuration comes from the environment through bot.settings (STEUNWIJZER_WHATSAPP_*), never from
credentials.yml.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.base import ChannelRuntime, WhatsAppChannelInput, WhatsAppChannelOutput
from bot.channels.inbound import cloud_recipient, parse_cloud_webhook
from bot.channels.messaging import MAX_LIST_ROWS, whatsapp_messages
from bot.channels.sending import error_code
from bot.channels.signatures import META_SIGNATURE_HEADER, meta_signature_valid
from bot.messages import is_silent
from bot.settings import Settings, load_settings

logger = logging.getLogger(__name__)

CHANNEL = "whatsapp"
# Custom payloads (Rasa `custom`) that are Cloud API messages already; a template may also be sent
# outside the 24-hour window.
CUSTOM_TYPES = frozenset({"text", "interactive", "image", "document", "template"})


@dataclass(frozen=True)
class CloudApiConfig:
    graph_url: str
    version: str
    phone_number_id: str
    access_token: str
    app_secret: str
    verify_token: str

    @property
    def messages_url(self) -> str:
        return f"{self.graph_url}/{self.version}/{self.phone_number_id}/messages"


def cloud_api_config(settings: Settings) -> CloudApiConfig | None:
    if cloud_api_missing(settings):
        return None
    return CloudApiConfig(
        graph_url=settings.whatsapp_graph_url,
        version=settings.whatsapp_graph_version,
        phone_number_id=str(settings.whatsapp_phone_number_id),
        access_token=str(settings.whatsapp_access_token),
        app_secret=str(settings.whatsapp_app_secret),
        verify_token=str(settings.whatsapp_verify_token),
    )


def cloud_api_missing(settings: Settings) -> list[str]:
    required = {
        "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID": settings.whatsapp_phone_number_id,
        "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN": settings.whatsapp_access_token,
        "STEUNWIJZER_WHATSAPP_APP_SECRET": settings.whatsapp_app_secret,
        "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN": settings.whatsapp_verify_token,
    }
    return [name for name, value in required.items() if not value]


def verification_answer(args: dict[str, list[str]], verify_token: str) -> str | None:
    """The challenge to echo when Meta's verification request carries our token, else None."""
    mode = (args.get("hub.mode") or [""])[0]
    token = (args.get("hub.verify_token") or [""])[0]
    challenge = (args.get("hub.challenge") or [""])[0]
    if mode == "subscribe" and hmac.compare_digest(token.encode(), verify_token.encode()):
        return challenge
    return None


class WhatsAppOutput(WhatsAppChannelOutput):
    channel = CHANNEL

    def __init__(self, runtime: ChannelRuntime, config: CloudApiConfig) -> None:
        super().__init__(runtime)
        self.config = config

    async def deliver(self, recipient_id: str, message: dict[str, Any]) -> bool:
        body = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": cloud_recipient(recipient_id),
            **message,
        }
        result = await self.runtime.post(
            self.config.messages_url,
            what=f"{CHANNEL} {message.get('type')} message",
            json=body,
            headers={"Authorization": f"Bearer {self.config.access_token}"},
        )
        if not result.ok:
            logger.error("%s: reply not delivered (error code %s)", CHANNEL, error_code(result))
        return result.ok

    def text_messages(self, text: str, buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return whatsapp_messages(text, buttons)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_all(recipient_id, self.text_messages(text, []))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_all(recipient_id, self.text_messages(text, buttons))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_all(recipient_id, [{"type": "image", "image": {"link": image}}])

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        if is_silent(json_message):
            self.sent += 1  # a consultant answers (bot.live): nothing to send
            return
        kind = json_message.get("type")
        if kind not in CUSTOM_TYPES:
            logger.info("%s: custom message without a WhatsApp type not sent", CHANNEL)
            return
        await self.send_all(recipient_id, [json_message], free_form=kind != "template")


# Alike in shape only: each WhatsApp provider's input channel says its name, numbering and config;
# bot.channels.base holds the shared part.
class WhatsAppInput(WhatsAppChannelInput):
    """Rasa input channel for the WhatsApp Business Cloud API."""

    channel = CHANNEL
    numbered_from = MAX_LIST_ROWS + 1

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.config = cloud_api_config(settings)

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        # Secrets come from the environment, never from credentials.yml.
        return cls(load_settings())

    def missing_settings(self) -> list[str]:
        return cloud_api_missing(self.settings)

    def get_output_channel(self) -> OutputChannel:
        assert self.config is not None
        return WhatsAppOutput(self.runtime, self.config)

    def add_routes(
        self, blueprint: Blueprint, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        @blueprint.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            if self.config is None:
                return self.not_configured()
            challenge = verification_answer(dict(request.args), self.config.verify_token)
            if challenge is None:
                logger.warning("%s: verification with a wrong token refused", CHANNEL)
                return response.text("forbidden", status=403)
            return response.text(challenge)

        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if self.config is None:
                return self.not_configured()
            signature = request.headers.get(META_SIGNATURE_HEADER)
            if not signature:
                logger.warning("%s: webhook call without signature refused", CHANNEL)
                return response.text("signature missing", status=401)
            if not meta_signature_valid(request.body, signature, self.config.app_secret):
                logger.warning("%s: webhook call with a wrong signature refused", CHANNEL)
                return response.text("signature invalid", status=403)
            try:
                payload = json.loads(request.body)
            except ValueError:
                return response.text("not JSON", status=400)
            self.accept(
                parse_cloud_webhook(payload, self.config.phone_number_id), on_new_message, request
            )
            return response.text("ok")
