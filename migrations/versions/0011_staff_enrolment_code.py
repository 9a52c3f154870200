"""The administrator's one-time enrolment code that, with the password, binds a staff account's
first authenticator app: its SHA-256 and when it stops working.

Hand-written to match bot/portal/models.py. Times are UTC without an offset. Accounts that have
not set up their app yet get no code: an administrator issues one
(`python -m bot.portal enrolment-code`).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.add_column(sa.Column("enrolment_code_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("enrolment_code_expires_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_column("enrolment_code_expires_at")
        batch.drop_column("enrolment_code_hash")
