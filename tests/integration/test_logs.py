"""Clean logs: after a full conversation with a handoff, no log line of any process (Rasa, action
server, web app, worker: honcho collects them all in run.log) holds message text, a name, a phone
number or an e-mail address."""

from __future__ import annotations

import re
import sqlite3
import time

from bot.settings import Settings
from tests.integration.product import rest_client_code, say, texts

NAME = "Wilhelmina Zwartjes"
PHONE = "0623456789"
EMAIL = "wilhelmina.zwartjes@example.nl"
MESSAGES = (
    "ik zorg voor mijn schoonvader met parkinson, zo'n 25 uur per week, ik woon in zwolle",
    "ik wil iemand spreken",
    "ja",
    f"ik heet {NAME}",
    f"{PHONE} of {EMAIL}",
    "liever bellen",
    "na de lunch",
    "ja",
)
# Any Dutch mobile number or e-mail address at all, whoever's.
PHONE_PATTERN = re.compile(r"(?:\+31|0031|\b0)6[\s-]?\d{8}\b")
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def test_no_personal_data_or_message_text_in_any_log(product: Settings) -> None:
    sender = "clean-logs"
    reply = ""
    for message in MESSAGES:
        reply = texts(say(product, sender, message))
    assert "Het is geregeld." in reply, reply
    reference = reply[reply.index("MZ-") : reply.index("MZ-") + 9]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with sqlite3.connect(product.var_dir / "app.db") as db:
            status = db.execute(
                "select status from outbox where handoff_reference = ?", (reference,)
            ).fetchone()
        if status == ("delivered",):
            break
        time.sleep(0.5)
    assert status == ("delivered",)

    log = (product.var_dir / "run.log").read_text()
    for secret in (NAME, "Wilhelmina", "Zwartjes", PHONE, "+31623456789", EMAIL, "parkinson"):
        assert secret.lower() not in log.lower(), secret
    # Whole messages; "ja" would also match "jax" in a library warning.
    for message in (m for m in MESSAGES if len(m) > 12):
        assert message not in log, message
    assert rest_client_code(sender) not in log
    assert PHONE_PATTERN.findall(log) == []
    assert [a for a in EMAIL_PATTERN.findall(log) if not a.endswith("example.org")] == []
