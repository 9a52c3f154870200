"""The `channel_messages` table: which WhatsApp messages were already received, and when.

WhatsApp (Meta) and Twilio deliver webhooks at least once; Meta retries for up to 7 days. A row per
provider message id, unique per channel, makes "first delivery wins" a single INSERT that every
replica shares. The same rows tell when a conversation last wrote, which decides WhatsApp's 24-hour
window. Only the provider's message id and a keyed hash of the sender (`bot.keys`) are
stored: never the message text, never a phone number.

Migration 0005 creates exactly this table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped

from bot.db import Base, UtcDateTime

CHANNEL_LENGTH = 20
MESSAGE_ID_LENGTH = 200
KEY_LENGTH = 64


class ChannelMessage(Base):
    __tablename__ = "channel_messages"
    __table_args__ = (
        UniqueConstraint("channel", "message_id", name="uq_channel_messages_channel_message_id"),
        # "When did this conversation last write?" for the 24-hour window.
        Index("ix_channel_messages_conversation", "channel", "conversation_key", "received_at"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    channel: Mapped[str] = Column(String(CHANNEL_LENGTH), nullable=False)
    message_id: Mapped[str] = Column(String(MESSAGE_ID_LENGTH), nullable=False)
    conversation_key: Mapped[str] = Column(String(KEY_LENGTH), nullable=False)
    # When the user sent the message (the provider's timestamp when it has one); also what pruning
    # goes by.
    received_at: Mapped[datetime] = Column(UtcDateTime, nullable=False, index=True)


CHANNEL_TABLES = (ChannelMessage.__table__,)
