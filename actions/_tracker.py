"""Reading the tracker into the plain types of bot/, shared by the actions."""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.intake.dialogue import Turn


def latest_turn(tracker: Tracker) -> Turn:
    message = tracker.latest_message or {}
    return Turn(
        text=message.get("text") or "",
        intent=(message.get("intent") or {}).get("name"),
        entities=tuple(message.get("entities") or ()),
        requested_slot=tracker.get_slot("requested_slot"),
    )
