"""The live chat in the application database: availability, the queue, taking a chat, the
messages both ways and their delivery.

Every function takes the caller's `Session`, so the portal writes its audit entry in the same
transaction as the change it describes. State lives only here (never in a process's memory), so
any web app or Rasa replica sees the same queue, and a restart loses nothing.

Taking a chat is one conditional UPDATE (`status = 'waiting'` in its WHERE): of two consultants
who press "take" at the same moment, the database lets exactly one through.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.orm import Session

from bot.db import rows_affected
from bot.handoff.models import Handoff
from bot.live.hours import parse_hours
from bot.live.models import OPEN_STATUSES, LiveChat, LiveConsultant, LiveMessage
from bot.live.texts import timeout_buttons, timeout_text
from knowledge.offer import Steunpunt

DEFAULT_TIMEOUT = timedelta(minutes=3)


@dataclass(frozen=True)
class Availability:
    """Whether a steunpunt can chat now: open by its hours and someone available."""

    open_now: bool
    consultants: int
    hours_text: str

    @property
    def possible(self) -> bool:
        return self.open_now and self.consultants > 0


@dataclass(frozen=True)
class ChatView:
    id: str
    status: str
    steunpunt_id: str
    channel: str
    summary: dict[str, Any]
    urgency: str
    requested_at: datetime
    taken_by: str | None
    taken_at: datetime | None
    ended_how: str | None
    handoff_reference: str | None
    conversation_key: str
    gemeente_code: str | None = None


@dataclass(frozen=True)
class MessageView:
    id: int
    author: str
    text: str
    crisis: bool
    created_at: datetime


@dataclass(frozen=True)
class Outgoing:
    """A message for the caregiver, to be delivered by the Rasa replica that can reach them."""

    id: int
    chat_id: str
    channel: str
    address: str
    text: str
    buttons: tuple[tuple[str, str], ...]


def _view(chat: LiveChat) -> ChatView:
    return ChatView(
        id=chat.id,
        status=chat.status,
        steunpunt_id=chat.steunpunt_id,
        channel=chat.channel,
        summary=chat.summary if isinstance(chat.summary, dict) else {},
        urgency=chat.urgency,
        requested_at=chat.requested_at,
        taken_by=chat.taken_by,
        taken_at=chat.taken_at,
        ended_how=chat.ended_how,
        handoff_reference=chat.handoff_reference,
        conversation_key=chat.conversation_key,
        gemeente_code=chat.gemeente_code,
    )


# --- availability -----------------------------------------------------------------------------


def set_available(
    session: Session, username: str, steunpunt_id: str, available: bool, now: datetime
) -> None:
    session.execute(delete(LiveConsultant).where(LiveConsultant.username == username))
    if available:
        session.add(LiveConsultant(username=username, steunpunt_id=steunpunt_id, since=now))


def is_available(session: Session, username: str) -> bool:
    return session.get(LiveConsultant, username) is not None


def availability(session: Session, steunpunt: Steunpunt, now: datetime) -> Availability | None:
    """None when the steunpunt's opening hours cannot be read: then it offers no live chat."""
    text = steunpunt.contact.opening_hours
    hours = parse_hours(text)
    if hours is None or text is None:
        return None
    count = session.scalar(
        select(func.count())
        .select_from(LiveConsultant)
        .where(LiveConsultant.steunpunt_id == steunpunt.id)
    )
    return Availability(hours.is_open(now), int(count or 0), text)


# --- the caregiver's side ----------------------------------------------------------------------


def request_chat(
    session: Session,
    *,
    conversation_key: str,
    channel: str,
    channel_address: str,
    steunpunt_id: str,
    gemeente_code: str | None,
    summary: dict[str, Any],
    now: datetime,
) -> str:
    """A chat in the queue; an open chat of the same conversation is reused."""
    existing = open_chat(session, conversation_key)
    if existing is not None:
        return existing.id
    chat = LiveChat(
        id=uuid.uuid4().hex,
        conversation_key=conversation_key,
        channel=channel,
        channel_address=channel_address,
        steunpunt_id=steunpunt_id,
        gemeente_code=gemeente_code,
        summary=summary,
        urgency=str(summary.get("urgency") or "normaal"),
        status="waiting",
        requested_at=now,
        seen_by_engine=False,
    )
    session.add(chat)
    session.flush()
    return chat.id


def open_chat(session: Session, conversation_key: str) -> ChatView | None:
    chat = session.scalar(
        select(LiveChat)
        .where(LiveChat.conversation_key == conversation_key)
        .where(LiveChat.status.in_(OPEN_STATUSES))
        .order_by(LiveChat.requested_at.desc())
        .limit(1)
    )
    return _view(chat) if chat is not None else None


def closed_unseen(session: Session, conversation_key: str) -> ChatView | None:
    """A chat that ended or expired since the conversation last looked; marked as seen."""
    chat = session.scalar(
        select(LiveChat)
        .where(LiveChat.conversation_key == conversation_key)
        .where(LiveChat.status.not_in(OPEN_STATUSES))
        .where(LiveChat.seen_by_engine.is_(False))
        .order_by(LiveChat.requested_at.desc())
        .limit(1)
    )
    if chat is None:
        return None
    chat.seen_by_engine = True
    return _view(chat)


def add_message(
    session: Session,
    chat_id: str,
    author: str,
    text: str,
    now: datetime,
    *,
    crisis: bool = False,
    buttons: tuple[tuple[str, str], ...] = (),
    delivered: bool = False,
) -> int:
    message = LiveMessage(
        chat_id=chat_id,
        author=author,
        text=text,
        buttons=[list(b) for b in buttons] or None,
        crisis=crisis,
        created_at=now,
        delivered_at=now if delivered else None,
    )
    session.add(message)
    session.flush()
    return message.id


# --- the consultant's side ---------------------------------------------------------------------


def queue(session: Session, steunpunt_id: str) -> list[ChatView]:
    """The steunpunt's open chats: waiting first (oldest first), then those being answered."""
    chats = session.scalars(
        select(LiveChat)
        .where(LiveChat.steunpunt_id == steunpunt_id)
        .where(LiveChat.status.in_(OPEN_STATUSES))
        .order_by(LiveChat.status.desc(), LiveChat.requested_at)
    ).all()
    return [_view(chat) for chat in chats]


def chat(session: Session, chat_id: str, steunpunt_id: str) -> ChatView | None:
    """One chat of this steunpunt; another steunpunt's chat is None (the portal says 404)."""
    found = session.get(LiveChat, chat_id)
    if found is None or found.steunpunt_id != steunpunt_id:
        return None
    return _view(found)


def messages(session: Session, chat_id: str, after: int = 0) -> list[MessageView]:
    rows = session.scalars(
        select(LiveMessage)
        .where(LiveMessage.chat_id == chat_id)
        .where(LiveMessage.id > after)
        .order_by(LiveMessage.id)
    ).all()
    return [MessageView(m.id, m.author, m.text, m.crisis, m.created_at) for m in rows]


def take(session: Session, chat_id: str, username: str, steunpunt_id: str, now: datetime) -> bool:
    """True for the one consultant whose UPDATE found the chat still waiting."""
    result = session.execute(
        update(LiveChat)
        .where(LiveChat.id == chat_id)
        .where(LiveChat.steunpunt_id == steunpunt_id)
        .where(LiveChat.status == "waiting")
        .values(status="taken", taken_by=username, taken_at=now)
        .execution_options(synchronize_session=False)
    )
    return rows_affected(result) == 1


def end(session: Session, chat_id: str, username: str, how: str, now: datetime) -> bool:
    """Ends a chat taken by `username`; the caregiver's address is forgotten."""
    result = session.execute(
        update(LiveChat)
        .where(LiveChat.id == chat_id)
        .where(LiveChat.status == "taken")
        .where(LiveChat.taken_by == username)
        .values(status="ended", ended_at=now, ended_how=how, seen_by_engine=False)
        .execution_options(synchronize_session=False)
    )
    return rows_affected(result) == 1


def attach_to_handoff(session: Session, conversation_key: str, reference: str) -> int:
    """The conversation's chats belong to the aanmelding made after them (their transcript)."""
    result = session.execute(
        update(LiveChat)
        .where(LiveChat.conversation_key == conversation_key)
        .where(LiveChat.handoff_reference.is_(None))
        .values(handoff_reference=reference)
        .execution_options(synchronize_session=False)
    )
    return rows_affected(result)


def expire_waiting(session: Session, now: datetime, timeout: timedelta) -> list[str]:
    """Chats nobody took within `timeout`: expired, and the caregiver is offered the call-back.
    What they wrote meanwhile stays with the chat (and goes with the aanmelding)."""
    due = session.scalars(
        select(LiveChat)
        .where(LiveChat.status == "waiting")
        .where(LiveChat.requested_at <= now - timeout)
        .with_for_update(skip_locked=True)
    ).all()
    for found in due:
        found.status = "expired"
        found.ended_at = now
        found.ended_how = "timeout"
        found.seen_by_engine = False
        add_message(
            session,
            found.id,
            "system",
            timeout_text(),
            now,
            buttons=timeout_buttons(),
        )
    return [found.id for found in due]


def gemeente_of(session: Session, chat_id: str) -> str | None:
    """The chat's gemeente, for the insights' count of an expiry (bot.worker)."""
    found = session.get(LiveChat, chat_id)
    return found.gemeente_code if found is not None else None


# --- delivery to the caregiver -----------------------------------------------------------------


def undelivered(session: Session, channels: tuple[str, ...], limit: int = 50) -> list[Outgoing]:
    rows = session.execute(
        select(LiveMessage, LiveChat.channel, LiveChat.channel_address)
        .join(LiveChat, LiveChat.id == LiveMessage.chat_id)
        .where(LiveMessage.author != "caregiver")
        .where(LiveMessage.delivered_at.is_(None))
        .where(LiveChat.channel.in_(channels))
        .where(LiveChat.channel_address.is_not(None))
        .order_by(LiveMessage.id)
        .limit(limit)
    ).all()
    return [
        Outgoing(
            message.id,
            message.chat_id,
            channel,
            address,
            message.text,
            tuple((str(b[0]), str(b[1])) for b in message.buttons or ()),
        )
        for message, channel, address in rows
    ]


def mark_delivered(session: Session, message_id: int, now: datetime) -> bool:
    """Claims one message for delivery: True for exactly one replica."""
    result = session.execute(
        update(LiveMessage)
        .where(and_(LiveMessage.id == message_id, LiveMessage.delivered_at.is_(None)))
        .values(delivered_at=now)
        .execution_options(synchronize_session=False)
    )
    return rows_affected(result) == 1


def forget_addresses(session: Session) -> int:
    """Closed chats whose messages are all delivered need no address any more."""
    pending = select(LiveMessage.chat_id).where(LiveMessage.delivered_at.is_(None))
    result = session.execute(
        update(LiveChat)
        .where(LiveChat.status.not_in(OPEN_STATUSES))
        .where(LiveChat.channel_address.is_not(None))
        .where(LiveChat.id.not_in(pending))
        .values(channel_address=None)
        .execution_options(synchronize_session=False)
    )
    return rows_affected(result)


# --- privacy -----------------------------------------------------------------------------------


def _delete_chats(session: Session, ids: list[str]) -> int:
    if not ids:
        return 0
    session.execute(
        delete(LiveMessage)
        .where(LiveMessage.chat_id.in_(ids))
        .execution_options(synchronize_session=False)
    )
    result = session.execute(
        delete(LiveChat).where(LiveChat.id.in_(ids)).execution_options(synchronize_session=False)
    )
    return rows_affected(result)


def erase_conversation(session: Session, conversation_key: str, kept: list[str]) -> int:
    """Erasure by the caregiver: the conversation's chats and their messages, except the
    transcript of an aanmelding a consultant already works on (`kept`, as its consent)."""
    ids = session.scalars(
        select(LiveChat.id)
        .where(LiveChat.conversation_key == conversation_key)
        .where(
            LiveChat.handoff_reference.is_(None) | LiveChat.handoff_reference.not_in(kept or [""])
        )
    ).all()
    return _delete_chats(session, list(ids))


def purge(session: Session, conversation_before: datetime) -> int:
    """Retention: the transcript of an aanmelding goes when the aanmelding goes; a chat without
    one after the conversation's term."""
    from_handoffs = select(Handoff.reference)
    ids = session.scalars(
        select(LiveChat.id).where(
            (
                LiveChat.handoff_reference.is_not(None)
                & LiveChat.handoff_reference.not_in(from_handoffs)
            )
            | (
                LiveChat.handoff_reference.is_(None)
                & LiveChat.status.not_in(OPEN_STATUSES)
                & (LiveChat.requested_at < conversation_before)
            )
        )
    ).all()
    return _delete_chats(session, list(ids))
