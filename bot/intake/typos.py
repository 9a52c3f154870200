"""Words of a short answer typed on a phone, with chat spelling and small typos undone.

An answer to one intake question is a few words ("eh werk denk ik", "schoonmoedr", "Ander
familie lid"), so each reader corrects the words towards its own small vocabulary: a word is
replaced only by the one vocabulary word within one typo (two from eight letters), with the
same first letter (typos rarely hit the first letter), and never when it is an ordinary Dutch
word itself ("vaker" is not a typo of "vader").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.intake.dutch_numbers import parse_number_word
from bot.intake.normalize import fold

T = TypeVar("T")

# Punctuation that separates words; apostrophes (m'n, aow'er), hyphens (ex-man), digits with
# "/", "+", "<", "." and "," (24/7, 75+, <18, 2,5) stay inside a word.
_PUNCTUATION = re.compile(
    r"[!?;:()\[\]\"“”«»…*~_]+|(?<!\d)[.,]+|[.,]+(?!\d)|\s[-–—]+\s|^[-–—]+\s|\s[-–—]+$"
)
# Dutch never writes a letter three times in a row: "jaaaa", "neeee" are a held-down key.
_HELD_KEY = re.compile(r"([a-z])\1{2,}")
CHAT_SPELLING: dict[str, str] = {
    "mn": "mijn",
    "m'n": "mijn",
    "mijnn": "mijn",
    "k": "ik",
    "'k": "ik",
    "ikke": "ik",
    "nie": "niet",
    "nit": "niet",
    "neit": "niet",
    "wt": "weet",
    "wet": "weet",
    "idd": "inderdaad",
    "zn": "zijn",
    "z'n": "zijn",
    "'n": "een",
    "n": "een",
    "d'r": "haar",
    "t": "het",
    "'t": "het",
    "ut": "het",
    "gwn": "gewoon",
    "egt": "echt",
    "ff": "even",
    "evt": "eventueel",
    "vd": "van de",
    "wrk": "werk",
}
# Ordinary Dutch words one typo from a vocabulary word of some reader; they are never corrected.
COMMON_WORDS = frozenset(
    {
        "vaker", "maar", "voor", "door", "haar", "heel", "niet", "want", "weer", "meer", "zeer",
        "ook", "nog", "wel", "al", "dan", "toen", "waar", "wat", "wie", "hoe", "mijn", "zijn",
        "werd", "word", "wordt", "werkt", "werken", "werkte", "gewerkt", "soms", "zoon", "zoom",
        "mama", "oude", "ouder", "ouders", "oud", "over", "oven", "veel", "deel", "deels",
        "kind", "kant", "week", "weken", "weet", "niks", "niets", "nee", "neen", "half", "hele",
        "heeft", "hebben", "thuis", "samen", "daar", "hier", "zelf", "elke", "iedere", "alle",
        "echt", "even", "ziek", "zieke", "ziekte", "gezond", "dagen", "uren", "jaren", "langs",
        "lang", "sinds", "vanaf", "jaar", "maand", "uurtje", "avond", "nacht", "middag",
        "ochtend", "school", "scholen", "studie", "werk", "baan", "banen", "broer", "broers",
        "vader", "moeder", "zusje", "buren", "vrouw", "vrouwen", "mannen", "partner", "buurt",
        "straat", "wijk", "nachten", "avonden", "jong", "jonge", "tante", "dame",
        "boer", "geven", "eten", "nier", "neer", "neem", "neef", "dichter", "vager", "zone",
        "dragen", "daden", "jagen", "keek", "komt", "kost", "laag", "land", "long", "maakt",
        "maan", "gelegen", "gebleven", "gebleken", "gelden", "held", "helen", "teen", "toon",
        "toren", "welk", "werkend", "wekken", "wegen", "weten", "zoen", "iedereen", "uien",
        "schoon", "werp", "voer", "gezien", "kanjer", "jongen", "jongens", "teken", "laat",
        "rand", "nest", "boven", "geel", "green", "eend", "mand", "mank", "orders", "wees",
        "weest", "zegt", "staat", "beurt", "dochter", "zonen", "zoons", "kinds", "lever",
        "lieven", "lieverd", "middel", "middelen", "broek", "broes", "beroerte", "broertje",
        "decent", "dimensie", "probleem", "kaker", "wonden", "tegel", "teren", "rood", "ronde",
        "mee", "kiné", "behoefte", "avonds", "ochtends", "middags", "nachts",
        "geworden", "gereden", "en", "of", "de", "het", "een", "ik", "je", "u", "in", "op",
        "met", "van", "te", "is", "er", "die", "dat", "ze", "hij", "zij", "we", "wij", "om",
        "aan", "bij", "uit", "na", "tot", "ben", "bent", "heb", "zit", "ja",
    }
)  # fmt: skip
_MIN_CORRECTED_LENGTH = 4
_MIN_SPLIT_PART = 3
_NEVER_SECOND_PART = frozenset({"een", "het", "van", "met", "als", "dan", "die", "dat"})
# Said before or after an answer without changing it: "eh werk denk ik", "nou, ouderdom hoor".
_LEADING_FILLER = frozenset(
    {"eh", "ehm", "euh", "uh", "uhm", "hm", "hmm", "nou", "tja", "oh", "oke", "ok", "okee",
     "nouja", "dus", "uhh", "ehh", "ah"}
)  # fmt: skip
_TRAILING_FILLER = (
    ("denk", "ik"),
    ("geloof", "ik"),
    ("of", "zo"),
    ("ofzo",),
    ("hoor",),
    ("eigenlijk",),
    ("zeker",),
    ("toch",),
    ("natuurlijk",),
    ("gewoon",),
    ("eh",),
    ("ehm",),
)


def clean_words(text: str, keep_punctuation: bool = False) -> list[str]:
    """Folded words, held keys and chat spelling undone; punctuation dropped, or kept as words of
    its own when clauses matter ("mijn moeder , mijn broer helpt").

    "Mn MAN!!" -> ["mijn", "man"]; "jaaaa" -> ["jaa"].
    """
    folded = _HELD_KEY.sub(r"\1\1", fold(text))
    spaced = _PUNCTUATION.sub(
        lambda match: f" {match[0].strip()} " if keep_punctuation else " ", folded
    )
    words: list[str] = []
    for word in spaced.split():
        words.extend(CHAT_SPELLING.get(word, word).split())
    return words


def is_word(token: str) -> bool:
    """False for a punctuation token kept by `clean_words`."""
    return any(ch.isalnum() for ch in token)


def strip_filler(words: list[str]) -> list[str]:
    """The words without hesitation before and "denk ik", "hoor" after."""
    start, end = filler_bounds(words)
    return words[start:end]


def filler_bounds(words: list[str]) -> tuple[int, int]:
    """Start and end of the words that are not hesitation or "denk ik" (see strip_filler)."""
    start = 0
    while start < len(words) and words[start] in _LEADING_FILLER:
        start += 1
    end = len(words)
    trimmed = True
    while trimmed:
        trimmed = False
        for tail in _TRAILING_FILLER:
            if end - len(tail) > start and tuple(words[end - len(tail) : end]) == tail:
                end -= len(tail)
                trimmed = True
    return start, end


def _max_typos(word: str) -> int:
    return 1 if len(word) < 8 else 2


@lru_cache(maxsize=8192)
def correct_word(word: str, vocabulary: frozenset[str]) -> str:
    """The vocabulary word `word` is a typo of, or `word` itself."""
    if (
        word in vocabulary
        or word in COMMON_WORDS
        or len(word) < _MIN_CORRECTED_LENGTH
        or not word.isalpha()
        or parse_number_word(word) is not None  # "negentien" is no typo of "negentiger"
    ):
        return word
    limit = _max_typos(word)
    near = sorted(
        (distance, target)
        for target in vocabulary
        if _may_be_typo_of(word, target, limit)
        and (distance := OSA.distance(word, target, score_cutoff=limit)) <= limit
        # two typos only in a long word whose start is right ("schoonmoedr", not "broertje"
        # for "beroerte")
        and (distance == 1 or target[:2] == word[:2])
    )
    if not near:
        return word
    # Two vocabulary words equally near: no guess.
    if len(near) > 1 and near[1][0] == near[0][0]:
        return word
    return near[0][1]


def _may_be_typo_of(word: str, target: str, limit: int) -> bool:
    """Same first letter, about the same length; a short target only for a word of its length
    or the target with a letter too many at the end."""
    if target[0] != word[0] or abs(len(target) - len(word)) > limit:
        return False
    if len(target) >= 5:
        return True
    # "werkk" is "werk" with a key held; "geven" is not "geen"
    return len(target) == 4 and (len(word) == 4 or word.startswith(target))


def correct_words(words: Iterable[str], vocabulary: frozenset[str]) -> list[str]:
    """Typos fixed towards `vocabulary`; a word split in two ("schoon moeder") is joined."""
    words = list(words)
    fixed: list[str] = []
    index = 0
    while index < len(words):
        pair = words[index : index + 2]
        if _split_word(pair) and "".join(pair) in vocabulary:
            fixed.append(words[index] + words[index + 1])
            index += 2
            continue
        fixed.append(correct_word(words[index], vocabulary))
        index += 1
    return fixed


def _split_word(pair: list[str]) -> bool:
    """Two words that may be one word typed apart ("schoon moeder"), not "dag en"."""
    return (
        len(pair) == 2
        and all(word.isalpha() and len(word) >= _MIN_SPLIT_PART for word in pair)
        and pair[1] not in _NEVER_SECOND_PART
    )


def vocabulary_of(*phrases: Iterable[str]) -> frozenset[str]:
    """Every word of the given phrases, for `correct_words`."""
    return frozenset(word for group in phrases for phrase in group for word in phrase.split())


def match_title(
    words: list[str],
    titles: Mapping[str, T],
    vocabulary: frozenset[str] = frozenset(),
    min_ratio: float = 86,
) -> T | None:
    """The value of the button title the words are (typos, capitals and filler forgiven).

    Words that `correct_words` left unknown may still be a title typed badly ("vriendofbuur");
    known words are taken as they are ("mijn expartner" is not "mijn partner").
    """
    kept = strip_filler([word for word in words if is_word(word)])
    said = " ".join(kept)
    if said in titles:
        return titles[said]
    known = vocabulary | COMMON_WORDS
    if len(said) < 6 or all(word in known for word in kept):
        return None
    best: tuple[float, str] | None = None
    for title in titles:
        # "18 tot 26" is no typo of "18 tot 25": numbers must be exact.
        if len(title) < 6 or any(ch.isdigit() for ch in title):
            continue
        ratio = fuzz.ratio(said, title)
        if ratio >= min_ratio and (best is None or ratio > best[0]):
            best = (ratio, title)
    return titles[best[1]] if best else None
