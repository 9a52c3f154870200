from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.conversation.forms import RESUMED_TEXT, interruption_response
from bot.conversation.input import other_language_reply
from bot.handoff.dialogue import why_we_ask as handoff_why_we_ask
from bot.handoff.service import load_steunpunt
from bot.intake.dialogue import why_we_ask
from bot.settings import load_settings
from knowledge.glossary import explain
from knowledge.helplines import all_helplines


def _hold_active_form(tracker: Tracker) -> list[EventType]:
    return [
        SlotSet("paused_form", tracker.active_loop.get("name")),
        ActiveLoop(None),
        SlotSet("requested_slot", None),
    ]


class ActionPauseForm(Action):
    """Pauses or stops the active form; "verder" brings the caregiver back to it."""

    def name(self) -> str:
        return "action_pause_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        dispatcher.utter_message(response=interruption_response(intent))
        return _hold_active_form(tracker)


class ActionHoldForm(Action):
    """Pauses the active form without a word, after something more important was said."""

    def name(self) -> str:
        return "action_hold_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return _hold_active_form(tracker)


class ActionResumeForm(Action):
    def name(self) -> str:
        return "action_resume_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=RESUMED_TEXT)
        return [SlotSet("paused_form", None)]


class ActionExplainQuestion(Action):
    """ "Waarom vraag je dat?": why the open question matters."""

    def name(self) -> str:
        return "action_explain_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        steunpunt = load_steunpunt(
            load_settings().database_url, tracker.get_slot("handoff_steunpunt")
        )
        handoff_text = handoff_why_we_ask(requested, steunpunt.name if steunpunt else None)
        dispatcher.utter_message(text=handoff_text or why_we_ask(requested))
        return []


class ActionExplainTerm(Action):
    """ "Wat is respijtzorg?": the glossary's plain explanation."""

    def name(self) -> str:
        return "action_explain_term"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        term = next(tracker.get_latest_entity_values("term"), None)
        dispatcher.utter_message(text=explain(term or tracker.latest_message.get("text") or ""))
        return []


class ActionReplyOtherLanguage(Action):
    """A message in another language: say in Dutch and English that only Dutch is understood."""

    def name(self) -> str:
        return "action_reply_other_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=other_language_reply(all_helplines()))
        return []
