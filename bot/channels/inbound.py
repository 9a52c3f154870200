"""Incoming WhatsApp messages from a Cloud API webhook body or a Twilio form, in one shape.

Status callbacks (sent, delivered, read, failed) are not messages and are left out, as are messages
for another business number on the same Meta app.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from typing import Any, TypedDict

# Cloud API message types that carry something we cannot read; a caption is read as text.
MEDIA_TYPES = frozenset(
    {"image", "audio", "video", "document", "sticker", "location", "contacts", "unsupported"}
)
CAPTIONED_TYPES = frozenset({"image", "video", "document"})
# Nothing to answer: a reaction to a message, or WhatsApp's own notices (number changed).
SILENT_TYPES = frozenset({"reaction", "system", "request_welcome", "ephemeral"})
TWILIO_PREFIX = "whatsapp:"


class Kind(Enum):
    TEXT = "text"
    CHOICE = "choice"  # a tapped reply button or list row: `reply_id` holds its id
    MEDIA = "media"  # anything but text; `text` holds a caption, if any


@dataclass(frozen=True)
class Inbound:
    message_id: str
    # Rasa's sender id: "whatsapp:+<number>" on both channels, so one person is one conversation.
    sender: str
    kind: Kind
    text: str = ""
    reply_id: str = ""
    sent_at: datetime | None = None


def cloud_sender(wa_id: str) -> str:
    return f"{TWILIO_PREFIX}+{wa_id.lstrip('+')}"


def cloud_recipient(sender: str) -> str:
    """The Cloud API's `to` for a sender id: the number without prefix and plus sign."""
    return sender.removeprefix(TWILIO_PREFIX).lstrip("+")


def _timestamp(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value), tz=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


class _Common(TypedDict):
    message_id: str
    sender: str
    sent_at: datetime | None


def _cloud_message(message: Mapping[str, Any]) -> Inbound | None:
    kind = message.get("type")
    message_id, wa_id = message.get("id"), message.get("from")
    if not isinstance(message_id, str) or not isinstance(wa_id, str) or kind in SILENT_TYPES:
        return None
    common: _Common = {
        "message_id": message_id,
        "sender": cloud_sender(wa_id),
        "sent_at": _timestamp(message.get("timestamp")),
    }
    if kind == "text":
        return Inbound(
            kind=Kind.TEXT, text=str((message.get("text") or {}).get("body") or ""), **common
        )
    if kind == "interactive":
        interactive = message.get("interactive") or {}
        reply = interactive.get(interactive.get("type") or "") or {}
        return Inbound(
            kind=Kind.CHOICE,
            reply_id=str(reply.get("id") or ""),
            text=str(reply.get("title") or ""),
            **common,
        )
    if kind == "button":  # a quick-reply button of a template message
        button = message.get("button") or {}
        return Inbound(
            kind=Kind.CHOICE,
            reply_id=str(button.get("payload") or ""),
            text=str(button.get("text") or ""),
            **common,
        )
    caption = (message.get(kind) or {}).get("caption") if kind in CAPTIONED_TYPES else None
    return Inbound(kind=Kind.MEDIA, text=str(caption or ""), **common)


def parse_cloud_webhook(payload: Any, phone_number_id: str) -> list[Inbound]:
    """The user messages in a Cloud API webhook body that are for our business number."""
    if not isinstance(payload, Mapping) or payload.get("object") != "whatsapp_business_account":
        return []
    messages: list[Inbound] = []
    for entry in payload.get("entry") or []:
        for change in (entry or {}).get("changes") or []:
            if (change or {}).get("field") != "messages":
                continue
            value = change.get("value") or {}
            if str((value.get("metadata") or {}).get("phone_number_id")) != phone_number_id:
                continue
            for message in value.get("messages") or []:
                inbound = _cloud_message(message or {})
                if inbound is not None:
                    messages.append(inbound)
    return messages


def parse_twilio_form(form: Mapping[str, str]) -> Inbound | None:
    """The user message in a Twilio webhook form; None for a status callback or a non-WhatsApp
    (SMS) message."""
    message_id = form.get("MessageSid") or form.get("SmsMessageSid") or ""
    sender = form.get("From") or ""
    if not message_id or not sender.startswith(TWILIO_PREFIX):
        return None
    status = (form.get("SmsStatus") or form.get("MessageStatus") or "received").lower()
    if status != "received":
        return None
    body = (form.get("Body") or "").strip()
    if form.get("ButtonPayload"):
        return Inbound(message_id, sender, Kind.CHOICE, body, form["ButtonPayload"])
    media_count = form.get("NumMedia") or "0"
    if (media_count.isdigit() and int(media_count) > 0) or form.get("Latitude"):
        return Inbound(message_id, sender, Kind.MEDIA, body)
    return Inbound(message_id, sender, Kind.TEXT, body)
