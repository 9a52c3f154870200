"""Loads the Dutch spaCy pipeline: the trained `nl_core_news_sm` when installed, else our own.

`nl_core_news_sm` cannot be installed on every machine (it is not on PyPI), so the product must work
without it. The fallback is `spacy.blank("nl")` (spaCy's Dutch tokenizer, stop words and number words)
with the lookup lemmatizer from `spacy-lookups-data` and a small table of our own lemma rules for the
words caregivers use most, which the generic table does not cover.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

TRAINED_MODEL_NAME = "nl_core_news_sm"
FALLBACK_MODEL_NAME = "blank-nl+steunwijzer-rules-1"
LEMMA_RULES_PIPE = "steunwijzer_lemma_rules"

# Inflections that spaCy's Dutch lookup table misses, for words that carry the meaning of a
# caregiver's message. Bump FALLBACK_MODEL_NAME when this changes, so the model is retrained.
_LEMMA_RULES: dict[str, str] = {
    "zorg": "zorgen",
    "zorgt": "zorgen",
    "zorgde": "zorgen",
    "zorgden": "zorgen",
    "gezorgd": "zorgen",
    "help": "helpen",
    "helpt": "helpen",
    "hielp": "helpen",
    "geholpen": "helpen",
    "kinderen": "kind",
    "ouders": "ouder",
    "moeders": "moeder",
    "vaders": "vader",
    "uren": "uur",
    "dagen": "dag",
    "weken": "week",
    "maanden": "maand",
    "jaren": "jaar",
    "kan": "kunnen",
    "kun": "kunnen",
    "kunt": "kunnen",
    "wil": "willen",
    "wilt": "willen",
    "praat": "praten",
    "spreek": "spreken",
    "spreekt": "spreken",
    "bedankt": "bedanken",
    "dankjewel": "danken",
    "dankuwel": "danken",
    "doei": "dag",
    "doeg": "dag",
}


@dataclass(frozen=True)
class DutchPipeline:
    nlp: Language
    name: str

    @property
    def is_trained_model(self) -> bool:
        return self.name == TRAINED_MODEL_NAME


def _apply_lemma_rules(doc: Doc) -> Doc:
    for token in doc:
        rule = _LEMMA_RULES.get(token.lower_)
        if rule is not None:
            token.lemma_ = rule
        elif not token.lemma_:
            token.lemma_ = token.lower_
    return doc


def _register_lemma_rules_pipe() -> None:
    from spacy.language import Language

    if not Language.has_factory(LEMMA_RULES_PIPE):
        # spaCy's annotation says a Pipe object, but a Doc -> Doc function is what its docs pass.
        Language.component(LEMMA_RULES_PIPE, func=_apply_lemma_rules)  # type: ignore[arg-type]


def build_fallback_pipeline() -> Language:
    import spacy

    _register_lemma_rules_pipe()
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe(LEMMA_RULES_PIPE, after="lemmatizer")
    nlp.initialize()
    return nlp


def load_dutch_pipeline(preferred: str = TRAINED_MODEL_NAME) -> DutchPipeline:
    """The best Dutch pipeline this machine has; logs which one it loaded."""
    import spacy

    try:
        nlp = spacy.load(preferred, disable=["parser"])
    except OSError:
        logger.warning(
            "spaCy model %s is not installed; using %s (install it for better lemmas: see README).",
            preferred,
            FALLBACK_MODEL_NAME,
        )
        return DutchPipeline(nlp=build_fallback_pipeline(), name=FALLBACK_MODEL_NAME)
    logger.info("Loaded spaCy model %s %s.", preferred, nlp.meta.get("version", ""))
    return DutchPipeline(nlp=nlp, name=preferred)
