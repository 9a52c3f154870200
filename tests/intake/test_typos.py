import pytest

from bot.intake.typos import (
    clean_words,
    correct_word,
    correct_words,
    match_title,
    strip_filler,
    vocabulary_of,
)

VOCABULARY = vocabulary_of(
    ("moeder vader schoonmoeder stiefvader buurvrouw werk kinderen kleinkinderen familielid",)
)
TITLES = {"ander familielid": "ander_familielid", "vriend of buur": "vriend_buur"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mn MAN!!", ["mijn", "man"]),
        ("jaaaa", ["jaa"]),
        ("k weet nie", ["ik", "weet", "niet"]),
        ("2,5 uur, 24/7", ["2,5", "uur", "24/7"]),
        ("AOW'er", ["aow'er"]),
        ("ex-man", ["ex-man"]),
        ("Één", ["een"]),
    ],
)
def test_clean_words(text: str, words: list[str]) -> None:
    assert clean_words(text) == words


def test_clean_words_can_keep_punctuation_for_clauses() -> None:
    assert clean_words("mijn moeder, mijn broer helpt.", keep_punctuation=True) == [
        "mijn",
        "moeder",
        ",",
        "mijn",
        "broer",
        "helpt",
        ".",
    ]


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("moedr", "moeder"),
        ("vadr", "vader"),
        ("schoonmoedr", "schoonmoeder"),
        ("schoonmeoder", "schoonmoeder"),
        ("buurvruow", "buurvrouw"),
        ("werkk", "werk"),
        ("kindren", "kinderen"),
        # ordinary Dutch words are no typos
        ("vaker", "vaker"),
        ("beroerte", "beroerte"),
        ("geven", "geven"),
        ("werkt", "werkt"),
        # a wrong first letter, a number word, short words: left alone
        ("noeder", "noeder"),
        ("negentien", "negentien"),
        ("ma", "ma"),
        ("wrk", "wrk"),
    ],
)
def test_correct_word(word: str, corrected: str) -> None:
    assert correct_word(word, VOCABULARY) == corrected


def test_correct_word_does_not_guess_between_two_words() -> None:
    vocabulary = frozenset({"middag", "middagen"})
    assert correct_word("middagn", vocabulary) == "middagn"


def test_correct_words_joins_a_word_typed_apart() -> None:
    assert correct_words(["mijn", "schoon", "moeder"], VOCABULARY) == ["mijn", "schoonmoeder"]
    assert correct_words(["klein", "kinderen"], VOCABULARY) == ["kleinkinderen"]
    assert correct_words(["dag", "en", "nacht"], frozenset({"dagen"})) == ["dag", "en", "nacht"]


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["eh", "werk", "denk", "ik"], ["werk"]),
        (["nou", "ouderdom", "hoor"], ["ouderdom"]),
        (["denk", "ik"], ["denk", "ik"]),
        (["werk", "of", "zo"], ["werk"]),
    ],
)
def test_strip_filler(words: list[str], kept: list[str]) -> None:
    assert strip_filler(words) == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ander familielid", "ander_familielid"),
        ("eh ander familielid denk ik", "ander_familielid"),
        ("vriendofbuur", "vriend_buur"),
        ("vriend of buurr", "vriend_buur"),
        ("een vriend", None),
        ("ander", None),
    ],
)
def test_match_title(text: str, value: str | None) -> None:
    assert match_title(clean_words(text), TITLES, VOCABULARY) == value


def test_match_title_takes_known_words_as_they_are() -> None:
    titles = {"mijn partner": "partner"}
    vocabulary = frozenset({"mijn", "partner", "expartner"})
    assert match_title(["mijn", "expartner"], titles, vocabulary) is None


def test_match_title_needs_the_numbers_exact() -> None:
    titles = {"18 tot 25": "18-24"}
    assert match_title(["18", "tot", "26"], titles) is None
