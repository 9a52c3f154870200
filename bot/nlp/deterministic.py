"""NLU components that apply a fixed rule rather than a trained model (the input guard, the
language check, the safety check): nothing to train or load, and an intent that overrides the
model's."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message

# Where the input guard keeps the text as it arrived on the NLU message, for the safety check.
ORIGINAL_TEXT = "original_text"


def _ranking_without(message: Message, intent: str) -> list[dict[str, Any]]:
    return [
        prediction
        for prediction in message.get(INTENT_RANKING_KEY) or []
        if prediction.get(INTENT_NAME_KEY) != intent
    ]


def override_intent(message: Message, intent: str) -> None:
    verdict = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = _ranking_without(message, intent)
    message.set(INTENT, verdict, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [verdict, *ranking], add_to_output=True)


def demote_intent(message: Message, intent: str) -> None:
    """When the model's first guess is `intent`, its next guess takes its place."""
    current = message.get(INTENT) or {}
    if current.get(INTENT_NAME_KEY) != intent:
        return
    ranking = _ranking_without(message, intent)
    if ranking:
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


class DeterministicComponent(GraphComponent):
    """A component without state: created from nothing, nothing to persist."""

    # Alike in shape only: Rasa asks every GraphComponent for this `create` signature.
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls()
