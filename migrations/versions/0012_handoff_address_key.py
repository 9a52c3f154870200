"""The keyed hash of the chat client's address an aanmelding came from, for the daily cap per
address.

Hand-written to match bot/handoff/models.py. Existing aanmeldingen keep NULL: they are not counted,
which only matters on the day of the upgrade.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("client_address_key", sa.String(64), nullable=True))
        batch.create_index("ix_handoffs_client_address_key", ["client_address_key"])


def downgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_index("ix_handoffs_client_address_key")
        batch.drop_column("client_address_key")
