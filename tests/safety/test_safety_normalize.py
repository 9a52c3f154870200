"""Normalisation of caregivers' spelling before the safety patterns run."""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from bot.safety.normalize import DIALECT_FIXES, correct_word, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik wil DOOD!!", "ik wil dood"),
        ("zelfmoooord", "zelfmoord"),
        ("suïcide", "suicide"),
        ("zelf moord", "zelfmoord"),
        ("zelf moort", "zelfmoord"),
        ("zelf-moord", "zelfmoord"),
        ("k wil r nie meer zijn", "ik wil er niet meer zijn"),
        ("kwil dood", "ik wil dood"),
        ("m'n moeder", "mijn moeder"),
        ("ik sla 'm", "ik sla hem"),
        ("ik ben dood moe", "ik ben doodmoe"),
        ("ik wil dood graag", "ik wil doodgraag"),
        ("ik ben moe. ik wil slapen", "ik ben moe | ik wil slapen"),
        ("ik ben moe, maar", "ik ben moe | maar"),
        ("...hallo???", "hallo"),
        ("over dosis", "overdosis"),
        ("ik ben dood serieus", "ik ben doodserieus"),
        # After a wish the word is the wish: "ik wil dood, serieus".
        ("ik wil dood serieus", "ik wil dood serieus"),
        ("ik heb hem terug geslagen", "ik heb hem teruggeslagen"),
        # Limburgs (blind round 65): the dialect's words that are no Dutch word themselves.
        ("mien maan haet mich gister gesjlage", "mijn maan heeft mij gister geslagen"),
        ("ich kin neet mie", "ik kin niet mie"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("zelfmoort", "zelfmoord"),
        ("zelmoord", "zelfmoord"),
        ("zlefmoord", "zelfmoord"),
        ("suiside", "suicide"),
        ("sucide", "suicide"),
        ("mishandelt", "mishandelt"),
        ("verwaarloosd", "verwaarloosd"),
        ("zelfmoortgedachten", "zelfmoordgedachten"),
        ("zelfmoordgedachtes", "zelfmoordgedachten"),
        ("geslapen", "geslapen"),
        ("doorgaan", "doorgaan"),
        ("vishandel", "vishandel"),
    ],
)
def test_typos_of_crisis_words_are_corrected_and_real_words_kept(typo: str, word: str) -> None:
    assert correct_word(typo) == word


def _dutch_words() -> set[str]:
    lookups = pytest.importorskip("spacy_lookups_data")
    path = Path(lookups.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)

    def plain(word: str) -> str:
        decomposed = unicodedata.normalize("NFKD", word.casefold())
        return "".join(char for char in decomposed if not unicodedata.combining(char))

    return {plain(word) for word in {*table, *table.values()} if word.isalpha()}


def test_typo_correction_never_changes_a_real_dutch_word() -> None:
    # spaCy's Dutch lemma table (about 300,000 forms) stands in for a dictionary: a typo rule that
    # turns "geslapen" into "geslagen" or "doorgaan" into "doodgaan" would raise false alarms.
    changed = sorted(word for word in _dutch_words() if correct_word(word) != word)
    assert changed == []


def test_dialect_fixes_change_no_dutch_word_but_neet() -> None:
    # "hoes" (a cover) and "hum" were dialect for "huis" and "hem" too, but Dutch words: left out.
    assert sorted(set(DIALECT_FIXES) & _dutch_words()) == ["neet"]
