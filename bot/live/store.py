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

from sqlalchemy import Boolean, and_, case, delete, func, not_, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

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
    # The caregiver never got it: every try to deliver it failed.
    failed: bool = False


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


def chat_for_the_turn(session: Session, conversation_key: str) -> ChatView | None:
    """The open chat, else one that ended or expired since the conversation last looked (then
    marked as seen). One read: every turn of every conversation asks it."""
    still_open = LiveChat.status.in_(OPEN_STATUSES)
    chat = session.scalar(
        select(LiveChat)
        .where(LiveChat.conversation_key == conversation_key)
        .where(or_(still_open, LiveChat.seen_by_engine.is_(False)))
        .order_by(case((still_open, 0), else_=1), LiveChat.requested_at.desc())
        .limit(1)
    )
    if chat is None:
        return None
    if chat.status not in OPEN_STATUSES:
        # Every ended chat of the conversation is told about once, as one: the latest.
        session.execute(
            update(LiveChat)
            .where(LiveChat.conversation_key == conversation_key)
            .where(not_(still_open))
            .values(seen_by_engine=True)
        )
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
    return [
        MessageView(m.id, m.author, m.text, m.crisis, m.created_at, m.failed_at is not None)
        for m in rows
    ]


def failed_ids(session: Session, chat_id: str) -> list[int]:
    """The chat's messages the caregiver never got (the portal marks them)."""
    return list(
        session.scalars(
            select(LiveMessage.id)
            .where(LiveMessage.chat_id == chat_id)
            .where(LiveMessage.failed_at.is_not(None))
            .order_by(LiveMessage.id)
        )
    )


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
#
# At least once: a replica claims a message with a lease (one conditional UPDATE, so exactly one
# replica holds it), sends it, and only then marks it delivered; a failed try is given back with
# a next try, or marked failed. A replica that dies while sending leaves a lease that runs out,
# and another replica sends the message again, so the caregiver may get it twice.


@dataclass(frozen=True)
class Claim:
    """One replica's hold on one message until its lease runs out."""

    message_id: int
    token: str
    attempts: int  # this try included
    created_at: datetime


def _pending(message: Any) -> ColumnElement[Boolean]:
    return and_(
        message.author != "caregiver",
        message.delivered_at.is_(None),
        message.failed_at.is_(None),
    )


def _due(message: Any, now: datetime) -> ColumnElement[Boolean]:
    """Pending, not held by a live lease and not waiting for its next try."""
    return and_(
        _pending(message),
        or_(message.claimed_until.is_(None), message.claimed_until <= now),
        or_(message.next_attempt_at.is_(None), message.next_attempt_at <= now),
    )


def _held_back(now: datetime) -> ColumnElement[Boolean]:
    """An earlier message of the same chat is still on its way (leased or waiting to be tried
    again): the later one waits, so the caregiver reads them in order."""
    earlier = aliased(LiveMessage)
    return (
        select(earlier.id)
        .where(earlier.chat_id == LiveMessage.chat_id)
        .where(earlier.id < LiveMessage.id)
        .where(_pending(earlier))
        .where(not_(_due(earlier, now)))
        .exists()
    )


def undelivered(
    session: Session, channels: tuple[str, ...], now: datetime, limit: int = 50
) -> list[Outgoing]:
    """Messages for the caregiver that are due to be sent now, oldest first."""
    rows = session.execute(
        select(LiveMessage, LiveChat.channel, LiveChat.channel_address)
        .join(LiveChat, LiveChat.id == LiveMessage.chat_id)
        .where(_due(LiveMessage, now))
        .where(not_(_held_back(now)))
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


def claim(session: Session, message_id: int, now: datetime, lease: timedelta) -> Claim | None:
    """Claims one due message for one try: a Claim for exactly one replica, else None."""
    token = uuid.uuid4().hex
    result = session.execute(
        update(LiveMessage)
        .where(LiveMessage.id == message_id)
        .where(_due(LiveMessage, now))
        .values(
            claimed_until=now + lease,
            claim_token=token,
            attempts=LiveMessage.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if rows_affected(result) != 1:
        return None
    attempts, created_at = session.execute(
        select(LiveMessage.attempts, LiveMessage.created_at).where(LiveMessage.id == message_id)
    ).one()
    return Claim(message_id, token, attempts, created_at)


def _finish(session: Session, held: Claim, **values: Any) -> bool:
    """Ends a claim; False when its lease ran out and another replica holds the message now."""
    result = session.execute(
        update(LiveMessage)
        .where(LiveMessage.id == held.message_id)
        .where(LiveMessage.claim_token == held.token)
        .values(claimed_until=None, claim_token=None, **values)
        .execution_options(synchronize_session=False)
    )
    return rows_affected(result) == 1


def mark_delivered(session: Session, held: Claim, now: datetime) -> bool:
    return _finish(session, held, delivered_at=now, next_attempt_at=None)


def retry_later(session: Session, held: Claim, next_attempt_at: datetime) -> bool:
    return _finish(session, held, next_attempt_at=next_attempt_at)


def mark_failed(session: Session, held: Claim, now: datetime) -> bool:
    return _finish(session, held, failed_at=now, next_attempt_at=None)


def forget_addresses(session: Session) -> int:
    """Closed chats with no message still on its way (delivered or failed) need no address."""
    pending = select(LiveMessage.chat_id).where(_pending(LiveMessage))
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
