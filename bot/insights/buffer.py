"""Write-behind for the conversation's events: the turn appends them, a thread writes them.

The conversation records a turn's events (`bot.conversation.services.DatabaseServices.record`)
by appending them to its database's buffer (`buffer_for`): a lock and a list, microseconds. A
daemon thread of the process writes what is waiting once a second (`INTERVAL_S`), or at once when
`BATCH` events wait, in one transaction per batch (`recording.add`: one INSERT). `close` writes
the rest; it runs at the process's orderly exit (atexit: the action server stops on SIGINT and
SIGTERM through Sanic's handlers and returns normally).

- A process that is killed (SIGKILL, a crash, the machine) loses what it had not written yet:
  at most about the last second of anonymous counts. Only counts go this way: an aanmelding is
  stored in the turn, before the caregiver hears its reference (`bot.handoff.store`).
- A failing database never reaches the turn. A batch that fails because the database is away or
  locked (`OperationalError`) goes back to the front and is tried again at the next tick; at most
  `MAX_PENDING` events wait, beyond that the oldest are dropped. A batch that fails in any other
  way is dropped at once (it would fail the same way again). Each failure is logged with the
  error's type and a count, never the events.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.db import session_factory_for
from bot.insights.events import Event
from bot.insights.recording import add

logger = logging.getLogger(__name__)

INTERVAL_S = 1.0  # what a killed process may lose: about this much of the counts
BATCH = 500  # events per INSERT; this many waiting wake the writer at once
MAX_PENDING = 10_000  # events kept while the database is away (minutes of a busy deployment)
CLOSE_TIMEOUT_S = 10.0


class EventBuffer:
    """One database's events waiting to be written, and the thread that writes them."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        interval_s: float = INTERVAL_S,
        batch: int = BATCH,
        max_pending: int = MAX_PENDING,
    ) -> None:
        self._sessions = sessions
        self._interval_s = interval_s
        self._batch = batch
        self._max_pending = max_pending
        self._pending: list[Event] = []
        self._pending_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one writer at a time: the thread, a test, close
        self._wake = threading.Event()
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None
        self.dropped = 0  # events given up on since the start
        self._dropped_logged = 0

    @property
    def pending(self) -> int:
        with self._pending_lock:
            return len(self._pending)

    def add(self, events: Sequence[Event]) -> None:
        """The turn's part: append, and start the writer on first use. Never touches the database.

        Events without a gemeente are not kept (`recording.add` would not store them)."""
        kept = [event for event in events if event.gemeente is not None]
        if not kept:
            return
        with self._pending_lock:
            self._pending.extend(kept)
            self._drop_oldest()
            full = len(self._pending) >= self._batch
            start = self._thread is None and not self._closed.is_set()
            if start:
                # Started on first use, not at import: a server that forks its workers forks
                # before any turn, and each worker gets its own thread.
                self._thread = threading.Thread(
                    target=self._run, name="insights-writer", daemon=True
                )
        if start and self._thread is not None:
            self._thread.start()
        if full:
            self._wake.set()

    def flush(self) -> int:
        """Write everything waiting now, in batches; how many events were written. Never raises:
        a failure is logged, and what the database was away for waits for the next flush."""
        written = 0
        with self._write_lock:
            while True:
                with self._pending_lock:
                    batch = self._pending[: self._batch]
                    del self._pending[: len(batch)]
                if not batch:
                    break
                try:
                    with self._sessions() as session, session.begin():
                        add(session, batch)
                except OperationalError as error:  # away or locked: try again at the next tick
                    with self._pending_lock:
                        self._pending[:0] = batch
                        self._drop_oldest()
                        waiting = len(self._pending)
                    logger.error(
                        "insights not stored yet: %s; %d events wait",
                        type(error).__name__,
                        waiting,
                    )
                    break
                except Exception as error:  # would fail again: give the batch up
                    with self._pending_lock:
                        self.dropped += len(batch)
                    logger.error(
                        "insights not stored: %s; %d events dropped",
                        type(error).__name__,
                        len(batch),
                    )
                    continue
                written += len(batch)
        self._log_dropped()
        return written

    def close(self) -> None:
        """Stop the writer and write what is left (the process's orderly exit); once."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(CLOSE_TIMEOUT_S)
        self.flush()

    def _run(self) -> None:
        while not self._closed.is_set():
            self._wake.wait(self._interval_s)
            self._wake.clear()
            if not self._closed.is_set():
                self.flush()

    def _drop_oldest(self) -> None:
        """Keep at most max_pending events waiting (call with the pending lock held)."""
        over = len(self._pending) - self._max_pending
        if over > 0:
            del self._pending[:over]
            self.dropped += over

    def _log_dropped(self) -> None:
        with self._pending_lock:
            new = self.dropped - self._dropped_logged
            self._dropped_logged = self.dropped
        if new > 0:
            logger.error("insights: %d events dropped while the database was away", new)


_buffers: dict[str, EventBuffer] = {}
_buffers_lock = threading.Lock()


def buffer_for(database_url: str) -> EventBuffer:
    """The process's one buffer for this database, on the process's one pool (bot.db)."""
    with _buffers_lock:
        found = _buffers.get(database_url)
        if found is None:
            found = _buffers[database_url] = EventBuffer(session_factory_for(database_url))
        return found


def flush_all() -> int:
    """Write what every buffer of the process holds now (tests; the exit)."""
    with _buffers_lock:
        buffers = list(_buffers.values())
    return sum(buffer.flush() for buffer in buffers)


@atexit.register
def close_all() -> None:
    with _buffers_lock:
        buffers = list(_buffers.values())
    for buffer in buffers:
        buffer.close()
