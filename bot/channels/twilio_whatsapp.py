"""WhatsApp through Twilio at /webhooks/twilio_whatsapp/webhook, done safely.

Rasa's own Twilio channel reads any POST (no X-Twilio-Signature check) and sends with Twilio's
synchronous client inside the event loop. Here: every call is checked with twilio's
`RequestValidator` against the public webhook URL (401 without a signature, 403 with a wrong one),
answered at once with an empty TwiML response, and handled in the background, each MessageSid once.
Replies go through Twilio's REST API with aiohttp (retried on 429 and 5xx), split under Twilio's
1600 characters, only within WhatsApp's 24-hour window. Choices are sent as a numbered text and a
typed number answers: Twilio's WhatsApp buttons need content templates registered beforehand.

Configuration comes from the environment through bot.settings (STEUNWIJZER_TWILIO_*), never from
credentials.yml.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.base import ChannelRuntime, WhatsAppChannelInput, WhatsAppChannelOutput
from bot.channels.inbound import TWILIO_PREFIX, parse_twilio_form
from bot.channels.messaging import numbered_messages
from bot.channels.sending import error_code
from bot.channels.signatures import TWILIO_SIGNATURE_HEADER, twilio_signature_valid
from bot.messages import is_silent
from bot.settings import Settings, load_settings

logger = logging.getLogger(__name__)

CHANNEL = "twilio_whatsapp"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


@dataclass(frozen=True)
class TwilioConfig:
    account_sid: str
    auth_token: str
    number: str  # "whatsapp:+31..."
    webhook_url: str | None
    api_url: str

    @property
    def messages_url(self) -> str:
        return f"{self.api_url}/2010-04-01/Accounts/{self.account_sid}/Messages.json"


def whatsapp_address(number: str) -> str:
    """+3185... or whatsapp:+3185... as Twilio's WhatsApp address."""
    number = number.strip().removeprefix(TWILIO_PREFIX)
    return f"{TWILIO_PREFIX}+{number.lstrip('+')}"


def twilio_missing(settings: Settings) -> list[str]:
    required = {
        "STEUNWIJZER_TWILIO_ACCOUNT_SID": settings.twilio_account_sid,
        "STEUNWIJZER_TWILIO_AUTH_TOKEN": settings.twilio_auth_token,
        "STEUNWIJZER_TWILIO_WHATSAPP_NUMBER": settings.twilio_whatsapp_number,
    }
    return [name for name, value in required.items() if not value]


def twilio_config(settings: Settings) -> TwilioConfig | None:
    if twilio_missing(settings):
        return None
    return TwilioConfig(
        account_sid=str(settings.twilio_account_sid),
        auth_token=str(settings.twilio_auth_token),
        number=whatsapp_address(str(settings.twilio_whatsapp_number)),
        webhook_url=settings.twilio_webhook_url,
        api_url=settings.twilio_api_url,
    )


class TwilioWhatsAppOutput(WhatsAppChannelOutput):
    channel = CHANNEL

    def __init__(self, runtime: ChannelRuntime, config: TwilioConfig) -> None:
        super().__init__(runtime)
        self.config = config

    async def deliver(self, recipient_id: str, message: dict[str, Any]) -> bool:
        result = await self.runtime.post(
            self.config.messages_url,
            what=f"{CHANNEL} message",
            data={"From": self.config.number, "To": recipient_id, **message},
            auth=aiohttp.BasicAuth(self.config.account_sid, self.config.auth_token),
        )
        if not result.ok:
            logger.error("%s: reply not delivered (error code %s)", CHANNEL, error_code(result))
        return result.ok

    def text_messages(self, text: str, buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"Body": body} for body in numbered_messages(text, buttons)]

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_all(recipient_id, self.text_messages(text, []))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_all(recipient_id, self.text_messages(text, buttons))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_all(recipient_id, [{"MediaUrl": image}])

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        if is_silent(json_message):
            self.sent += 1  # a consultant answers (bot.live): nothing to send
            return
        # An approved content template (ContentSid, ContentVariables) may go outside the window.
        if not json_message.get("ContentSid"):
            logger.info("%s: custom message without ContentSid not sent", CHANNEL)
            return
        fields: dict[str, Any] = {
            k: str(json_message[k]) for k in ("ContentSid", "ContentVariables") if k in json_message
        }
        await self.send_all(recipient_id, [fields], free_form=False)


class TwilioWhatsAppInput(WhatsAppChannelInput):
    """Rasa input channel for WhatsApp through Twilio, with the signature check."""

    channel = CHANNEL
    numbered_from = 1

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.config = twilio_config(settings)

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        # Secrets come from the environment, never from credentials.yml.
        return cls(load_settings())

    def missing_settings(self) -> list[str]:
        return twilio_missing(self.settings)

    def get_output_channel(self) -> OutputChannel:
        assert self.config is not None
        return TwilioWhatsAppOutput(self.runtime, self.config)

    def add_routes(
        self, blueprint: Blueprint, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if self.config is None:
                return self.not_configured()
            signature = request.headers.get(TWILIO_SIGNATURE_HEADER)
            if not signature:
                logger.warning("%s: webhook call without signature refused", CHANNEL)
                return response.text("signature missing", status=401)
            form = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
            url = self.config.webhook_url or request.url
            if not twilio_signature_valid(url, form, signature, self.config.auth_token):
                logger.warning("%s: webhook call with a wrong signature refused", CHANNEL)
                return response.text("signature invalid", status=403)
            inbound = parse_twilio_form({name: values[-1] for name, values in form.items()})
            self.accept([inbound] if inbound else [], on_new_message, request)
            return response.text(EMPTY_TWIML, content_type="text/xml")
