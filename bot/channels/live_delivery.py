"""Delivers the consultant's (and the live chat's own) messages to the caregiver's channel.

The portal writes them to `live_messages` (bot.live.store); every Rasa replica runs this loop
for the channels it serves: for the widget the replica that holds the caregiver's socket (the
others skip it), for WhatsApp any of them.

At least once, sent by one replica at a time: a message is claimed with a lease (one conditional
UPDATE), sent, and only then marked delivered. A failed send is tried again after a few seconds,
growing to a minute, until `max_attempts` tries or `max_age` after the message was written; then
it is marked failed and the consultant sees "Niet afgeleverd" in the portal. A replica that dies
while sending leaves a lease that runs out, and another replica sends the message again; that,
and a WhatsApp message in several parts of which a later one failed, are the repeats. State is only in the database, so a restart or a second replica loses nothing.
Logs name the channel and counts, never text or address.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session, sessionmaker

from bot.backoff import doubling_delay
from bot.live import store as live
from bot.live.store import Claim, Outgoing

logger = logging.getLogger(__name__)
INTERVAL_S = 1.0


@dataclass(frozen=True)
class RetryPolicy:
    first_delay: timedelta = timedelta(seconds=2)
    max_delay: timedelta = timedelta(minutes=1)
    max_attempts: int = 10
    # A live chat moves on: an answer older than this is no use to the caregiver any more.
    max_age: timedelta = timedelta(minutes=10)
    # Longer than one send can take (a WhatsApp post retries for up to about a minute), so a
    # lease runs out only when its replica is gone.
    lease: timedelta = timedelta(minutes=2)

    def delay(self, attempts: int) -> timedelta:
        """Wait after the `attempts`-th failed try: 2, 4, 8 ... seconds, at most a minute."""
        return doubling_delay(attempts, self.first_delay, self.max_delay)

    def gives_up(self, held: Claim, now: datetime) -> bool:
        return held.attempts >= self.max_attempts or now - held.created_at >= self.max_age


DEFAULT_POLICY = RetryPolicy()


@dataclass
class DeliveryReport:
    """Counts only: what a round did, for logs and tests."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class LiveDelivery:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        channels: tuple[str, ...],
        send: Callable[[Outgoing], Awaitable[bool]],
        can_reach: Callable[[Outgoing], bool] = lambda _: True,
        clock: Callable[[], datetime] = _utc_now,
        policy: RetryPolicy = DEFAULT_POLICY,
    ) -> None:
        self.sessions = sessions
        self.channels = channels
        self.send = send
        self.can_reach = can_reach
        self.clock = clock
        self.policy = policy

    def _pending(self) -> list[Outgoing]:
        with self.sessions() as session:
            return live.undelivered(session, self.channels, self.clock())

    def _claim(self, message_id: int) -> Claim | None:
        with self.sessions() as session, session.begin():
            return live.claim(session, message_id, self.clock(), self.policy.lease)

    def _record(self, held: Claim, sent: bool, report: DeliveryReport) -> None:
        now = self.clock()
        with self.sessions() as session, session.begin():
            if sent:
                live.mark_delivered(session, held, now)
                report.sent += 1
            elif self.policy.gives_up(held, now):
                live.mark_failed(session, held, now)
                report.failed += 1
            else:
                live.retry_later(session, held, now + self.policy.delay(held.attempts))
                report.retrying += 1

    async def _try(self, outgoing: Outgoing) -> bool:
        """True when the channel took the message; False (logged) when it did not."""
        try:
            return await self.send(outgoing)
        except Exception as error:
            logger.error(
                "live chat: a message to %s failed (%s)", outgoing.channel, type(error).__name__
            )
            return False

    async def run_round(self) -> DeliveryReport:
        """Sends what is due and reachable from here, at most one try per message."""
        report = DeliveryReport()
        stalled: set[str] = set()  # chats whose earlier message did not go: keep the order
        for outgoing in await asyncio.to_thread(self._pending):
            if outgoing.chat_id in stalled or not self.can_reach(outgoing):
                continue
            held = await asyncio.to_thread(self._claim, outgoing.id)
            if held is None:
                stalled.add(outgoing.chat_id)  # another replica has it
                continue
            sent = await self._try(outgoing)
            if not sent:
                stalled.add(outgoing.chat_id)
            await asyncio.to_thread(self._record, held, sent, report)
        if report.retrying or report.failed:
            logger.warning(
                "live chat %s: sent=%d retrying=%d failed=%d",
                "/".join(self.channels),
                report.sent,
                report.retrying,
                report.failed,
            )
        return report

    async def run_once(self) -> int:
        """One round; the number sent."""
        return (await self.run_round()).sent

    async def run_forever(self, interval: float = INTERVAL_S) -> None:
        while True:
            try:
                await self.run_round()
            except Exception as error:  # the database may be away for a moment
                logger.error("live chat delivery: %s", type(error).__name__)
            await asyncio.sleep(interval)
