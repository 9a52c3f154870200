"""What the conversation needs from the world, as one interface.

The conversation logic (bot/conversation/engine.py) calls only these methods, so it runs in tests
with an in-memory knowledge base and in the product with the application database
(bot/conversation/services.py). Nothing here talks to Rasa.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from bot.assessment.instruments import Instrument
from bot.insights.events import Event
from bot.messages import Button
from knowledge.offer import NeedCategory, Steunpunt


@dataclass(frozen=True)
class Offers:
    """Offers told in the chat: the messages, and the offers as the handoff's `offers_suggested`."""

    messages: tuple[str, ...]
    suggested: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Submitted:
    """The aanmelding stored (reference set), refused, or failed (retry)."""

    text: str
    reference: str | None = None
    retry: bool = False
    slots: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class QuestionAnswer:
    """An answer from the knowledge base; `needs_gemeente`: ask the gemeente, then answer again."""

    text: str
    buttons: tuple[Button, ...] = ()
    needs_gemeente: bool = False
    offers: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class LiveOffer:
    """Whether the steunpunt can chat now (bot.live): open by its hours, someone available."""

    possible: bool
    open_now: bool
    hours: str


@dataclass(frozen=True)
class LiveStatus:
    """The conversation's live chat: open (waiting, taken) or just closed (ended, expired)."""

    status: str
    ended_how: str | None = None

    @property
    def open(self) -> bool:
        return self.status in ("waiting", "taken")


class Services(Protocol):
    @property
    def today(self) -> date: ...

    @property
    def now(self) -> datetime: ...

    def instrument(self) -> Instrument: ...

    def gemeente_name(self, code: str | None) -> str | None: ...

    def steunpunt_for(self, gemeente_code: str | None) -> Steunpunt | None: ...

    def steunpunt(self, steunpunt_id: str | None) -> Steunpunt | None: ...

    def offers(
        self, facts: dict[str, Any], skip: Sequence[str] = (), intro: str | None = None
    ) -> Offers: ...

    def support_for_a_young_helper(self, facts: dict[str, Any], intro: str) -> Offers: ...

    def describe_offer(self, text: str, offer_id: str | None, facts: dict[str, Any]) -> str: ...

    def offers_named(self, text: str) -> tuple[str, ...]: ...

    def answer_question(
        self, text: str, facts: dict[str, Any], named_needs: Sequence[NeedCategory] = ()
    ) -> QuestionAnswer | None: ...

    def national_help(self, gemeente_code: str | None) -> str: ...

    def submit_handoff(self, facts: dict[str, Any]) -> Submitted: ...

    def erase_conversation(self) -> str: ...

    def overview_url(self, offer_ids: Sequence[str]) -> str: ...

    def privacy_url(self) -> str: ...

    # The insights (bot.insights): anonymous coded events, recorded as the conversation goes.
    @property
    def channel(self) -> str: ...

    def local_needs(self, offer_ids: Sequence[str]) -> frozenset[str]: ...

    def record(self, events: Sequence[Event]) -> None: ...

    # The live chat (bot.live): a consultant of the steunpunt joins the conversation.
    def live_offer(self, steunpunt_id: str | None) -> LiveOffer | None: ...

    def live_chat(self) -> LiveStatus | None: ...

    def request_live_chat(self, facts: dict[str, Any]) -> bool: ...

    def relay_to_consultant(self, text: str, crisis: bool) -> None: ...
