"""Live chat: consultants available now (`live_consultants`), the chats (`live_chats`) and their
messages (`live_messages`).

Hand-written to match bot/live/models.py.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

CHAT_STATUSES = "status IN ('waiting', 'taken', 'ended', 'expired')"
CHANNELS = "channel IN ('socketio', 'whatsapp', 'twilio_whatsapp', 'rest', 'other')"
AUTHORS = "author IN ('caregiver', 'consultant', 'system')"


def upgrade() -> None:
    op.create_table(
        "live_consultants",
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("steunpunt_id", sa.String(100), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", name="pk_live_consultants"),
    )
    op.create_index("ix_live_consultants_steunpunt_id", "live_consultants", ["steunpunt_id"])
    op.create_table(
        "live_chats",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("conversation_key", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("channel_address", sa.String(100), nullable=True),
        sa.Column("steunpunt_id", sa.String(100), nullable=False),
        sa.Column("gemeente_code", sa.String(6), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("urgency", sa.String(10), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(200), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_how", sa.String(20), nullable=True),
        sa.Column("seen_by_engine", sa.Boolean(), nullable=False),
        sa.Column("handoff_reference", sa.String(9), nullable=True),
        sa.CheckConstraint(CHAT_STATUSES, name=op.f("ck_live_chats_status")),
        sa.CheckConstraint(CHANNELS, name=op.f("ck_live_chats_channel")),
        sa.ForeignKeyConstraint(
            ["handoff_reference"],
            ["handoffs.reference"],
            name="fk_live_chats_handoff_reference_handoffs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_live_chats"),
    )
    op.create_index("ix_live_chats_conversation_key", "live_chats", ["conversation_key"])
    op.create_index("ix_live_chats_steunpunt_status", "live_chats", ["steunpunt_id", "status"])
    op.create_table(
        "live_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(32), nullable=False),
        sa.Column("author", sa.String(12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=True),
        sa.Column("crisis", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(AUTHORS, name=op.f("ck_live_messages_author")),
        sa.ForeignKeyConstraint(
            ["chat_id"],
            ["live_chats.id"],
            name="fk_live_messages_chat_id_live_chats",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_live_messages"),
    )
    op.create_index("ix_live_messages_chat_id", "live_messages", ["chat_id"])


def downgrade() -> None:
    op.drop_index("ix_live_messages_chat_id", table_name="live_messages")
    op.drop_table("live_messages")
    op.drop_index("ix_live_chats_steunpunt_status", table_name="live_chats")
    op.drop_index("ix_live_chats_conversation_key", table_name="live_chats")
    op.drop_table("live_chats")
    op.drop_index("ix_live_consultants_steunpunt_id", table_name="live_consultants")
    op.drop_table("live_consultants")
