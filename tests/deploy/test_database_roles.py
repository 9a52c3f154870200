"""deploy/postgres/roles.sql on a real PostgreSQL (tests/databases.py), run as docker-compose.yml's
postgres container runs it: by psql, as a superuser, the passwords in the environment. Then each
service's role does what its code does, and is refused what it does not need.

The roles log in with their passwords (scram-sha-256), so the passwords psql read are tested too;
one of them holds a quote, a dollar and a space.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.channels.dedup import first_delivery, last_user_message_at, prune
from bot.channels.live_delivery import LiveDelivery, RetryPolicy
from bot.db import create_db_engine, create_session_factory
from bot.live import store as live
from bot.live.store import Outgoing
from bot.prepare import prepare_databases
from bot.privacy.tracker_store import delete_conversation, delete_events_before, senders_with_key
from bot.settings import PROJECT_ROOT, load_settings
from bot.tracker_store import ConversationTrackerStore
from tests.databases import TEST_SUPERUSER, postgresql_binary, postgresql_server

pytestmark = pytest.mark.servers  # a private PostgreSQL cluster

ROLES_SQL = PROJECT_ROOT / "deploy" / "postgres" / "roles.sql"
PASSWORDS = {
    "steunwijzer_app": "app-password-1",
    "steunwijzer_rasa": "rasa-password-2",
    "steunwijzer_actions": "actions-password-3",
    "steunwijzer_web": "web 'password' $4",
    "steunwijzer_worker": "worker-password-5",
}
SERVICE_ROLES = tuple(PASSWORDS)
# Every service's role works on rows only (bot/ code); none of them may change the schema.
ROW_ROLES = ("steunwijzer_actions", "steunwijzer_web", "steunwijzer_worker")
PERMISSION_DENIED = "permission denied"
OLD = datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp()


def _password_variable(role: str) -> str:
    """steunwijzer_web -> STEUNWIJZER_DB_WEB_PASSWORD, as docker-compose.yml names them."""
    return f"STEUNWIJZER_DB_{role.removeprefix('steunwijzer_').upper()}_PASSWORD"


class Cluster:
    def __init__(self, port: int) -> None:
        self.port = port
        self._engines: list[Engine] = []

    def url(self, role: str, database: str, password: str | None = None) -> str:
        return URL.create(
            "postgresql",
            username=role,
            password=PASSWORDS[role] if password is None else password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def engine(self, role: str, database: str) -> Engine:
        engine = create_db_engine(self.url(role, database))
        self._engines.append(engine)
        return engine

    def dispose(self) -> None:
        for engine in self._engines:
            engine.dispose()


def _run_roles_sql(port: int) -> None:
    environment = {
        **os.environ,
        **{_password_variable(role): password for role, password in PASSWORDS.items()},
    }
    subprocess.run(
        [
            postgresql_binary("psql"),
            "--no-psqlrc",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            TEST_SUPERUSER,
            "-d",
            "postgres",
            "-f",
            str(ROLES_SQL),
        ],
        env=environment,
        check=True,
        capture_output=True,
    )


def _rasa_tracker_store(cluster: Cluster) -> SQLTrackerStore:
    return ConversationTrackerStore(Domain.empty(), host=cluster.url("steunwijzer_rasa", "rasa"))


def _save(store: SQLTrackerStore, sender_id: str, timestamp: float) -> None:
    event = UserUttered("hallo", timestamp=timestamp)
    asyncio.run(store.save(DialogueStateTracker.from_events(sender_id, [event])))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """The roles, the application schema made by `bot.prepare` as steunwijzer_app, and a few
    conversations written by Rasa's tracker store as steunwijzer_rasa."""
    with postgresql_server(["scratch"], passwords=True) as urls:
        cluster = Cluster(make_url(urls["scratch"]).port)
        _run_roles_sql(cluster.port)
        prepare_databases(
            load_settings(
                {"STEUNWIJZER_DATABASE_URL": cluster.url("steunwijzer_app", "steunwijzer")}
            )
        )
        store = _rasa_tracker_store(cluster)
        for sender_id in ("gesprek-web", "gesprek-worker", "gesprek-oud"):
            _save(
                store, sender_id, OLD if sender_id == "gesprek-oud" else datetime.now().timestamp()
            )
        store.engine.dispose()
        try:
            yield cluster
        finally:
            cluster.dispose()


def _refused(engine: Engine, statement: str) -> str:
    with pytest.raises(ProgrammingError) as refusal, engine.begin() as connection:
        connection.execute(text(statement))
    return str(refusal.value)


def test_no_service_role_is_a_superuser_or_makes_roles_or_databases(cluster: Cluster) -> None:
    engine = cluster.engine("steunwijzer_app", "steunwijzer")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles"
                " WHERE rolname = ANY(:names)"
            ),
            {"names": list(SERVICE_ROLES)},
        ).all()
    assert sorted(row[0] for row in rows) == sorted(SERVICE_ROLES)
    assert all(not any(row[1:]) for row in rows)


def test_a_wrong_password_is_refused(cluster: Cluster) -> None:
    engine = create_db_engine(cluster.url("steunwijzer_web", "steunwijzer", password="raden"))
    with pytest.raises(OperationalError, match="password authentication failed"):
        engine.connect()


def test_the_events_table_is_the_one_rasa_would_make(cluster: Cluster) -> None:
    engine = cluster.engine("steunwijzer_rasa", "rasa")
    with engine.connect() as connection:
        owner = connection.execute(
            text("SELECT tableowner FROM pg_tables WHERE tablename = 'events'")
        ).scalar_one()
        differences = compare_metadata(
            MigrationContext.configure(connection), SQLTrackerStore.Base.metadata
        )
    assert owner == "steunwijzer_rasa"
    assert differences == []


def test_rasa_reads_and_writes_its_conversations(cluster: Cluster) -> None:
    store = _rasa_tracker_store(cluster)
    try:
        _save(store, "gesprek-rasa", datetime.now().timestamp())
        tracker = asyncio.run(store.retrieve("gesprek-rasa"))
    finally:
        store.engine.dispose()
    assert tracker is not None and tracker.latest_message.text == "hallo"


def test_rasa_uses_channel_messages_and_no_other_application_table(cluster: Cluster) -> None:
    engine = cluster.engine("steunwijzer_rasa", "steunwijzer")
    sessions = create_session_factory(engine)
    now = datetime.now(timezone.utc)
    assert first_delivery(sessions, "whatsapp", "wamid.1", "key", now) is True
    assert last_user_message_at(sessions, "whatsapp", "key") == now
    assert prune(sessions, now + timedelta(days=30)) == 1
    assert PERMISSION_DENIED in _refused(engine, "SELECT * FROM handoffs")
    assert PERMISSION_DENIED in _refused(engine, "CREATE TABLE mine (id int)")


def test_rasa_delivers_live_chat_messages_and_changes_nothing_else_of_them(
    cluster: Cluster,
) -> None:
    now = datetime.now(timezone.utc)
    portal = create_session_factory(cluster.engine("steunwijzer_web", "steunwijzer"))
    with portal() as session, session.begin():
        chat_id = live.request_chat(
            session,
            conversation_key="r" * 64,
            channel="whatsapp",
            channel_address="31600000001",
            steunpunt_id="gm0193_steunpunt",
            gemeente_code="GM0193",
            summary={"urgency": "normaal"},
            now=now,
        )
        failing = live.add_message(session, chat_id, "consultant", "eerste", now)
        live.add_message(session, chat_id, "consultant", "tweede", now)
    engine = cluster.engine("steunwijzer_rasa", "steunwijzer")
    tries: list[str] = []

    async def send(outgoing: Outgoing) -> bool:
        tries.append(outgoing.text)
        return len(tries) > 1

    delivery = LiveDelivery(
        create_session_factory(engine),
        ("whatsapp",),
        send,
        clock=lambda: now,
        policy=RetryPolicy(max_attempts=1),
    )
    assert asyncio.run(delivery.run_round()).failed == 1
    assert asyncio.run(delivery.run_once()) == 1
    assert tries == ["eerste", "tweede"]
    with portal() as session:
        assert live.failed_ids(session, chat_id) == [failing]
    assert PERMISSION_DENIED in _refused(engine, "UPDATE live_messages SET text = 'anders'")
    assert PERMISSION_DENIED in _refused(engine, "UPDATE live_chats SET channel_address = NULL")


def test_the_web_role_finds_and_deletes_a_conversation_and_nothing_more(cluster: Cluster) -> None:
    engine = cluster.engine("steunwijzer_web", "rasa")

    found = senders_with_key(engine, "gesprek-web", key_of=lambda sender_id: sender_id)

    assert found == ["gesprek-web"]
    assert delete_conversation(engine, "gesprek-web") == 1
    assert PERMISSION_DENIED in _refused(engine, "SELECT data FROM events")
    assert PERMISSION_DENIED in _refused(engine, "SELECT timestamp FROM events")
    assert PERMISSION_DENIED in _refused(engine, "UPDATE events SET data = ''")
    assert PERMISSION_DENIED in _refused(
        engine, "INSERT INTO events (sender_id, type_name) VALUES ('x', 'user')"
    )
    assert PERMISSION_DENIED in _refused(engine, "CREATE TABLE mine (id int)")


def test_the_worker_role_purges_and_erases_and_reads_no_messages(cluster: Cluster) -> None:
    engine = cluster.engine("steunwijzer_worker", "rasa")

    purge = delete_events_before(engine, datetime(2021, 1, 1, tzinfo=timezone.utc))

    assert (purge.conversations, purge.events) == (1, 1)
    assert delete_conversation(engine, "gesprek-worker") == 1
    assert PERMISSION_DENIED in _refused(engine, "SELECT data FROM events")
    assert PERMISSION_DENIED in _refused(engine, "CREATE TABLE mine (id int)")


def test_a_table_rasa_makes_later_is_not_open_to_web_or_worker(cluster: Cluster) -> None:
    with cluster.engine("steunwijzer_rasa", "rasa").begin() as connection:
        connection.execute(text("CREATE TABLE later (id int)"))
    for role in ("steunwijzer_web", "steunwijzer_worker"):
        assert PERMISSION_DENIED in _refused(cluster.engine(role, "rasa"), "SELECT * FROM later")


@pytest.mark.parametrize("role", ["steunwijzer_app", "steunwijzer_actions"])
def test_roles_without_a_need_cannot_connect_to_the_tracker_database(
    cluster: Cluster, role: str
) -> None:
    engine = create_db_engine(cluster.url(role, "rasa"))
    with pytest.raises(OperationalError, match="permission denied for database"):
        engine.connect()


@pytest.mark.parametrize("role", ROW_ROLES)
def test_service_roles_use_application_rows_but_change_no_schema(
    cluster: Cluster, role: str
) -> None:
    engine = cluster.engine(role, "steunwijzer")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO audit_log (at, actor, action) VALUES (now(), :role, 'test')"),
            {"role": role},
        )
        assert (
            connection.execute(
                text("DELETE FROM audit_log WHERE actor = :role"), {"role": role}
            ).rowcount
            == 1
        )
    assert PERMISSION_DENIED in _refused(engine, "CREATE TABLE mine (id int)")
    assert "must be owner" in _refused(engine, "DROP TABLE audit_log")
    assert "must be owner" in _refused(engine, "ALTER TABLE handoffs ADD COLUMN extra int")
