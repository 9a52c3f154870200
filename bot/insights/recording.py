"""Writing and purging the insights' events.

The conversation records through its port (bot.conversation.services), the portal when a steunpunt
makes the first contact or closes an aanmelding (bot.portal.handoffs, in the transaction of its
audit entry), and retention purges (bot.privacy.retention).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session, sessionmaker

from bot.db import rows_affected
from bot.handoff.dialogue import AMSTERDAM, add_working_days
from bot.insights.events import MAX_DAYS, URGENCIES, Event, gemeente_code, week_of
from bot.insights.models import InsightEvent, InsightWeek


def add(session: Session, events: Sequence[Event]) -> None:
    """One INSERT for all (no ORM objects: this runs in the caregiver's turn)."""
    if events:
        session.execute(insert(InsightEvent), [event.columns() for event in events])


def store(session_factory: sessionmaker[Session], events: Sequence[Event]) -> None:
    """One transaction for a turn's events; nothing at all when there are none (most turns)."""
    if not events:
        return
    with session_factory() as session, session.begin():
        add(session, events)


def first_contact(
    *,
    created_at: datetime,
    contacted_at: datetime,
    gemeente: str | None,
    urgency: str,
    response_days: int | None,
) -> Event:
    """The steunpunt's first contact: whole days since the aanmelding, and whether it was within
    the working days the caregiver was promised (bot.handoff.dialogue.confirmation_text)."""
    made = created_at.astimezone(AMSTERDAM).date()
    reached = contacted_at.astimezone(AMSTERDAM).date()
    on_time = None
    if response_days is not None:
        on_time = reached <= add_working_days(made, max(response_days, 1))
    return Event(
        "first_contact",
        week_of(reached),
        gemeente=gemeente_code(gemeente),
        urgency=urgency if urgency in URGENCIES else None,
        days=min(max((reached - made).days, 0), MAX_DAYS),
        on_time=on_time,
    )


def handled(*, closed_at: datetime, gemeente: str | None, urgency: str) -> Event:
    return Event(
        "handled",
        week_of(closed_at.astimezone(AMSTERDAM).date()),
        gemeente=gemeente_code(gemeente),
        urgency=urgency if urgency in URGENCIES else None,
    )


def purge_before(session_factory: sessionmaker[Session], cutoff: date) -> int:
    """Delete the events and weekly counts of weeks that began before `cutoff`; how many rows."""
    first = week_of(cutoff)
    deleted = 0
    with session_factory() as session, session.begin():
        for model in (InsightEvent, InsightWeek):
            query = delete(model).where(model.week < first)
            deleted += rows_affected(
                session.execute(query.execution_options(synchronize_session=False))
            )
    return deleted
