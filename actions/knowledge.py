from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import load_settings
from knowledge.advice import suggest

NEXT_BUTTONS = [
    {"title": "Andere mogelijkheden", "payload": "/more_offers"},
    {"title": "Ik wil iemand spreken", "payload": "/request_human"},
]


class ActionSuggestOffers(Action):
    """The 2-3 offers from the knowledge base that fit this caregiver best, or the next ones."""

    def name(self) -> str:
        return "action_suggest_offers"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        shown = list(tracker.get_slot("offers_suggested") or [])
        wants_more = (tracker.latest_message.get("intent") or {}).get("name") == "more_offers"
        skip = [offer["id"] for offer in shown] if wants_more else []
        advice = suggest(tracker.slots, load_settings().database_url, skip)
        *first, last = advice.messages
        for text in first:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(text=last, buttons=NEXT_BUTTONS if advice.suggested else [])
        new = [offer for offer in advice.suggested if offer not in shown]
        return [SlotSet("offers_suggested", shown + new)]
