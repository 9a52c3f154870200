"""Handoffs and their outbox: stored aanmeldingen and the deliveries still to make.

Hand-written to match bot/handoff/models.py; constraint and index names follow bot.db's naming
convention so SQLite and PostgreSQL get the same names (op.f: the check constraint names are
final, not run through the convention again). Times are UTC without an offset.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REFERENCE = sa.String(9)


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", REFERENCE, nullable=False),
        sa.Column("steunpunt_id", sa.String(100), nullable=False),
        sa.Column("gemeente_code", sa.String(6), nullable=True),
        sa.Column("urgency", sa.String(10), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(200), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('nieuw', 'in_behandeling', 'afgerond', 'ingetrokken')",
            name=op.f("ck_handoffs_status"),
        ),
        sa.CheckConstraint(
            "urgency IN ('normaal', 'hoog', 'acuut')", name=op.f("ck_handoffs_urgency")
        ),
        sa.PrimaryKeyConstraint("id", name="pk_handoffs"),
        sa.UniqueConstraint("reference", name="uq_handoffs_reference"),
    )
    op.create_index("ix_handoffs_steunpunt_status", "handoffs", ["steunpunt_id", "status"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handoff_reference", REFERENCE, nullable=False),
        sa.Column("transport", sa.String(10), nullable=False),
        sa.Column("target", sa.String(500), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("claim_token", sa.String(32), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'sending', 'delivered', 'failed')", name=op.f("ck_outbox_status")
        ),
        sa.CheckConstraint("transport IN ('email', 'webhook')", name=op.f("ck_outbox_transport")),
        sa.ForeignKeyConstraint(
            ["handoff_reference"],
            ["handoffs.reference"],
            name="fk_outbox_handoff_reference_handoffs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
    )
    op.create_index("ix_outbox_handoff_reference", "outbox", ["handoff_reference"])
    op.create_index("ix_outbox_status_next_attempt_at", "outbox", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_status_next_attempt_at", table_name="outbox")
    op.drop_index("ix_outbox_handoff_reference", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_handoffs_steunpunt_status", table_name="handoffs")
    op.drop_table("handoffs")
