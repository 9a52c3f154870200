"""What the WhatsApp Cloud API and Twilio channels share on the Rasa side.

A webhook call is checked and answered at once; its messages are handled in the background (Meta
wants an answer within a few hundred milliseconds and retries otherwise). Each message is handled
once: the first delivery of its id wins (`bot.channels.dedup`). Messages of one conversation are
handled in the order they came in. Pictures, voice messages and the like get a friendly reply that
only text is read. Replies go out only within WhatsApp's 24-hour window.

Every message goes through the channel guards (bot.channels.guard): a flood of messages gets one
friendly notice instead of an answer to each, and a turn that gave no reply (action server down)
gets the safety reply or an honest answer. The flood limit counts per conversation key, so no phone
number is kept for it.

Logs never hold phone numbers or message text: the channel name, the provider's message id at most.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from functools import cached_property
from typing import Any, ClassVar

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.dedup import ReplyWindow, first_delivery, last_user_message_at, prune
from bot.channels.guard import FloodGuard, Verdict, answer_turn, flood_messages, screen
from bot.channels.inbound import Inbound, Kind
from bot.channels.live_delivery import LiveDelivery
from bot.channels.messaging import (
    CHOICE_ID_PREFIX,
    last_offered_payloads,
    media_reply,
    number_typed,
    reply_payload,
    typed_number,
)
from bot.channels.sending import ApiResult, RetryPolicy, post_with_retry
from bot.db import session_factory_for
from bot.keys import conversation_key
from bot.live.store import Outgoing
from bot.server_secrets import CONVERSATION_KEY, server_secret
from bot.settings import Settings

logger = logging.getLogger(__name__)

PRUNE_EVERY_S = 3600.0
STOP_WAIT_S = 10.0
YOUNG_SLOT = "young_caregiver"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class KeyedLocks:
    """One asyncio lock per conversation, so its messages are handled in arrival order; a lock
    is dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


class ChannelRuntime:
    """State a channel and its output channels share: database, window, HTTP session."""

    def __init__(self, channel: str, settings: Settings, policy: RetryPolicy | None = None) -> None:
        self.channel = channel
        self.settings = settings
        self.policy = policy or RetryPolicy()
        self._http: aiohttp.ClientSession | None = None
        self._pruned_at = 0.0

    @cached_property
    def sessions(self) -> Any:
        return session_factory_for(self.settings.database_url)

    @cached_property
    def window(self) -> ReplyWindow:
        return ReplyWindow(lambda key: last_user_message_at(self.sessions, self.channel, key))

    @cached_property
    def _key_secret(self) -> str:
        return server_secret(self.settings, CONVERSATION_KEY)

    def key(self, sender: str) -> str:
        """The conversation key (a keyed hash) that stands in for the phone number."""
        return conversation_key(sender, self._key_secret)

    def http(self) -> aiohttp.ClientSession:
        """One connection pool per process, made inside the running event loop."""
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession()
        return self._http

    async def post(self, url: str, *, what: str, **request: Any) -> ApiResult:
        return await post_with_retry(self.http(), url, policy=self.policy, what=what, **request)

    async def may_send(self, recipient: str) -> bool:
        key = self.key(recipient)
        if await asyncio.to_thread(self.window.is_open, key):
            return True
        logger.warning("%s: reply not sent, outside the 24-hour window", self.channel)
        return False

    async def first_delivery(self, inbound: Inbound, key: str, sent_at: datetime) -> bool:
        try:
            first = await asyncio.to_thread(
                first_delivery, self.sessions, self.channel, inbound.message_id, key, sent_at
            )
        except Exception as exc:  # the database is down: rather answer twice than not at all
            logger.error("%s: de-duplication unavailable (%s)", self.channel, type(exc).__name__)
            return True
        if first and time.monotonic() - self._pruned_at > PRUNE_EVERY_S:
            self._pruned_at = time.monotonic()
            await asyncio.to_thread(prune, self.sessions)
        return first

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()


class WhatsAppChannelOutput(OutputChannel):
    """Sends Rasa's replies to one channel's API; subclasses say how (`deliver`)."""

    channel: ClassVar[str]

    @classmethod
    def name(cls) -> str:
        return cls.channel

    def __init__(self, runtime: ChannelRuntime) -> None:
        self.runtime = runtime
        # Replies this output was asked to send, so the guard sees whether a turn answered.
        self.sent = 0

    async def deliver(self, recipient_id: str, message: dict[str, Any]) -> bool:
        raise NotImplementedError

    def text_messages(self, text: str, buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A text with its buttons as this provider's message bodies, in the order to send."""
        raise NotImplementedError

    async def send_all(
        self, recipient_id: str, messages: Iterable[dict[str, Any]], *, free_form: bool = True
    ) -> bool:
        """Sends in order; stops at the first failure, so a later part never comes without the
        earlier one. Free-form messages only within the 24-hour window."""
        self.sent += 1
        if free_form and not await self.runtime.may_send(recipient_id):
            return False
        for message in messages:
            if not await self.deliver(recipient_id, message):
                return False
        return True


# Alike in shape only: declares the class variables each subclass sets, like OutputChannel above;
# Rasa's channel classes want them per class.
class WhatsAppChannelInput(InputChannel):
    """A webhook that answers at once and hands each message to Rasa in the background."""

    channel: ClassVar[str]
    # From how many buttons on the choices are sent as a numbered text, where typing the number
    # answers.
    numbered_from: ClassVar[int]

    @classmethod
    def name(cls) -> str:
        return cls.channel

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.runtime = ChannelRuntime(self.channel, settings)
        self.flood_guard = FloodGuard.from_settings(settings)
        self._order = KeyedLocks()
        self._tasks: set[asyncio.Task[None]] = set()
        self._live_task: asyncio.Task[None] | None = None

    def missing_settings(self) -> list[str]:
        """Names of the environment variables still to set; [] when the channel is configured."""
        raise NotImplementedError

    def add_routes(
        self, blueprint: Blueprint, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        raise NotImplementedError

    def get_output_channel(self) -> OutputChannel:
        raise NotImplementedError

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint(f"{self.channel}_webhook", __name__)
        missing = self.missing_settings()
        if missing:
            logger.info(
                "%s channel not configured (set %s); its webhook answers 503",
                self.channel,
                ", ".join(missing),
            )

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "not configured" if missing else "ok"})

        self.add_routes(blueprint, on_new_message)

        @blueprint.listener("after_server_start")
        async def start_live_delivery(*_: Any) -> None:
            # The consultant's messages (bot.live), as WhatsApp text within the 24-hour window.
            if not missing:
                delivery = LiveDelivery(self.runtime.sessions, (self.channel,), self.send_live)
                self._live_task = asyncio.create_task(delivery.run_forever())

        @blueprint.listener("before_server_stop")
        async def finish(*_: Any) -> None:
            if self._live_task is not None:
                self._live_task.cancel()
            # Messages already acknowledged get their reply before the server goes.
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=STOP_WAIT_S)
            await self.runtime.close()

        return blueprint

    async def send_live(self, outgoing: Outgoing) -> bool:
        """A live chat message to the caregiver, only within the 24-hour window; False when the
        provider did not take every part (LiveDelivery tries again)."""
        output = self.get_output_channel()
        if not isinstance(output, WhatsAppChannelOutput):
            return False
        buttons = [{"title": title, "payload": payload} for title, payload in outgoing.buttons]
        return await output.send_all(outgoing.address, output.text_messages(outgoing.text, buttons))

    @staticmethod
    def not_configured() -> HTTPResponse:
        return response.json({"error": "not configured"}, status=503)

    def accept(
        self,
        inbounds: Iterable[Inbound],
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        request: Request,
    ) -> None:
        """Handles the messages in the background; the webhook answers without waiting."""
        agent = getattr(request.app.ctx, "agent", None)
        for inbound in inbounds:
            task = asyncio.create_task(self.handle(inbound, on_new_message, agent))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def handle(
        self,
        inbound: Inbound,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        agent: Any = None,
    ) -> None:
        key = self.runtime.key(inbound.sender)
        try:
            async with self._order.hold(key):
                now = _utc_now()
                sent_at = min(inbound.sent_at or now, now)
                if not await self.runtime.first_delivery(inbound, key, sent_at):
                    logger.info(
                        "%s: repeated delivery %s ignored", self.channel, inbound.message_id
                    )
                    return
                self.runtime.window.note(key, sent_at)
                verdict = await screen(self.flood_guard, key, inbound.text)
                if verdict is not Verdict.PASS:
                    await self.flood_notice(inbound.sender, verdict)
                    return
                with self.flood_guard.answering(key):
                    text = await self.rasa_text(inbound, agent)
                    if text:
                        await self.turn(inbound, text, on_new_message)
        except Exception as exc:
            # The type and where, never the exception's message: it may quote what the user wrote.
            logger.error("%s: handling a message failed (%s)", self.channel, type(exc).__name__)
            logger.debug("where: %s", "".join(traceback.format_tb(exc.__traceback__)))

    async def flood_notice(self, recipient: str, verdict: Verdict) -> None:
        if verdict is Verdict.NOTICE:
            logger.warning("%s: a sender went over the flood limit; notice sent", self.channel)
            output = self.get_output_channel()
            for message in flood_messages():
                await output.send_response(recipient, message)

    async def turn(
        self, inbound: Inbound, text: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        """One Rasa turn; the safety reply or an honest answer when it gave none."""
        output = self.get_output_channel()
        assert isinstance(output, WhatsAppChannelOutput)
        message = UserMessage(
            text, output, inbound.sender, input_channel=self.name(), message_id=inbound.message_id
        )
        await answer_turn(
            self.channel,
            inbound.text,
            run_turn=lambda: on_new_message(message),
            replies_sent=lambda: output.sent,
            send=lambda reply: output.send_response(inbound.sender, reply),
        )

    async def rasa_text(self, inbound: Inbound, agent: Any) -> str:
        """What Rasa gets: the text, or the payload of the choice the user made; "" for nothing."""
        if inbound.kind is Kind.MEDIA:
            informal = await self._slot(agent, inbound.sender, YOUNG_SLOT) is True
            reply = media_reply(informal=informal, with_text=bool(inbound.text))
            await self.get_output_channel().send_text_message(inbound.sender, reply)
            return inbound.text
        if inbound.kind is Kind.CHOICE:
            if inbound.reply_id and not inbound.reply_id.startswith(CHOICE_ID_PREFIX):
                return inbound.reply_id
            offered = await self._offered(agent, inbound.sender)
            return reply_payload(inbound.reply_id, offered) or inbound.text
        if number_typed(inbound.text) is None:  # not a number: no need to read the tracker
            return inbound.text
        offered = await self._offered(agent, inbound.sender)
        if len(offered) < self.numbered_from:
            return inbound.text
        return typed_number(inbound.text, offered) or inbound.text

    async def _tracker(self, agent: Any, sender: str) -> Any:
        store = getattr(agent, "tracker_store", None)
        return None if store is None else await store.retrieve(sender)

    async def _offered(self, agent: Any, sender: str) -> list[str]:
        tracker = await self._tracker(agent, sender)
        if tracker is None:
            return []
        return last_offered_payloads([event.as_dict() for event in tracker.events])

    async def _slot(self, agent: Any, sender: str, name: str) -> Any:
        tracker = await self._tracker(agent, sender)
        return None if tracker is None else tracker.get_slot(name)
