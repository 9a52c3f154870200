from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import latest_turn
from bot.channels.address_key import address_key_of
from bot.conversation.engine import respond
from bot.conversation.services import DatabaseServices
from bot.conversation.state import ConversationState
from bot.messages import SILENT
from bot.settings import load_settings


class ActionRespond(Action):
    """Every message: the conversation (bot.conversation.engine) says what comes next."""

    def name(self) -> str:
        return "action_respond"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        services = DatabaseServices(
            load_settings(),
            tracker.sender_id,
            tracker.get_latest_input_channel(),
            address_key=address_key_of((tracker.latest_message or {}).get("metadata")),
        )
        state, messages = respond(
            ConversationState.from_slots(tracker.slots), latest_turn(tracker), services
        )
        for message in messages:
            dispatcher.utter_message(
                text=message.text,
                buttons=[{"title": b.title, "payload": b.payload} for b in message.buttons],
            )
        if not messages:
            # A consultant answers this message (bot.live): the channel shows nothing.
            dispatcher.utter_message(json_message=SILENT)
        return [SlotSet(name, value) for name, value in state.changed_slots(tracker.slots).items()]
