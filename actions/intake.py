from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._forms import ReadingFormValidation, reading_events
from actions._tracker import latest_turn
from bot.intake.dialogue import correct, questions_to_ask, read_turn, summarize

SUMMARY_BUTTONS = [
    {"title": "Ja, dat klopt", "payload": "/affirm"},
    {"title": "Nee, iets klopt niet", "payload": "/deny"},
]


class ValidateIntakeForm(ReadingFormValidation):
    """Reads every intake answer with bot.intake and asks only what is still missing."""

    def name(self) -> str:
        return "validate_intake_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[str]:
        return questions_to_ask(tracker.slots)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        turn = latest_turn(tracker)
        return reading_events(dispatcher, read_turn(turn, tracker.slots), turn.requested_slot)


class ActionSummarizeSituation(Action):
    def name(self) -> str:
        return "action_summarize_situation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=summarize(tracker.slots), buttons=SUMMARY_BUTTONS)
        return []


class ActionCorrectSituation(Action):
    """After the summary: a correction ("nee, het is 15 uur") is read like any story."""

    def name(self) -> str:
        return "action_correct_situation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        correction = correct(latest_turn(tracker), tracker.slots)
        dispatcher.utter_message(
            text=correction.text, buttons=SUMMARY_BUTTONS if correction.summary else []
        )
        return [SlotSet(name, value) for name, value in correction.slots.items()]
