"""The per-address limits against the real Rasa server: a script that takes a new sender id for
every message is stopped at its address with 429 and the flood notice, a crisis still gets the help
line, and a client cannot escape by writing its own X-Forwarded-For entries.

The shared product trusts one proxy (tests/conftest.py): the last X-Forwarded-For entry is the
client, as the Ingress would write it.
"""

from __future__ import annotations

import uuid

import httpx

from bot.channels.guard import FLOOD_TEXT
from bot.settings import Settings
from tests.conftest import TEST_IP_MAX_MESSAGES, TEST_IP_MAX_NEW_CONVERSATIONS

CRISIS = "ik wil er niet meer zijn"


def _post(settings: Settings, message: str, forwarded_for: str, sender: str = "") -> httpx.Response:
    return httpx.post(
        f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
        json={"sender": sender or uuid.uuid4().hex, "message": message},
        headers={"X-Forwarded-For": forwarded_for},
        timeout=60,
    )


def _texts(response: httpx.Response) -> str:
    return "\n".join(reply.get("text", "") for reply in response.json())


def test_rotating_sender_ids_from_one_address_get_429_with_the_notice_but_a_crisis_gets_help(
    product: Settings,
) -> None:
    client = "203.0.113.10"
    allowed = [_post(product, "hallo", client) for _ in range(TEST_IP_MAX_NEW_CONVERSATIONS)]

    # The client writes its own entries in front; the proxy's last entry is what counts.
    over = [_post(product, "hallo", f"198.51.100.{n}, {client}") for n in range(3)]
    crisis = _post(product, CRISIS, client)

    assert [r.status_code for r in allowed] == [200] * TEST_IP_MAX_NEW_CONVERSATIONS
    assert all(FLOOD_TEXT not in _texts(r) for r in allowed)
    assert [r.status_code for r in over] == [429] * 3
    assert all(_texts(r) == FLOOD_TEXT for r in over)
    assert crisis.status_code == 200 and "113" in _texts(crisis), _texts(crisis)
    # Another address is not affected.
    assert _post(product, "hallo", "203.0.113.11").status_code == 200


def test_one_address_gets_at_most_the_message_limit_across_its_conversations(
    product: Settings,
) -> None:
    client = "203.0.113.20"
    senders = [uuid.uuid4().hex for _ in range(4)]
    messages = [senders[n % len(senders)] for n in range(TEST_IP_MAX_MESSAGES + 2)]

    statuses = [_post(product, "hallo", client, sender).status_code for sender in messages]

    assert statuses == [200] * TEST_IP_MAX_MESSAGES + [429, 429]
