"""A caregiver on WhatsApp, for the integration tests: posts signed webhooks to the product the way
Meta or Twilio would, and reads the replies the fake API recorded."""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from twilio.request_validator import RequestValidator

from bot.channels.signatures import (
    META_SIGNATURE_HEADER,
    TWILIO_SIGNATURE_HEADER,
    meta_signature,
)
from bot.settings import Settings
from tests.channels.fakes import FakeApi, FakeGraphApi, FakeTwilioApi

_ids = itertools.count(1)


def cloud_webhook(phone_number_id: str, number: str, message: dict[str, Any]) -> dict[str, Any]:
    """A webhook body as Meta posts it, with one message from `number`."""
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "31850000000",
                                "phone_number_id": phone_number_id,
                            },
                            "contacts": [{"profile": {"name": "Mantelzorger"}, "wa_id": number}],
                            "messages": [
                                {
                                    "from": number,
                                    "id": f"wamid.TEST{next(_ids):08d}",
                                    "timestamp": str(int(time.time())),
                                    **message,
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }


def text(body: str) -> dict[str, Any]:
    return {"type": "text", "text": {"body": body}}


def tapped(kind: str, reply_id: str, title: str) -> dict[str, Any]:
    """A tapped reply button (kind button_reply) or list row (kind list_reply)."""
    return {
        "type": "interactive",
        "interactive": {"type": kind, kind: {"id": reply_id, "title": title}},
    }


def shown_text(message: dict[str, Any]) -> str:
    """What the caregiver reads in a message the bot sent (either API)."""
    if "Body" in message:
        return str(message["Body"])
    if message.get("type") == "text":
        return str(message["text"]["body"])
    if message.get("type") == "interactive":
        return str(message["interactive"]["body"]["text"])
    return ""


def choices(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(id, title) of the buttons or list rows of an interactive message."""
    interactive = message.get("interactive") or {}
    action = interactive.get("action") or {}
    if interactive.get("type") == "button":
        return [(b["reply"]["id"], b["reply"]["title"]) for b in action["buttons"]]
    if interactive.get("type") == "list":
        return [(r["id"], r["title"]) for s in action["sections"] for r in s["rows"]]
    return []


def user_events(settings: Settings, sender: str) -> int:
    with sqlite3.connect(settings.var_dir / "tracker.db") as db:
        return db.execute(
            "select count(*) from events where sender_id = ? and type_name = 'user'", (sender,)
        ).fetchone()[0]


def bot_events(settings: Settings, sender: str) -> int:
    with sqlite3.connect(settings.var_dir / "tracker.db") as db:
        return db.execute(
            "select count(*) from events where sender_id = ? and type_name = 'bot'", (sender,)
        ).fetchone()[0]


def slots(settings: Settings, sender: str) -> dict[str, Any]:
    with sqlite3.connect(settings.var_dir / "tracker.db") as db:
        rows = db.execute(
            "select data from events where sender_id = ? and type_name = 'slot' order by id",
            (sender,),
        ).fetchall()
    return {json.loads(data)["name"]: json.loads(data)["value"] for (data,) in rows}


@dataclass
class Caregiver:
    """One WhatsApp user; `transcript` keeps the conversation as the fake API recorded it."""

    settings: Settings
    api: FakeApi
    number: str  # 316..., without +
    transcript: list[str] = field(default_factory=list)
    answer_times_s: list[float] = field(default_factory=list)
    _seen: int = 0

    @property
    def sender(self) -> str:
        return f"whatsapp:+{self.number}"

    def received(self) -> list[dict[str, Any]]:
        return self.api.to(self.number if isinstance(self.api, FakeGraphApi) else self.sender)

    def post(self, content: Any, signature: str | None = "valid") -> httpx.Response:
        raise NotImplementedError

    def send(self, content: Any, shown: str, until: str, timeout_s: float = 120.0) -> list[dict]:
        """Sends, then waits for a reply that contains `until`; returns this turn's replies."""
        self.transcript.append(f"> {shown}")
        started = time.monotonic()
        response = self.post(content)
        self.answer_times_s.append(time.monotonic() - started)
        assert response.status_code == 200, response.text
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            new = self.received()[self._seen :]
            if any(until in shown_text(m) for m in new):
                time.sleep(0.3)  # a message right after the awaited one belongs to this turn too
                new = self.received()[self._seen :]
                self._seen += len(new)
                self.transcript += [describe(m) for m in new]
                return new
            time.sleep(0.1)
        raise AssertionError(f"no reply with {until!r}; got {self.received()[self._seen :]}")


def timing(seconds: list[float]) -> str:
    millis = sorted(round(s * 1000) for s in seconds)
    return f"(webhook answered in {millis} ms; median {millis[len(millis) // 2]} ms)"


def describe(message: dict[str, Any]) -> str:
    """One recorded message as a line of the transcript."""
    body = shown_text(message)
    interactive = (message.get("interactive") or {}).get("type")
    options = " | ".join(title for _, title in choices(message))
    label = {"button": f"[knoppen: {options}]", "list": f"[lijst: {options}]"}.get(
        interactive or "", ""
    )
    return f"< {body}" + (f"\n  {label}" if label else "")


@dataclass
class CloudCaregiver(Caregiver):
    app_secret: str = ""

    def post(self, content: Any, signature: str | None = "valid") -> httpx.Response:
        assert isinstance(self.api, FakeGraphApi)
        body = (
            content
            if isinstance(content, dict) and "object" in content
            else cloud_webhook(self.api.phone_number_id, self.number, content)
        )
        raw = json.dumps(body, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        if signature == "valid":
            headers[META_SIGNATURE_HEADER] = meta_signature(raw, self.app_secret)
        elif signature:
            headers[META_SIGNATURE_HEADER] = signature
        return httpx.post(
            f"http://127.0.0.1:{self.settings.rasa_port}/webhooks/whatsapp/webhook",
            content=raw,
            headers=headers,
            timeout=30,
        )


@dataclass
class TwilioCaregiver(Caregiver):
    public_url: str = ""
    auth_token: str = ""

    def form(self, body: str = "", **fields: str) -> dict[str, str]:
        assert isinstance(self.api, FakeTwilioApi)
        sid = f"SM{next(_ids):032x}"
        return {
            "SmsMessageSid": sid,
            "NumMedia": "0",
            "ProfileName": "Mantelzorger",
            "SmsSid": sid,
            "WaId": self.number,
            "SmsStatus": "received",
            "Body": body,
            "To": self.api.number,
            "NumSegments": "1",
            "MessageSid": sid,
            "AccountSid": self.api.account_sid,
            "From": self.sender,
            "ApiVersion": "2010-04-01",
            **fields,
        }

    def post(self, content: Any, signature: str | None = "valid") -> httpx.Response:
        form = content if isinstance(content, dict) else self.form(str(content))
        headers = {}
        if signature == "valid":
            validator = RequestValidator(self.auth_token)
            headers[TWILIO_SIGNATURE_HEADER] = validator.compute_signature(self.public_url, form)
        elif signature:
            headers[TWILIO_SIGNATURE_HEADER] = signature
        return httpx.post(
            f"http://127.0.0.1:{self.settings.rasa_port}/webhooks/twilio_whatsapp/webhook",
            data=form,
            headers=headers,
            timeout=30,
        )
