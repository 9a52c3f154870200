import pytest

from bot.intake.lexicon import join_kin_phrases, kin_word, relation_of, relation_word_text


@pytest.mark.parametrize(
    ("head", "owner", "word"),
    [
        ("moeder", "man", "schoonmoeder"),
        ("vader", "vrouw", "schoonvader"),
        ("mama", "partner", "schoonmoeder"),
        ("broer", "vrouw", "zwager"),
        ("moeder", "moeder", "oma"),
        ("zus", "vader", "tante"),
        ("man", "moeder", "stiefvader"),
        ("zoon", "dochter", "kleinzoon"),
        ("vrouw", "zoon", "schoondochter"),
        ("vader", "kinderen", "ex"),
        ("dochter", "broer", "nicht"),
        ("opa", "man", "opa_van_mijn_man"),
        ("moeder", "vriendin", "moeder_van_mijn_vriendin"),
        ("hond", "man", None),
        ("moeder", "baas", None),
    ],
)
def test_kin_word(head: str, owner: str, word: str | None) -> None:
    assert kin_word(head, owner) == word


@pytest.mark.parametrize(
    ("word", "relation"),
    [
        ("schoonmoeder", "schoonouder"),
        ("ex", "anders"),
        ("opa_van_mijn_man", "ander_familielid"),
        ("moeder_van_mijn_vriendin", "anders"),
        ("buurvrouw_van_mijn_moeder", "vriend_buur"),
        ("hond", None),
    ],
)
def test_relation_of(word: str, relation: str | None) -> None:
    assert relation_of(word) == relation


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("ik zorg voor de moeder van mijn man", "ik zorg voor mijn schoonmoeder"),
        ("de vader van mn vrouw", "mijn schoonvader"),
        ("mijn man z'n moeder", "mijn schoonmoeder"),
        ("mijn moeder van 85", "mijn moeder van 85"),
        ("de hond van mijn man", "de hond van mijn man"),
    ],
)
def test_join_kin_phrases(text: str, joined: str) -> None:
    assert join_kin_phrases(text) == joined


def test_relation_word_text() -> None:
    assert relation_word_text("opa_van_mijn_man") == "opa van mijn man"
    assert relation_word_text("ex-man") == "ex-man"
