"""Rasa's REST channel at /webhooks/rest/webhook, with the channel guards (bot.channels.guard).

Changes to stock Rasa 3.6 `RestInput`:
- Off unless STEUNWIJZER_REST_CHANNEL turns it on (`make run` does; a production deployment turns
  it on only for an integration that needs it). Off, every request gets 404.
- Its conversations cannot cross into another channel's. The client's "sender" must be a random
  code of at least 128 bits (22-128 letters, digits, "-" or "_"; a UUID's 32 hex digits will do), and
  Rasa knows the conversation as "rest:" and that code. WhatsApp conversations are
  "whatsapp:+<number>" and come only from a verified webhook; the widget's are 32 hex digits without
  a prefix. Replies carry the client's own code as `recipient_id`.
- A request is checked before it reaches Rasa: the body must be a JSON object with a "sender" and
  a "message" that are text. Otherwise the answer is 400 with a short Dutch `{"error": ...}`; stock
  Rasa answered a JSON list body with a 500, and a missing sender put everyone in one conversation.
- The flood limit, and an honest answer when a turn gave no reply (action server down).
- The per-address limits (bot.channels.limits): over them the answer is 429 with the flood notice
  as its message list, and a Retry-After of the window.
- Logs hold neither the message text nor the sender id (stock Rasa logs the text on a failure).
- No `?stream=true`, no `input_channel` and no `metadata` from the request: nothing of ours uses
  them, and Rasa would store the metadata unchecked with the message. The only metadata is our
  own: the keyed hash of the client address, for the daily cap on aanmeldingen per address
  (bot.channels.address_key).
The answer to a valid request is 200 with a JSON list of messages (an empty list only for a
flooded message after the notice), or 429 over the per-address limit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.address_key import AddressKeys, message_metadata
from bot.channels.guard import FloodGuard, Verdict, guarded_turn, within_length
from bot.channels.limits import AddressLimit, request_address
from bot.messages import is_silent
from bot.settings import load_settings

CONVERSATION_PREFIX = "rest:"
# 22 base64url characters hold 132 bits; Rasa's SQL tracker store keeps 255 characters.
MIN_SENDER_CHARS = 22
MAX_SENDER_CHARS = 128
CLIENT_CODE = re.compile(rf"[A-Za-z0-9_-]{{{MIN_SENDER_CHARS},{MAX_SENDER_CHARS}}}")

NOT_JSON = (
    "Dit verzoek kan ik niet lezen. Stuur JSON, zoals "
    '{"sender": "7f3c0a9d2e4b4f1a8c6d5e0b9a1f2c3d", "message": "hallo"}.'
)
BAD_SENDER = (
    f'Geef "sender" mee als willekeurige code van {MIN_SENDER_CHARS} tot {MAX_SENDER_CHARS} '
    'letters, cijfers, "-" of "_", bijvoorbeeld een UUID zonder streepjes.'
)
SWITCHED_OFF = "Dit kanaal staat uit."
BAD_MESSAGE = 'Geef "message" mee als tekst.'


class BadRequest(ValueError):
    """The request cannot be handled; the message is the Dutch answer."""


@dataclass(frozen=True)
class RestRequest:
    sender: str
    message: str


def parse_request(body: bytes) -> RestRequest:
    """The sender and message of a webhook body; BadRequest when it is not usable. A client's
    "metadata" is not read: nothing uses it, and what is not read is not stored."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # also invalid UTF-8; RecursionError: absurd nesting
        raise BadRequest(NOT_JSON) from None
    if not isinstance(data, dict):
        raise BadRequest(NOT_JSON)
    sender = data.get("sender")
    if not isinstance(sender, str) or not CLIENT_CODE.fullmatch(sender):
        raise BadRequest(BAD_SENDER)
    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest(BAD_MESSAGE)
    return RestRequest(sender, within_length(message))


def conversation_id(client_code: str) -> str:
    """Rasa's sender id for a REST client's code."""
    return CONVERSATION_PREFIX + client_code


class GuardedRestInput(RestInput):
    """`RestInput` with request checks, its own conversation ids, the flood limit and the honest
    answer; switched off unless `enabled`."""

    def __init__(
        self,
        flood_guard: FloodGuard | None = None,
        *,
        enabled: bool = True,
        address_limit: AddressLimit | None = None,
        trusted_proxy_hops: int = 0,
        address_keys: AddressKeys | None = None,
    ) -> None:
        self.flood_guard = flood_guard if flood_guard is not None else FloodGuard()
        self.enabled = enabled
        self.address_limit = address_limit if address_limit is not None else AddressLimit()
        self.trusted_proxy_hops = trusted_proxy_hops
        self.address_keys = address_keys

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        settings = load_settings()
        return cls(
            FloodGuard.from_settings(settings),
            enabled=settings.rest_channel,
            address_limit=AddressLimit.from_settings(settings),
            trusted_proxy_hops=settings.trusted_proxy_hops,
            address_keys=AddressKeys.from_settings(settings),
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("guarded_rest_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            if not self.enabled:
                return response.json({"error": SWITCHED_OFF}, status=404)
            return response.json({"status": "ok"})

        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            address = request_address(request, self.trusted_proxy_hops)
            return await self.respond(request.body, on_new_message, address)

        return blueprint

    async def respond(
        self,
        body: bytes,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        address: str | None = None,
    ) -> HTTPResponse:
        """The answer to one POST: 404 when switched off, 400 with a Dutch reason, 429 over the
        per-address limit, or the replies."""
        if not self.enabled:
            return response.json({"error": SWITCHED_OFF}, status=404)
        try:
            parsed = parse_request(body)
        except BadRequest as problem:
            return response.json({"error": str(problem)}, status=400)
        verdict, replies = await self.answer(parsed, on_new_message, address)
        if verdict is Verdict.LIMITED:
            retry_after = str(max(1, round(self.address_limit.window_s)))
            return response.json(replies, status=429, headers={"Retry-After": retry_after})
        return response.json(replies)

    async def answer(
        self,
        parsed: RestRequest,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        address: str | None = None,
    ) -> tuple[Verdict, list[dict[str, Any]]]:
        collector = CollectingOutputChannel()
        sender = conversation_id(parsed.sender)
        message = UserMessage(
            parsed.message,
            collector,
            sender,
            input_channel=self.name(),
            metadata=message_metadata(self.address_keys, address),
        )
        verdict = await guarded_turn(
            self.flood_guard,
            self.name(),
            sender,
            parsed.message,
            run_turn=lambda: on_new_message(message),
            replies_sent=lambda: len(collector.messages),
            send=lambda reply: collector.send_response(sender, reply),
            address_limit=self.address_limit,
            address=address,
        )
        replies = [
            {**reply, "recipient_id": parsed.sender}
            for reply in collector.messages
            if not is_silent(reply.get("custom"))  # a consultant answers (bot.live)
        ]
        return verdict, replies
