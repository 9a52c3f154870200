"""The Dutch text toolkit: folding, the one word rule, clauses and the stemmer."""

from __future__ import annotations

import pytest

from bot.text.stemming import stem
from bot.text.words import clauses, fold, fold_characters, word_text, words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Cliënt-ondersteuning", "client-ondersteuning"),
        ("’s nachts", "'s nachts"),
        ("‘s Avonds ʼt eten", "'s avonds 't eten"),
        ("Één  tweeëntwintig\n Súdwest-Fryslân ", "een tweeentwintig sudwest-fryslan"),
        ("Straße", "strasse"),
        ("Søren, Łódź, hayır, İzmir", "soren, lodz, hayir, izmir"),
        ("ﬁets ① Ｗｍｏ", "fiets 1 wmo"),
        ("ik 😢 kan niet meer", "ik 😢 kan niet meer"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_characters_keeps_line_breaks() -> None:
    assert fold_characters("Nee.\nIk  wil") == "nee.\nik  wil"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphen between letters joins: a compound is one word however it is written.
        ("Cliënt-ondersteuning", ["clientondersteuning"]),
        ("Cliëntondersteuning", ["clientondersteuning"]),
        ("e-mail", ["email"]),
        ("het Wmo-loket?", ["het", "wmoloket"]),
        # An apostrophe joins too.
        ("’s nachts", ["s", "nachts"]),
        ("taxi's en m'n moeder", ["taxis", "en", "mn", "moeder"]),
        # Digits are words; a hyphen next to a digit or a space separates.
        ("bel 112 of 0800-0113", ["bel", "112", "of", "0800", "0113"]),
        ("24-uurs zorg, 24/7", ["24", "uurs", "zorg", "24", "7"]),
        ("de 3e keer, 2x per dag", ["de", "3e", "keer", "2x", "per", "dag"]),
        ("in- en verkoop", ["in", "en", "verkoop"]),
        ("ik - jij", ["ik", "jij"]),
        # Emoji and other scripts separate and are dropped.
        ("ik 😢 kan niet meer👍", ["ik", "kan", "niet", "meer"]),
        ("да ja", ["ja"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cliënt-ondersteuning", ["client", "ondersteuning"]),
        ("'s-Hertogenbosch", ["s", "hertogenbosch"]),
        ("Súdwest-Fryslân", ["sudwest", "fryslan"]),
        ("taxi's", ["taxis"]),  # the apostrophe still joins
    ],
)
def test_split_hyphens(text: str, expected: list[str]) -> None:
    assert words(text, split_hyphens=True) == expected


def test_word_text_is_the_words_with_single_spaces() -> None:
    assert word_text("  Ja,   hoor! ") == "ja hoor"
    assert word_text("Één!") == "een"


def test_clauses_break_at_sentence_punctuation_not_at_inner_hyphens() -> None:
    text = "Nee... Ik wil - echt niet\n(zelf-moord) “dood”"
    assert clauses(text) == [["nee"], ["ik", "wil"], ["echt", "niet"], ["zelfmoord"], ["dood"]]


@pytest.mark.parametrize(
    "pair",
    [
        ("logeerhuizen", "logeerhuis"),
        ("vragen", "vraag"),
        ("gesprekken", "gesprek"),
        ("mantelzorgers", "mantelzorger"),
        ("brieven", "brief"),
        ("kinderen", "kind"),
        ("vergoedt", "vergoeden"),
        ("mogelijkheden", "mogelijkheid"),
        ("Cliëntondersteuning", "Cliënt-ondersteuning"),
    ],
)
def test_inflections_share_a_stem(pair: tuple[str, str]) -> None:
    first, second = (words(word)[0] for word in pair)
    assert stem(first) == stem(second)


@pytest.mark.parametrize("word", ["112", "113", "wmo", "pgb", "ik"])
def test_numbers_and_short_words_are_their_own_stem(word: str) -> None:
    assert stem(word) == word


def test_different_words_keep_different_stems() -> None:
    # Snowball 3's new Dutch algorithm strips "ge-": gesprek and sprek would meet.
    assert stem("gesprek") != stem("sprek")
    assert stem("logeren") != stem("loeren")
