"""Live chat in the portal: a consultant's availability, the queue of waiting chats, and one chat.

The queue and the chat are pushed to the browser with server-sent events (`/live/events`,
`/live/{chat}/events`): the server reads the application database once a second and sends only
what changed, so the browser never polls, and any web app replica serves any consultant (the
state is in the database, bot.live.store). Taking a chat is one conditional UPDATE: of two
consultants who press "Overnemen" at once, one gets the chat and the other is told it is taken.

Every take, message and end is audited, without the message text.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse

from bot.insights import recording as insights
from bot.live import store as live
from bot.live import texts as live_texts
from bot.live.store import ChatView, MessageView
from bot.portal import handoffs, labels
from bot.portal.auth import StaffIdentity
from bot.portal.context import Portal
from bot.portal.views import login_required, page_context, path_for
from bot.privacy import audit
from knowledge.gemeenten import gemeente_names
from knowledge.store import get_steunpunt

# How often the event streams read the database.
TICK_S = 1.0
# A comment line now and then keeps proxies from closing a quiet stream.
KEEPALIVE_TICKS = 15
MAX_MESSAGE = 2000
WHATSAPP_WINDOW = timedelta(hours=24)
# Beside a message every try to deliver failed for (bot.channels.live_delivery), in words.
UNDELIVERED = "Niet afgeleverd: de mantelzorger heeft dit bericht niet gekregen."


def _portal(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


def _steunpunt_name(portal: Portal, steunpunt_id: str) -> str:
    steunpunt = get_steunpunt(portal.sessions, steunpunt_id)
    return steunpunt.name if steunpunt is not None else "het steunpunt"


def queue_item(chat: ChatView, now: datetime) -> dict[str, Any]:
    """One waiting chat as the page shows it (and the event stream sends it)."""
    summary = chat.summary
    gemeente = summary.get("gemeente")
    return {
        "id": chat.id,
        "status": chat.status,
        "name": summary.get("name") or "naam niet gegeven",
        "gemeente": gemeente_names().get(gemeente, "") if gemeente else "",
        "situation": summary.get("situation") or "",
        "burden": labels.label(labels.LEVELS, summary.get("burden"))
        if summary.get("burden")
        else "geen test gedaan",
        "needs": ", ".join(labels.label(labels.NEEDS, n) for n in summary.get("needs") or [])
        or "niet genoemd",
        "urgency": chat.urgency,
        "urgency_label": labels.label(labels.URGENCY_LABELS, chat.urgency),
        "channel": labels.label(labels.LIVE_CHANNELS, chat.channel),
        "requested_at": chat.requested_at.isoformat(),
        "waiting": labels.waiting_time(max(int((now - chat.requested_at).total_seconds()), 0)),
        "taken_by": chat.taken_by,
    }


def message_item(message: MessageView) -> dict[str, Any]:
    return {
        "id": message.id,
        "author": message.author,
        "who": labels.label(labels.LIVE_AUTHORS, message.author),
        "text": message.text,
        "crisis": message.crisis,
        "failed": message.failed,
        "at": labels.dutch_datetime(message.created_at),
    }


def _audit(session: Any, user: StaffIdentity, action: str, at: datetime, detail: str) -> None:
    audit.record(session, actor=user.username, action=action, at=at, detail=detail)


def _event(name: str, data: Any) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


# --- the queue ---------------------------------------------------------------------------------


def _queue(portal: Portal, user: StaffIdentity) -> list[dict[str, Any]]:
    now = portal.clock()
    with portal.sessions() as session:
        return [queue_item(chat, now) for chat in live.queue(session, user.steunpunt_id)]


@login_required
async def live_page(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)

    def read() -> tuple[bool, list[dict[str, Any]], str | None]:
        with portal.sessions() as session:
            available = live.is_available(session, user.username)
        steunpunt = get_steunpunt(portal.sessions, user.steunpunt_id)
        return (
            available,
            _queue(portal, user),
            steunpunt.contact.opening_hours if steunpunt else None,
        )

    available, queue, hours = await run_in_threadpool(read)
    return portal.templates.TemplateResponse(
        request,
        "live.html",
        page_context(request, user, nav="live", available=available, queue=queue, hours=hours),
    )


@login_required
async def set_availability(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    form = await request.form()
    available = form.get("available") == "ja"

    def write() -> None:
        now = portal.clock()
        with portal.sessions() as session, session.begin():
            live.set_available(session, user.username, user.steunpunt_id, available, now)
            action = "live_available" if available else "live_unavailable"
            _audit(session, user, action, now, "")

    await run_in_threadpool(write)
    return RedirectResponse(path_for(request, "portal_live"), status_code=303)


async def _stream(request: Request, read: Any) -> AsyncIterator[str]:
    """Sends `read()`'s events whenever they change, until the browser goes away."""
    last: Any = None
    ticks = 0
    yield "retry: 3000\n\n"
    while not await request.is_disconnected():
        events = await run_in_threadpool(read)
        if events != last:
            for name, data in events:
                yield _event(name, data)
            last = events
            ticks = 0
        elif ticks >= KEEPALIVE_TICKS:
            yield ": nog hier\n\n"
            ticks = 0
        ticks += 1
        await asyncio.sleep(TICK_S)


def _event_stream(events: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(
        events,
        media_type="text/event-stream",
        headers={"cache-control": "no-store", "x-accel-buffering": "no"},
    )


@login_required
async def queue_events(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)

    def read() -> list[tuple[str, Any]]:
        # Waiting times are worked out by the page from requested_at; the list changes rarely.
        items = _queue(portal, user)
        return [("queue", [{**item, "waiting": None} for item in items])]

    return _event_stream(_stream(request, read))


# --- one chat ----------------------------------------------------------------------------------


def _chat_or_404(portal: Portal, user: StaffIdentity, chat_id: str) -> ChatView:
    with portal.sessions() as session:
        found = live.chat(session, chat_id, user.steunpunt_id)
    if found is None:
        raise HTTPException(404)
    return found


def _count_take(session: Any, chat_id: str, steunpunt_id: str, now: datetime) -> None:
    """The insights' count of the take, with the whole minutes the caregiver waited."""
    taken = live.chat(session, chat_id, steunpunt_id)
    if taken is not None:
        event = insights.live_taken(
            requested_at=taken.requested_at, taken_at=now, gemeente=taken.gemeente_code
        )
        insights.add(session, [event])


@login_required
async def take(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chat_id = request.path_params["chat"]
    name = await run_in_threadpool(_steunpunt_name, portal, user.steunpunt_id)

    def write() -> bool:
        now = portal.clock()
        with portal.sessions() as session, session.begin():
            if not live.take(session, chat_id, user.username, user.steunpunt_id, now):
                return False
            if portal.count_insights:
                _count_take(session, chat_id, user.steunpunt_id, now)
            live.add_message(
                session, chat_id, "system", live_texts.taken_text(user.display_name, name), now
            )
            _audit(session, user, "live_take", now, f"chat {chat_id[:8]}")
            return True

    if not await run_in_threadpool(write):
        request.session["flash"] = "Deze chat is al overgenomen door een collega."
        return RedirectResponse(path_for(request, "portal_live"), status_code=303)
    return RedirectResponse(path_for(request, "portal_live_chat", chat=chat_id), status_code=303)


@login_required
async def chat_page(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chat_id = request.path_params["chat"]

    def read() -> tuple[ChatView, list[dict[str, Any]], bool]:
        found = _chat_or_404(portal, user, chat_id)
        now = portal.clock()
        with portal.sessions() as session, session.begin():
            messages = live.messages(session, chat_id)
            _audit(session, user, "live_view", now, f"chat {chat_id[:8]}")
        return found, [message_item(m) for m in messages], _window_closed(found, messages, now)

    found, said, window_closed = await run_in_threadpool(read)
    return portal.templates.TemplateResponse(
        request,
        "live_chat.html",
        page_context(
            request,
            user,
            nav="live",
            chat=found,
            item=queue_item(found, portal.clock()),
            said=said,
            mine=found.taken_by == user.username and found.status == "taken",
            window_closed=window_closed,
            undelivered=UNDELIVERED,
        ),
    )


def _window_closed(chat: ChatView, messages: list[MessageView], now: datetime) -> bool:
    """WhatsApp takes free text only within 24 hours of the caregiver's last message."""
    if chat.channel not in ("whatsapp", "twilio_whatsapp"):
        return False
    last = max(
        (m.created_at for m in messages if m.author == "caregiver"), default=chat.requested_at
    )
    return now - last > WHATSAPP_WINDOW


@login_required
async def chat_events(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chat_id = request.path_params["chat"]
    await run_in_threadpool(_chat_or_404, portal, user, chat_id)
    after = int(request.query_params.get("na") or 0)
    seen = {"last": after}

    def read() -> list[tuple[str, Any]]:
        with portal.sessions() as session:
            new = live.messages(session, chat_id, seen["last"])
            found = live.chat(session, chat_id, user.steunpunt_id)
            failed = live.failed_ids(session, chat_id)
        if new:
            seen["last"] = new[-1].id
        events: list[tuple[str, Any]] = [("message", message_item(m)) for m in new]
        # A message already on the page may fail later: the page marks it "Niet afgeleverd".
        events.append(("failed", failed))
        events.append(("status", found.status if found else "ended"))
        return events

    return _event_stream(_stream(request, read))


@login_required
async def send_message(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chat_id = request.path_params["chat"]
    form = await request.form()
    text = str(form.get("bericht") or "").strip()[:MAX_MESSAGE]

    def write() -> bool:
        found = _chat_or_404(portal, user, chat_id)
        if found.status != "taken" or found.taken_by != user.username or not text:
            return False
        now = portal.clock()
        with portal.sessions() as session, session.begin():
            live.add_message(session, chat_id, "consultant", text, now)
            _audit(session, user, "live_message", now, f"chat {chat_id[:8]}")
        return True

    if not await run_in_threadpool(write):
        request.session["flash"] = "Het bericht is niet verstuurd: de chat is niet (meer) van u."
    return RedirectResponse(path_for(request, "portal_live_chat", chat=chat_id), status_code=303)


ENDINGS = {"einde": "consultant", "assistent": "assistant", "aanmelding": "aanmelding"}
AUDIT_ACTIONS = {
    "consultant": "live_end",
    "assistant": "live_handback",
    "aanmelding": "live_aanmelding",
}
FLASHES = {
    "consultant": "De chat is afgesloten.",
    "assistant": "De chat is teruggegeven aan de assistent.",
    "aanmelding": (
        "De chat is afgesloten. De assistent vraagt nu naam en telefoonnummer voor de aanmelding; "
        "die komt in de inbox met dit gesprek erbij."
    ),
}


@login_required
async def end_chat(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chat_id = request.path_params["chat"]
    form = await request.form()
    how = ENDINGS.get(str(form.get("hoe") or ""), "consultant")

    def write() -> bool:
        _chat_or_404(portal, user, chat_id)
        now = portal.clock()
        with portal.sessions() as session, session.begin():
            if not live.end(session, chat_id, user.username, how, now):
                return False
            buttons: tuple[tuple[str, str], ...] = ()
            if how == "assistant":
                text = live_texts.handed_back_text(user.display_name)
            elif how == "aanmelding":
                text = live_texts.aanmelding_text(user.display_name)
                buttons = live_texts.aanmelding_buttons()
            else:
                text = live_texts.ended_text(user.display_name)
            live.add_message(session, chat_id, "system", text, now, buttons=buttons)
            _audit(session, user, AUDIT_ACTIONS[how], now, f"chat {chat_id[:8]}")
            return True

    if await run_in_threadpool(write):
        request.session["flash"] = FLASHES[how]
    return RedirectResponse(path_for(request, "portal_live"), status_code=303)


# --- the inbox: a new acute aanmelding announced live -------------------------------------------


@login_required
async def inbox_events(request: Request, user: StaffIdentity) -> Response:
    """The references of the steunpunt's open acute aanmeldingen; the inbox page announces one it
    did not have yet."""
    portal = _portal(request)

    def read() -> list[tuple[str, Any]]:
        rows = handoffs.inbox(portal.sessions, user, chosen=handoffs.InboxFilter(urgency="acuut"))
        return [("acute", [row.reference for row in rows])]

    return _event_stream(_stream(request, read))
