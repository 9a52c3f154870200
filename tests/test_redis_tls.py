"""TLS to Redis (Rasa's conversation lock), on a real Redis that listens on its TLS port only
(tests/databases.py). The lock store is made as Rasa makes it: endpoints.yml, with its variables
from bot.settings, so STEUNWIJZER_REDIS_TLS and STEUNWIJZER_REDIS_TLS_CA_FILE are what is tested.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from rasa.core.lock_store import LockStore
from rasa.core.utils import AvailableEndpoints

from bot.lock_store import ConversationLockStore
from bot.settings import PROJECT_ROOT, load_settings, rasa_environment
from tests.databases import (
    CERTIFICATE_HOST,
    Certificates,
    make_certificates,
    make_unrelated_ca,
    redis_server,
)

pytestmark = pytest.mark.servers  # a private Redis with TLS

SECRET = "test-conversation-key-secret-of-enough-length"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("redis-tls"))


@pytest.fixture(scope="module")
def redis_port(certificates: Certificates) -> Iterator[int]:
    with redis_server(certificates) as port:
        yield port


def _lock_store(
    monkeypatch: pytest.MonkeyPatch, port: int, ca_file: Path, host: str = CERTIFICATE_HOST
) -> LockStore:
    environ = {
        "STEUNWIJZER_CONVERSATION_KEY_SECRET": SECRET,
        "STEUNWIJZER_LOCK_STORE_TYPE": "redis",
        "STEUNWIJZER_REDIS_HOST": host,
        "STEUNWIJZER_REDIS_PORT": str(port),
        "STEUNWIJZER_REDIS_TLS": "on",
        "STEUNWIJZER_REDIS_TLS_CA_FILE": str(ca_file),
    }
    for name, value in {**environ, **rasa_environment(load_settings(environ))}.items():
        monkeypatch.setenv(name, value)
    endpoints = AvailableEndpoints.read_endpoints(str(PROJECT_ROOT / "endpoints.yml"))
    return LockStore.create(endpoints.lock_store)


def _queued_tickets(port: int, ca_file: Path) -> int:
    client = redis.Redis(
        host=CERTIFICATE_HOST, port=port, db=1, ssl=True, ssl_ca_certs=str(ca_file)
    )
    return sum(client.zcard(key) for key in client.scan_iter("steunwijzer:lock:*:queue"))


def test_a_plain_connection_is_refused(redis_port: int) -> None:
    """The server speaks TLS only; without this the other tests would prove nothing."""
    with pytest.raises(redis.ConnectionError):
        redis.Redis(host=CERTIFICATE_HOST, port=redis_port, socket_timeout=5).ping()


def test_the_lock_is_taken_and_given_back_over_tls(
    redis_port: int, certificates: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _lock_store(monkeypatch, redis_port, certificates.ca_file)
    assert isinstance(store, ConversationLockStore) and store.backend == "redis"
    held: list[int] = []

    async def one_turn() -> None:
        async with store.lock("whatsapp:+31612345678", lock_lifetime=30):
            held.append(_queued_tickets(redis_port, certificates.ca_file))

    asyncio.run(one_turn())
    assert held == [1]
    assert _queued_tickets(redis_port, certificates.ca_file) == 0


def test_a_certificate_from_another_ca_is_refused(
    redis_port: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = _lock_store(monkeypatch, redis_port, make_unrelated_ca(tmp_path))

    async def one_turn() -> None:
        async with store.lock("whatsapp:+31612345678", lock_lifetime=30):
            pass

    with pytest.raises(redis.ConnectionError, match="certificate verify failed"):
        asyncio.run(one_turn())


def test_a_certificate_for_another_host_name_is_refused(
    redis_port: int, certificates: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The certificate names 127.0.0.1 only; redis-py would not check the name by itself."""
    store = _lock_store(monkeypatch, redis_port, certificates.ca_file, host="localhost")

    async def one_turn() -> None:
        async with store.lock("whatsapp:+31612345678", lock_lifetime=30):
            pass

    with pytest.raises(redis.ConnectionError, match="certificate is not valid for 'localhost'"):
        asyncio.run(one_turn())
