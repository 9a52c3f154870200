"""Insights for the gemeente: the anonymous events (`insight_events`) and their weekly counts
(`insight_weeks`), the role `gemeente` and the gemeenten a gemeente account
sees (`staff_gemeenten`).

Hand-written to match bot/insights/models.py and bot/portal/models.py.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

OLD_ROLES = "role IN ('consultant', 'coordinator', 'editor')"
NEW_ROLES = "role IN ('consultant', 'coordinator', 'editor', 'gemeente')"
KINDS = (
    "kind IN ('conversation', 'intake', 'check', 'need', 'offer_shown', 'offer_opened', "
    "'handoff', 'first_contact', 'handled')"
)


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_constraint(op.f("ck_staff_users_role"), type_="check")
        batch.create_check_constraint(op.f("ck_staff_users_role"), NEW_ROLES)
    op.create_table(
        "staff_gemeenten",
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("gemeente_code", sa.String(6), nullable=False),
        sa.PrimaryKeyConstraint("username", "gemeente_code", name="pk_staff_gemeenten"),
    )
    op.create_table(
        "insight_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("gemeente", sa.String(6), nullable=True),
        sa.Column("channel", sa.String(10), nullable=True),
        sa.Column("relation", sa.String(20), nullable=True),
        sa.Column("condition", sa.String(30), nullable=True),
        sa.Column("hours_band", sa.String(10), nullable=True),
        sa.Column("duration_band", sa.String(10), nullable=True),
        sa.Column("age_group", sa.String(10), nullable=True),
        sa.Column("besides", sa.String(20), nullable=True),
        sa.Column("instrument", sa.String(100), nullable=True),
        sa.Column("band", sa.String(10), nullable=True),
        sa.Column("need", sa.String(30), nullable=True),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.Column("offer_id", sa.String(100), nullable=True),
        sa.Column("urgency", sa.String(10), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("on_time", sa.Boolean(), nullable=True),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("claim", sa.String(32), nullable=True),
        sa.CheckConstraint(KINDS, name=op.f("ck_insight_events_kind")),
        sa.PrimaryKeyConstraint("id", name="pk_insight_events"),
    )
    op.create_index("ix_insight_events_week", "insight_events", ["week"], unique=False)
    op.create_table(
        "insight_weeks",
        sa.Column("gemeente", sa.String(6), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("dimension", sa.String(40), nullable=False),
        sa.Column("value", sa.String(120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "gemeente", "week", "kind", "dimension", "value", name="pk_insight_weeks"
        ),
    )

    op.create_index(
        "ix_insight_events_gemeente_kind_week",
        "insight_events",
        ["gemeente", "kind", "week"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("insight_weeks")
    op.drop_index("ix_insight_events_gemeente_kind_week", table_name="insight_events")
    op.drop_index("ix_insight_events_week", table_name="insight_events")
    op.drop_table("insight_events")
    op.drop_table("staff_gemeenten")
    op.execute("DELETE FROM staff_users WHERE role = 'gemeente'")
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_constraint(op.f("ck_staff_users_role"), type_="check")
        batch.create_check_constraint(op.f("ck_staff_users_role"), OLD_ROLES)
