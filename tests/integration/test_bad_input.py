"""Bad input over REST: every message gets a sensible Dutch reply, never a 5xx or a stack trace,
and nothing is echoed as markup."""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from bot.channels.guard import FLOOD_TEXT
from bot.rasa_server import TOO_LARGE
from bot.settings import Settings
from tests.integration.product import rest_client_code, texts

CRISIS_AT_THE_END = "bla " * 5000 + "en eigenlijk wil ik er niet meer zijn"


def _webhook(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook"


def _post(settings: Settings, sender: str, message: str) -> httpx.Response:
    return httpx.post(
        _webhook(settings),
        json={"sender": rest_client_code(sender), "message": message},
        timeout=60,
    )


def _events_of(settings: Settings, conversation: str) -> int:
    with sqlite3.connect(settings.var_dir / "tracker.db") as db:
        return db.execute(
            "select count(*) from events where sender_id = ?", (conversation,)
        ).fetchone()[0]


@pytest.mark.parametrize(
    "other_channels_conversation",
    ["whatsapp:+31612345678", "whatsapp:+31612345678".replace("+", "")],
)
def test_rest_cannot_reach_a_whatsapp_conversation(
    product: Settings, other_channels_conversation: str
) -> None:
    response = httpx.post(
        _webhook(product),
        json={"sender": other_channels_conversation, "message": "verwijder mijn gegevens"},
        timeout=60,
    )

    assert response.status_code == 400
    assert response.json()["error"].startswith('Geef "sender" mee als willekeurige code')
    assert _events_of(product, other_channels_conversation) == 0


def test_rest_with_a_widget_session_id_gets_its_own_conversation(product: Settings) -> None:
    """The widget's conversations are 32 hex digits without a prefix; the same code over REST is
    another conversation, so knowing a widget's session id is not enough to read it."""
    widget_session = uuid.uuid4().hex

    response = httpx.post(
        _webhook(product), json={"sender": widget_session, "message": "hallo"}, timeout=60
    )

    assert response.status_code == 200
    assert response.json()[0]["recipient_id"] == widget_session
    assert _events_of(product, widget_session) == 0
    assert _events_of(product, "rest:" + widget_session) > 0


def test_a_body_over_64_kb_is_refused_before_it_is_read(product: Settings) -> None:
    code = rest_client_code("bad-input-huge-body")
    huge = json.dumps({"sender": code, "message": "zorg " * 200_000})  # about 1 MB

    response = httpx.post(
        _webhook(product),
        content=huge.encode(),
        headers={"Content-Type": "application/json"},
        timeout=60,
    )

    assert response.status_code == 413
    assert response.json() == {"error": TOO_LARGE}
    assert _events_of(product, "rest:" + code) == 0


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty", ""),
        ("whitespace", "   \n\t  "),
        ("very long", "zorg " * 4000),
        ("control characters", "hallo\x00\x07\x1b[2J\u202e"),
        ("emoji only", "🙂🙂🙏"),
        ("html", "<script>alert('x')</script><b>hallo</b>"),
        ("sql", "'; DROP TABLE events; --"),
        ("unicode soup", "ｈａｌｌｏ ⓗⓐⓛⓛⓞ 𝓱𝓪𝓵𝓵𝓸"),
    ],
)
def test_bad_input_gets_a_dutch_answer(product: Settings, name: str, message: str) -> None:
    response = _post(product, f"bad-input-{name}", message)
    assert response.status_code == 200, response.text
    reply = texts(response.json())
    assert reply.strip(), f"no reply to {name}"
    assert "Traceback" not in reply and "<script" not in reply
    assert re.search(r"\b(u|ik|uw|hallo|wat)\b", reply.lower()), reply


def test_another_language_gets_a_short_bilingual_answer(product: Settings) -> None:
    reply = texts(_post(product, "bad-input-english", "Hello, I need help with my mother").json())
    assert "Ik begrijp alleen Nederlands." in reply and "I only understand Dutch." in reply
    assert "112" in reply and "113" in reply


def test_a_crisis_at_the_end_of_a_very_long_message_still_gets_help_first(
    product: Settings,
) -> None:
    replies = _post(product, "bad-input-long-crisis", CRISIS_AT_THE_END).json()
    assert "113" in replies[0]["text"] or "113" in replies[1]["text"], replies


def test_the_database_survives_sql_like_text(product: Settings) -> None:
    _post(product, "bad-input-sql-2", "'; DROP TABLE events; --")
    reply = texts(_post(product, "bad-input-sql-2", "hallo").json())
    assert "Hallo" in reply, reply


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("not json", b"hallo"),
        ("broken json", b'{"sender": "x", "message": '),
        ("a list", b'["hallo"]'),
        ("no sender", b'{"message": "hallo"}'),
        ("number as sender", b'{"sender": 5, "message": "hallo"}'),
        ("no message", b'{"sender": "bad-input-no-message"}'),
        ("message not text", b'{"sender": "bad-input-object", "message": {"a": 1}}'),
        ("deep nesting", b"[" * 50_000),
    ],
)
def test_a_malformed_request_gets_a_dutch_400_not_a_crash(
    product: Settings, name: str, content: bytes
) -> None:
    response = httpx.post(
        f"http://127.0.0.1:{product.rasa_port}/webhooks/rest/webhook",
        content=content,
        headers={"Content-Type": "application/json"},
        timeout=60,
    )

    assert response.status_code == 400, (name, response.status_code, response.text)
    error = response.json()["error"]
    assert error.startswith(("Dit verzoek kan ik niet lezen.", "Geef ")), error
    assert "Traceback" not in response.text


def _flood(settings: Settings, sender: str) -> list[httpx.Response]:
    """Twenty more messages than the limit at once from one sender, as a script would send them;
    a crisis among them."""
    messages = ["hallo"] * (settings.flood_max_messages + 20)
    messages[len(messages) // 2] = "ik wil er niet meer zijn"
    with ThreadPoolExecutor(max_workers=len(messages)) as pool:
        return list(pool.map(lambda message: _post(settings, sender, message), messages))


def test_a_flood_gets_one_friendly_notice_and_a_crisis_still_gets_help_first(
    product: Settings,
) -> None:
    sender = "bad-input-flood"

    responses = _flood(product, sender)

    assert [r.status_code for r in responses] == [200] * len(responses)
    replies = [r.json() for r in responses]
    shown = [texts(reply) for reply in replies]
    assert sum(FLOOD_TEXT in text for text in shown) == 1, shown
    answered = [text for text in shown if text.strip()]
    # At most the limit, the crisis and the notice; the rest is held back.
    assert len(answered) <= product.flood_max_messages + 2, shown
    crisis = replies[len(replies) // 2]
    assert "113" in crisis[0]["text"] or "113" in crisis[1]["text"], crisis
    assert not any("Traceback" in text or "<script" in text for text in shown)

    time.sleep(product.flood_window_s + 0.5)
    reply = texts(_post(product, sender, "hallo").json())

    assert "Hallo" in reply and FLOOD_TEXT not in reply, reply
