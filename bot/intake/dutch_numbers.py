"""Dutch number words to digits ("eenentwintig" -> 21, "honderd tachtig" -> 180).

No installed library reads Dutch number words (text2num does, but it is not a dependency), and
Dutch numerals are regular, so the table of every spelling from 0 to 9999 is generated from the
rules instead of parsing: units + "en" + tens ("vijfentwintig"), hundreds and thousands glued in
front ("honderdtachtig", "tweeduizendnegentien"), and years said in hundreds
("negentienhonderdvijftig"). Input is folded text (see normalize.fold), so "ë" is already "e".
"""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
# The words of the digits 0-9, for text that says a number digit by digit (a phone number).
DIGIT_WORDS: tuple[str, ...] = _UNITS
_TEENS = (
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
)
_TENS = {
    2: "twintig",
    3: "dertig",
    4: "veertig",
    5: "vijftig",
    6: "zestig",
    7: "zeventig",
    8: "tachtig",
    9: "negentig",
}
_LARGEST = 9999
# "een" is the article far more often than the number: it only counts as 1 before a unit.
_UNITS_AFTER_EEN = frozenset(
    {
        "uur",
        "uurtje",
        "dag",
        "dagje",
        "keer",
        "keertje",
        "maal",
        "avond",
        "ochtend",
        "middag",
        "nacht",
        "week",
        "weekje",
        "weekend",
        "maand",
        "maandje",
        "jaar",
        "jaartje",
        "kwartier",
        "dagdeel",
    }
)
_MAX_RUN = 5  # longest spaced spelling we join: "twee duizend negen en twintig"


def _below_100(n: int) -> str:
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] if unit == 0 else f"{_UNITS[unit]}en{_TENS[tens]}"


def _below_1000(n: int) -> list[str]:
    if n < 100:
        return [_below_100(n)]
    hundreds, rest = divmod(n, 100)
    heads = ["honderd", "eenhonderd"] if hundreds == 1 else [f"{_UNITS[hundreds]}honderd"]
    if rest == 0:
        return heads
    # "honderdtachtig" and the spoken "honderdentachtig" both occur.
    return [f"{head}{glue}{_below_100(rest)}" for head in heads for glue in ("", "en")]


def _spellings(n: int) -> list[str]:
    if n < 1000:
        return _below_1000(n)
    thousands, rest = divmod(n, 1000)
    heads = ["duizend", "eenduizend"] if thousands == 1 else [f"{_UNITS[thousands]}duizend"]
    tails = [""] if rest == 0 else _below_1000(rest)
    words = [head + tail for head in heads for tail in tails]
    hundreds, below = divmod(n, 100)
    if 11 <= hundreds <= 19:  # years: "negentienhonderdvijftig"
        head = f"{_TEENS[hundreds - 10]}honderd"
        tails = [""] if below == 0 else [f"{glue}{_below_100(below)}" for glue in ("", "en")]
        words += [head + tail for tail in tails]
    return words


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    return {word: n for n in range(_LARGEST + 1) for word in _spellings(n)}


def parse_number_word(word: str) -> int | None:
    """The value of one folded Dutch number word, or None: "vijfentwintig" -> 25."""
    return _table().get(word.replace("-", ""))


def _number_at(tokens: list[str], start: int) -> tuple[int, int] | None:
    """Longest run of tokens from `start` that spells one number: (value, end index)."""
    after_tussen = "tussen" in tokens[max(0, start - 2) : start]
    for end in range(min(len(tokens), start + _MAX_RUN), start, -1):
        run = tokens[start:end]
        if run[0] == "en" or run[-1] == "en":
            continue
        # "tussen de vijf en twintig" is a range, not 25.
        if after_tussen and "en" in run:
            continue
        value = parse_number_word("".join(run))
        if value is None:
            continue
        if run == ["een"] and (end >= len(tokens) or tokens[end] not in _UNITS_AFTER_EEN):
            continue
        return value, end
    return None


def replace_number_words(text: str) -> str:
    """Replace number words in folded text by digits: "elke dag twee uur" -> "elke dag 2 uur".

    Punctuation is split off the words first, so the result has single spaces around it.
    """
    # "tweeënvijftig" folds to "tweeenvijftig", and typo repair makes that "tweenvijftig".
    text = re.sub(
        r"\btween(?=(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b)",
        "tweeen",
        text,
    )
    spaced = re.sub(r"(?<!\d)([,.;:!?()])|([,.;:!?()])(?!\d)", r" \1\2 ", text)
    tokens = spaced.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        found = _number_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
        else:
            value, i = found
            out.append(str(value))
    return " ".join(out)


_IRREGULAR_ORDINALS = {"eerste": 1, "derde": 3, "achtste": 8}


def parse_ordinal(word: str) -> int | None:
    """The value of a folded Dutch ordinal: "twaalfde" -> 12, "16e"/"16de" -> 16, "achtste" -> 8."""
    digits = re.fullmatch(r"(\d{1,4})(?:e|de|ste)", word)
    if digits:
        return int(digits[1])
    if word in _IRREGULAR_ORDINALS:
        return _IRREGULAR_ORDINALS[word]
    # "-de" after most numbers ("twaalfde", "zestiende"), "-ste" after tens and up ("twintigste").
    for suffix in ("ste", "de"):
        if word.endswith(suffix):
            value = parse_number_word(word.removesuffix(suffix))
            if value is not None and value > 0:
                return value
    return None
