"""Portal and privacy: staff users, audit log, consultants' notes, consent records, and on handoffs
the conversation key and "contact gehad".

Hand-written to match bot/portal/models.py, bot/privacy/models.py and bot/handoff/models.py.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REFERENCE = sa.String(9)


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("conversation_key", sa.String(64), nullable=True))
        batch.add_column(sa.Column("contacted_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_handoffs_conversation_key", ["conversation_key"])
    op.create_table(
        "handoff_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handoff_reference", REFERENCE, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.String(4000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["handoff_reference"],
            ["handoffs.reference"],
            name="fk_handoff_notes_handoff_reference_handoffs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_handoff_notes"),
    )
    op.create_index("ix_handoff_notes_handoff_reference", "handoff_notes", ["handoff_reference"])
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("steunpunt_id", sa.String(100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('consultant', 'coordinator')", name=op.f("ck_staff_users_role")
        ),
        sa.PrimaryKeyConstraint("id", name="pk_staff_users"),
        sa.UniqueConstraint("username", name="uq_staff_users_username"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("handoff_reference", REFERENCE, nullable=True),
        sa.Column("detail", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_handoff_reference", "audit_log", ["handoff_reference"])
    op.create_table(
        "consent_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_key", sa.String(64), nullable=False),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("text_version", sa.String(40), nullable=False),
        sa.Column("scope", sa.JSON(), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("handoff_reference", REFERENCE, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_consent_records"),
    )
    op.create_index("ix_consent_records_conversation_key", "consent_records", ["conversation_key"])
    op.create_index(
        "ix_consent_records_handoff_reference", "consent_records", ["handoff_reference"]
    )


def downgrade() -> None:
    op.drop_table("consent_records")
    op.drop_table("audit_log")
    op.drop_table("staff_users")
    op.drop_table("handoff_notes")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_index("ix_handoffs_conversation_key")
        batch.drop_column("contacted_at")
        batch.drop_column("conversation_key")
