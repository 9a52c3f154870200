"""The keyed hash of an aanmelding's contact phone number, for the daily cap per number.

Hand-written to match bot/handoff/models.py. Existing aanmeldingen keep NULL: they are not counted,
which only matters on the day of the upgrade.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("contact_phone_key", sa.String(64), nullable=True))
        batch.create_index("ix_handoffs_contact_phone_key", ["contact_phone_key"])


def downgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_index("ix_handoffs_contact_phone_key")
        batch.drop_column("contact_phone_key")
