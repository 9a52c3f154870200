"""Faults survived: the database away while a handoff is made, the Rasa server restarted in the
middle of a conversation, and the action server down for a while."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.channels.guard import NO_REPLY_TEXT
from bot.run import ProcessSpec, prepare_databases, process_environment, process_specs
from bot.settings import Settings
from tests.integration.product import kill, say, start_product, texts, wait_until_ready
from tests.integration.servers import start_server, stop_server, wait_healthy
from tests.support import development_settings


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


@pytest.fixture
def rasa_and_actions(
    trained_model: Path, isolated_environ: dict[str, str], tmp_path: Path
) -> tuple[Settings, dict[str, ProcessSpec], dict[str, str]]:
    """The Rasa server and the action server, started one by one so a test can stop one."""
    settings = development_settings(isolated_environ)
    prepare_databases(settings)
    environ = process_environment(settings, isolated_environ)
    specs = {spec.name: spec for spec in process_specs(settings, trained_model)}
    return settings, specs, environ


def test_with_the_action_server_down_the_assistant_is_honest_and_recovers(
    rasa_and_actions: tuple[Settings, dict[str, ProcessSpec], dict[str, str]], tmp_path: Path
) -> None:
    settings, specs, environ = rasa_and_actions
    logs = tmp_path / "logs"
    sender = "fault-actions-down"
    actions = start_server(specs["actions"], environ, logs)
    rasa = start_server(specs["rasa"], environ, logs)
    try:
        wait_healthy(actions)
        wait_healthy(rasa)
        normal = texts(say(settings, sender, "ik zorg voor mijn man met parkinson"))

        stop_server(actions)
        honest = texts(say(settings, sender, "ongeveer 15 uur per week"))
        crisis = say(settings, sender, "ik wil er niet meer zijn")

        actions = start_server(specs["actions"], environ, logs)
        wait_healthy(actions)
        after = texts(say(settings, sender, "ongeveer 15 uur per week"))
    finally:
        stop_server(rasa)
        stop_server(actions)

    assert normal.strip() and NO_REPLY_TEXT not in normal, normal
    assert NO_REPLY_TEXT in honest and "112" in honest and "113" in honest, honest
    assert "113" in crisis[0]["text"] or "113" in crisis[1]["text"], crisis
    assert NO_REPLY_TEXT not in texts(crisis)
    assert "Hoe lang zorgt u al?" in after, after
    log = rasa.log_tail(200_000)
    assert "ongeveer 15 uur" not in log and "niet meer zijn" not in log
