"""The application database (knowledge base, handoffs, portal, privacy): metadata, shared column
types and the engine factory."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, MetaData, create_engine, text
from sqlalchemy.engine import CursorResult, Dialect, Engine, Result, make_url
from sqlalchemy.orm import Session, declarative_base, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlalchemy.types import TypeDecorator

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A model's NOT NULL columns state their type (`name: Mapped[str] = Column(String, nullable=False)`);
# its nullable ones do not: SQLAlchemy 1.4's mypy plugin types an unannotated column as `T | None`,
# and with current mypy it wrongly refuses an explicit `Mapped[T | None]`.
Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))

if TYPE_CHECKING:
    # sqlalchemy2-stubs make TypeDecorator generic; SQLAlchemy 1.4 itself cannot be subscripted.
    _DateTimeDecorator = TypeDecorator[datetime]
else:
    _DateTimeDecorator = TypeDecorator


class UtcDateTime(_DateTimeDecorator):
    """Timezone-aware datetimes in, timezone-aware UTC datetimes out; naive ones are refused.

    Stored as UTC without an offset, the same on SQLite and PostgreSQL; SQLite would otherwise
    drop the offset and compare local times as if they were UTC.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("UtcDateTime needs a timezone-aware datetime")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def rows_affected(result: Result) -> int:
    """The rows an UPDATE or DELETE through Session.execute matched.

    Its result is a CursorResult, which has the count; the session's execute is typed as returning
    any Result.
    """
    if not isinstance(result, CursorResult):
        raise TypeError(f"not the result of an UPDATE or DELETE: {type(result).__name__}")
    return result.rowcount


def create_db_engine(database_url: str) -> Engine:
    if _is_sqlite_file(database_url):
        # SQLAlchemy 1.4 opens and closes a new connection to an SQLite file for every session
        # (NullPool): about a quarter of the action server's database time per turn (py-spy).
        # A pool hands each connection to one thread at a time, so sharing across threads is safe.
        return create_engine(
            database_url,
            future=True,
            poolclass=QueuePool,
            connect_args={"check_same_thread": False},
        )
    return create_engine(database_url, future=True, pool_pre_ping=True)


def _is_sqlite_file(database_url: str) -> bool:
    url = make_url(database_url)
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def use_write_ahead_log(database_url: str) -> None:
    """Switches an SQLite database file to write-ahead logging; other databases are left alone.

    SQLite's default journal syncs the disk several times per commit (5 ms on our test machine,
    0.2 ms with the write-ahead log), and Rasa commits the tracker in every turn while its whole
    server waits. The mode is stored in the file, so every process that opens it later uses it;
    commits stay fully synced (synchronous=FULL).
    """
    if not _is_sqlite_file(database_url):
        return
    engine = create_engine(database_url, future=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("PRAGMA journal_mode=WAL"))
    finally:
        engine.dispose()


def read_one_snapshot(session: Session) -> None:
    """Makes every later read of a fresh session see the database as it was at the first one.

    Counts read in several statements (bot.insights.rollup.Reader) must not see a roll-up of
    another process halfway. PostgreSQL gives each statement its own snapshot unless the
    transaction is REPEATABLE READ; Python's sqlite3 opens no transaction for a SELECT, so BEGIN
    is sent explicitly (with the write-ahead log, readers and writers do not block each other).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    else:
        session.connection().exec_driver_sql("BEGIN")


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


@lru_cache(maxsize=4)
def engine_for(database_url: str) -> Engine:
    """One engine (and connection pool) per database per process, made on first use."""
    return create_db_engine(database_url)


@lru_cache(maxsize=4)
def session_factory_for(database_url: str) -> sessionmaker[Session]:
    """Sessions on the process's one engine for this database (engine_for)."""
    return create_session_factory(engine_for(database_url))
