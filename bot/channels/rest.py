"""Rasa's REST channel at /webhooks/rest/webhook, with the channel guards (bot.channels.guard).

Changes to stock Rasa 3.6 `RestInput`:
- A request is checked before it reaches Rasa: the body must be a JSON object with a "sender" and
  a "message" that are text. Otherwise the answer is 400 with a short Dutch `{"error": ...}`; stock
  Rasa answered a JSON list body with a 500, and a missing sender put everyone in one conversation.
- The flood limit, and an honest answer when a turn gave no reply (action server down).
- Logs hold neither the message text nor the sender id (stock Rasa logs the text on a failure).
- No `?stream=true` and no `input_channel` from the request: nothing of ours uses them.
The answer to a valid request is always 200 with a JSON list of messages; an empty list only for a
flooded message after the notice.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import FloodGuard, guarded_turn, within_length
from bot.settings import load_settings

# Rasa's SQL tracker store keeps the sender id in a 255-character column.
MAX_SENDER_CHARS = 255

NOT_JSON = (
    'Dit verzoek kan ik niet lezen. Stuur JSON, zoals {"sender": "abc123", "message": "hallo"}.'
)
BAD_SENDER = f'Geef "sender" mee als tekst van 1 tot {MAX_SENDER_CHARS} tekens.'
BAD_MESSAGE = 'Geef "message" mee als tekst.'


class BadRequest(ValueError):
    """The request cannot be handled; the message is the Dutch answer."""


@dataclass(frozen=True)
class RestRequest:
    sender: str
    message: str
    metadata: dict[str, Any] | None


def parse_request(body: bytes) -> RestRequest:
    """The sender, message and metadata of a webhook body; BadRequest when it is not usable."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # also invalid UTF-8; RecursionError: absurd nesting
        raise BadRequest(NOT_JSON) from None
    if not isinstance(data, dict):
        raise BadRequest(NOT_JSON)
    sender = data.get("sender")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(BAD_SENDER)
    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest(BAD_MESSAGE)
    metadata = data.get("metadata")
    return RestRequest(
        sender, within_length(message), metadata if isinstance(metadata, dict) else None
    )


class GuardedRestInput(RestInput):
    """`RestInput` with request checks, the flood limit and the honest answer."""

    def __init__(self, flood_guard: FloodGuard | None = None) -> None:
        self.flood_guard = flood_guard if flood_guard is not None else FloodGuard()

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(FloodGuard.from_settings(load_settings()))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("guarded_rest_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                parsed = parse_request(request.body)
            except BadRequest as problem:
                return response.json({"error": str(problem)}, status=400)
            return response.json(await self.answer(parsed, on_new_message))

        return blueprint

    async def answer(
        self, parsed: RestRequest, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> list[dict[str, Any]]:
        collector = CollectingOutputChannel()
        message = UserMessage(
            parsed.message,
            collector,
            parsed.sender,
            input_channel=self.name(),
            metadata=parsed.metadata,
        )
        await guarded_turn(
            self.flood_guard,
            self.name(),
            parsed.sender,
            parsed.message,
            run_turn=lambda: on_new_message(message),
            replies_sent=lambda: len(collector.messages),
            send=lambda reply: collector.send_response(parsed.sender, reply),
        )
        return collector.messages
