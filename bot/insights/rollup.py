"""Weekly counts: what the dashboard reads, so a year of a busy gemeente is counted at once.

The conversation writes one small row per event (bot.insights.recording). `roll_up` adds the
events to their week's counts per gemeente in `insight_weeks` (one row per gemeente, week, kind,
dimension and value) and deletes them. The worker runs it every hour (with retention) and a
dashboard view before it reads: a single caregiver's row is kept an hour or so, and the dashboard
reads a few hundred counts per week instead of every event. Events not counted yet are read
from the events table itself; `Reader.read` gives the same answer either way.

A dimension is one or two of an event's columns (`need` with `met`, `days` with `on_time`),
stored as text ("even_vrij|True"); a missing value is "", so the counts of one dimension add up to
the events of their kind.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from bot.db import read_one_snapshot, rows_affected
from bot.insights.models import InsightEvent, InsightWeek

# Per kind, the column groups the dashboard (or a later one) counts by.
DIMENSIONS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "conversation": (("channel",), ("demo",)),
    "intake": (
        ("channel",),
        ("relation",),
        ("condition",),
        ("hours_band",),
        ("duration_band",),
        ("age_group",),
        ("besides",),
    ),
    "check": (("channel",), ("instrument", "band")),
    "need": (("need", "met"),),
    "offer_shown": (("offer_id",),),
    "offer_opened": (("offer_id",),),
    "handoff": (("urgency",),),
    "first_contact": (("urgency",), ("days", "on_time")),
    "handled": (("urgency",),),
    "live_requested": (("channel",),),
    "live_taken": (("minutes",),),
    "live_expired": (("demo",),),
}
_BOOLEANS = {"met", "on_time", "demo"}
_INTEGERS = {"days", "minutes"}
BATCH = 200  # count rows per INSERT: well within SQLite's limit on bound values


def _dimension(columns: Sequence[str]) -> str:
    return "+".join(columns)


def _encode(values: Iterable[Any]) -> str:
    return "|".join("" if value is None else str(value) for value in values)


def _decode(columns: Sequence[str], text: str) -> tuple[Any, ...]:
    decoded: list[Any] = []
    for column, part in zip(columns, text.split("|"), strict=True):
        if part == "":
            decoded.append(None)
        elif column in _BOOLEANS:
            decoded.append(part == "True")
        elif column in _INTEGERS:
            decoded.append(int(part))
        else:
            decoded.append(part)
    return tuple(decoded)


def roll_up(sessions: sessionmaker[Session]) -> int:
    """Count every event into its week's counts and delete it; how many events were counted.

    Safe to run from several processes at once (the worker hourly, a dashboard view): the events
    are first claimed with a random token by one UPDATE, so each is counted by exactly one run,
    and the counts are added with INSERT ... ON CONFLICT DO UPDATE (PostgreSQL and SQLite)."""
    token = secrets.token_hex(16)
    with sessions() as session, session.begin():
        claimed = rows_affected(
            session.execute(
                update(InsightEvent)
                .where(InsightEvent.claim.is_(None))
                .values(claim=token)
                .execution_options(synchronize_session=False)
            )
        )
        if not claimed:
            return 0
        rows = []
        for kind, groups in DIMENSIONS.items():
            for columns in groups:
                fields = [getattr(InsightEvent, c) for c in columns]
                query = (
                    select(InsightEvent.gemeente, InsightEvent.week, *fields, func.count())
                    .where(
                        InsightEvent.claim == token,
                        InsightEvent.kind == kind,
                        InsightEvent.gemeente.is_not(None),
                    )
                    .group_by(InsightEvent.gemeente, InsightEvent.week, *fields)
                )
                for gemeente, week, *values, count in session.execute(query):
                    rows.append(
                        {
                            "gemeente": gemeente,
                            "week": week,
                            "kind": kind,
                            "dimension": _dimension(columns),
                            "value": _encode(values),
                            "count": int(count),
                        }
                    )
        for first in range(0, len(rows), BATCH):
            _add_counts(session, rows[first : first + BATCH])
        session.execute(
            delete(InsightEvent)
            .where(InsightEvent.claim == token)
            .execution_options(synchronize_session=False)
        )
    return claimed


def _add_counts(session: Session, rows: list[dict[str, Any]]) -> None:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(InsightWeek).values(rows)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["gemeente", "week", "kind", "dimension", "value"],
            set_={"count": InsightWeek.count + statement.excluded["count"]},
        )
    )


class Reader:
    """The counts of some gemeenten in some weeks, for one dashboard: the weekly counts, and the
    events of the weeks not counted yet, read once per kind (grouped by all its dimensions).

    Give it a fresh session: it reads in one snapshot, so a roll-up by another process while it
    reads is seen entirely or not at all, and no event is counted twice or missed."""

    def __init__(
        self, session: Session, gemeenten: Sequence[str], first_week: date, last_week: date
    ) -> None:
        read_one_snapshot(session)
        self.session = session
        self.gemeenten = list(gemeenten)
        self.first_week = first_week
        self.last_week = last_week
        self._live: dict[str, list[tuple[Any, ...]]] = {}
        self._columns: dict[str, list[str]] = {}

    def _live_rows(self, kind: str) -> list[tuple[Any, ...]]:
        """(count, *values of every column of the kind's dimensions), grouped."""
        if kind not in self._live:
            columns = list(dict.fromkeys(c for group in DIMENSIONS[kind] for c in group))
            fields = [getattr(InsightEvent, c) for c in columns]
            query = (
                select(func.count(), *fields)
                .where(
                    InsightEvent.gemeente.in_(self.gemeenten),
                    InsightEvent.kind == kind,
                    InsightEvent.week >= self.first_week,
                    InsightEvent.week <= self.last_week,
                )
                .group_by(*fields)
            )
            self._live[kind] = [tuple(row) for row in self.session.execute(query)]
            self._columns[kind] = columns
        return self._live[kind]

    def read(self, kind: str, columns: Sequence[str]) -> dict[tuple[Any, ...], int]:
        """The counts of `kind` by `columns` (one of its DIMENSIONS), rolled up or not."""
        if tuple(columns) not in DIMENSIONS[kind]:
            raise ValueError(f"{kind} is not counted by {columns}")
        found: dict[tuple[Any, ...], int] = {}
        rolled = self.session.execute(
            select(InsightWeek.value, func.sum(InsightWeek.count))
            .where(
                InsightWeek.gemeente.in_(self.gemeenten),
                InsightWeek.week >= self.first_week,
                InsightWeek.week <= self.last_week,
                InsightWeek.kind == kind,
                InsightWeek.dimension == _dimension(columns),
            )
            .group_by(InsightWeek.value)
        )
        for value, count in rolled:
            key = _decode(columns, value)
            found[key] = found.get(key, 0) + int(count)
        rows = self._live_rows(kind)
        positions = [self._columns[kind].index(c) + 1 for c in columns]
        for row in rows:
            # The same normalisation as a rolled count.
            key = _decode(columns, _encode(row[p] for p in positions))
            found[key] = found.get(key, 0) + int(row[0])
        return found


def active_gemeenten(
    session: Session, gemeenten: Sequence[str], first_week: date, last_week: date
) -> set[str]:
    """Which of `gemeenten` have any count in these weeks (a region view's guard)."""
    found: set[str] = set()
    for model in (InsightWeek, InsightEvent):
        query = (
            select(model.gemeente)
            .where(
                model.gemeente.in_(list(gemeenten)),
                model.week >= first_week,
                model.week <= last_week,
            )
            .distinct()
        )
        found.update(str(code) for code in session.execute(query).scalars())
    return found
