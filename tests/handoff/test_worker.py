from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db import Base, create_db_engine, create_session_factory
from bot.handoff.delivery import OutboxFolderEmail, SmtpEmail, Webhook
from bot.handoff.models import OutboxEntry
from bot.handoff.store import create_handoff
from bot.settings import PROJECT_ROOT
from bot.worker import run, transports_from_settings
from tests.handoff.conftest import COMPLETE_FACTS, FATIMA, make_document, make_steunpunt
from tests.support import development_settings

STARTUP_TIMEOUT_S = 30


def _prepare(tmp_path: Path) -> tuple[dict[str, str], str]:
    """A database with one due handoff, and the environment for a worker on it."""
    url = f"sqlite:///{tmp_path / 'app.db'}"
    engine = create_db_engine(url)
    Base.metadata.create_all(engine)
    document = make_document(COMPLETE_FACTS)
    # The worker uses the real clock: the entry must be due now.
    document["created_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    stored = create_handoff(create_session_factory(engine), document, make_steunpunt())
    engine.dispose()
    env = {
        **os.environ,
        "STEUNWIJZER_VAR_DIR": str(tmp_path / "var"),
        "STEUNWIJZER_DATABASE_URL": url,
        "STEUNWIJZER_WORKER_INTERVAL_S": "0.2",
        "STEUNWIJZER_PORTAL_URL": "https://portaal.example.org",
    }
    return env, stored.reference


def _wait_for(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_worker_delivers_logs_counts_only_and_stops_on_a_signal(
    tmp_path: Path, stop_signal: int
) -> None:
    env, reference = _prepare(tmp_path)
    outbox = tmp_path / "var" / "outbox"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.worker"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        delivered = _wait_for(lambda: any(outbox.glob(f"{reference}-*.eml")), STARTUP_TIMEOUT_S)
        process.send_signal(stop_signal)
        output, _ = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert delivered, output
    assert process.returncode == 0, output
    assert "delivered=1 retrying=0 failed=0 skipped=0" in output
    assert output.rstrip().endswith("worker stopped")
    for private in (
        FATIMA.name,
        "0612345678",
        "06 12345678",
        "+31612345678",
        FATIMA.email,
        "aanmeldingen@zwolle",
        "dementie",
    ):
        assert private not in output


def test_worker_once_runs_one_round(tmp_path: Path) -> None:
    env, reference = _prepare(tmp_path)

    result = subprocess.run(
        [sys.executable, "-m", "bot.worker", "--once"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "var" / "outbox").glob(f"{reference}-*.eml"))) == 1
    factory = create_session_factory(create_db_engine(env["STEUNWIJZER_DATABASE_URL"]))
    with factory() as session:
        assert session.execute(select(OutboxEntry.status)).scalar_one() == "delivered"


def test_run_keeps_going_when_a_round_fails_and_stops_when_asked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = development_settings(
        {
            "STEUNWIJZER_DATABASE_URL": f"sqlite:///{tmp_path}/missing/app.db",
            "STEUNWIJZER_WORKER_INTERVAL_S": "0.05",
        }
    )
    stop = threading.Event()
    worker = threading.Thread(target=run, args=(settings, stop, {}))
    caplog.set_level(logging.INFO, logger="bot.worker")
    worker.start()
    # There is no database: every round fails, and the worker keeps trying.
    failed_twice = _wait_for(
        lambda: caplog.text.count("outbox round failed: OperationalError") >= 2, 10
    )
    stop.set()
    worker.join(timeout=5)

    assert failed_twice
    assert not worker.is_alive()
    assert caplog.records[-1].getMessage() == "worker stopped"


def test_transports_follow_the_settings(tmp_path: Path) -> None:
    local = transports_from_settings(development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)}))
    smtp = transports_from_settings(
        development_settings(
            {
                "STEUNWIJZER_SMTP_HOST": "smtp.example.org",
                "STEUNWIJZER_SMTP_PORT": "587",
                "STEUNWIJZER_SMTP_STARTTLS": "true",
                "STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS": "ontvanger.steunpunt.intern",
            }
        )
    )

    assert isinstance(local["email"], OutboxFolderEmail)
    assert local["email"].directory == tmp_path / "outbox"
    assert isinstance(smtp["email"], SmtpEmail)
    assert (smtp["email"].host, smtp["email"].port, smtp["email"].starttls) == (
        "smtp.example.org",
        587,
        True,
    )
    assert isinstance(local["webhook"], Webhook)
    assert local["webhook"].allowed_hosts == frozenset()
    assert smtp["webhook"].allowed_hosts == {"ontvanger.steunpunt.intern"}
