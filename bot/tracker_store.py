"""Rasa's SQL tracker store, with each conversation's tracker kept in memory between its turns.

Rasa's SQLTrackerStore reads every event of the session at the start of each turn and rebuilds the
tracker from them: 14 ms for the 267 events of a finished intake on this machine, of which 8.6 ms
replaying the events and 3.5 ms the query (docs/performance.md). That is most of why a late turn of
the intake is slower than an early one.

`ConversationTrackerStore` keeps the tracker it saved, with a mark of what the database held right
after: the number of the sender's events and the highest event id. The next turn asks the database
for that mark again (one indexed query) and gets the kept tracker only when nothing changed; any
other writer shows in the mark and the tracker is read from the database as before:
- the worker's erasure and the retention job delete events (the count drops);
- another Rasa replica saved a turn of the same conversation (the highest id grows);
- a turn that failed before its save: the tracker was taken out of memory when the turn began, so
  its half-done events are never handed out again.

A kept tracker is handed out once (taken out of memory) and comes back only with its next save, so
two readers never share one tracker object. It is kept only when it holds exactly the events Rasa's
own query returns (the latest session), so what the policies see does not depend on the memory.
At most `max_conversations` trackers are kept, the least recently saved ones go first.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

# About 0.3-0.5 MB each for a finished intake: 128 conversations stay well inside Rasa's memory
# budget (docs/performance.md) and hold every caregiver of a busy hour's concurrent peak.
MAX_CONVERSATIONS = 128

_Mark = tuple[int, int | None]


class ConversationTrackerStore(SQLTrackerStore):
    """The SQL tracker store named in endpoints.yml; see the module docstring."""

    def __init__(self, *args: Any, max_conversations: int = MAX_CONVERSATIONS, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.max_conversations = int(max_conversations)
        self._kept: OrderedDict[str, tuple[_Mark, DialogueStateTracker]] = OrderedDict()

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        kept = self._kept.pop(sender_id, None)
        if kept is not None:
            mark, tracker = kept
            with self.session_scope() as session:
                if self._mark(session, sender_id) == mark:
                    return tracker
        return await super().retrieve(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._kept.pop(tracker.sender_id, None)
        await super().save(tracker)
        if self.max_conversations <= 0:
            return
        with self.session_scope() as session:
            in_session = self._event_query(
                session, tracker.sender_id, fetch_events_from_all_sessions=False
            ).count()
            if in_session != len(tracker.events):
                # A new session began in this turn: Rasa reads back only its events.
                return
            mark = self._mark(session, tracker.sender_id)
        self._kept[tracker.sender_id] = (mark, tracker)
        while len(self._kept) > self.max_conversations:
            self._kept.popitem(last=False)

    def _mark(self, session: Any, sender_id: str) -> _Mark:
        events = self.SQLEvent
        count, last_id = session.execute(
            sa.select(sa.func.count(events.id), sa.func.max(events.id)).where(
                events.sender_id == sender_id
            )
        ).one()
        return int(count), last_id
