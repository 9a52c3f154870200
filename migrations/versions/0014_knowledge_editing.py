"""Editing the knowledge base in the portal: the editor role, and every version of an edited offer
or steunpunt (`knowledge_revisions`), so an earlier one can be restored.

Hand-written to match knowledge/models.py and bot/portal/models.py.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

OLD_ROLES = "role IN ('consultant', 'coordinator')"
NEW_ROLES = "role IN ('consultant', 'coordinator', 'editor')"


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_constraint(op.f("ck_staff_users_role"), type_="check")
        batch.create_check_constraint(op.f("ck_staff_users_role"), NEW_ROLES)
    op.create_table(
        "knowledge_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_kind", sa.String(20), nullable=False),
        sa.Column("entry_id", sa.String(100), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("published_by", sa.String(200), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "entry_kind IN ('offer', 'steunpunt')", name=op.f("ck_knowledge_revisions_entry_kind")
        ),
        sa.PrimaryKeyConstraint("id", name="pk_knowledge_revisions"),
        sa.UniqueConstraint(
            "entry_kind", "entry_id", "number", name="uq_knowledge_revisions_entry_kind"
        ),
    )
    op.create_index(
        "ix_knowledge_revisions_entry_id", "knowledge_revisions", ["entry_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_knowledge_revisions_entry_id", table_name="knowledge_revisions")
    op.drop_table("knowledge_revisions")
    op.execute("DELETE FROM staff_users WHERE role = 'editor'")
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_constraint(op.f("ck_staff_users_role"), type_="check")
        batch.create_check_constraint(op.f("ck_staff_users_role"), OLD_ROLES)
