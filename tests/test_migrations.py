"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL: Alembic's
autogenerate, run on a database at head, proposes nothing (and would not propose dropping every
table, as it did when migrations/env.py knew no model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from bot.schema import METADATA
from knowledge.__main__ import upgrade_database
from tests.databases import postgresql_server


def differences(url: str) -> list[object]:
    upgrade_database(url)
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return compare_metadata(MigrationContext.configure(connection), METADATA)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def postgresql_url() -> Iterator[str]:
    with postgresql_server(["schema"]) as urls:
        yield urls["schema"]


def test_the_models_know_every_table() -> None:
    assert {"handoffs", "staff_sessions", "login_throttles", "offers"} <= set(METADATA.tables)


def test_at_head_sqlite_matches_the_models(tmp_path: Path) -> None:
    assert differences(f"sqlite:///{tmp_path / 'app.db'}") == []


@pytest.mark.servers
def test_at_head_postgresql_matches_the_models(postgresql_url: str) -> None:
    assert differences(postgresql_url) == []
