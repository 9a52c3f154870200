"""Channel messages: the WhatsApp message ids already received (de-duplication, 24-hour window).

Hand-written to match bot/channels/models.py. Times are UTC without an offset.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("message_id", sa.String(200), nullable=False),
        sa.Column("conversation_key", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_channel_messages"),
        sa.UniqueConstraint("channel", "message_id", name="uq_channel_messages_channel_message_id"),
    )
    op.create_index(
        "ix_channel_messages_conversation",
        "channel_messages",
        ["channel", "conversation_key", "received_at"],
    )
    op.create_index("ix_channel_messages_received_at", "channel_messages", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_channel_messages_received_at", table_name="channel_messages")
    op.drop_index("ix_channel_messages_conversation", table_name="channel_messages")
    op.drop_table("channel_messages")
