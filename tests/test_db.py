"""The SQLite files run with a write-ahead log, set once when the databases are prepared."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.db import use_write_ahead_log
from bot.run import prepare_databases
from tests.support import development_settings


def _journal_mode(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]


def test_an_sqlite_file_keeps_the_write_ahead_log_for_every_later_connection(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tracker.db"
    use_write_ahead_log(f"sqlite:///{path}")
    assert _journal_mode(path) == "wal"


def test_other_databases_are_not_touched() -> None:
    # Nothing listens there: a connection attempt would fail the test.
    use_write_ahead_log("postgresql://nobody@127.0.0.1:1/rasa")
    use_write_ahead_log("sqlite://")


def test_prepared_databases_use_the_write_ahead_log(tmp_path: Path) -> None:
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})
    prepare_databases(settings)
    assert _journal_mode(tmp_path / "app.db") == "wal"
    assert _journal_mode(tmp_path / "tracker.db") == "wal"
