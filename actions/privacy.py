from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.db import session_factory_for
from bot.handoff.service import load_steunpunt
from bot.privacy.erasure import ERASURE_FAILED_TEXT, erasure_reply, request_erasure
from bot.privacy.keys import conversation_key_for
from bot.settings import load_settings

logger = logging.getLogger(__name__)


class ActionEraseConversation(Action):
    """ "Verwijder mijn gegevens", after the caregiver confirmed: withdraw, delete, and say what.

    The conversation itself is deleted by the worker once this turn has been saved
    (bot.privacy.erasure), so no events are returned.
    """

    def name(self) -> str:
        return "action_erase_conversation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        settings = load_settings()
        try:
            result = request_erasure(
                session_factory_for(settings.database_url),
                tracker.sender_id,
                conversation_key_for(tracker.sender_id, settings),
                datetime.now(timezone.utc),
            )
        except Exception as error:  # the database may be away: never say "verwijderd" then
            logger.error("erasure not stored: %s", type(error).__name__)
            dispatcher.utter_message(text=ERASURE_FAILED_TEXT)
            return []
        text = erasure_reply(
            result, lambda steunpunt_id: load_steunpunt(settings.database_url, steunpunt_id)
        )
        dispatcher.utter_message(text=text)
        return []
