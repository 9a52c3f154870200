"""Calls to the provider's API: retried on 429 and 5xx with backoff, not on other errors."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

from bot.channels.sending import ApiResult, RetryPolicy, error_code, post_with_retry
from tests.channels.fakes import FakeGraphApi
from tests.support import free_port

FAST = RetryPolicy(attempts=3, first_delay_s=0.01, max_delay_s=0.05, timeout_s=5)
TEXT = {
    "messaging_product": "whatsapp",
    "to": "31612345678",
    "type": "text",
    "text": {"body": "Hoi"},
}


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with FakeGraphApi() as fake:
        yield fake


def _post(
    url: str, body: dict[str, Any], token: str = "test-access-token", **kwargs: Any
) -> tuple[ApiResult, list[float]]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def main() -> ApiResult:
        async with aiohttp.ClientSession() as session:
            return await post_with_retry(
                session,
                url,
                json=body,
                headers={"Authorization": f"Bearer {token}"},
                sleep=sleep,
                **{"policy": FAST, **kwargs},
            )

    return asyncio.run(main()), waits


def _messages_url(graph: FakeGraphApi) -> str:
    return f"{graph.url}/{graph.version}/{graph.phone_number_id}/messages"


def test_a_message_is_sent_once(graph: FakeGraphApi) -> None:
    result, waits = _post(_messages_url(graph), TEXT)

    assert result.ok and result.body["messages"][0]["id"].startswith("wamid.")
    assert graph.sent == [TEXT]
    assert waits == []


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_a_passing_failure_is_retried_and_delivered_once(graph: FakeGraphApi, status: int) -> None:
    graph.fail_next(status)

    result, waits = _post(_messages_url(graph), TEXT)

    assert result.ok
    assert [call.status for call in graph.calls] == [status, 200]
    assert graph.sent == [TEXT]
    assert len(waits) == 1


def test_backoff_grows(graph: FakeGraphApi) -> None:
    graph.fail_next(500, times=2)
    policy = RetryPolicy(attempts=3, first_delay_s=1.0, max_delay_s=60.0)

    result, waits = _post(_messages_url(graph), TEXT, policy=policy)

    assert result.ok
    assert 0.8 <= waits[0] <= 1.2 and 1.6 <= waits[1] <= 2.4


def test_it_gives_up_after_the_last_attempt(graph: FakeGraphApi) -> None:
    graph.fail_next(500, times=5)

    result, waits = _post(_messages_url(graph), TEXT)

    assert (result.ok, result.status) == (False, 500)
    assert len(graph.calls) == FAST.attempts
    assert len(waits) == FAST.attempts - 1
    assert graph.sent == []


@pytest.mark.parametrize(
    ("body", "token", "status", "code"),
    [
        ({**TEXT, "text": {"body": ""}}, "test-access-token", 400, "100"),
        (TEXT, "wrong-token", 401, "190"),
    ],
)
def test_a_refusal_is_not_retried(
    graph: FakeGraphApi, body: dict, token: str, status: int, code: str
) -> None:
    result, waits = _post(_messages_url(graph), body, token=token)

    assert (result.status, error_code(result)) == (status, code)
    assert len(graph.calls) == 1 and waits == []


def test_no_server_is_retried_then_reported() -> None:
    result, waits = _post(f"http://127.0.0.1:{free_port()}/v21.0/1/messages", TEXT)

    assert result.status == 0
    assert len(waits) == FAST.attempts - 1


@pytest.mark.parametrize(("header", "expected"), [("2", 2.0), ("120", 8.0), ("soon", None)])
def test_retry_after_is_honoured_up_to_a_limit(header: str, expected: float | None) -> None:
    delay = RetryPolicy().delay(1, header)

    if expected is None:
        assert 0.4 <= delay <= 0.6
    else:
        assert delay == expected
