"""Form validation for forms whose answers bot/ reads in one go."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.intake.dialogue import Reading


class ReadingFormValidation(FormValidationAction, ABC):
    """Returns every slot that `get_extraction_events` read, then the next question.

    rasa-sdk's own run keeps only slots that are still required after extraction, which would drop
    the facts a caregiver volunteers ("... en ik woon in Zwolle") for questions not yet asked.
    """

    @abstractmethod
    def name(self) -> str:
        """Abstract, so rasa-sdk does not register this base class as an action."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events = await self.get_extraction_events(dispatcher, tracker, domain)
        tracker.add_slots(events)
        next_slot = await self.next_requested_slot(dispatcher, tracker, domain)
        return [*events, next_slot] if next_slot else events


def reading_events(
    dispatcher: CollectingDispatcher, reading: Reading, requested_slot: str | None
) -> list[EventType]:
    """Says the reading's reply, sets its slots, and keeps the form asking when the answer was not read."""
    if reading.reply:
        dispatcher.utter_message(text=reading.reply)
    events: list[EventType] = [SlotSet(name, value) for name, value in reading.slots.items()]
    if reading.reply and not reading.answers(requested_slot):
        # Any slot set keeps Rasa from treating the answer as "not for the form".
        events.append(SlotSet("unread_answer", requested_slot))
    return events
