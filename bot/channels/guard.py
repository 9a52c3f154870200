"""What every channel does around a Rasa turn: a friendly flood limit before it, an honest answer
after it when it gave no reply.

Flood limit: a sender may hand at most `max_messages` messages to the assistant in any
`window_s` seconds (a sliding window), and at most `max_waiting` may be waiting for an answer at
once. A fast typist never gets there; a script does. Rasa answers one conversation's messages one
after the other, so the second limit bounds how long any message waits for its turn: without it, a
crisis sent in the middle of a burst would wait behind every message before it. A message
over the limit does not reach Rasa; the sender gets one friendly notice per window, not one per
message. A message in which the safety check finds a crisis always goes through.

The REST and socket.io channels also pass an `AddressLimit` (bot.channels.limits) and the client's
address: over that limit a message gets the same notice every time (REST: status 429), and does
not count against the sender's flood limit.

No reply: when the action server is down, Rasa logs the error, drops the action's events and
answers nothing at all, also to a crisis message (the safety reply is a custom action). So when a
turn sent nothing, or failed, the channel sends the safety reply itself for a crisis, and otherwise
says honestly that answering does not work right now, with the emergency numbers.

The numbers come from knowledge/data/helplines.yml, like the safety reply's. Logs never hold the
message text or the sender id.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bot.channels.limits import AddressLimit
from bot.safety.detector import SafetySignal, detect_safety_signal
from bot.safety.reply import EMERGENCY_ID, SUICIDE_PREVENTION_ID, build_safety_reply
from bot.settings import Settings
from knowledge.helplines import get_verified_helpline

logger = logging.getLogger(__name__)

DEFAULT_MAX_MESSAGES = 12
DEFAULT_WINDOW_S = 10.0
# Someone who lost signal and comes back sends a few messages at once; more than this is a script.
DEFAULT_MAX_WAITING = 8
# Senders remembered at most; beyond this the one quiet longest is forgotten first.
DEFAULT_MAX_SENDERS = 10_000
# Longer messages are cut here. The safety check reads every character (about 0.1 s for 20,000),
# so without a cap one huge message would hold up the Rasa server; no caregiver types this much.
MAX_MESSAGE_CHARS = 20_000
# Of a longer message the end is kept too: what matters most often comes last.
KEPT_END_CHARS = 2_000
CUT_MARK = " … "

FLOOD_TEXT = (
    "U stuurt veel berichten snel na elkaar. Ik lees ze één voor één. "
    "Wacht even op mijn antwoord, dan kunt u verder."
)
NO_REPLY_TEXT = (
    "Het lukt mij nu even niet om te antwoorden. Dat ligt aan ons, niet aan u. "
    "Probeer het over een paar minuten opnieuw."
)

RasaMessage = dict[str, Any]


class Verdict(Enum):
    PASS = "pass"  # to the assistant
    NOTICE = "notice"  # over the limit: the friendly notice instead
    DROP = "drop"  # over the limit, notice already given in this window
    LIMITED = "limited"  # over the per-address limit: the notice, every time


@dataclass
class _Sender:
    admitted: deque[float] = field(default_factory=deque)
    waiting: int = 0  # admitted, not yet answered
    noticed_at: float | None = None
    seen_at: float = 0.0


class FloodGuard:
    """Per-sender sliding-window limit, in memory.

    Counting is per process: with several Rasa replicas behind a load balancer, each replica
    counts on its own, so a sender spread over n replicas may send up to n times the limit.
    Memory stays bounded: a sender quiet for a whole window is forgotten, and at most
    `max_senders` are remembered. `max_messages=0` switches the limit off (load tests).
    """

    def __init__(
        self,
        max_messages: int = DEFAULT_MAX_MESSAGES,
        window_s: float = DEFAULT_WINDOW_S,
        *,
        max_waiting: int = DEFAULT_MAX_WAITING,
        max_senders: int = DEFAULT_MAX_SENDERS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_messages < 0 or window_s <= 0 or max_waiting < 1 or max_senders < 1:
            raise ValueError(
                "flood limit: max_messages >= 0, window_s > 0, max_waiting >= 1, max_senders >= 1"
            )
        self.max_messages = max_messages
        self.window_s = window_s
        self.max_waiting = max_waiting
        self.max_senders = max_senders
        self._clock = clock
        self._senders: OrderedDict[str, _Sender] = OrderedDict()

    @classmethod
    def from_settings(cls, settings: Settings) -> FloodGuard:
        return cls(
            settings.flood_max_messages,
            settings.flood_window_s,
            max_waiting=settings.flood_max_waiting,
        )

    @property
    def enabled(self) -> bool:
        return self.max_messages > 0

    def admit(self, sender: str) -> bool:
        """True when this message is within the limit (it is counted); False when over it."""
        if not self.enabled:
            return True
        now = self._clock()
        state = self._touch(sender, now)
        while state.admitted and now - state.admitted[0] >= self.window_s:
            state.admitted.popleft()
        if len(state.admitted) >= self.max_messages or state.waiting >= self.max_waiting:
            return False
        state.admitted.append(now)
        return True

    @contextmanager
    def answering(self, sender: str) -> Iterator[None]:
        """Counts a message as waiting for its answer while the block runs. Enter it right after
        `screen` let the message pass, with no await in between, so that a burst that arrives
        at once is counted as it comes in."""
        if not self.enabled:
            yield
            return
        self._touch(sender, self._clock()).waiting += 1
        try:
            yield
        finally:
            state = self._senders.get(sender)
            if state is not None and state.waiting > 0:  # it may have been forgotten meanwhile
                state.waiting -= 1

    def notice_due(self, sender: str) -> bool:
        """For a message over the limit: True once per window, when the notice should go."""
        now = self._clock()
        state = self._touch(sender, now)
        if state.noticed_at is not None and now - state.noticed_at < self.window_s:
            return False
        state.noticed_at = now
        return True

    @property
    def sender_count(self) -> int:
        """How many senders are remembered now."""
        return len(self._senders)

    # Alike in shape only: bot.channels.limits has its own _touch over other state (per client, not
    # per sender); both keep the newest last.
    def _touch(self, sender: str, now: float) -> _Sender:
        self._forget(now)
        state = self._senders.pop(sender, None) or _Sender()
        state.seen_at = now
        self._senders[sender] = state  # most recently seen last
        while len(self._senders) > self.max_senders:
            self._senders.popitem(last=False)
        return state

    def _forget(self, now: float) -> None:
        # Quiet for a whole window: nothing counted is left, and no notice is pending.
        while self._senders:
            oldest = next(iter(self._senders.values()))
            if now - oldest.seen_at < self.window_s:
                return
            self._senders.popitem(last=False)


def within_length(text: str) -> str:
    """The message as the assistant reads it: at most MAX_MESSAGE_CHARS characters, its start and
    its end."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    start = MAX_MESSAGE_CHARS - KEPT_END_CHARS - len(CUT_MARK)
    return text[:start] + CUT_MARK + text[-KEPT_END_CHARS:]


def crisis_signal(text: str) -> SafetySignal | None:
    """The safety check's signal when it finds a crisis in the text, else None."""
    signal = detect_safety_signal(text)
    return signal if signal is not None and signal.is_crisis else None


# Alike in shape only: a keyword-only signature, alike in layout to others (privacy.audit.record).
async def screen(
    guard: FloodGuard,
    sender: str,
    text: str,
    address_limit: AddressLimit | None = None,
    address: str | None = None,
) -> Verdict:
    """Whether a message goes to the assistant, gets the flood notice, or is dropped."""
    within_address = address_limit is None or address_limit.admit(address, sender)
    if within_address and guard.admit(sender):
        return Verdict.PASS
    # The safety check reads the whole text; in a thread, so a flood of long messages does not
    # hold up everyone else's conversation.
    if await asyncio.to_thread(crisis_signal, text) is not None:
        return Verdict.PASS
    if not within_address:
        return Verdict.LIMITED
    return Verdict.NOTICE if guard.notice_due(sender) else Verdict.DROP


def flood_messages() -> list[RasaMessage]:
    return [{"text": FLOOD_TEXT}]


def urgent_help_text() -> str:
    """Where to go with urgent worries, numbers from helplines.yml."""
    emergency = get_verified_helpline(EMERGENCY_ID)
    suicide = get_verified_helpline(SUICIDE_PREVENTION_ID)
    return (
        f"Is het dringend? Bij direct gevaar belt u {' of '.join(emergency.phones)}. "
        f"Denkt u aan zelfdoding? Bel {' of '.join(suicide.phones)}."
    )


def no_reply_messages(crisis: SafetySignal | None) -> list[RasaMessage]:
    """What to send when a turn gave no reply: the safety reply for a crisis, else the honest
    answer with the emergency numbers. As Rasa messages (text, buttons)."""
    if crisis is not None:
        return build_safety_reply(crisis).to_rasa_messages()
    return [{"text": NO_REPLY_TEXT}, {"text": urgent_help_text()}]


async def answer_turn(
    channel: str,
    text: str,
    run_turn: Callable[[], Awaitable[object]],
    replies_sent: Callable[[], int],
    send: Callable[[RasaMessage], Awaitable[object]],
) -> bool:
    """Runs one Rasa turn; when it sent nothing or failed, sends `no_reply_messages` instead.
    True when the turn answered by itself."""
    before = replies_sent()
    try:
        await run_turn()
    except Exception as exc:
        # The type and where, never the exception's message: it may quote what the user wrote.
        logger.error("%s: handling a message failed (%s)", channel, type(exc).__name__)
        logger.debug("where: %s", "".join(traceback.format_tb(exc.__traceback__)))
    if replies_sent() > before:
        return True
    crisis = await asyncio.to_thread(crisis_signal, text)
    kind = "honest answer" if crisis is None else "safety reply"
    logger.warning("%s: the turn gave no answer; sent the %s instead", channel, kind)
    for message in no_reply_messages(crisis):
        await send(message)
    return False


async def guarded_turn(
    guard: FloodGuard,
    channel: str,
    sender: str,
    text: str,
    run_turn: Callable[[], Awaitable[object]],
    replies_sent: Callable[[], int],
    send: Callable[[RasaMessage], Awaitable[object]],
    *,
    address_limit: AddressLimit | None = None,
    address: str | None = None,
) -> Verdict:
    """The limits, then the turn with its honest answer; what the channels call."""
    verdict = await screen(guard, sender, text, address_limit, address)
    if verdict is Verdict.NOTICE:
        logger.warning("%s: a sender went over the flood limit; notice sent", channel)
    if (
        verdict is Verdict.LIMITED
        and address_limit is not None
        and address_limit.report_due(address)
    ):
        # Without the address: it is personal data.
        logger.warning("%s: a client address went over its limit; notice sent", channel)
    if verdict in (Verdict.NOTICE, Verdict.LIMITED):
        for message in flood_messages():
            await send(message)
    if verdict is Verdict.PASS:
        with guard.answering(sender):
            await answer_turn(channel, text, run_turn, replies_sent, send)
    return verdict
