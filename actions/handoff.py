from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._forms import ReadingFormValidation, reading_events
from actions._tracker import latest_turn
from bot.handoff import dialogue
from bot.handoff.service import find_steunpunt, load_steunpunt, submit
from bot.privacy.keys import conversation_key_for
from bot.settings import load_settings

CONSENT_BUTTONS = [
    {"title": "Ja, dat is goed", "payload": "/affirm"},
    {"title": "Nee, liever niet", "payload": "/deny"},
    {"title": "Wat wordt er gedeeld?", "payload": "/ask_why"},
]
READBACK_BUTTONS = [
    {"title": "Ja, dat klopt", "payload": "/affirm"},
    {"title": "Nee, aanpassen", "payload": "/deny"},
]
RETRY_BUTTONS = [{"title": "Opnieuw proberen", "payload": "/request_human"}]


class ValidateHandoffForm(ReadingFormValidation):
    """Reads the handoff answers with bot.handoff.dialogue and asks only what is still open."""

    def name(self) -> str:
        return "validate_handoff_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[str]:
        return dialogue.questions_to_ask(tracker.slots)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        database_url = load_settings().database_url
        turn = latest_turn(tracker)
        reading = dialogue.read_turn(
            turn, tracker.slots, lambda code: find_steunpunt(database_url, code)
        )
        return reading_events(dispatcher, reading, turn.requested_slot)


class ActionAskHandoffConsent(Action):
    """Which steunpunt, by name, gets what, and the explicit question."""

    def name(self) -> str:
        return "action_ask_handoff_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        steunpunt = load_steunpunt(
            load_settings().database_url, tracker.get_slot("handoff_steunpunt")
        )
        if steunpunt is not None:
            young = tracker.get_slot("young_caregiver") is True
            dispatcher.utter_message(
                text=dialogue.consent_question(steunpunt, young), buttons=CONSENT_BUTTONS
            )
        return []


class ActionAskContactConfirmed(Action):
    def name(self) -> str:
        return "action_ask_contact_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(
            text=dialogue.contact_readback(tracker.slots), buttons=READBACK_BUTTONS
        )
        return []


class ActionSubmitHandoff(Action):
    """Stores the aanmelding, then confirms; or says honestly why there is none."""

    def name(self) -> str:
        return "action_submit_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        settings = load_settings()
        outcome = submit(
            tracker.slots,
            database_url=settings.database_url,
            conversation_key=conversation_key_for(tracker.sender_id, settings),
            input_channel=tracker.get_latest_input_channel(),
            now=datetime.now(timezone.utc),
        )
        dispatcher.utter_message(text=outcome.text, buttons=RETRY_BUTTONS if outcome.retry else [])
        events: list[EventType] = [SlotSet(name, value) for name, value in outcome.slots.items()]
        if not outcome.slots.get("handoff_reference") and not outcome.retry:
            # A later "ik wil iemand spreken" asks again, with what is already known.
            events += [SlotSet("handoff_steunpunt", None), SlotSet("handoff_consent", None)]
        return events
