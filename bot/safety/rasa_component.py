"""NLU components of the safety check.

- SafetyCheck: the deterministic rules override whatever the intent model predicted. It sits at
  the end of the NLU pipeline, so its verdict is the one the dialogue sees, and it reads only the
  message text and the crisis model's probability: a crisis is recognised the same way whatever
  the intent model thinks. Where the check hears no crisis at all (bot/safety/tiers.py), the intent
  model's own crisis guess gives way to its next guess.
- CrisisModelComponent: the crisis model's probability (bot/safety/model.py), for the check
  question when only the model hears a crisis (bot/safety/tiers.py).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.deterministic import (
    ORIGINAL_TEXT,
    DeterministicComponent,
    demote_intent,
    override_intent,
)
from bot.nlp.intents import CRISIS_INTENT
from bot.nlp.stored_model import StoredModelComponent
from bot.safety.detector import SafetySignal
from bot.safety.model import CrisisModel, training_examples
from bot.safety.patterns import compiled_rules
from bot.safety.tiers import Tier, safety_tier

# "ik kan niet meer" is heavy, not a crisis: it is heard as the caregiver saying it is heavy.
OVERLOAD_INTENT = "express_burden"
# "ben ik overbelast?" and "wat betekent overbelast?" name overload to ask for the burden check or
# for the word, not to say it is too much.
ASKS_ABOUT_OVERLOAD = frozenset({"start_assessment", "ask_definition"})


def safety_intent(signal: SafetySignal | None, predicted: str | None = None) -> str | None:
    if signal is None:
        return None
    if signal.is_crisis:
        return CRISIS_INTENT
    return None if predicted in ASKS_ABOUT_OVERLOAD else OVERLOAD_INTENT


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyCheck(DeterministicComponent):
    # Alike in shape only: Rasa asks every GraphComponent for this `create` signature.
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
            text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
            tier, signal = safety_tier(text, message.get(CRISIS_PROBABILITY))
            intent = safety_intent(signal, (message.get(INTENT) or {}).get(INTENT_NAME_KEY))
            if intent is not None:
                override_intent(message, intent)
            elif tier is Tier.NONE:
                # Whether a message is a crisis is for the safety check to say, and it says no:
                # the intent model's crisis guess ("welke bijwerkingen heeft oxazepam") would hide
                # what was asked, so its next guess is what the dialogue reads.
                demote_intent(message, CRISIS_INTENT)
        return messages


CRISIS_PROBABILITY = "crisis_probability"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class CrisisModelComponent(StoredModelComponent[CrisisModel]):
    """Trains bot.safety.model on the labelled safety set and the intent examples, and gives every
    message its crisis probability (the parse data's `crisis_probability`)."""

    MODEL_FILE = "crisis_model.json"

    @classmethod
    def model_from_json(cls, data: dict[str, Any]) -> CrisisModel:
        return CrisisModel.from_json(data)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [
            (example.get(TEXT), example.get(INTENT))
            for example in training_data.intent_examples
            if example.get(TEXT)
        ]
        texts, labels = training_examples(examples, CRISIS_INTENT)
        return self._store(CrisisModel.fit(texts, labels))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
            if self._model is not None and text:
                message.set(
                    CRISIS_PROBABILITY, round(self._model.probability(text), 4), add_to_output=True
                )
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
