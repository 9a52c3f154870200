"""Fitted tf-idf vectorizers as plain JSON (vocabulary and idf weights): the models in a Rasa
archive are stored without pickle (CVE-2024-49375)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

VectorizerFactory = Callable[..., TfidfVectorizer]


def vectorizer_json(vectorizer: TfidfVectorizer) -> dict[str, Any]:
    vocabulary = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
    return {"vocabulary": vocabulary, "idf": vectorizer.idf_.tolist()}


def restored_vectorizer(make: VectorizerFactory, data: dict[str, Any]) -> TfidfVectorizer:
    vectorizer = make(vocabulary=data["vocabulary"])
    vectorizer.idf_ = np.asarray(data["idf"])
    return vectorizer
