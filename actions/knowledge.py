from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import load_settings
from knowledge.advice import describe_asked_offer, suggest
from knowledge.details import short_name

NEXT_BUTTONS = [
    {"title": "Andere mogelijkheden", "payload": "/more_offers"},
    {"title": "Overzicht bewaren", "payload": "/send_overview"},
    {"title": "Met iemand praten", "payload": "/request_human"},
]
CHOOSE_TEXT = "Wilt u meer weten over een van deze? Kies hieronder. Of vraag naar andere hulp."
OVERVIEW_PATH = "/overzicht"
OVERVIEW_TEXT = (
    "Hier staat alles op een rij. U kunt de pagina bewaren of printen:\n{url}\n"
    "Op die pagina staan alleen de hulp en de contactgegevens, niets over u."
)
NO_OVERVIEW_TEXT = "Ik heb u nog geen hulp laten zien. Vertel eerst waar u hulp bij zoekt."


def _details_button(offer: dict[str, Any]) -> dict[str, str]:
    payload = "/ask_offer" + json.dumps({"offer": offer["id"]})
    # 24 characters: what a WhatsApp list row shows.
    return {"title": short_name(offer["name"], 24), "payload": payload}


def overview_url(base_url: str, offer_ids: list[str]) -> str:
    return f"{base_url}{OVERVIEW_PATH}?{urlencode({'aanbod': ','.join(offer_ids)})}"


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
        for text in advice.messages:
            dispatcher.utter_message(text=text)
        if advice.suggested:
            buttons = [_details_button(offer) for offer in advice.suggested] + NEXT_BUTTONS
            dispatcher.utter_message(text=CHOOSE_TEXT, buttons=buttons)
        new = [offer for offer in advice.suggested if offer not in shown]
        return [SlotSet("offers_suggested", shown + new)]


class ActionDescribeOffer(Action):
    """ "Vertel meer over ...": one offer in full, the one shown or the one named."""

    def name(self) -> str:
        return "action_describe_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = describe_asked_offer(
            tracker.latest_message.get("text") or "",
            next(tracker.get_latest_entity_values("offer"), None),
            tracker.slots,
            load_settings().database_url,
        )
        dispatcher.utter_message(text=text, buttons=NEXT_BUTTONS)
        return []


class ActionSendOverview(Action):
    """A link to a page with the offers shown, to keep or print; the link holds no personal data."""

    def name(self) -> str:
        return "action_send_overview"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        shown = [offer["id"] for offer in tracker.get_slot("offers_suggested") or []]
        if not shown:
            dispatcher.utter_message(text=NO_OVERVIEW_TEXT)
            return []
        url = overview_url(load_settings().public_web_url, shown)
        dispatcher.utter_message(text=OVERVIEW_TEXT.format(url=url))
        return []
