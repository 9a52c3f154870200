"""Starts the product the way `make run` does and talks to it as a client would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings
from tests.integration.product import (
    kill,
    rest_conversation_id,
    say,
    start_product,
    texts,
    wait_until_ready,
)


def test_rest_channel_greets_in_dutch(product: Settings) -> None:
    replies = say(product, "x", "hallo")

    text = " ".join(r.get("text", "") for r in replies)
    assert "Hallo, fijn dat u er bent" in text
    assert "met een mens praten" in text


def test_answers_every_turn_of_a_conversation(product: Settings) -> None:
    sender = "integration-conversation"
    assert "Ik help mantelzorgers" in say(product, sender, "wat kun je allemaal")[0]["text"]
    assert "computerprogramma" in say(product, sender, "ben je een robot")[0]["text"]
    assert "Graag gedaan" in say(product, sender, "dank je wel")[0]["text"]
    assert say(product, sender, "doei")[0]["text"].startswith("Dag")


def test_words_nobody_understands_get_a_request_to_rephrase_then_choices(product: Settings) -> None:
    """This also proves Rasa reaches the action server: every reply comes from action_respond."""
    sender = "integration-not-understood"

    first = say(product, sender, "qwxzv plork")
    second = say(product, sender, "zrrb vlimp")

    assert "andere woorden" in texts(first), first
    assert {"Wat kun je?", "Met iemand praten"} <= {b["title"] for b in second[-1]["buttons"]}
    assert "Hallo, fijn dat u er bent" in say(product, sender, "hallo")[0]["text"]


def test_conversation_is_stored_in_the_sql_tracker_store(product: Settings) -> None:
    say(product, "integration-stored", "hallo")

    tracker_db = product.var_dir / "tracker.db"
    assert tracker_db.exists()
    import sqlite3

    with sqlite3.connect(tracker_db) as db:
        count = db.execute(
            "select count(*) from events where sender_id = ?",
            (rest_conversation_id("integration-stored"),),
        ).fetchone()[0]
    assert count > 0


def test_web_app_serves_the_demo_page(product: Settings) -> None:
    response = httpx.get(f"http://127.0.0.1:{product.web_port}/", timeout=10)

    assert response.status_code == 200
    assert "Steunwijzer" in response.text


def test_action_server_listens_on_loopback_only(product: Settings) -> None:
    result = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip("ss is not available")
    listeners = [line.split()[3] for line in result.stdout.splitlines() if line.strip()]
    action = [a for a in listeners if a.endswith(f":{product.action_server_port}")]

    assert action, listeners
    assert all(a.startswith("127.0.0.1:") for a in action), action


def _port_is_closed(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def test_ctrl_c_stops_every_process(trained_model: Path, tmp_path: Path) -> None:
    """A separate product, interrupted as a terminal would on Ctrl-C."""
    running = start_product(tmp_path)
    try:
        wait_until_ready(running)
        os.killpg(running.process.pid, signal.SIGINT)
        returncode = running.process.wait(timeout=60)
    finally:
        kill(running)

    assert returncode == 0, running.log.read_text()[-3000:]
    settings = running.settings
    ports = (settings.rasa_port, settings.action_server_port, settings.web_port)
    assert all(_port_is_closed(port) for port in ports)
    with pytest.raises(ProcessLookupError):
        os.killpg(running.process.pid, 0)
