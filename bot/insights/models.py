"""The insights' tables: anonymous events (bot.insights.events), one row each, and their weekly
counts (bot.insights.rollup), which replace the events of a week once it is over.

No text, no sender id or conversation key, no contact data, no time of day: the columns are codes,
and the date is the Monday of the ISO week. Migration 0015 creates them; 0018 adds the live
chat's kinds and `minutes`. Retention purges rows older than STEUNWIJZER_RETENTION_INSIGHTS_DAYS (bot.privacy.retention).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Column, Date, Index, Integer, String
from sqlalchemy.orm import Mapped

from bot.db import Base, one_of
from bot.insights.events import KINDS


class InsightEvent(Base):
    __tablename__ = "insight_events"
    __table_args__ = (
        CheckConstraint(one_of("kind", KINDS), name="kind"),
        Index("ix_insight_events_gemeente_kind_week", "gemeente", "kind", "week"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    kind: Mapped[str] = Column(String(20), nullable=False)
    week: Mapped[date] = Column(Date, nullable=False, index=True)
    gemeente = Column(String(6), nullable=True)
    channel = Column(String(10), nullable=True)
    relation = Column(String(20), nullable=True)
    condition = Column(String(30), nullable=True)
    hours_band = Column(String(10), nullable=True)
    duration_band = Column(String(10), nullable=True)
    age_group = Column(String(10), nullable=True)
    besides = Column(String(20), nullable=True)
    instrument = Column(String(100), nullable=True)
    band = Column(String(10), nullable=True)
    need = Column(String(30), nullable=True)
    met = Column(Boolean, nullable=True)
    offer_id = Column(String(100), nullable=True)
    urgency = Column(String(10), nullable=True)
    days = Column(Integer, nullable=True)
    on_time = Column(Boolean, nullable=True)
    # Whole minutes waited for a live chat (live_taken), at most events.MAX_MINUTES.
    minutes = Column(Integer, nullable=True)
    # Simulated events of the demo gemeente (bot.insights.demo), never real caregivers.
    demo: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    # A random token while bot.insights.rollup counts the row (then it is deleted): never a key
    # of a conversation or person.
    claim = Column(String(32), nullable=True)


class InsightWeek(Base):
    """A week's count of one kind of event by one dimension, per gemeente
    (bot.insights.rollup): what the dashboard reads for the weeks that are over."""

    __tablename__ = "insight_weeks"

    gemeente: Mapped[str] = Column(String(6), primary_key=True)
    week: Mapped[date] = Column(Date, primary_key=True)
    kind: Mapped[str] = Column(String(20), primary_key=True)
    dimension: Mapped[str] = Column(String(40), primary_key=True)
    value: Mapped[str] = Column(String(120), primary_key=True)
    count: Mapped[int] = Column(Integer, nullable=False)
