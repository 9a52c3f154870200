"""Doubling waits between tries, shared by the outbox (aanmeldingen) and the live chat's delivery."""

from __future__ import annotations

from datetime import timedelta


def doubling_delay(attempts: int, first: timedelta, cap: timedelta) -> timedelta:
    """Wait after the `attempts`-th failed try: first, 2 × first, 4 × first ..., at most `cap`."""
    delay: timedelta = first * 2 ** max(attempts - 1, 0)
    return min(delay, cap)
