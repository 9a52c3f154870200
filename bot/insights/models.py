"""The insights' one table: anonymous events (bot.insights.events), one row each.

No text, no sender id or conversation key, no contact data, no time of day: the columns are codes,
and the date is the Monday of the ISO week. Migration 0015 creates it. Retention purges rows older
than STEUNWIJZER_RETENTION_INSIGHTS_DAYS (bot.privacy.retention).
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
        Index("ix_insight_events_gemeente_week", "gemeente", "week"),
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
    # Simulated events of the demo gemeente (bot.insights.demo), never real caregivers.
    demo: Mapped[bool] = Column(Boolean, nullable=False, default=False)
