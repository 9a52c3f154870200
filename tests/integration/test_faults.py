"""Faults survived: the database away while a handoff is made, and the Rasa server restarted in
the middle of a conversation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.integration.product import kill, say, start_product, texts, wait_until_ready


def test_a_handoff_while_the_database_is_away_is_not_confirmed_and_can_be_retried(
    product: Settings,
) -> None:
    sender = "fault-database"
    say(product, sender, "ik zorg voor mijn moeder en ik woon in zwolle")
    reply = texts(say(product, sender, "ik wil iemand spreken"))
    assert "Vindt u dat goed?" in reply, reply
    for answer in ("ja", "Mieke", "0611112222", "maakt niet uit"):
        say(product, sender, answer)

    database = product.var_dir / "app.db"
    with sqlite3.connect(database) as db:
        db.execute("alter table handoffs rename to handoffs_away")
    try:
        replies = say(product, sender, "ja")
    finally:
        with sqlite3.connect(database) as db:
            db.execute("alter table handoffs_away rename to handoffs")
    reply = texts(replies)
    assert "niet gelukt" in reply and "MZ-" not in reply, reply
    buttons = [b for r in replies for b in r.get("buttons", [])]
    assert [b["title"] for b in buttons] == ["Opnieuw proberen"]

    reply = texts(say(product, sender, buttons[0]["payload"]))
    assert "Het is geregeld." in reply, reply
    reference = reply[reply.index("MZ-") : reply.index("MZ-") + 9]
    with sqlite3.connect(database) as db:
        stored = db.execute(
            "select count(*) from handoffs where reference = ?", (reference,)
        ).fetchone()
        mieke = db.execute("select count(*) from handoffs where document like '%Mieke%'").fetchone()
    assert stored == (1,) and mieke == (1,)


@pytest.fixture
def restartable(trained_model: Path, tmp_path: Path) -> Path:
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    return var_dir


def test_a_conversation_goes_on_after_the_rasa_server_restarts(restartable: Path) -> None:
    sender = "fault-restart"
    first = start_product(restartable)
    try:
        wait_until_ready(first)
        say(first.settings, sender, "ik zorg voor mijn man met parkinson")
        reply = texts(say(first.settings, sender, "ongeveer 15 uur per week"))
        assert "Hoe lang zorgt u al?" in reply, reply
    finally:
        kill(first)

    second = start_product(restartable)
    try:
        wait_until_ready(second)
        reply = texts(say(second.settings, sender, "sinds 2022"))
        assert "Woont u samen" in reply, reply
    finally:
        kill(second)
