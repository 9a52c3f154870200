"""The load benchmark's own Redis (`--rasa-workers 2`): it answers while the bench runs and is gone
after, so a bench never leaves a server behind."""

from __future__ import annotations

import pytest
import redis

from bot.bench.load import private_redis


def test_the_bench_redis_answers_while_running_and_is_stopped_after() -> None:
    with private_redis(needed=True) as port:
        assert port is not None
        client = redis.Redis(host="127.0.0.1", port=port)
        assert client.set("lock", "1") and client.get("lock") == b"1"
    with pytest.raises(redis.ConnectionError):
        redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1).ping()


def test_no_redis_is_started_for_one_worker() -> None:
    with private_redis(needed=False) as port:
        assert port is None
