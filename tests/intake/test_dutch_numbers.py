import pytest

from bot.intake.dutch_numbers import parse_number_word, parse_ordinal, replace_number_words


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("nul", 0),
        ("een", 1),
        ("twaalf", 12),
        ("negentien", 19),
        ("twintig", 20),
        ("eenentwintig", 21),
        ("tweeentwintig", 22),
        ("vijfentwintig", 25),
        ("veertig", 40),
        ("achtenveertig", 48),
        ("negenennegentig", 99),
        ("honderd", 100),
        ("honderdtachtig", 180),
        ("honderdentachtig", 180),
        ("honderdachtenzestig", 168),
        ("tweehonderd", 200),
        ("tweeduizendnegentien", 2019),
        ("negentienhonderdvijftig", 1950),
        ("twee-en-twintig", 22),
    ],
)
def test_parse_number_word(word: str, value: int) -> None:
    assert parse_number_word(word) == value


@pytest.mark.parametrize("word", ["uur", "paar", "tweeen", "honderdhonderd", "veertigtwee", ""])
def test_parse_number_word_rejects_non_numbers(word: str) -> None:
    assert parse_number_word(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("elke dag twee uur", "elke dag 2 uur"),
        ("twee en twintig uur", "22 uur"),
        ("honderd tachtig uur", "180 uur"),
        ("een uur per dag", "1 uur per dag"),
        ("een paar uur", "een paar uur"),
        ("ik ben een moeder", "ik ben een moeder"),
        ("tussen de vijf en twintig uur", "tussen de 5 en 20 uur"),
        ("zestien.", "16 ."),
        ("2,5 uur", "2,5 uur"),
    ],
)
def test_replace_number_words(text: str, expected: str) -> None:
    assert replace_number_words(text) == expected


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("twaalfde", 12),
        ("zestiende", 16),
        ("16e", 16),
        ("16de", 16),
        ("15ste", 15),
        ("eerste", 1),
        ("derde", 3),
        ("achtste", 8),
        ("twintigste", 20),
        ("eenentwintigste", 21),
        ("achttiende", 18),
        ("zonde", None),
        ("de", None),
    ],
)
def test_parse_ordinal(word: str, value: int | None) -> None:
    assert parse_ordinal(word) == value
