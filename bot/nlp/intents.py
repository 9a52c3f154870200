"""Setting the intent of an NLU message from a deterministic check, above what the model said."""

from __future__ import annotations

from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message


def override_intent(message: Message, intent: str) -> None:
    verdict = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [
        prediction
        for prediction in message.get(INTENT_RANKING_KEY) or []
        if prediction.get(INTENT_NAME_KEY) != intent
    ]
    message.set(INTENT, verdict, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [verdict, *ranking], add_to_output=True)
