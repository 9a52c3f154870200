"""The worker's privacy jobs: erasure requests every round, the retention purge at start."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.privacy.erasure import request_erasure
from bot.worker import run
from tests.privacy.conftest import KEY, conversation, event_count, save
from tests.support import development_settings

SENDER = "whatsapp:+31612345678"


def test_one_worker_round_erases_and_purges_and_logs_counts_only(
    tmp_path: Path,
    session_factory: sessionmaker,
    tracker_store: Any,
    tracker_engine: Engine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The worker reads the real clock.
    now = datetime.now(timezone.utc)
    save(tracker_store, conversation(SENDER, now - timedelta(minutes=5)))
    save(tracker_store, conversation("oud-gesprek", now - timedelta(days=40)))
    save(tracker_store, conversation("lopend-gesprek", now - timedelta(minutes=1)))
    request_erasure(session_factory, SENDER, KEY, now - timedelta(minutes=1))
    settings = development_settings(
        {
            "STEUNWIJZER_VAR_DIR": str(tmp_path / "var"),
            "STEUNWIJZER_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "STEUNWIJZER_TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        }
    )
    caplog.set_level(logging.INFO)

    run(settings, threading.Event(), {}, once=True)

    assert event_count(tracker_engine, SENDER) == 0
    assert event_count(tracker_engine, "oud-gesprek") == 0
    assert event_count(tracker_engine, "lopend-gesprek") > 0
    assert "erasure round: conversations=1" in caplog.text
    assert "retention purge: conversations=1 " in caplog.text
    for private in (SENDER, "31612345678", "oud-gesprek", "lopend-gesprek"):
        assert private not in caplog.text
