"""Rasa graph component that provides the Dutch spaCy pipeline to SpacyTokenizer and others."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.utils import spacy_utils
from rasa.nlu.utils.spacy_utils import SpacyModel

from bot.nlp.pipeline import TRAINED_MODEL_NAME, load_dutch_pipeline


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
