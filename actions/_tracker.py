"""Reading the tracker into the plain types of bot/, shared by the actions."""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.intake.dialogue import Turn


def latest_turn(tracker: Tracker) -> Turn:
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    return Turn(
        text=_whole_text(tracker) or message.get("text") or "",
        intent=intent.get("name"),
        entities=tuple(message.get("entities") or ()),
        confidence=float(intent.get("confidence") or 0.0),
        intent_ranking=tuple(message.get("intent_ranking") or ()),
        crisis_probability=message.get("crisis_probability"),
    )


def _whole_text(tracker: Tracker) -> str | None:
    """The message as the caregiver sent it. The parse data holds only what the model read (the
    first 1,000 characters, bot/conversation/input.py); a crisis at the end of a long story must
    still be heard."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            text: str | None = event.get("text")
            return text
    return None
