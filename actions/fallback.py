from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.conversation.fallback import affirmation_question


class ActionDefaultAskAffirmation(Action):
    """Replaces Rasa's English "Did you mean 'intent'?" with a Dutch question."""

    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        question = affirmation_question(tracker.latest_message.get("intent_ranking", []))
        dispatcher.utter_message(
            text=question.text,
            buttons=[{"title": b.title, "payload": b.payload} for b in question.buttons],
        )
        return []
