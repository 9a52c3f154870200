"""Delivers the consultant's (and the live chat's own) messages to the caregiver's channel.

The portal writes them to `live_messages` (bot.live.store); every Rasa replica runs this loop
for the channels it serves. A message is claimed with a conditional UPDATE before it is sent, so
exactly one replica sends it: for the widget the one that holds the caregiver's socket (the
others skip it), for WhatsApp any of them. State is only in the database, so a restart or a
second replica loses nothing. Logs name the channel and a count, never text or address.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone

from sqlalchemy.orm import Session, sessionmaker

from bot.live import store as live
from bot.live.store import Outgoing

logger = logging.getLogger(__name__)
INTERVAL_S = 1.0


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
    ) -> None:
        self.sessions = sessions
        self.channels = channels
        self.send = send
        self.can_reach = can_reach
        self.clock = clock

    def _pending(self) -> list[Outgoing]:
        with self.sessions() as session:
            return live.undelivered(session, self.channels)

    def _claim(self, message_id: int) -> bool:
        with self.sessions() as session, session.begin():
            return live.mark_delivered(session, message_id, self.clock())

    async def run_once(self) -> int:
        """Sends what is due and reachable from here; the number sent."""
        sent = 0
        for outgoing in await asyncio.to_thread(self._pending):
            if not self.can_reach(outgoing):
                continue
            if not await asyncio.to_thread(self._claim, outgoing.id):
                continue  # another replica has it
            try:
                if await self.send(outgoing):
                    sent += 1
            except Exception as error:
                logger.error(
                    "live chat: a message to %s failed (%s)", outgoing.channel, type(error).__name__
                )
        return sent

    async def run_forever(self, interval: float = INTERVAL_S) -> None:
        while True:
            try:
                await self.run_once()
            except Exception as error:  # the database may be away for a moment
                logger.error("live chat delivery: %s", type(error).__name__)
            await asyncio.sleep(interval)
