"""Webhook bodies from Meta and form posts from Twilio, read into messages."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from bot.channels.inbound import (
    Kind,
    cloud_recipient,
    cloud_sender,
    parse_cloud_webhook,
    parse_twilio_form,
)

PHONE_NUMBER_ID = "109876543210"


def webhook(
    *messages: dict[str, Any], phone_number_id: str = PHONE_NUMBER_ID, **value: Any
) -> dict:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "WABA",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "31850000000",
                                "phone_number_id": phone_number_id,
                            },
                            "contacts": [{"profile": {"name": "Fatima"}, "wa_id": "31612345678"}],
                            "messages": list(messages),
                            **value,
                        },
                    }
                ],
            }
        ],
    }


def message(kind: str, content: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "from": "31612345678",
        "id": f"wamid.{kind}",
        "timestamp": "1795525200",
        "type": kind,
        **({kind: content} if content is not None else {}),
        **extra,
    }


def test_a_text_message() -> None:
    [inbound] = parse_cloud_webhook(
        webhook(message("text", {"body": "Ik zorg voor mijn moeder"})), PHONE_NUMBER_ID
    )

    assert inbound.kind is Kind.TEXT
    assert inbound.text == "Ik zorg voor mijn moeder"
    assert inbound.message_id == "wamid.text"
    assert inbound.sender == "whatsapp:+31612345678"
    assert inbound.sent_at == datetime.fromtimestamp(1795525200, tz=timezone.utc)


@pytest.mark.parametrize(
    ("interactive", "reply_id", "title"),
    [
        ({"type": "button_reply", "button_reply": {"id": "/deny", "title": "Nee"}}, "/deny", "Nee"),
        (
            {
                "type": "list_reply",
                "list_reply": {"id": '/tell_situation{"answer": "25-64"}', "title": "25 tot 65"},
            },
            '/tell_situation{"answer": "25-64"}',
            "25 tot 65",
        ),
    ],
)
def test_a_tapped_button_or_list_row(interactive: dict, reply_id: str, title: str) -> None:
    [inbound] = parse_cloud_webhook(webhook(message("interactive", interactive)), PHONE_NUMBER_ID)

    assert (inbound.kind, inbound.reply_id, inbound.text) == (Kind.CHOICE, reply_id, title)


def test_a_template_quick_reply_button() -> None:
    body = webhook(message("button", {"payload": "/affirm", "text": "Ja"}))

    [inbound] = parse_cloud_webhook(body, PHONE_NUMBER_ID)

    assert (inbound.kind, inbound.reply_id) == (Kind.CHOICE, "/affirm")


@pytest.mark.parametrize(
    ("kind", "content", "caption"),
    [
        ("image", {"id": "m1", "mime_type": "image/jpeg"}, ""),
        ("image", {"id": "m1", "caption": "mijn moeder"}, "mijn moeder"),
        ("audio", {"id": "m2", "mime_type": "audio/ogg", "voice": True}, ""),
        ("video", {"id": "m3", "caption": "kijk"}, "kijk"),
        ("document", {"id": "m4", "filename": "brief.pdf"}, ""),
        ("sticker", {"id": "m5"}, ""),
        ("location", {"latitude": 52.5, "longitude": 6.1}, ""),
        ("contacts", None, ""),
        ("unsupported", None, ""),
    ],
)
def test_media_and_other_non_text_messages(kind: str, content: dict | None, caption: str) -> None:
    [inbound] = parse_cloud_webhook(webhook(message(kind, content)), PHONE_NUMBER_ID)

    assert (inbound.kind, inbound.text) == (Kind.MEDIA, caption)


@pytest.mark.parametrize(
    "body",
    [
        webhook(statuses=[{"id": "wamid.x", "status": "delivered", "recipient_id": "316"}]),
        webhook(message("reaction", {"message_id": "wamid.y", "emoji": "👍"})),
        webhook(message("system", {"body": "number changed"})),
        webhook(message("text", {"body": "hoi"}), phone_number_id="999"),
        {"object": "page", "entry": []},
        {
            "object": "whatsapp_business_account",
            "entry": [{"changes": [{"field": "account_update"}]}],
        },
        [],
        None,
        webhook({"type": "text", "text": {"body": "zonder id"}}),
    ],
)
def test_nothing_to_answer(body: Any) -> None:
    assert parse_cloud_webhook(body, PHONE_NUMBER_ID) == []


def test_a_batch_keeps_its_order() -> None:
    first = message("text", {"body": "een"}, id="wamid.1")
    second = message("text", {"body": "twee"}, id="wamid.2")

    assert [m.text for m in parse_cloud_webhook(webhook(first, second), PHONE_NUMBER_ID)] == [
        "een",
        "twee",
    ]


@pytest.mark.parametrize("number", ["31612345678", "+31612345678"])
def test_sender_ids_are_the_same_on_both_channels(number: str) -> None:
    assert cloud_sender(number) == "whatsapp:+31612345678"
    assert cloud_recipient(cloud_sender(number)) == "31612345678"


TWILIO_FORM = {
    "MessageSid": "SM" + "a" * 32,
    "SmsMessageSid": "SM" + "a" * 32,
    "AccountSid": "AC" + "0" * 32,
    "From": "whatsapp:+31612345678",
    "To": "whatsapp:+3185000000",
    "Body": "Ik zorg voor mijn vader",
    "NumMedia": "0",
    "SmsStatus": "received",
    "ProfileName": "Fatima",
    "WaId": "31612345678",
}


def test_a_twilio_text() -> None:
    inbound = parse_twilio_form(TWILIO_FORM)

    assert inbound is not None
    assert (inbound.kind, inbound.text, inbound.sender) == (
        Kind.TEXT,
        "Ik zorg voor mijn vader",
        "whatsapp:+31612345678",
    )
    assert inbound.message_id == "SM" + "a" * 32


@pytest.mark.parametrize(
    ("changes", "kind", "text"),
    [
        ({"NumMedia": "1", "MediaContentType0": "image/jpeg", "Body": ""}, Kind.MEDIA, ""),
        (
            {"NumMedia": "1", "MediaContentType0": "audio/ogg", "Body": "luister"},
            Kind.MEDIA,
            "luister",
        ),
        ({"Latitude": "52.5", "Longitude": "6.1", "Body": ""}, Kind.MEDIA, ""),
        ({"ButtonPayload": "/affirm", "ButtonText": "Ja", "Body": "Ja"}, Kind.CHOICE, "Ja"),
    ],
)
def test_twilio_media_and_buttons(changes: dict[str, str], kind: Kind, text: str) -> None:
    inbound = parse_twilio_form({**TWILIO_FORM, **changes})

    assert inbound is not None
    assert (inbound.kind, inbound.text) == (kind, text)


@pytest.mark.parametrize(
    "changes",
    [
        {"SmsStatus": "delivered", "MessageStatus": "delivered", "Body": ""},
        {"From": "+31612345678"},  # SMS, not WhatsApp
        {"MessageSid": "", "SmsMessageSid": ""},
    ],
)
def test_twilio_status_callbacks_and_sms_are_not_messages(changes: dict[str, str]) -> None:
    assert parse_twilio_form({**TWILIO_FORM, **changes}) is None
