"""Turns a caregiver's message into a canonical Dutch token string for the safety patterns.

Caregivers type on a phone, tired and upset: no capitals or punctuation, accents or not ("suïcide"),
letters held down ("zelfmoooord"), words split or joined ("zelf moord", "kwil"), chat spelling
("k", "mn", "nie") and plain typos ("zelfmoort"). The patterns in `patterns/` are written for one
spelling only; this module maps the variants onto it so the patterns stay few and readable.

Output: lowercase ASCII words separated by single spaces, with " | " where a clause ends
(sentence punctuation), so that a negation in one sentence does not cancel a signal in the next.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.text.words import clauses

CLAUSE_BREAK = "|"

# Dutch never writes a letter three times in a row, so three or more are a held-down key.
_HELD_KEY = re.compile(r"([a-z])\1{2,}")

# Chat spelling and frequent typos, word by word. A value may hold two words ("kwil" -> "ik wil").
# Alike in shape only with bot/intake/typos.py: the safety check keeps its own fixes, so no
# change to the intake's spelling can weaken it.
_WORD_FIXES: dict[str, str] = {
    "k": "ik",
    "ikke": "ik",
    "ikzelf": "ik zelf",
    "kwil": "ik wil",
    "kwou": "ik wou",
    "kben": "ik ben",
    "kheb": "ik heb",
    "kzie": "ik zie",
    "kweet": "ik weet",
    "kdenk": "ik denk",
    "kga": "ik ga",
    "kkan": "ik kan",
    "mn": "mijn",
    "m": "hem",
    "zn": "zijn",
    "t": "het",
    "ut": "het",
    "em": "hem",
    "um": "hem",
    "nie": "niet",
    "ni": "niet",
    "nit": "niet",
    "neit": "niet",
    "nooid": "nooit",
    "noit": "nooit",
    "mer": "meer",
    "wl": "wil",
    "r": "er",
    "kn": "kan",
    "gwn": "gewoon",
    "gewoom": "gewoon",
    "egt": "echt",
    "ech": "echt",
    "ff": "even",
    "mzelf": "mezelf",
    "mijzelf": "mezelf",
    "meszelf": "mezelf",
    "doot": "dood",
    "dooi": "dood",
    "eint": "eind",
    "eynde": "einde",
    "leefen": "leven",
    "leve": "leven",
    "lefen": "leven",
    "iemant": "iemand",
    "alemaal": "allemaal",
    "geslage": "geslagen",
    "gesclagen": "geslagen",
}

# Limburgs, Brabants and Zeeuws forms (blind round 65: "mien maan haet mich gister gesjlage", "ich
# kin neet mie"). None is a Dutch word itself, but "neet" (a louse's egg, far rarer in a chat
# about care than "niet"); tests/safety checks them against spaCy's Dutch word list.
DIALECT_FIXES: dict[str, str] = {
    "ich": "ik",
    "mich": "mij",
    "mien": "mijn",
    "miene": "mijn",
    "neet": "niet",
    "haet": "heeft",
    "gesjlage": "geslagen",
    "gesjlagen": "geslagen",
    "gesjlaoge": "geslagen",
    "veur": "voor",
    "bie": "bij",
    "mit": "met",
    "leefst": "liefst",
    "haor": "haar",
    "ophouwe": "ophouden",
    "gewoore": "geworden",
}

# Split or joined spellings of one word, and "dood" used as an intensifier ("dood moe" = doodmoe),
# which must not read as death.
_PHRASE_FIX_SOURCES: tuple[tuple[str, str], ...] = (
    (r"\bzelf (moord\w*|doding\w*|beschadiging\w*|mutilatie)\b", r"zelf\1"),
    (r"\bdood (gaan|ga|gaat|gegaan|gaande)\b", r"dood\1"),
    # After a wish ("ik wil dood serieus") the word is the wish, not an intensifier; only "dood
    # graag" stays the everyday "doodgraag" there.
    (
        r"(?<!\bwil )(?<!\bwou )(?<!\bwilde )(?<!\bwillen )"
        r"\bdood (moe|ziek|op|eng|stil|normaal|simpel|zonde|jammer|leuk|saai|ongelukkig|"
        r"nerveus|bang|benauwd|serieus|rustig|kalm|eenvoudig|vermoeid|vervelend|ernstig)\b",
        r"dood\1",
    ),
    (r"\bdood graag\b", "doodgraag"),
    (r"\bover dosis\b", "overdosis"),
    # "ik heb hem terug geslagen" is "teruggeslagen": hitting back is still hitting.
    (
        r"\bterug (geslagen|geknepen|geduwd|geschopt|gebeten|gekrabd|gemept|sloeg|kneep|duwde|"
        r"schopte|beet|mepte)\b",
        r"terug\1",
    ),
    (r"\blevens moe\b", "levensmoe"),
    (r"\bmis (handel\w*|bruik\w*)\b", r"mis\1"),
    (r"\bsuicide (gedachte\w*|poging\w*)\b", r"suicide\1"),
    (r"\bdoods (gedachte\w*|wens\w*)\b", r"doods\1"),
)

# Distinctive words whose typos we correct by edit distance. Only words without an everyday Dutch
# neighbour belong here ("doodgaan" does not: one letter from "doorgaan"); the test against spaCy's
# Dutch word list guards this.
_FUZZY_WORDS: tuple[str, ...] = (
    "zelfmoord",
    "zelfmoorden",
    "zelfmoordgedachten",
    "zelfmoordpoging",
    "zelfdoding",
    "zelfdodingsgedachten",
    "suicide",
    "suicidaal",
    "suicidale",
    "zelfbeschadiging",
    "automutilatie",
    "mishandeld",
    "mishandeling",
    "verwaarloosd",
    "verwaarlozing",
    "bewusteloos",
    "overdosis",
    "levensmoe",
    "doodswens",
)
# Word beginnings corrected inside compounds ("zelfmoortplannen" -> "zelfmoordplannen").
_FUZZY_STEMS: tuple[str, ...] = ("zelfmoord", "zelfdoding", "suicid")
# Real Dutch words (mostly inflections) within typo distance of a fuzzy word: they stay as written,
# so "hij mishandelt mij" keeps its verb form. tests/safety checks this list against spaCy's Dutch
# word list: no real word may be changed.
_KEEP_AS_WRITTEN: frozenset[str] = frozenset(
    {
        "bewusteloze",
        "levensmoee",
        "mishandel",
        "mishandelde",
        "mishandelen",
        "mishandelend",
        "mishandelingen",
        "mishandelt",
        "overdoses",
        "verwaarloos",
        "verwaarloosde",
        "verwaarloosden",
        "verwaarloost",
        "verwaarlozen",
        "verwaarlozend",
        "zelfmoordpogingen",
        "zelfbeschuldiging",
        "automatisatie",
    }
)
_MIN_FUZZY_LENGTH = 6


def _max_typos(word: str) -> int:
    return 1 if len(word) <= 10 else 2


@lru_cache(maxsize=8192)
def correct_word(word: str) -> str:
    """A word, or the distinctive crisis word it is a typo of."""
    if len(word) < _MIN_FUZZY_LENGTH or word in _KEEP_AS_WRITTEN or word in _FUZZY_WORDS:
        return word
    for target in _FUZZY_WORDS:
        # Typos rarely hit the first letter; requiring it keeps "vishandel" from "mishandeld".
        limit = _max_typos(target)
        if (
            target[0] == word[0]
            and abs(len(target) - len(word)) <= limit
            and OSA.distance(word, target, score_cutoff=limit) <= limit
        ):
            return target
    for stem in _FUZZY_STEMS:
        if word.startswith(stem):
            return word
        for length in (len(stem) - 1, len(stem), len(stem) + 1):
            head, tail = word[:length], word[length:]
            if len(tail) >= 3 and OSA.distance(head, stem, score_cutoff=1) <= 1:
                return stem + tail
    return word


@lru_cache(maxsize=1)
def _phrase_fixes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(source), target) for source, target in _PHRASE_FIX_SOURCES)


def _clean_characters(text: str) -> str:
    """The folded words of each clause (`bot.text.words.clauses`), clauses joined by " | ".

    The toolkit's word rule is what the patterns need: "m'n" -> "mn" and "'t" -> "t" (chat
    spelling is mapped word by word afterwards), "zelf-moord" -> "zelfmoord", and 112 and 113 stay.
    """
    text = f" {CLAUSE_BREAK} ".join(" ".join(clause) for clause in clauses(text))
    return _HELD_KEY.sub(r"\1\1", text)


def _fix_words(words: list[str]) -> list[str]:
    fixed: list[str] = []
    for word in words:
        fixed.extend(_WORD_FIXES.get(word, DIALECT_FIXES.get(word, word)).split())
    return fixed


def _drop_empty_clauses(words: list[str]) -> list[str]:
    result: list[str] = []
    for word in words:
        if word == CLAUSE_BREAK and (not result or result[-1] == CLAUSE_BREAK):
            continue
        result.append(word)
    if result and result[-1] == CLAUSE_BREAK:
        result.pop()
    return result


def _is_crisis_word(word: str) -> bool:
    return word in _FUZZY_WORDS or word.startswith(_FUZZY_STEMS)


def _join_split_words(words: list[str]) -> list[str]:
    """Joins two words that together are a (misspelt) crisis word: "zelf moort", "over dosis"."""
    result: list[str] = []
    index = 0
    while index < len(words):
        if index + 1 < len(words) and CLAUSE_BREAK not in (words[index], words[index + 1]):
            written = words[index] + words[index + 1]
            joined = correct_word(written)
            # One typo at most across the pair: "zelf worden" is two letters from "zelfmoorden".
            if (
                _is_crisis_word(joined)
                and not _is_crisis_word(correct_word(words[index]))
                and OSA.distance(written, joined) <= 1
            ):
                result.append(joined)
                index += 2
                continue
        result.append(correct_word(words[index]))
        index += 1
    return result


def normalise(text: str) -> str:
    """Canonical lowercase token string of `text`, clauses separated by ' | '."""
    words = _fix_words(_clean_characters(text).split())
    joined = " ".join(words)
    for pattern, target in _phrase_fixes():
        joined = pattern.sub(target, joined)
    return " ".join(_drop_empty_clauses(_join_split_words(joined.split())))
