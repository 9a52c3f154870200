"""Insights of the live chat (issue #20.4): the kinds `live_requested`, `live_taken` and
`live_expired`, and the whole minutes a caregiver waited (`insight_events.minutes`).

Hand-written to match bot/insights/models.py.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

OLD_KINDS = (
    "kind IN ('conversation', 'intake', 'check', 'need', 'offer_shown', 'offer_opened', "
    "'handoff', 'first_contact', 'handled')"
)
NEW_KINDS = (
    "kind IN ('conversation', 'intake', 'check', 'need', 'offer_shown', 'offer_opened', "
    "'handoff', 'first_contact', 'handled', 'live_requested', 'live_taken', 'live_expired')"
)


def upgrade() -> None:
    with op.batch_alter_table("insight_events") as batch:
        batch.add_column(sa.Column("minutes", sa.Integer(), nullable=True))
        batch.drop_constraint(op.f("ck_insight_events_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_insight_events_kind"), NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM insight_events WHERE kind LIKE 'live_%'")
    op.execute("DELETE FROM insight_weeks WHERE kind LIKE 'live_%'")
    with op.batch_alter_table("insight_events") as batch:
        batch.drop_constraint(op.f("ck_insight_events_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_insight_events_kind"), OLD_KINDS)
        batch.drop_column("minutes")
