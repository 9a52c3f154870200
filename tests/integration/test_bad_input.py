"""Bad input over REST: every message gets a sensible Dutch reply, never a 5xx or a stack trace,
and nothing is echoed as markup."""

from __future__ import annotations

import httpx
import pytest

from bot.settings import Settings
from tests.integration.product import texts

CRISIS_AT_THE_END = "bla " * 5000 + "en eigenlijk wil ik er niet meer zijn"


def _post(settings: Settings, sender: str, message: str) -> httpx.Response:
    return httpx.post(
        f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
        json={"sender": sender, "message": message},
        timeout=60,
    )


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
    assert any(word in reply.lower() for word in (" u ", "ik", "uw", "hallo", "wat")), reply


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
