"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL: Alembic's
autogenerate, run on a database at head, proposes nothing (and would not propose dropping every
table, as it did when migrations/env.py knew no model). migrations/env.py takes its metadata from
bot.schema, which imports every module of bot/ and knowledge/ that defines a model."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from bot.schema import METADATA, MODEL_MODULES
from bot.settings import PROJECT_ROOT
from knowledge.__main__ import upgrade_database
from tests.databases import postgresql_server

# Types and server defaults too, so a column changed in a model without a migration shows.
COMPARE_OPTIONS = {"compare_type": True, "compare_server_default": True}


def differences(url: str) -> list[object]:
    upgrade_database(url)
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts=COMPARE_OPTIONS)
            return compare_metadata(context, METADATA)
    finally:
        engine.dispose()


def _modules_with_models() -> set[str]:
    """Every module of bot/ and knowledge/ with a class that derives from the models' Base."""
    found = set()
    for package in ("bot", "knowledge"):
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if any(
                isinstance(node, ast.ClassDef)
                and any(isinstance(base, ast.Name) and base.id == "Base" for base in node.bases)
                for node in ast.walk(tree)
            ):
                relative = path.relative_to(PROJECT_ROOT).with_suffix("")
                found.add(".".join(relative.parts))
    return found


def test_the_schema_imports_every_module_that_defines_a_model() -> None:
    imported = {module.__name__ for module in MODEL_MODULES}
    assert _modules_with_models() <= imported
    assert "bot.handoff.models" in imported and "knowledge.models" in imported


@pytest.fixture(scope="module")
def postgresql_url() -> Iterator[str]:
    with postgresql_server(["schema"]) as urls:
        yield urls["schema"]


def test_the_models_know_every_table() -> None:
    assert {"handoffs", "staff_sessions", "login_throttles", "offers"} <= set(METADATA.tables)


def test_at_head_sqlite_matches_the_models(tmp_path: Path) -> None:
    assert differences(f"sqlite:///{tmp_path / 'app.db'}") == []


def test_the_alembic_command_line_finds_nothing_to_generate(tmp_path: Path) -> None:
    """`alembic check` from the project root: what `alembic revision --autogenerate` would see,
    through migrations/env.py and alembic.ini as a developer runs them."""
    environ = {**os.environ, "STEUNWIJZER_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}"}
    environ.pop("PYTHONPATH", None)  # alembic.ini must put the project on the path itself

    def alembic(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            # The console script, as a developer types it: `python -m` would put the current
            # directory on the path and hide a missing prepend_sys_path in alembic.ini.
            [str(Path(sys.executable).parent / "alembic"), *argv],
            cwd=PROJECT_ROOT,
            env=environ,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert alembic("upgrade", "head").returncode == 0
    checked = alembic("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No new upgrade operations detected" in checked.stdout + checked.stderr


@pytest.mark.servers
def test_at_head_postgresql_matches_the_models(postgresql_url: str) -> None:
    assert differences(postgresql_url) == []
