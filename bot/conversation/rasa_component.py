"""NLU components around the model: the input guard before it, the language check after it.

InputGuard (first in the pipeline) hands the model a clean text of readable length and keeps the
text as it arrived for the safety check. LanguageCheck (after the model, before the safety check)
recognises a message in another language, so it gets a short bilingual answer.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.conversation.input import (
    answers_ja_or_nee,
    for_the_model,
    is_other_language,
    reads_as_dutch,
    too_short_to_tell,
)
from bot.nlp.deterministic import (
    ORIGINAL_TEXT,
    DeterministicComponent,
    demote_intent,
    override_intent,
)

OTHER_LANGUAGE_INTENT = "other_language"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class InputGuard(DeterministicComponent):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            original = message.get(TEXT) or ""
            message.set(ORIGINAL_TEXT, original)
            message.set(TEXT, for_the_model(original))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LanguageCheck(DeterministicComponent):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
            if is_other_language(text):
                override_intent(message, OTHER_LANGUAGE_INTENT)
            elif reads_as_dutch(text) or too_short_to_tell(text) or answers_ja_or_nee(text):
                # The model hears English in a mixed message, or another language in "cva": the
                # Dutch part gets a Dutch answer.
                demote_intent(message, OTHER_LANGUAGE_INTENT)
        return messages
