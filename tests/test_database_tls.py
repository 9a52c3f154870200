"""TLS to PostgreSQL, on a real server that accepts TLS connections only (tests/databases.py).

One setting turns it on for a database: libpq's options in the query of its URL,
`?sslmode=verify-full&sslrootcert=/path/ca.pem`. The application database's engines (bot.db) and
Rasa's SQLTrackerStore both hand the URL to SQLAlchemy whole (Rasa takes a `url` with `://` as it
is), so psycopg2 passes the options to libpq. These tests follow both paths as the product runs
them, and check what the server saw (pg_stat_ssl), not just that a connection opened.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError

from bot.db import create_db_engine
from bot.privacy.tracker_store import delete_conversation
from bot.settings import PROJECT_ROOT, load_settings, rasa_environment
from knowledge.__main__ import upgrade_database
from tests.databases import Certificates, make_certificates, make_unrelated_ca, postgresql_server

pytestmark = pytest.mark.servers  # a private PostgreSQL with TLS

ENCRYPTION = text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("postgresql-tls"))


@pytest.fixture(scope="module")
def urls(certificates: Certificates) -> Iterator[dict[str, str]]:
    """URLs of the app and tracker databases, asking for verify-full against the test CA."""
    with postgresql_server(["app", "tracker"], certificates=certificates) as urls:
        yield urls


def _with_query(url: str, **query: str) -> str:
    return make_url(url).set(query=query).render_as_string(hide_password=False)


def _encryption(connection: Connection) -> tuple[bool, str]:
    encrypted, version = connection.execute(ENCRYPTION).one()
    return encrypted, version


def test_the_urls_ask_for_a_verified_certificate(urls: dict[str, str]) -> None:
    query = make_url(urls["app"]).query
    assert query["sslmode"] == "verify-full" and query["sslrootcert"].endswith(".pem")


def test_the_app_database_engine_connects_over_tls(urls: dict[str, str]) -> None:
    engine = create_db_engine(load_settings({"STEUNWIJZER_DATABASE_URL": urls["app"]}).database_url)
    try:
        with engine.connect() as connection:
            encrypted, version = _encryption(connection)
    finally:
        engine.dispose()
    assert encrypted is True
    assert version.startswith("TLSv1.")


def test_the_migrations_run_over_tls(urls: dict[str, str]) -> None:
    """`bot.prepare` and `python -m knowledge` hand the URL to Alembic through its config."""
    upgrade_database(urls["app"])
    engine = create_db_engine(urls["app"])
    try:
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE tablename = 'handoffs'")
            ).scalar_one()
    finally:
        engine.dispose()
    assert tables == 1


def test_a_plain_connection_is_refused(urls: dict[str, str]) -> None:
    """The server is right to refuse: without this the other tests would prove nothing."""
    engine = create_db_engine(_with_query(urls["app"], sslmode="disable"))
    with pytest.raises(OperationalError, match="no encryption"):
        engine.connect()


def test_a_certificate_from_another_ca_is_refused(urls: dict[str, str], tmp_path: Path) -> None:
    wrong_ca = make_unrelated_ca(tmp_path)
    engine = create_db_engine(
        _with_query(urls["app"], sslmode="verify-full", sslrootcert=str(wrong_ca))
    )
    with pytest.raises(OperationalError, match="certificate verify failed"):
        engine.connect()


def test_a_certificate_for_another_host_name_is_refused(urls: dict[str, str]) -> None:
    """The certificate names 127.0.0.1 only; verify-full checks the name, not just the CA."""
    url = make_url(urls["app"]).set(host="localhost").render_as_string(hide_password=False)
    engine = create_db_engine(url)
    with pytest.raises(OperationalError, match="does not match host name"):
        engine.connect()


def _tracker_store_from_endpoints(
    tracker_store_url: str, monkeypatch: pytest.MonkeyPatch
) -> TrackerStore:
    """The tracker store as `make run` and the containers start Rasa: endpoints.yml, its
    variables from bot.settings."""
    settings = load_settings({"STEUNWIJZER_TRACKER_STORE_URL": tracker_store_url})
    for name, value in rasa_environment(settings).items():
        monkeypatch.setenv(name, value)
    endpoints = AvailableEndpoints.read_endpoints(str(PROJECT_ROOT / "endpoints.yml"))
    return TrackerStore.create(endpoints.tracker_store, Domain.empty())


def test_rasa_tracker_store_from_endpoints_connects_over_tls(
    urls: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _tracker_store_from_endpoints(urls["tracker"], monkeypatch)
    assert isinstance(store, SQLTrackerStore)
    tracker = DialogueStateTracker.from_events("tls-test", [UserUttered("hallo")])
    try:
        asyncio.run(store.save(tracker))
        with store.engine.connect() as connection:
            encrypted, _version = _encryption(connection)
        stored = asyncio.run(store.retrieve("tls-test"))
    finally:
        store.engine.dispose()
    assert encrypted is True
    assert stored is not None and stored.latest_message.text == "hallo"

    # The worker's and the portal's erasure reach the same events over TLS too.
    settings = load_settings({"STEUNWIJZER_TRACKER_STORE_URL": urls["tracker"]})
    engine = create_db_engine(settings.tracker_store_url)
    try:
        assert delete_conversation(engine, "tls-test") >= 1
    finally:
        engine.dispose()


def test_rasa_tracker_store_refuses_a_certificate_from_another_ca(
    urls: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Proves the options reach libpq on Rasa's path: libpq's default (sslmode=prefer) would
    encrypt against this server as well, without checking the certificate."""
    wrong_ca = make_unrelated_ca(tmp_path)
    url = _with_query(urls["tracker"], sslmode="verify-full", sslrootcert=str(wrong_ca))
    # Rasa logs the failed table creation and starts anyway; the first turn then fails.
    store = _tracker_store_from_endpoints(url, monkeypatch)
    tracker = DialogueStateTracker.from_events("tls-test-refused", [UserUttered("hallo")])
    try:
        with pytest.raises(OperationalError, match="certificate verify failed"):
            asyncio.run(store.save(tracker))
    finally:
        store.engine.dispose()
