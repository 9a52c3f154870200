"""Issue 19 over REST against the running product: conversations are counted for the gemeente, a
handoff with its urgency, and no insights row holds the caregiver's words, contact details or
sender id."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from typing import Any

from bot.db import session_factory_for
from bot.insights.rollup import DIMENSIONS, Reader
from bot.settings import Settings
from tests.integration.product import rest_conversation_id, say, texts

ZWOLLE = "GM0193"
EVER = ("2000-01-03", "2100-01-04")


def _counts(settings: Settings) -> dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], int]]:
    """Every count of Zwolle, rolled up or not (the worker may roll up meanwhile)."""
    first, last = (date.fromisoformat(day) for day in EVER)
    with session_factory_for(settings.database_url)() as session:
        reader = Reader(session, [ZWOLLE], first, last)
        return {
            (kind, columns): reader.read(kind, columns)
            for kind, groups in DIMENSIONS.items()
            for columns in groups
        }


def _delta(before: dict, after: dict, kind: str, columns: tuple[str, ...]) -> dict:
    old, new = before[(kind, columns)], after[(kind, columns)]
    return {key: new[key] - old.get(key, 0) for key in new if new[key] != old.get(key, 0)}


def test_a_conversation_with_a_handoff_is_counted_and_nothing_of_it_is_kept(
    product: Settings,
) -> None:
    before = _counts(product)
    sender = "insights"
    say(
        product, sender, "ik zorg voor mijn moeder met dementie, 20 uur per week. ik woon in zwolle"
    )
    reply = texts(say(product, sender, "ik wil iemand spreken"))
    assert "Vindt u dat goed?" in reply, reply
    say(product, sender, "ja, dat is goed")
    say(product, sender, "ik heet Ans")
    say(product, sender, "0612345678")
    say(product, sender, '/give_contact{"answer": "ochtend"}')
    reply = texts(say(product, sender, "ja dat klopt"))
    assert "Het is geregeld." in reply, reply

    # The action server writes a turn's events a second behind it (bot.insights.buffer).
    deadline = time.monotonic() + 15
    after = _counts(product)
    while not _delta(before, after, "handoff", ("urgency",)) and time.monotonic() < deadline:
        time.sleep(0.2)
        after = _counts(product)
    assert _delta(before, after, "conversation", ("channel",)) == {("rest",): 1}
    assert _delta(before, after, "handoff", ("urgency",)) == {("normaal",): 1}

    with sqlite3.connect(product.var_dir / "app.db") as db:
        rows = db.execute("select * from insight_events").fetchall()
        rows += db.execute("select * from insight_weeks").fetchall()
    for row in rows:
        for value in row:
            if isinstance(value, str):
                assert "Ans" not in value and "612345678" not in value, row
                assert rest_conversation_id(sender) not in value, row
                assert "dementie, 20 uur" not in value, row
