from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.safety.reply import reply_to_crisis_message


class ActionSafetyReply(Action):
    """The first reply to a crisis message: the right help line, and the person stays heard."""

    def name(self) -> str:
        return "action_safety_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        _, reply = reply_to_crisis_message(tracker.latest_message.get("text") or "")
        for message in reply.to_rasa_messages():
            dispatcher.utter_message(**message)
        return [SlotSet("safety_urgency", "acuut")]
