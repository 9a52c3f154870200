from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._forms import ReadingFormValidation
from actions._tracker import latest_turn
from bot.assessment import dialogue
from bot.assessment.next_step import (
    NEEDS_INTERRUPTING_INTENTS,
    NEEDS_NOT_UNDERSTOOD_TEXT,
    next_step_message,
    read_needs,
    run_triage,
)
from bot.assessment.scoring import score
from bot.conversation.fallback import BotMessage
from bot.intake.dialogue import INTERRUPTING_INTENTS


def _say(dispatcher: CollectingDispatcher, message: BotMessage) -> None:
    dispatcher.utter_message(
        text=message.text,
        buttons=[{"title": b.title, "payload": b.payload} for b in message.buttons],
    )


def _answers(tracker: Tracker) -> dict[str, str]:
    return dict(tracker.get_slot("assessment_answers") or {})


class ActionOfferAssessment(Action):
    def name(self) -> str:
        return "action_offer_assessment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        _say(dispatcher, dialogue.offer(dialogue.deployment_instrument()))
        return []


class ActionStartAssessment(Action):
    """Starts the check afresh, after a finished one, or goes on with a check stopped halfway."""

    def name(self) -> str:
        return "action_start_assessment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        start = dialogue.start(dialogue.deployment_instrument(), _answers(tracker))
        if start.text:
            dispatcher.utter_message(text=start.text)
        return [
            SlotSet("assessment_answers", start.answers),
            SlotSet("assessment_answer", None),
        ]


class ActionAskAssessmentAnswer(Action):
    def name(self) -> str:
        return "action_ask_assessment_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        question = dialogue.question(dialogue.deployment_instrument(), _answers(tracker))
        if question is not None:
            _say(dispatcher, question)
        return []


class ValidateAssessmentForm(ReadingFormValidation):
    def name(self) -> str:
        return "validate_assessment_form"

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        turn = latest_turn(tracker)
        # On activation the latest message is what started the check, not an answer.
        if turn.requested_slot != "assessment_answer" or turn.intent in INTERRUPTING_INTENTS:
            return []
        instrument = dialogue.deployment_instrument()
        reading = dialogue.read_answer(
            instrument, _answers(tracker), turn.text, turn.entity("answer")
        )
        if not reading.understood:
            dispatcher.utter_message(text=dialogue.not_understood(instrument))
        events: list[EventType] = [SlotSet("assessment_answers", reading.answers)]
        if reading.is_complete(instrument):
            events.append(SlotSet("assessment_answer", dialogue.DONE))
        return events


class ActionReportAssessment(Action):
    def name(self) -> str:
        return "action_report_assessment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        result = score(dialogue.deployment_instrument(), _answers(tracker))
        dispatcher.utter_message(text=result.result_text)
        return [SlotSet("assessment_result", result.to_handoff())]


class ValidateNeedsForm(ReadingFormValidation):
    def name(self) -> str:
        return "validate_needs_form"

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        turn = latest_turn(tracker)
        if turn.requested_slot != "needs" or turn.intent in NEEDS_INTERRUPTING_INTENTS:
            return []
        needs = read_needs(turn.text, turn.intent, turn.entity("answer"))
        if needs is None:
            dispatcher.utter_message(text=NEEDS_NOT_UNDERSTOOD_TEXT)
            return [SlotSet("unread_answer", "needs")]
        return [SlotSet("needs", needs)]


class ActionRecordNeeds(Action):
    """ "Ik zoek hulp in huis" at any moment: the need is noted for triage and the steunpunt."""

    def name(self) -> str:
        return "action_record_needs"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        turn = latest_turn(tracker)
        needs = read_needs(turn.text, turn.intent, turn.entity("answer")) or []
        known = list(tracker.get_slot("needs") or [])
        return [SlotSet("needs", known + [n for n in needs if n not in known])]


class ActionTriage(Action):
    def name(self) -> str:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        outcome = run_triage(tracker.slots)
        _say(dispatcher, next_step_message(outcome))
        return [SlotSet("triage_outcome", outcome)]
