"""First delivery wins: WhatsApp message ids in the app database, shared by every replica.

`first_delivery` inserts (channel, message id); the unique constraint refuses a repeat, on SQLite and
PostgreSQL alike, also when two replicas get the same message at the same moment. The rows also say
when a conversation last wrote, for the 24-hour window (`ReplyWindow`). Rows are kept a little longer
than Meta retries (7 days), then `prune` removes them.

Synchronous SQLAlchemy: the channels call these functions in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.messaging import REPLY_WINDOW, window_open
from bot.channels.models import ChannelMessage
from bot.db import rows_affected

# Meta retries a webhook for up to 7 days; a day more covers clock differences.
KEEP_FOR = timedelta(days=8)
# Closed windows are forgotten once memory holds this many conversations (then twice the open ones).
FORGET_FROM = 1000


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def first_delivery(
    sessions: sessionmaker[Session],
    channel: str,
    message_id: str,
    conversation_key: str,
    sent_at: datetime,
) -> bool:
    """Records the message; True the first time, False for every repeat of the same id."""
    with sessions() as session:
        session.add(
            ChannelMessage(
                channel=channel,
                message_id=message_id,
                conversation_key=conversation_key,
                received_at=sent_at,
            )
        )
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def last_user_message_at(
    sessions: sessionmaker[Session], channel: str, conversation_key: str
) -> datetime | None:
    with sessions() as session:
        return session.execute(
            select(func.max(ChannelMessage.received_at)).where(
                ChannelMessage.channel == channel,
                ChannelMessage.conversation_key == conversation_key,
            )
        ).scalar_one_or_none()


def prune(sessions: sessionmaker[Session], now: datetime | None = None) -> int:
    """Removes rows older than `KEEP_FOR`; returns how many."""
    cutoff = (now or _utc_now()) - KEEP_FOR
    with sessions() as session:
        result = session.execute(delete(ChannelMessage).where(ChannelMessage.received_at < cutoff))
        session.commit()
        return rows_affected(result)


class ReplyWindow:
    """When each conversation last wrote, to keep to WhatsApp's 24-hour rule.

    In memory for the replies that follow a message at once; from the database when this process
    has not seen the conversation (another replica received its last message, or a restart).
    """

    def __init__(
        self,
        lookup: Callable[[str], datetime | None],
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._lookup = lookup
        self._clock = clock
        self._last: dict[str, datetime] = {}
        self._forget_at = FORGET_FROM

    def note(self, conversation_key: str, sent_at: datetime) -> None:
        known = self._last.get(conversation_key)
        if known is None or sent_at > known:
            self._last[conversation_key] = sent_at
        self._forget_closed()

    def is_open(self, conversation_key: str) -> bool:
        """Checks the database when memory has no open window (a blocking call)."""
        now = self._clock()
        if window_open(self._last.get(conversation_key), now):
            return True
        stored = self._lookup(conversation_key)
        if stored is not None:
            self.note(conversation_key, stored)
        return window_open(stored, now)

    def _forget_closed(self) -> None:
        # Keeps memory bounded by the conversations of the last day, at a cost spread thin.
        if len(self._last) < self._forget_at:
            return
        cutoff = self._clock() - REPLY_WINDOW
        self._last = {key: at for key, at in self._last.items() if at >= cutoff}
        self._forget_at = max(FORGET_FROM, 2 * len(self._last))
