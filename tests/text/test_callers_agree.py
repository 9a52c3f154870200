"""The readers of Dutch text (intake, safety, burden check, conversation, search, glossary) fold and
cut a message the same way, apart from their documented options: safety keeps clause breaks
(" | "), and the readers that look for the parts of a hyphenated word split it."""

from __future__ import annotations

import pytest

from bot.assessment.answers import meaning_of, normalize_text
from bot.conversation.words import fold as conversation_fold
from bot.intake.normalize import fold as intake_fold
from bot.intake.normalize import name_key
from bot.safety.normalize import normalise
from bot.text.words import fold, words
from knowledge.glossary import _key as glossary_key
from knowledge.glossary import _tokens as glossary_tokens
from knowledge.glossary import find_term
from knowledge.search import fold_words as search_words

# Messages with no hyphen between letters and no safety chat spelling: every reader gives the
# same words.
PLAIN = (
    "Één vraag over Cliëntondersteuning!",
    "’s nachts roept ze, m‘n rug doet zeer",
    "Bel ik 112 of 0800-0113?",
    "ik zorg 24/7 😢 voor mijn moeder, de 3e keer",
    "Søren zegt: hayır",
    "ﬁets Ｗｍｏ ①",
)


def _split_readers(text: str) -> dict[str, list[str]]:
    """The readers whose words split hyphens (place names, phrases, glossary windows)."""
    return {
        "burden check": normalize_text(text).split(),
        "conversation": conversation_fold(text).split(),
        "intake place names": name_key(text).split(),
        "glossary": glossary_tokens(text),
        "toolkit": words(text, split_hyphens=True),
    }


@pytest.mark.parametrize("text", PLAIN)
def test_every_reader_gives_the_same_words(text: str) -> None:
    expected = words(text)
    readers = {**_split_readers(text), "search": search_words(text)}
    assert readers == dict.fromkeys(readers, expected)


@pytest.mark.parametrize("text", ["Cliënt-ondersteuning", "e-mail", "het Wmo-loket", "zelf-moord"])
def test_a_hyphenated_compound_is_one_word_or_its_parts_never_anything_else(text: str) -> None:
    joined, parts = words(text), words(text, split_hyphens=True)
    assert search_words(text) == joined
    assert set(map(tuple, _split_readers(text).values())) == {tuple(parts)}
    # The glossary's key for the parts is the search's word.
    assert glossary_key(text).endswith(joined[-1])


def test_cliënt_ondersteuning_is_one_key_in_search_and_glossary() -> None:
    for written in ("Cliënt-ondersteuning", "cliëntondersteuning", "Client ondersteuning"):
        assert glossary_key(written) == "clientondersteuning"
    assert search_words("Cliënt-ondersteuning") == search_words("cliëntondersteuning")


@pytest.mark.parametrize("text", PLAIN)
def test_safety_reads_the_same_words_with_clause_breaks(text: str) -> None:
    # Safety also maps chat spelling ("mn" -> "mijn"); none of these words has such a mapping
    # except "m'n", checked below, so its words are the toolkit's with " | " between clauses.
    safety = [word for word in normalise(text).split() if word != "|"]
    expected = ["mijn" if word == "mn" else word for word in words(text)]
    assert safety == expected


def test_safety_keeps_help_line_numbers_and_clause_breaks() -> None:
    assert normalise("Bel 112! Of 113.") == "bel 112 | of 113"


def test_the_intake_and_the_toolkit_fold_alike() -> None:
    for text in (*PLAIN, "Cliënt-ondersteuning", "zo’n 20 uur"):
        assert intake_fold(text) == fold(text)


def test_turkish_no_is_read_now_that_dotless_i_folds() -> None:
    # "hayır" folded to "hay r" before, and the answer was not understood.
    assert meaning_of("hayır") == "disagree"
    assert normalise("hayır") == "hayir"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("wat is een pgb-houder?", "pgb"),
        ("wat is cliënt-ondersteuning?", "clientondersteuning"),
        ("Wat is het Wmo-loket?", "wmo"),
    ],
)
def test_the_glossary_finds_a_term_in_a_hyphenated_compound(question: str, term: str) -> None:
    found = find_term(question)
    assert found is not None and found.id == term
