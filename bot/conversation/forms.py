"""Pausing, stopping and resuming a form (intake, burden check, needs), the same for each."""

from __future__ import annotations

PAUSE_RESPONSE = "utter_pause"
STOP_RESPONSE = "utter_stop_form"
RESUMED_TEXT = "Fijn dat u er weer bent. We gaan verder waar we waren."


def interruption_response(intent: str | None) -> str:
    return STOP_RESPONSE if intent == "stop" else PAUSE_RESPONSE
