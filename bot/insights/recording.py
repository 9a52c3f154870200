"""Writing and purging the insights' events.

The conversation records through its port (bot.conversation.services), which hands the events
to the write-behind buffer (bot.insights.buffer: a thread writes them, a second behind the turn);
the portal when a steunpunt makes the first contact or closes an aanmelding (bot.portal.handoffs,
in the transaction of its audit entry); retention purges (bot.privacy.retention).

The live chat's events are recorded where each fact happens: the request by the conversation
(`live_requested`, only for a new chat), the take by the portal in the transaction of the take
(`live_taken`, with the whole minutes waited), the expiry by the worker in the transaction of
the expiry (`live_expired`). A waiting chat ends in no other way (erasure deletes it, and is not
counted), so requested = taken + expired + still waiting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session, sessionmaker

from bot.db import rows_affected
from bot.handoff.dialogue import AMSTERDAM, add_working_days
from bot.insights.events import (
    MAX_DAYS,
    MAX_MINUTES,
    URGENCIES,
    Event,
    channel_of,
    gemeente_code,
    week_of,
)
from bot.insights.models import InsightEvent, InsightWeek


def add(session: Session, events: Sequence[Event]) -> None:
    """One INSERT for all (no ORM objects: a batch of the buffer can hold hundreds).

    An event without a gemeente is not stored: the figures are per gemeente, no account sees
    figures beyond its gemeenten, and the roll-up would only delete it (docs/architecture.md,
    "Insights": why conversations without a gemeente are not counted)."""
    rows = [event.columns() for event in events if event.gemeente is not None]
    if rows:
        session.execute(insert(InsightEvent), rows)


def store(session_factory: sessionmaker[Session], events: Sequence[Event]) -> None:
    """One transaction for a turn's events; nothing at all when there are none (most turns)."""
    if not any(event.gemeente is not None for event in events):
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


def _week(moment: datetime) -> date:
    return week_of(moment.astimezone(AMSTERDAM).date())


def live_requested(*, at: datetime, gemeente: str | None, input_channel: str | None) -> Event:
    return Event(
        "live_requested",
        _week(at),
        gemeente=gemeente_code(gemeente),
        channel=channel_of(input_channel),
    )


def live_taken(*, requested_at: datetime, taken_at: datetime, gemeente: str | None) -> Event:
    """Whole minutes waited (rounded down), so no time of day can be worked back from them."""
    waited = int((taken_at - requested_at).total_seconds() // 60)
    return Event(
        "live_taken",
        _week(taken_at),
        gemeente=gemeente_code(gemeente),
        minutes=min(max(waited, 0), MAX_MINUTES),
    )


def live_expired(*, at: datetime, gemeente: str | None) -> Event:
    return Event("live_expired", _week(at), gemeente=gemeente_code(gemeente))


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
