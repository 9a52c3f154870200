"""Calls to the WhatsApp provider's API: async (aiohttp, as Rasa ships it), with a timeout, and
retried with exponential backoff on 429 and 5xx answers and on network errors.

A retried call can in rare cases deliver twice (the provider sent it but its answer was lost); the
alternative, giving up, loses the reply. Errors are logged by status only: the request holds a phone
number and the message text.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    first_delay_s: float = 0.5
    max_delay_s: float = 8.0
    timeout_s: float = 10.0

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based): Retry-After when the
        provider gives one, else exponential with jitter, at most `max_delay_s`."""
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_delay_s)
        base: float = self.first_delay_s * 2 ** (attempt - 1)
        return min(base * random.uniform(0.8, 1.2), self.max_delay_s)


DEFAULT_POLICY = RetryPolicy()


@dataclass(frozen=True)
class ApiResult:
    status: int  # 0: no answer (network error or timeout)
    body: Any = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


async def post_with_retry(
    session: aiohttp.ClientSession,
    url: str,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    what: str = "message",
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    **request: Any,
) -> ApiResult:
    """POST `url` (keyword arguments as for `session.post`: json=, data=, headers=, auth=) until it
    succeeds, fails for good (4xx other than 429), or the attempts run out."""
    result = ApiResult(0)
    for attempt in range(1, policy.attempts + 1):
        retry_after = None
        try:
            timeout = aiohttp.ClientTimeout(total=policy.timeout_s)
            async with session.post(url, timeout=timeout, **request) as response:
                result = ApiResult(response.status, await _body(response))
                retry_after = response.headers.get("Retry-After")
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            result = ApiResult(0, type(exc).__name__)
        if result.ok:
            return result
        if result.status and result.status not in RETRY_STATUSES:
            logger.error(
                "Sending a %s failed: HTTP %s (error code %s), not retried",
                what,
                result.status,
                error_code(result),
            )
            return result
        if attempt < policy.attempts:
            logger.warning(
                "Sending a %s failed (%s), try %s of %s",
                what,
                result.status or result.body,
                attempt,
                policy.attempts,
            )
            await sleep(policy.delay(attempt, retry_after))
    logger.error("Sending a %s failed after %s tries", what, policy.attempts)
    return result


async def _body(response: aiohttp.ClientResponse) -> Any:
    try:
        return await response.json(content_type=None)
    except (ValueError, aiohttp.ClientError):
        return None


def error_code(result: ApiResult) -> str | None:
    """The provider's error code (Meta: error.code, Twilio: code), for logs without content."""
    body = result.body
    if isinstance(body, Mapping):
        error = body.get("error")
        code = error.get("code") if isinstance(error, Mapping) else body.get("code")
        return None if code is None else str(code)
    return None
