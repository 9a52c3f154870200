"""Rasa's conversation lock, safe across Rasa replicas.

Rasa handles the messages of one conversation one at a time, in arrival order, through a lock
store. Rasa 3.6's own RedisLockStore reads the lock as one JSON value, changes it in Python and
writes it back, so two replicas that each get a message of the same conversation at the same moment
can both take the lock; one turn's events are then lost from the tracker (RasaHQ/rasa#9213;
tests/scale/test_scale_out.py caught it). Here issuing a ticket, asking whose turn it is and
finishing are each one Lua script, which Redis runs atomically. Tickets are served in the order they
were issued. A ticket whose replica died expires after the lock lifetime, as in Rasa.

The Redis keys hold a keyed hash of the conversation id (bot.keys, with the conversation
key secret), never the id itself: on WhatsApp the id is the caregiver's phone number.

`ConversationLockStore` is the class endpoints.yml names; its `backend` (STEUNWIJZER_LOCK_STORE_TYPE)
is `in_memory` for one Rasa process or `redis` for several. `use_ssl` (STEUNWIJZER_REDIS_TLS) and
`ssl_ca_certs` (STEUNWIJZER_REDIS_TLS_CA_FILE) speak TLS to Redis, with the certificate checked.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bot.keys import conversation_key, conversation_secret
from bot.settings import is_switched_on, load_settings

BACKENDS = ("in_memory", "redis")
# How often a waiting message asks whether it is its turn. A turn takes 50-500 ms; Rasa's own
# store waits a whole second between questions.
POLL_S = 0.05

_NOW_MS = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
"""

# KEYS: counter, queue (sorted set of ticket numbers), expiries (hash number -> ms)
# ARGV: lifetime ms, key lifetime ms. Returns the new ticket number.
ISSUE = (
    _NOW_MS
    + """
local number = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], number, number)
redis.call('HSET', KEYS[3], number, now_ms + tonumber(ARGV[1]))
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[2]) end
return number
"""
)

# KEYS: queue, expiries. ARGV: ticket number.
# Returns 1 when it is this ticket's turn, 0 when it must wait, -1 when the ticket has expired.
TURN = (
    _NOW_MS
    + """
while true do
  local first = redis.call('ZRANGE', KEYS[1], 0, 0)
  if #first == 0 then return -1 end
  local expires = tonumber(redis.call('HGET', KEYS[2], first[1]) or '0')
  if expires > now_ms then
    if first[1] == ARGV[1] then return 1 end
    if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return -1 end
    return 0
  end
  redis.call('ZREM', KEYS[1], first[1])
  redis.call('HDEL', KEYS[2], first[1])
end
"""
)

# KEYS: queue, expiries. ARGV: ticket number.
FINISH = """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""


@dataclass(frozen=True)
class RedisTicketQueue:
    """First come, first served per conversation, shared by every process that uses one Redis."""

    client: redis.Redis[bytes]
    key_secret: str = field(repr=False)
    key_prefix: str = "steunwijzer:lock:"

    def _keys(self, conversation_id: str) -> tuple[str, str, str]:
        # Every replica computes the same hash from the shared secret, so they share the lock.
        base = f"{self.key_prefix}{conversation_key(conversation_id, self.key_secret)}"
        return f"{base}:last", f"{base}:queue", f"{base}:expires"

    @cached_property
    def _scripts(self) -> dict[str, Any]:
        return {
            name: self.client.register_script(source)
            for name, source in (("issue", ISSUE), ("turn", TURN), ("finish", FINISH))
        }

    def issue(self, conversation_id: str, lifetime_s: float) -> int:
        lifetime_ms = max(1, int(lifetime_s * 1000))
        # The keys outlive every ticket in them, so a quiet conversation leaves nothing behind.
        return int(
            self._scripts["issue"](
                keys=self._keys(conversation_id), args=[lifetime_ms, 2 * lifetime_ms + 1000]
            )
        )

    def turn(self, conversation_id: str, ticket: int) -> int:
        return int(self._scripts["turn"](keys=self._keys(conversation_id)[1:], args=[ticket]))

    def finish(self, conversation_id: str, ticket: int) -> None:
        self._scripts["finish"](keys=self._keys(conversation_id)[1:], args=[ticket])

    async def wait_for_turn(self, conversation_id: str, ticket: int) -> None:
        while True:
            turn = self.turn(conversation_id, ticket)
            if turn == 1:
                return
            if turn == -1:
                raise LockError(f"The lock ticket of a conversation expired ({ticket}).")
            await asyncio.sleep(POLL_S)


def _redis_client(config: EndpointConfig) -> redis.Redis[bytes]:
    options = config.kwargs
    return redis.Redis(
        host=config.url or "localhost",
        port=int(options.get("port") or 6379),
        db=int(options.get("db") or 0),
        password=options.get("password") or None,
        ssl=is_switched_on(options.get("use_ssl")),
        # The certificate must come from a system CA or this CA file, and name the host: redis-py
        # checks no name by default, so any certificate from such a CA would pass.
        ssl_ca_certs=options.get("ssl_ca_certs") or None,
        ssl_cert_reqs="required",
        ssl_check_hostname=True,
        socket_timeout=float(options.get("socket_timeout") or 10),
    )


class ConversationLockStore(LockStore):
    """The lock store endpoints.yml names: in memory for one process, Redis for replicas."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__()
        backend = str(endpoint_config.kwargs.get("backend") or "in_memory")
        if backend not in BACKENDS:
            raise ValueError(f"lock store backend must be one of {BACKENDS}, not {backend!r}")
        # Rasa allows several Sanic workers with any custom lock store; in memory they would not
        # share their locks.
        if backend == "in_memory" and int(os.environ.get("SANIC_WORKERS") or 1) > 1:
            raise ValueError("SANIC_WORKERS > 1 needs STEUNWIJZER_LOCK_STORE_TYPE=redis")
        self.backend = backend
        self._memory = InMemoryLockStore() if backend == "in_memory" else None
        self._queue = (
            RedisTicketQueue(
                _redis_client(endpoint_config),
                conversation_secret(load_settings()),
                f"{endpoint_config.kwargs.get('key_prefix') or 'steunwijzer'}:lock:",
            )
            if backend == "redis"
            else None
        )

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncIterator[TicketLock]:
        if self._memory is not None:
            async with self._memory.lock(
                conversation_id, lock_lifetime, wait_time_in_seconds
            ) as held:
                yield held
            return
        assert self._queue is not None
        ticket = self._queue.issue(conversation_id, lock_lifetime)
        try:
            await self._queue.wait_for_turn(conversation_id, ticket)
            yield TicketLock(conversation_id)
        finally:
            self._queue.finish(conversation_id, ticket)
