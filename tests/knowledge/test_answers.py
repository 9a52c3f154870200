"""Free questions answered from the knowledge base: a fit, or an honest nothing."""

from __future__ import annotations

from functools import lru_cache

import pytest

from knowledge.answers import answer_question
from knowledge.search import SearchIndex, build_index_from_files


@lru_cache(maxsize=1)
def national_index() -> SearchIndex:
    return build_index_from_files()


def answered(question: str) -> str | None:
    answer = answer_question(question, {}, national_index(), lambda _: None, lambda _: "")
    return answer.text if answer else None


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("kost dagbesteding geld?", "Dagbesteding"),
        ("hoe vraag ik zorgverlof aan?", "zorgverlof"),
        ("kan iemand bij mijn moeder slapen als ik weg ben?", "Handen in Huis"),
        ("wat kost een mantelzorgmakelaar?", "Mantelzorgmakelaar"),
        ("bestaat er ook een landelijk telefoonnummer voor mantelzorgers?", "Mantelzorglijn"),
    ],
)
def test_a_question_about_a_kind_of_help_gets_that_help(question: str, named: str) -> None:
    assert named in (answered(question) or "")


@pytest.mark.parametrize(
    "question",
    [
        # Only everyday words in common with an offer ("het duurt", "mensen", "in een").
        "Is er ook iets voor mannen zoals ik? Ik ga niet in een kringetje zitten huilen.",
        "ben jij een echt mens?",
        "Is er ook zo'n groep op Texel zelf? De boot is zo duur.",
    ],
)
def test_a_question_that_names_no_help_is_not_answered_with_a_random_offer(question: str) -> None:
    assert answered(question) is None


def test_a_kind_of_help_the_caller_read_in_the_question_grounds_the_answer() -> None:
    question = "ik zoek iemand die de zorg een dagje overneemt"
    index = national_index()

    without = answer_question(question, {}, index, lambda _: None, lambda _: "")
    with_need = answer_question(question, {}, index, lambda _: None, lambda _: "", ["even_vrij"])

    assert without is None
    assert with_need is not None and "Eerste stap:" in with_need.text
