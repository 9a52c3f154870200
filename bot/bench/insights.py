"""Insights benchmark (issue 19): what counting costs a turn, and how fast the dashboard answers.

    .venv/bin/python -m bot.bench.insights [--per-week 20000] [--database-url sqlite:///...]

1. The write: the events a turn records (none on most turns; 1 to 6 when a moment is reached) are
   stored in one transaction, as the write-behind buffer's thread does with a batch
   (bot.insights.buffer); the median and p95 of that, of what the turn itself now does (append to
   the buffer, `EventBuffer.add`), and of deriving the events from the state (`events_of_turn`).
2. The dashboard: a year of a gemeente with `--per-week` conversations a week (the simulated
   caregivers of bot.insights.demo): fifty finished weeks as weekly counts and the two newest as
   events, as the hourly roll-up leaves them. Then the time of `dashboard` for the year and for
   the quarter. Fresh SQLite file in a temporary folder unless --database-url is given.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from bot.conversation.insights import events_of_turn
from bot.conversation.state import ConversationState, Progress
from bot.db import (
    Base,
    create_db_engine,
    create_session_factory,
    session_factory_for,
    use_write_ahead_log,
)
from bot.insights import recording
from bot.insights.aggregation import Period, dashboard
from bot.insights.buffer import EventBuffer
from bot.insights.demo import simulated_events
from bot.insights.events import Event, week_of
from bot.insights.models import InsightWeek
from bot.insights.rollup import roll_up
from bot.intake.dialogue import Turn


class _Services:
    """Just what events_of_turn asks of the port."""

    today = date(2026, 12, 3)
    channel = "web"

    def local_needs(self, offer_ids: object) -> frozenset[str]:
        return frozenset({"even_vrij"})


def _ms(samples: list[float], digits: int = 2) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    median = statistics.median(ordered) * 1000
    return f"median {median:.{digits}f} ms, p95 {p95 * 1000:.{digits}f} ms"


def bench_write(url: str, turns: int = 300) -> None:
    sessions = session_factory_for(url)  # the process's pool, as DatabaseServices uses it
    week = week_of(date(2026, 12, 3))
    moment = [Event("conversation", week, gemeente="GM0193", channel="web")]
    offers = [Event("need", week, gemeente="GM0193", need="even_vrij", met=True)] + [
        Event("offer_shown", week, gemeente="GM0193", offer_id=f"gm0193_offer_{i}")
        for i in range(3)
    ]
    for name, events in (("1 event (a moment reached)", moment), ("4 events (offers)", offers)):
        samples = []
        for _ in range(turns):
            start = time.perf_counter()
            recording.store(sessions, events)
            samples.append(time.perf_counter() - start)
        print(f"store, {name}: {_ms(samples)}")
    # The turn's part since the write went behind it: append to the buffer (its thread, started
    # by the first add, writes them meanwhile, as in the action server).
    buffer = EventBuffer(sessions)
    for name, events in (("1 event", moment), ("4 events", offers)):
        samples = []
        for _ in range(turns):
            start = time.perf_counter()
            buffer.add(events)
            samples.append(time.perf_counter() - start)
        print(f"buffer add (the turn's part), {name}: {_ms(samples, digits=4)}")
    buffer.close()
    before = ConversationState(gemeente="GM0193")
    after = ConversationState(gemeente="GM0193", progress=Progress(summary_confirmed=True))
    samples = []
    for _ in range(turns):
        start = time.perf_counter()
        events_of_turn(before, after, Turn("ja", "affirm"), _Services())  # type: ignore[arg-type]
        samples.append(time.perf_counter() - start)
    print(f"events_of_turn (intake confirmed): {_ms(samples)}")


def bench_dashboard(url: str, per_week: int, today: date) -> None:
    engine = create_db_engine(url)
    sessions = create_session_factory(engine)
    # One week of simulated events, counted as the hourly roll-up would after a week without it.
    offers = ["gm0193_a", "gm0193_b", "gm0193_c"]
    events = simulated_events("GM0193", per_week, today, offers, weeks=1)
    recording.store(sessions, events)
    start = time.perf_counter()
    counted = roll_up(sessions)
    print(f"roll-up of a whole week ({counted} events): {time.perf_counter() - start:.2f} s")
    # The same counts for the 51 weeks before it: a year of weekly counts.
    this_week = week_of(today)
    with sessions() as session, session.begin():
        rows = [
            {c.name: getattr(r, c.name) for c in InsightWeek.__table__.columns}
            for r in session.execute(select(InsightWeek)).scalars()
        ]
        for back in range(1, 52):
            week = this_week - timedelta(weeks=back)
            session.execute(insert(InsightWeek), [{**row, "week": week} for row in rows])
    # And the events of the last hour, not counted yet.
    hour = len(events) // (7 * 24)
    recording.store(sessions, events[:hour])
    print(
        f"a year of GM0193 at {per_week} conversations a week: {len(rows)} counts a week, "
        f"{hour} events of the last hour not counted yet"
    )
    for key in (str(today.year), f"{today.year}-Q{(today.month - 1) // 3 + 1}"):
        period = Period.parse(key)
        assert period is not None
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            figures = dashboard(sessions, ["GM0193"], period)
            samples.append(time.perf_counter() - start)
        print(f"dashboard {key} ({figures.conversations.text} conversations): {_ms(samples)}")
    engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-week", type=int, default=20_000)
    parser.add_argument("--database-url")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.db'}"
        engine = create_db_engine(url)
        Base.metadata.create_all(engine)
        engine.dispose()
        use_write_ahead_log(url)  # as bot.prepare sets it up for the product
        bench_write(url)
        bench_dashboard(url, args.per_week, date(2026, 12, 3))


if __name__ == "__main__":
    main()
