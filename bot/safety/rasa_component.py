"""NLU component: the deterministic safety check overrides whatever the model predicted.

It sits at the end of the NLU pipeline, so its verdict is the one the dialogue sees, and it reads
only the message text: a crisis is recognised the same way whatever the model thinks.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.conversation.input import ORIGINAL_TEXT
from bot.nlp.deterministic import DeterministicComponent, override_intent
from bot.safety.detector import detect_safety_signal
from bot.safety.patterns import compiled_rules

CRISIS_INTENT = "safety_crisis"
# "ik kan niet meer" is heavy, not a crisis: it is heard as the caregiver saying it is heavy.
OVERLOAD_INTENT = "express_burden"


def safety_intent(text: str) -> str | None:
    signal = detect_safety_signal(text)
    if signal is None:
        return None
    return CRISIS_INTENT if signal.is_crisis else OVERLOAD_INTENT


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyCheck(DeterministicComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        # The rules take about a second to compile: while the server starts, not in the first
        # caregiver's turn.
        compiled_rules()
        return super().create(config, model_storage, resource, execution_context)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            # The text as it arrived: the model may have been given a shortened one.
            intent = safety_intent(message.get(ORIGINAL_TEXT) or message.get(TEXT) or "")
            if intent is not None:
                override_intent(message, intent)
        return messages
