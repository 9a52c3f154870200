"""The conversation's services in the product: the application database and the knowledge base."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.orm import Session, sessionmaker

from bot.assessment.instruments import Instrument, load_instrument
from bot.assessment.needs import classify_needs
from bot.conversation.ports import LiveOffer, LiveStatus, Offers, QuestionAnswer, Submitted
from bot.conversation.texts import offer_button
from bot.conversation.words import known_words
from bot.db import session_factory_for
from bot.handoff.service import AddressCap, PhoneCap, find_steunpunt, load_steunpunt, submit
from bot.insights import recording
from bot.insights.buffer import buffer_for
from bot.insights.events import Event, channel_of
from bot.intake.situation import conditions_named, extract_situation
from bot.keys import conversation_key_for
from bot.live import store as live
from bot.live.summary import live_summary
from bot.privacy.erasure import ERASURE_FAILED_TEXT, erasure_reply, request_erasure
from bot.safety.tiers import safety_tier
from bot.settings import Settings
from bot.text.stemming import is_dutch_word
from knowledge.advice import (
    describe_asked_offer,
    national_help_text,
    offer_index,
    suggest,
    support_for_a_young_helper,
)
from knowledge.answers import answer_question
from knowledge.gemeenten import gemeente_names
from knowledge.glossary import find_term
from knowledge.offer import NeedCategory, Steunpunt

logger = logging.getLogger(__name__)
OVERVIEW_PATH = "/overzicht"


def overview_url(base_url: str, offer_ids: Sequence[str]) -> str:
    return f"{base_url}{OVERVIEW_PATH}?{urlencode({'aanbod': ','.join(offer_ids)})}"


@dataclass
class DatabaseServices:
    """One conversation's view of the world, for one turn."""

    settings: Settings
    sender_id: str
    input_channel: str | None
    moment: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    # The keyed hash of the chat client's address that came with this message
    # (bot.channels.address_key); None on WhatsApp, or with the cap per address off.
    address_key: str | None = None

    @property
    def today(self) -> date:
        return self.moment.date()

    @property
    def now(self) -> datetime:
        return self.moment

    @property
    def _database(self) -> str:
        return self.settings.database_url

    @property
    def _sessions(self) -> sessionmaker[Session]:
        return session_factory_for(self._database)

    def instrument(self) -> Instrument:
        # From the settings this turn already has: reading them again took 3 ms a turn (issue 18).
        return load_instrument(self.settings.assessment_instrument)

    def gemeente_name(self, code: str | None) -> str | None:
        return gemeente_names().get(code) if isinstance(code, str) else None

    def steunpunt_for(self, gemeente_code: str | None) -> Steunpunt | None:
        if not gemeente_code or not gemeente_code.startswith("GM"):
            return None
        return find_steunpunt(self._database, gemeente_code)

    def steunpunt(self, steunpunt_id: str | None) -> Steunpunt | None:
        return load_steunpunt(self._database, steunpunt_id)

    def offers(
        self, facts: dict[str, Any], skip: Sequence[str] = (), intro: str | None = None
    ) -> Offers:
        advice = suggest(facts, self._sessions, skip, intro)
        return Offers(advice.messages, advice.suggested)

    def support_for_a_young_helper(self, facts: dict[str, Any], intro: str) -> Offers:
        advice = support_for_a_young_helper(facts, self._sessions, intro)
        return Offers(advice.messages, advice.suggested)

    def describe_offer(self, text: str, offer_id: str | None, facts: dict[str, Any]) -> str:
        return describe_asked_offer(text, offer_id, facts, self._sessions)

    def offers_named(self, text: str) -> tuple[str, ...]:
        return offer_index(self._sessions).offers_named(text)

    def answer_question(
        self, text: str, facts: dict[str, Any], named_needs: Sequence[NeedCategory] = ()
    ) -> QuestionAnswer | None:
        answer = answer_question(
            text,
            _with_the_conditions_asked_about(text, facts),
            offer_index(self._sessions),
            self.steunpunt_for,
            self.national_help,
            named_needs,
        )
        if answer is None:
            return None
        buttons = tuple(offer_button(offer) for offer in answer.offers)
        return QuestionAnswer(answer.text, buttons, answer.needs_gemeente, answer.offers)

    def national_help(self, gemeente_code: str | None) -> str:
        return national_help_text(offer_index(self._sessions), self.gemeente_name(gemeente_code))

    def submit_handoff(self, facts: dict[str, Any]) -> Submitted:
        outcome = submit(
            facts,
            database_url=self._database,
            conversation_key=conversation_key_for(self.sender_id, self.settings),
            input_channel=self.input_channel,
            now=self.moment,
            phone_cap=PhoneCap.from_settings(self.settings),
            address_key=self.address_key,
            address_cap=AddressCap.from_settings(self.settings),
        )
        reference = outcome.slots.get("handoff_reference")
        if reference:
            self._attach_live_chats(str(reference))
        return Submitted(outcome.text, reference, outcome.retry, dict(outcome.slots))

    def erase_conversation(self) -> str:
        try:
            result = request_erasure(
                session_factory_for(self._database),
                self.sender_id,
                conversation_key_for(self.sender_id, self.settings),
                self.moment,
            )
        except Exception as error:  # the database may be away: never say "verwijderd" then
            logger.error("erasure not stored: %s", type(error).__name__)
            return ERASURE_FAILED_TEXT
        return erasure_reply(result, self.steunpunt)

    def overview_url(self, offer_ids: Sequence[str]) -> str:
        return overview_url(self.settings.public_web_url, offer_ids)

    def privacy_url(self) -> str:
        return f"{self.settings.public_web_url}/privacy"

    @property
    def channel(self) -> str:
        return channel_of(self.input_channel)

    def local_needs(self, offer_ids: Sequence[str]) -> frozenset[str]:
        """The needs that the local offers among `offer_ids` (not national ones) cover."""
        wanted = set(offer_ids)
        return frozenset(
            need
            for offer in offer_index(self._sessions).offers
            if offer.id in wanted and offer.scope != "landelijk"
            for need in offer.needs
        )

    def record(self, events: Sequence[Event]) -> None:
        """Appended to the process's write-behind buffer (bot.insights.buffer), which a thread
        writes a second later: the turn never waits for the database, nor fails with it.
        Nothing at all with the insights off (STEUNWIJZER_INSIGHTS=off)."""
        if self.settings.insights and events:
            buffer_for(self._database).add(events)

    # --- the live chat (bot.live) ---------------------------------------------------------------

    @property
    def _key(self) -> str:
        return conversation_key_for(self.sender_id, self.settings)

    def live_offer(self, steunpunt_id: str | None) -> LiveOffer | None:
        steunpunt = self.steunpunt(steunpunt_id)
        if steunpunt is None or not self.settings.live_chat:
            return None
        with self._sessions() as session:
            found = live.availability(session, steunpunt, self.moment)
        if found is None:
            return None
        return LiveOffer(found.possible, found.open_now, found.hours_text)

    def live_chat(self) -> LiveStatus | None:
        """The open chat, else one that closed since the last message (then marked seen)."""
        try:
            with self._sessions() as session, session.begin():
                chat = live.chat_for_the_turn(session, self._key)
        except Exception as error:  # the assistant answers rather than nobody
            logger.error("live chat state not read: %s", type(error).__name__)
            return None
        return LiveStatus(chat.status, chat.ended_how) if chat is not None else None

    def request_live_chat(self, facts: dict[str, Any]) -> bool:
        steunpunt = self.steunpunt(facts.get("handoff_steunpunt"))
        if steunpunt is None:
            return False
        gemeente = facts.get("gemeente") if known_code(facts) else None
        try:
            with self._sessions() as session, session.begin():
                new = live.open_chat(session, self._key) is None
                live.request_chat(
                    session,
                    conversation_key=self._key,
                    channel=_live_channel(self.input_channel),
                    channel_address=self.sender_id,
                    steunpunt_id=steunpunt.id,
                    gemeente_code=gemeente,
                    summary=live_summary(facts),
                    now=self.moment,
                )
        except Exception as error:  # the caregiver hears it did not work, and gets the call-back
            logger.error("live chat not requested: %s", type(error).__name__)
            return False
        if new:
            event = recording.live_requested(
                at=self.moment, gemeente=gemeente, input_channel=self.input_channel
            )
            self.record([event])
        return True

    def relay_to_consultant(self, text: str, crisis: bool) -> None:
        with self._sessions() as session, session.begin():
            chat = live.open_chat(session, self._key)
            if chat is not None:
                live.add_message(session, chat.id, "caregiver", text, self.moment, crisis=crisis)

    def _attach_live_chats(self, reference: str) -> None:
        try:
            with self._sessions() as session, session.begin():
                live.attach_to_handoff(session, self._key, reference)
        except Exception as error:  # the aanmelding is stored; the transcript stays unlinked
            logger.error("live transcript not linked: %s", type(error).__name__)


def known_code(facts: dict[str, Any]) -> bool:
    code = facts.get("gemeente")
    return isinstance(code, str) and code.startswith("GM")


def _live_channel(input_channel: str | None) -> str:
    if input_channel in ("socketio", "whatsapp", "twilio_whatsapp", "rest"):
        return input_channel
    return "other"


def warm_up(settings: Settings) -> None:
    """Build at start-up what the first caregiver's turns would otherwise wait for, about two
    seconds on this machine (docs/performance.md): the safety rules (1.6 s), the intake's readers,
    the known words, Dutch's word forms, the burden instrument and the search index of the
    knowledge base."""
    sentence = "ik zorg voor mijn moeder met dementie in zwolle, even vrij zou fijn zijn"
    safety_tier(sentence, None)
    extract_situation(sentence)
    classify_needs(sentence)
    known_words()
    is_dutch_word("zorg")  # the gemeente reader's typo guard: 0.2 s the first time
    find_term(sentence)
    load_instrument(settings.assessment_instrument)
    gemeente_names()
    offer_index(session_factory_for(settings.database_url))


def _with_the_conditions_asked_about(text: str, facts: dict[str, Any]) -> dict[str, Any]:
    """ "is er iets voor familie van iemand met kanker?" asks about kanker, whatever the naaste
    has: an Alzheimer Café does not answer it."""
    asked_about = conditions_named(text)
    return {**facts, "conditions": list(asked_about)} if asked_about else facts
