"""More about one offer, and the printable overview, over REST against the running product."""

from __future__ import annotations

import json
import re

import httpx

from bot.settings import Settings
from tests.integration.product import say, texts


def _buttons(replies: list[dict]) -> list[dict]:
    return [button for reply in replies for button in reply.get("buttons", [])]


def test_offers_come_with_more_details_and_an_overview_to_keep(product: Settings) -> None:
    sender = "offers-details"
    replies = say(product, sender, "ik wil even vrij zijn")
    assert texts(replies).count("Eerste stap:") >= 1, texts(replies)
    details = [b for b in _buttons(replies) if b["payload"].startswith("/ask_offer")]
    assert all(len(b["title"]) <= 24 for b in _buttons(replies))
    assert details, _buttons(replies)

    reply = texts(say(product, sender, details[0]["payload"]))
    offer_id = json.loads(details[0]["payload"].removeprefix("/ask_offer"))["offer"]
    assert "Eerste stap:" in reply and "Bron: " in reply, reply

    reply = texts(say(product, sender, "kan ik dit printen"))
    url = re.search(r"https?://\S+/overzicht\?aanbod=\S+", reply)
    assert url, reply
    assert offer_id in url.group()
    page = httpx.get(
        url.group().replace("localhost", "127.0.0.1"), timeout=10, follow_redirects=True
    )
    assert page.status_code == 200 and page.text.count("Eerste stap:") >= 1


def test_a_free_question_about_a_regeling_gets_its_details(product: Settings) -> None:
    reply = texts(say(product, "offers-free-question", "hoe vraag ik kortdurend zorgverlof aan"))
    assert "Kortdurend zorgverlof" in reply and "Eerste stap:" in reply, reply
