"""Rasa graph components of the Dutch language layer: the spaCy pipeline that SpacyTokenizer reads,
and the intent model (bot/nlp/intent_model.py) that reads the tokens' lemmas."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.utils import spacy_utils
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.intent_model import IntentModel, IntentText
from bot.nlp.pipeline import TRAINED_MODEL_NAME, load_dutch_pipeline
from bot.nlp.stored_model import StoredModelComponent


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(spacy_utils.SpacyNLP):
    """Rasa's SpacyNLP, but it falls back to our own Dutch pipeline instead of failing.

    It keeps the name SpacyNLP on purpose: Rasa's recipe connects SpacyTokenizer to its model
    provider by class name.

    The model name it reports is part of Rasa's fingerprint, so a model trained with the fallback is
    retrained once `nl_core_news_sm` gets installed.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**spacy_utils.SpacyNLP.get_default_config(), "model": TRAINED_MODEL_NAME}

    @staticmethod
    def load_model(spacy_model_name: str) -> SpacyModel:
        pipeline = load_dutch_pipeline(spacy_model_name or TRAINED_MODEL_NAME)
        return SpacyModel(model=pipeline.nlp, model_name=pipeline.name)

    # Alike in shape only: Rasa asks every GraphComponent for this `create` signature.
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SpacyNLP:
        merged = {**cls.get_default_config(), **config}
        # Rasa's own check rejects a pipeline that was not loaded from disk, which our
        # fallback never is; load_dutch_pipeline always returns a usable pipeline.
        return cls(cls.load_model(merged["model"]), merged)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(StoredModelComponent[IntentModel]):
    """Rasa's side of bot.nlp.intent_model: trains it on the intent examples and gives every message
    its intent and ranking."""

    MODEL_FILE = "intent_model.json"

    @classmethod
    def model_from_json(cls, data: dict[str, Any]) -> IntentModel:
        return IntentModel.from_json(data)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [example for example in training_data.intent_examples if example.get(TEXT)]
        return self._store(
            IntentModel.fit(
                [_intent_text(example) for example in examples],
                [example.get(INTENT) for example in examples],
            )
        )

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        for message in messages:
            ranking = self._model.rank(_intent_text(message))[:RANKING_LENGTH]
            predictions = [
                {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: confidence}
                for intent, confidence in ranking
            ]
            message.set(INTENT, predictions[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, predictions, add_to_output=True)
        return messages


# As many as Rasa's own classifiers report.
RANKING_LENGTH = 10


def _intent_text(message: Message) -> IntentText:
    text = message.get(TEXT) or ""
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    lemmas = " ".join(token.lemma or token.text for token in tokens) or text
    return IntentText(text=text, lemmas=lemmas.lower())
