import logging

import pytest

from bot.nlp.pipeline import FALLBACK_MODEL_NAME, load_dutch_pipeline


@pytest.fixture(scope="module")
def fallback():
    return load_dutch_pipeline("steunwijzer_model_that_is_not_installed")


def test_falls_back_to_own_dutch_pipeline_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        pipeline = load_dutch_pipeline("steunwijzer_model_that_is_not_installed")

    assert pipeline.name == FALLBACK_MODEL_NAME
    assert not pipeline.is_trained_model
    assert pipeline.nlp.lang == "nl"
    assert FALLBACK_MODEL_NAME in caplog.text


def test_dutch_tokenizer_keeps_informal_forms_together(fallback) -> None:
    tokens = [t.text for t in fallback.nlp("ik zorg zo'n 20 uur per week, 's nachts ook, 24/7")]

    assert "zo'n" in tokens
    assert "24/7" in tokens


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("zorgde", "zorgen"),
        ("gezorgd", "zorgen"),
        ("kinderen", "kind"),
        ("gingen", "gaan"),
        ("nachts", "nacht"),
        ("bedankt", "bedanken"),
    ],
)
def test_lemmas_group_inflections(fallback, word: str, lemma: str) -> None:
    assert fallback.nlp(word)[0].lemma_ == lemma


def test_every_token_has_a_lemma(fallback) -> None:
    doc = fallback.nlp("mijn schoonmoeder woont sinds kort bij ons in huis")

    assert all(token.lemma_ for token in doc)
