"""The conversation lock on a real Redis: one holder at a time across processes' worth of clients,
first come first served, and a dead holder's ticket expires."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Iterator

import pytest
import redis
from rasa.core.lock_store import LockError
from rasa.utils.endpoints import EndpointConfig

from bot.keys import conversation_key
from bot.lock_store import ConversationLockStore
from tests.databases import redis_server

SECRET = "test-conversation-key-secret-of-enough-length"


@pytest.fixture(autouse=True)
def conversation_key_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    # The secret every replica shares; set, so no test writes a generated one under var/.
    monkeypatch.setenv("STEUNWIJZER_CONVERSATION_KEY_SECRET", SECRET)


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    with redis_server() as port:
        yield port


def _store(port: int, backend: str = "redis") -> ConversationLockStore:
    config = EndpointConfig(
        url="127.0.0.1", port=str(port), db="1", password="", key_prefix="test", backend=backend
    )
    return ConversationLockStore(config)


def test_one_holder_at_a_time_across_replicas_in_the_order_the_tickets_were_issued(
    redis_port: int,
) -> None:
    """Eight threads, each a 'replica' with its own store and Redis connection, take turns."""
    holders = 0
    most_at_once = 0
    served: list[int] = []
    guard = threading.Lock()

    async def turn(store: ConversationLockStore, number: int) -> None:
        nonlocal holders, most_at_once
        async with store.lock("one-conversation", lock_lifetime=30):
            with guard:
                holders += 1
                most_at_once = max(most_at_once, holders)
                served.append(number)
            await asyncio.sleep(0.01)
            with guard:
                holders -= 1

    def replica(index: int) -> None:
        store = _store(redis_port)

        async def five_messages() -> None:
            for message in range(5):
                await turn(store, index * 100 + message)

        asyncio.run(five_messages())

    threads = [threading.Thread(target=replica, args=(index,)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(served) == 40
    assert most_at_once == 1
    # Each replica's own messages keep their order.
    for index in range(8):
        mine = [number for number in served if number // 100 == index]
        assert mine == sorted(mine)
    client = redis.Redis(port=redis_port, db=1)
    assert client.zcard("test:lock:one-conversation:queue") == 0


def test_tickets_are_served_first_come_first_served(redis_port: int) -> None:
    first, second, third = (_store(redis_port) for _ in range(3))
    order: list[str] = []

    async def message(store: ConversationLockStore, name: str, delay: float) -> None:
        await asyncio.sleep(delay)
        async with store.lock("fifo"):
            order.append(name)
            await asyncio.sleep(0.2)

    async def main() -> None:
        await asyncio.gather(
            message(third, "third", 0.10),
            message(first, "first", 0.0),
            message(second, "second", 0.05),
        )

    asyncio.run(main())
    assert order == ["first", "second", "third"]


def test_the_ticket_of_a_replica_that_died_expires_after_its_lifetime(redis_port: int) -> None:
    dead, alive = _store(redis_port), _store(redis_port)
    assert dead._queue is not None
    dead._queue.issue("crashed", lifetime_s=0.5)  # issued, never finished

    async def enter() -> float:
        start = time.monotonic()
        async with alive.lock("crashed"):
            return time.monotonic() - start

    waited = asyncio.run(enter())
    assert 0.3 < waited < 5


def test_a_message_that_waits_longer_than_its_lifetime_gets_a_lock_error(redis_port: int) -> None:
    holder, late = _store(redis_port), _store(redis_port)
    assert holder._queue is not None
    ticket = holder._queue.issue("busy", lifetime_s=30)
    try:

        async def enter() -> None:
            async with late.lock("busy", lock_lifetime=0.3):
                pass

        with pytest.raises(LockError):
            asyncio.run(enter())
    finally:
        holder._queue.finish("busy", ticket)


def test_in_memory_is_the_single_process_default() -> None:
    store = _store(0, backend="in_memory")

    async def enter() -> bool:
        async with store.lock("local"):
            return True

    assert asyncio.run(enter())


def test_an_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="backend"):
        _store(0, backend="memcached")


def test_several_sanic_workers_are_refused_without_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANIC_WORKERS", "2")
    with pytest.raises(ValueError, match="SANIC_WORKERS"):
        _store(0, backend="in_memory")


def test_redis_holds_a_keyed_hash_of_the_conversation_never_the_phone_number(
    redis_port: int,
) -> None:
    store = _store(redis_port)
    client = redis.Redis(host="127.0.0.1", port=redis_port, db=1)
    conversation = "whatsapp:+31612345678"

    async def look_while_held() -> list[str]:
        async with store.lock(conversation, lock_lifetime=30):
            return sorted(key.decode() for key in client.keys("test:lock:*"))

    keys = asyncio.run(look_while_held())

    hashed = conversation_key(conversation, SECRET)
    assert {f"test:lock:{hashed}:{suffix}" for suffix in ("last", "queue", "expires")} <= set(keys)
    # Earlier tests' conversations may still be there: all of them hashed too.
    assert all(re.fullmatch(r"test:lock:[0-9a-f]{64}:(last|queue|expires)", key) for key in keys)
    assert not any("31612345678" in key for key in keys)
    # Another replica with the same secret waits for the same lock.
    other = _store(redis_port)

    async def both() -> list[str]:
        order: list[str] = []

        async def hold(name: str, store_: ConversationLockStore, delay: float) -> None:
            await asyncio.sleep(delay)
            async with store_.lock(conversation, lock_lifetime=30):
                order.append(f"{name} in")
                await asyncio.sleep(0.1)
                order.append(f"{name} out")

        await asyncio.gather(hold("a", store, 0), hold("b", other, 0.02))
        return order

    assert asyncio.run(both()) == ["a in", "a out", "b in", "b out"]
