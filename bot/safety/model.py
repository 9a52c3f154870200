"""The crisis model: how likely a message is a crisis, for the wordings the rules do not know.

A small, dedicated classifier, not the intent model: logistic regression over character n-grams
(robust to typos and Dutch compounds) and word pairs, trained on the labelled safety set
(data/safety/cases.yml: crisis sentences of every category, veiled wording, and look-alikes and
overload as negatives) plus every ordinary training sentence of the intent model as a negative.
Classes are weighted, so the many ordinary sentences do not drown the crisis ones.

It only ever leads to the check question (bot/safety/tiers.py), never to full help on its own, and
only when the message also holds a word of risk: a model that has seen "mijn man" in many crisis
sentences must not ask "denkt u aan zelfdoding?" when someone answers "mijn man".

The fitted model is stored as plain JSON (vocabularies, idf weights, coefficients): no pickle in a
model archive (CVE-2024-49375).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.nlp.tfidf import restored_vectorizer, vectorizer_json
from bot.settings import PROJECT_ROOT

CASES_FILE = PROJECT_ROOT / "data" / "safety" / "cases.yml"
ORDINARY_FILE = PROJECT_ROOT / "data" / "safety" / "ordinary.yml"
NOT_A_CRISIS = frozenset({"none", "overload", "lookalike"})
# Strength of the regularisation; measured on round 6 before it joined the training set.
REGULARISATION_C = 3.0


def _char_vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, vocabulary=vocabulary
    )


def _word_vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=True, vocabulary=vocabulary
    )


@dataclass
class CrisisModel:
    char: TfidfVectorizer
    word: TfidfVectorizer
    weights: npt.NDArray[np.float64]
    bias: float

    @classmethod
    def fit(cls, texts: Sequence[str], is_crisis: Sequence[bool]) -> CrisisModel:
        lowered = [text.lower() for text in texts]
        char, word = _char_vectorizer(), _word_vectorizer()
        features = _stack(char.fit_transform(lowered), word.fit_transform(lowered))
        regression = LogisticRegression(
            C=REGULARISATION_C, class_weight="balanced", max_iter=3000
        ).fit(features, [int(c) for c in is_crisis])
        return cls(char, word, regression.coef_[0], float(regression.intercept_[0]))

    def probability(self, text: str) -> float:
        lowered = [text.lower()]
        features = _stack(self.char.transform(lowered), self.word.transform(lowered))
        score = float(features @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-score))

    def to_json(self) -> dict[str, Any]:
        return {
            "char": vectorizer_json(self.char),
            "word": vectorizer_json(self.word),
            "weights": self.weights.tolist(),
            "bias": self.bias,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrisisModel:
        char = restored_vectorizer(_char_vectorizer, data["char"])
        word = restored_vectorizer(_word_vectorizer, data["word"])
        return cls(char, word, np.asarray(data["weights"]), float(data["bias"]))


def _stack(char: Any, word: Any) -> Any:
    return hstack([char, word]).tocsr()


def labelled_cases(path: Path = CASES_FILE) -> list[tuple[str, bool]]:
    """The labelled safety set as (text, is a crisis)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(case["text"], case["category"] not in NOT_A_CRISIS) for case in document["cases"]]


def ordinary_messages(path: Path = ORDINARY_FILE) -> list[str]:
    """Long, heavy but ordinary caregiver messages (bot/evaluation/ordinary_messages.py)."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["messages"])


def training_examples(
    intent_examples: Iterable[tuple[str, str]],
    crisis_intent: str,
    path: Path = CASES_FILE,
    ordinary_path: Path = ORDINARY_FILE,
) -> tuple[list[str], list[bool]]:
    """The safety set plus the intent model's sentences (crisis when labelled `crisis_intent`) and
    the ordinary caregiver messages as negatives."""
    pairs = [(text, intent == crisis_intent) for text, intent in intent_examples]
    ordinary = [(text, False) for text in ordinary_messages(ordinary_path)]
    # A sentence in more than one keeps the safety set's label.
    unique = dict(pairs + ordinary + labelled_cases(path))
    return list(unique), list(unique.values())
