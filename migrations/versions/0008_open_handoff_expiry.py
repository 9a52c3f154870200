"""The maximum age of an open aanmelding: on handoffs when it will be erased (set when the
steunpunt is warned), on the outbox what a row announces (a new aanmelding, or its expiry).

Hand-written to match bot/handoff/models.py. Times are UTC without an offset.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("expires_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("outbox") as batch:
        # Every existing row announced a new aanmelding.
        batch.add_column(
            sa.Column("kind", sa.String(12), nullable=False, server_default="aanmelding")
        )
        batch.create_check_constraint(op.f("ck_outbox_kind"), "kind IN ('aanmelding', 'verloop')")


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint(op.f("ck_outbox_kind"), type_="check")
        batch.drop_column("kind")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_column("expires_at")
