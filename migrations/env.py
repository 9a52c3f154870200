"""Alembic's environment. target_metadata is bot.schema.METADATA: bot.schema imports every module
of bot/ and knowledge/ that defines a model, so `alembic revision --autogenerate` compares the
database with all tables (tests/test_migrations.py checks both, and that a database at head
needs no new migration)."""

from __future__ import annotations

from alembic import context

from bot.db import create_db_engine
from bot.schema import METADATA
from bot.settings import load_settings

config = context.config
url = config.get_main_option("sqlalchemy.url") or load_settings().database_url


def run_migrations() -> None:
    engine = create_db_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=METADATA,
            compare_type=True,
            compare_server_default=True,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
