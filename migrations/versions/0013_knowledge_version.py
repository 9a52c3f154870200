"""The knowledge base's version: one row that every import which changes something counts up, so
a process that caches the knowledge base (the offers' search index) sees a re-import without a
restart.

Hand-written to match knowledge/models.py. A database imported before this migration has no row:
its version reads as 0 until the next import that changes something.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_knowledge_version"),
    )


def downgrade() -> None:
    op.drop_table("knowledge_version")
