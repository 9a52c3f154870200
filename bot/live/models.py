"""Tables of the live chat: who is available (`live_consultants`), the chats (`live_chats`) and
what was said in them (`live_messages`).

A chat is keyed by the conversation's keyed hash (`bot.keys`), as aanmeldingen are. The one
exception is `channel_address`: the caregiver's sender id on their channel (the widget's session
id, a WhatsApp number), which the Rasa process needs to deliver the consultant's messages. It is
kept only while the chat is open and cleared when it ends, expires or is erased.

A chat's transcript belongs to the aanmelding made from it (`handoff_reference`): erasure and
retention delete the chat with the aanmelding (bot.privacy). A chat without an aanmelding follows
the conversation's retention term.

`status`: waiting (in the queue) → taken (a consultant is in the chat) → ended; or waiting →
expired (nobody took it in time: the call-back is offered). `seen_by_engine` tells the
conversation that it has taken note of the end (hand back to the assistant).

Migration 0016 creates these tables; 0017 adds the delivery lease to `live_messages`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped

from bot.db import Base, UtcDateTime, one_of

CHAT_STATUSES = ("waiting", "taken", "ended", "expired")
OPEN_STATUSES = ("waiting", "taken")
AUTHORS = ("caregiver", "consultant", "system")
CHANNELS = ("socketio", "whatsapp", "twilio_whatsapp", "rest", "other")
ID_LENGTH = 32
KEY_LENGTH = 64
USERNAME_LENGTH = 200
STEUNPUNT_ID_LENGTH = 100
ADDRESS_LENGTH = 100
MESSAGE_LENGTH = 4000
TOKEN_LENGTH = 32


class LiveConsultant(Base):
    """A consultant who is available for live chats now (a row while available)."""

    __tablename__ = "live_consultants"

    username: Mapped[str] = Column(String(USERNAME_LENGTH), primary_key=True)
    steunpunt_id: Mapped[str] = Column(String(STEUNPUNT_ID_LENGTH), nullable=False, index=True)
    since: Mapped[datetime] = Column(UtcDateTime, nullable=False)


class LiveChat(Base):
    __tablename__ = "live_chats"
    __table_args__ = (
        CheckConstraint(one_of("status", CHAT_STATUSES), name="status"),
        CheckConstraint(one_of("channel", CHANNELS), name="channel"),
        Index("ix_live_chats_steunpunt_status", "steunpunt_id", "status"),
    )

    id: Mapped[str] = Column(String(ID_LENGTH), primary_key=True)
    conversation_key: Mapped[str] = Column(String(KEY_LENGTH), nullable=False, index=True)
    channel: Mapped[str] = Column(String(20), nullable=False)
    channel_address = Column(String(ADDRESS_LENGTH), nullable=True)
    steunpunt_id: Mapped[str] = Column(String(STEUNPUNT_ID_LENGTH), nullable=False)
    gemeente_code = Column(String(6), nullable=True)
    # The structured summary the consultant sees (situation, burden, needs, urgency), cut to
    # what the caregiver agreed to share.
    summary = Column(JSON, nullable=False)
    urgency: Mapped[str] = Column(String(10), nullable=False)
    status: Mapped[str] = Column(String(10), nullable=False)
    requested_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    taken_by = Column(String(USERNAME_LENGTH), nullable=True)
    taken_at = Column(UtcDateTime, nullable=True)
    ended_at = Column(UtcDateTime, nullable=True)
    # ended: 'consultant' (the consultant ended it), 'assistant' (handed back), 'aanmelding'.
    ended_how = Column(String(20), nullable=True)
    seen_by_engine: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    handoff_reference = Column(
        String(9), ForeignKey("handoffs.reference", ondelete="CASCADE"), nullable=True
    )


class LiveMessage(Base):
    __tablename__ = "live_messages"
    __table_args__ = (CheckConstraint(one_of("author", AUTHORS), name="author"),)

    id: Mapped[int] = Column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[str] = Column(
        String(ID_LENGTH),
        ForeignKey("live_chats.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    author: Mapped[str] = Column(String(12), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)
    # Buttons of a system message to the caregiver ([[title, payload], ...]).
    buttons = Column(JSON, nullable=True)
    crisis: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = Column(UtcDateTime, nullable=False)
    # For messages to the caregiver: when the caregiver's channel delivered it.
    delivered_at = Column(UtcDateTime, nullable=True)
    # Delivery at least once (bot.channels.live_delivery): a replica claims the message until
    # `claimed_until` under its `claim_token`; a failed try waits until `next_attempt_at`; after
    # the last try `failed_at` is set and the portal says "Niet afgeleverd".
    attempts: Mapped[int] = Column(Integer, nullable=False, default=0, server_default="0")
    next_attempt_at = Column(UtcDateTime, nullable=True)
    claimed_until = Column(UtcDateTime, nullable=True)
    claim_token = Column(String(TOKEN_LENGTH), nullable=True)
    failed_at = Column(UtcDateTime, nullable=True)
