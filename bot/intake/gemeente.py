"""Which gemeente a caregiver (or the person cared for) lives in, from Dutch free text.

Names come from knowledge/data/gemeenten.csv (342 gemeenten: name, and its bestuurscentrum) and
knowledge/data/woonplaatsen.yml (other names, well-known places, names used in several
gemeenten). Matching, in order:

1. Exact whole-word match of a known name in folded text ("den haag", "s gravenhage",
   "hertogenbosch", "Scheveningen"), longest name first. Names that are also ordinary Dutch words
   ("Best", "Buren", "Kampen", "Leiden", "Echt", "Loon", "Hoek") count only when they are the whole
   answer or follow a place cue ("in", "uit", "te", "gemeente"): "het gaat best" is not the
   gemeente Best. A few places named like words that often follow a cue ("in heel Nederland",
   "op orde te zetten", "in de wijk") count only as the whole answer: Heel, Zetten, De Wijk.
2. Otherwise a typo-tolerant match (rapidfuzz, optimal string alignment distance, so a swapped
   pair of letters is one typo) on the whole short answer or on the words after a place cue:
   one typo from five letters, two from nine, three from fifteen; the first letter of the first
   and last word must agree, and a few ordinary words one typo from a name ("school" ~ Schoorl,
   "duinen" ~ Duiven) are never matched. "amsterdm", "utrect", "in zwole", "Alphen aan de Rijn".
   Two gemeenten at the same distance is `ambiguous`. This covers gemeente names, other names for
   them and bestuurscentra. The thousands of villages and wijken in woonplaatsen.yml are one typo
   from too many ordinary words ("te helpen" ~ Hylpen, "hallo" ~ Halle, "Duitsland" ~ Duiveland),
   so they are typo-matched only in an answer to the gemeente question (match_gemeente, not in
   stories), only from eight letters on, with one typo, and only when no gemeente name is near.

A gemeente name wins over a bestuurscentrum of the same name (Hengelo is the gemeente Hengelo
unless woonplaatsen.yml says the name is ambiguous, as it does for Hengelo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from typing import Literal

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.intake.lexicon import RELATION_WORDS
from bot.intake.normalize import fold, name_key
from bot.text.stemming import is_dutch_word
from knowledge.gemeenten import GEMEENTEN_CSV, WOONPLAATSEN_YML, Gemeente, read_csv

Source = Literal["name", "alias", "woonplaats", "bestuurscentrum", "fuzzy"]
Role = Literal["caregiver", "care_recipient", "both"]

_PRIORITY: dict[str, int] = {"name": 0, "alias": 1, "woonplaats": 2, "bestuurscentrum": 3}
# Words that introduce a place: "in Zwolle", "uit Kampen", "te Ede", "gemeente Best".
_CUES = frozenset({"in", "uit", "te", "gemeente", "naar", "vanuit", "woonplaats", "regio"})
# Gemeente names, seats and places that are also ordinary Dutch words.
_COMMON_WORDS = frozenset(
    {
        "assen", "balk", "beek", "bergen", "best", "buren", "delft", "dieren", "doorn", "duiven",
        "echt", "elst", "gieten", "goor", "gouda", "horst", "hoorn", "houten", "huizen", "hulst",
        "kampen", "laren", "leek", "leiden", "losser", "made", "monster", "putten", "rijen", "roden",
        "sluis", "son", "vries", "voorst", "weert",
        # villages and wijken from woonplaatsen.yml
        "axel", "bant", "bath", "bears", "blokker", "born", "buitenhof", "dommelen", "dorst",
        "doodstil", "doorslag", "ee", "effen", "enter", "erica", "gestel", "glimmen", "graft",
        "groet", "halfweg", "hall", "handel", "hank", "hapert", "haren", "heenweg", "heer", "heide",
        "helden", "herten", "hees", "hoek", "hoogland", "horn", "joppe", "kraaiennest", "leende",
        "lieren", "linde", "linden", "loon", "meeuwen", "mill", "neer", "omval", "ondiep", "opende",
        "orden", "overslag", "petten", "platvoet", "schijf", "schouwen", "sloten", "sprang",
        "tegelen", "tuk", "veen", "velden", "voorhof", "voorstad", "warns", "watergang", "wedde",
        "well", "wijngaarden", "winkel", "wouw", "zegge", "zuilen",
        "de groeve", "de heen", "de hoef", "de hoeve", "de klomp", "de maten", "de moer",
        "de pijp", "de wallen", "de wilgen",
    }
)  # fmt: skip
# Places named like words that often follow a cue in ordinary sentences ("in heel Nederland",
# "op orde te zetten", "niet te hoeven wachten"): only the whole answer counts. A name with an
# article ("De Wijk") counts only without a cue before it: "in de wijk" is just the neighbourhood.
_ANSWER_ONLY = frozenset(
    {
        "dalen", "de wijk", "engelen", "heel", "hoeven", "klimmen", "leunen", "rekken", "roosteren",
        "vuren", "waarde", "zetten",
        # "adam" is Amsterdam as an answer, and a son's name in a story.
        "adam", "010",
    }
)  # fmt: skip
# Filler around a one-line answer ("ik woon in de gemeente Zwolle hoor").
_FILLER = frozenset(
    {
        "ik", "wij", "we", "woon", "wonen", "woont", "in", "de", "het", "gemeente", "te", "uit",
        "mijn", "onze", "woonplaats", "is", "dat", "ja", "nou", "hoor", "denk", "zit", "zitten",
        "bij", "vlakbij", "buurt", "van", "regio", "gewoon", "wel", "nog", "steeds", "al",
        # "hiernaast dus ook kampen", "eigenlijk ook Zwolle"
        "ook", "dus", "hiernaast", "eigenlijk", "zelf", "allebei", "beiden",
    }
)  # fmt: skip
# Ordinary words and regions that are one typo away from a gemeente ("uit school" ~ Schoorl).
_NOT_PLACES = frozenset(
    {
        "school", "meren", "holland", "betuwe", "veluwe", "achterhoek", "twente", "brabant",
        "zeeland", "limburg", "friesland", "drenthe", "overijssel", "gelderland", "flevoland",
        "randstad", "nederland", "duinen", "lente", "beste", "oosten", "westen", "noorden",
        "zuiden",
    }
)  # fmt: skip
_ARTICLES = frozenset({"de", "het", "den"})
_MIN_FUZZY_LENGTH = 5
# Typo matching of villages and wijken (see the module docstring): letters needed, typos allowed.
_MIN_PLACE_FUZZY_LENGTH = 8
_MAX_PLACE_EDITS = 1
_MAX_ANSWER_TOKENS = 4
_BOUNDARIES = frozenset({",", ".", ";", "!", "?", "en", "maar", "terwijl", "want", "dus", "of"})
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
_CAREGIVER_WORDS = frozenset({"ik", "wij", "we", "mij", "mijzelf", "ikzelf", "zelf", "ons"})
_RECIPIENT_WORDS = frozenset({"hij", "zij", "ze", "haar", "hem", "naaste"} | set(RELATION_WORDS))
# "onze kinderen wonen in rotterdam en duitsland": family who are neither the caregiver nor, as a
# rule, the one cared for; where they live says nothing about either.
_OTHER_FAMILY_WORDS = frozenset(
    {"kinderen", "kids", "broers", "zussen", "zonen", "zoons", "dochters", "familie",
     "schoonfamilie", "vrienden", "vriendinnen"}
)  # fmt: skip
_BOTH = (
    r"\b(?:we|wij)\b.*\b(?:samen|allebei|beiden|bij elkaar)\b|"
    r"\b(?:ik|wij|we) (?:woon|wonen)(?: nog| weer| nu)? bij\b|\bbij (?:mij|ons)(?: in huis)?\b"
)


class MatchStatus(str, Enum):
    """`ambiguous` means: ask the caregiver which of the candidates is meant."""

    OK = "ok"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class GemeenteMatch:
    """Result of matching text against the gemeenten.

    `gemeente` is set when status is OK; `candidates` holds every gemeente in play (one when OK).
    `matched` is the folded phrase that matched, `source` how it matched (name, alias, woonplaats,
    bestuurscentrum or fuzzy), `score` the fuzzy score (100 for exact matches).
    """

    status: MatchStatus
    gemeente: Gemeente | None = None
    candidates: tuple[Gemeente, ...] = ()
    matched: str | None = None
    source: Source | None = None
    score: float = 0.0


@dataclass(frozen=True)
class GemeenteMention:
    """A gemeente named in a story, and whose it is when the sentence says so."""

    match: GemeenteMatch
    role: Role | None


@dataclass(frozen=True)
class GemeenteMentions:
    """All gemeenten named in a text, in order."""

    mentions: tuple[GemeenteMention, ...] = ()

    @property
    def caregiver(self) -> GemeenteMatch | None:
        """Where the caregiver lives, if the text says so."""
        return self._first({"caregiver", "both"})

    @property
    def care_recipient(self) -> GemeenteMatch | None:
        """Where the person cared for lives, if the text says so."""
        return self._first({"care_recipient", "both"})

    def _first(self, roles: set[str]) -> GemeenteMatch | None:
        return next((m.match for m in self.mentions if m.role in roles), None)


@dataclass(frozen=True)
class _Entry:
    codes: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class _Index:
    gemeenten: dict[str, Gemeente]
    entries: dict[str, _Entry]
    keys: tuple[str, ...]  # gemeente names, other names for them and seats: typo-matched freely
    place_keys: tuple[str, ...]  # the other places in woonplaatsen.yml: typo-matched sparingly
    longest: int


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    key: str
    entry: _Entry
    score: float
    fuzzy: bool


def _name_variants(gemeente: Gemeente) -> Iterable[str]:
    key = name_key(gemeente.name)
    yield key
    qualified = re.fullmatch(r"(?P<base>.+?)\s*\((?P<qualifier>[^)]*)\)", gemeente.name)
    if qualified:  # "Bergen (L)": "bergen" (ambiguous), "bergen l", "bergen limburg"
        base = name_key(qualified["base"])
        yield base
        yield f"{base} {name_key(gemeente.provincie)}"
    if key.startswith("s "):  # "s-Hertogenbosch" is also typed "hertogenbosch"
        yield key[2:]


def _seat_variants(seat: str) -> Iterable[tuple[str, Source]]:
    """'s-Hertogenbosch (Den Bosch)' gives the seat and, as an alias, the name in brackets."""
    bracketed = re.fullmatch(r"(?P<seat>.+?)\s*\((?P<alias>[^)]*)\)", seat)
    if bracketed is None:
        yield name_key(seat), "bestuurscentrum"
        return
    yield name_key(bracketed["seat"]), "bestuurscentrum"
    yield name_key(bracketed["alias"]), "alias"


@lru_cache(maxsize=1)
def _index() -> _Index:
    rows = read_csv(GEMEENTEN_CSV)
    by_code = {row["code"]: Gemeente(row["code"], row["naam"], row["provincie"]) for row in rows}
    by_name = {name_key(row["naam"]): row["code"] for row in rows}
    found: dict[str, dict[Source, set[str]]] = {}

    def add(key: str, code: str, source: Source) -> None:
        found.setdefault(key, {}).setdefault(source, set()).add(code)

    for row in rows:
        for key in _name_variants(by_code[row["code"]]):
            add(key, row["code"], "name")
        for key, source in _seat_variants(row["bestuurscentrum"]):
            add(key, row["code"], source)

    places = yaml.safe_load(WOONPLAATSEN_YML.read_text(encoding="utf-8"))
    sections: tuple[tuple[str, Source], ...] = (
        ("aliases", "alias"),
        ("woonplaatsen", "woonplaats"),
    )
    for section, source in sections:
        for place, gemeente_name in (places.get(section) or {}).items():
            add(name_key(place), by_name[name_key(gemeente_name)], source)

    entries: dict[str, _Entry] = {}
    for key, by_source in found.items():
        source = min(by_source, key=_PRIORITY.__getitem__)
        entries[key] = _Entry(tuple(sorted(by_source[source])), source)
    for place, names in (places.get("ambiguous") or {}).items():
        codes = tuple(by_name[name_key(name)] for name in names)
        entries[name_key(place)] = _Entry(codes, "woonplaats")

    core = {key for key, by_source in found.items() if set(by_source) - {"woonplaats"}}
    keys = tuple(key for key in entries if key in core)
    place_keys = tuple(key for key in entries if key not in core)
    longest = max(len(key.split()) for key in entries)
    return _Index(by_code, entries, keys, place_keys, longest)


_PUNCTUATION = re.compile(r"([,.;!?])")


def _tokens(text: str) -> list[str]:
    """Folded words (as in `name_key`) and clause punctuation, which tells whose place it is:
    "in 's-Hertogenbosch." -> [in, s, hertogenbosch, .]."""
    tokens: list[str] = []
    for piece in _PUNCTUATION.split(fold(text)):
        tokens.extend([piece] if _PUNCTUATION.fullmatch(piece) else name_key(piece).split())
    return tokens


def _answer_span(tokens: list[str]) -> tuple[int, int]:
    """The part of a short answer left after filler words ('ik woon in de gemeente Zwolle')."""
    start, end = 0, len(tokens)
    while start < end and (tokens[start] in _FILLER or tokens[start] in _BOUNDARIES):
        start += 1
    while end > start and (tokens[end - 1] in _FILLER or tokens[end - 1] in _BOUNDARIES):
        end -= 1
    return start, end


def _cued(tokens: list[str], start: int) -> bool:
    return start > 0 and tokens[start - 1] in _CUES


def _exact_hits(tokens: list[str], answer: tuple[int, int]) -> list[_Hit]:
    index = _index()
    hits: list[_Hit] = []
    position = 0
    while position < len(tokens):
        for size in range(min(index.longest, len(tokens) - position), 0, -1):
            key = " ".join(tokens[position : position + size])
            entry = index.entries.get(key)
            if entry is None:
                continue
            end = position + size
            whole_answer = end == answer[1] and (
                position == answer[0]
                or (position == answer[0] - 1 and tokens[position] in _ARTICLES)  # "De Wijk"
            )
            if key in _ANSWER_ONLY and not whole_answer:
                continue
            if key in _ANSWER_ONLY and key.split()[0] in _ARTICLES and _cued(tokens, position):
                continue  # "ik woon in de wijk" is no place; "De Wijk" on its own is
            if key in _COMMON_WORDS and not (whole_answer or _cued(tokens, position)):
                continue
            hits.append(_Hit(position, end, key, entry, 100.0, fuzzy=False))
            position = end - 1
            break
        position += 1
    return hits


def _max_edits(query: str) -> int:
    """Typos allowed: one in a short name, two from nine letters on ("sudwest friesland")."""
    letters = len(query.replace(" ", ""))
    if letters < _MIN_FUZZY_LENGTH:
        return 0
    return 1 if letters < 9 else 2 if letters < 15 else 3


def _same_initials(query: str, key: str) -> bool:
    """Typos rarely hit a first letter; 'zuiden' is not Muiden, 'de kelder' is not Den Helder."""
    query_words, key_words = query.split(), key.split()
    if query_words[0][0] != key_words[0][0]:
        return False
    return len(query_words) == 1 or query_words[-1][0] == key_words[-1][0]


def _fuzzy_best(query: str, places: bool = False) -> _Hit | None:
    """The gemeente(s) within a few typos (Damerau-style: a swap is one typo) of the query.

    With `places`, a query that is no gemeente name, other name or seat may also be one typo from a
    village or wijk of eight letters or more ("windesheum", "stadshagn").
    """
    edits = _max_edits(query)
    if not edits or re.sub(r"^(?:de|het|den) ", "", query) in _NOT_PLACES:
        return None
    if " " not in query and is_dutch_word(query):
        # "moet ik de gemeente bellen": a Dutch word one typo from a village (Beilen) is the word.
        return None
    index = _index()
    hit = _closest(query, index.keys, edits)
    if hit is None and places and len(query.replace(" ", "")) >= _MIN_PLACE_FUZZY_LENGTH:
        hit = _closest(query, index.place_keys, _MAX_PLACE_EDITS)
    return hit


def _closest(query: str, keys: tuple[str, ...], edits: int) -> _Hit | None:
    """The key(s) nearest the query, at most `edits` typos away, with their gemeenten."""
    index = _index()
    found = process.extract(query, keys, scorer=OSA.distance, score_cutoff=edits, limit=10)
    results = [(key, distance) for key, distance, _ in found if _same_initials(query, key)]
    if not results:
        return None
    best_distance = min(distance for _, distance in results)
    best_keys = [key for key, distance in results if distance == best_distance]
    codes: list[str] = []
    for key in best_keys:
        codes += [code for code in index.entries[key].codes if code not in codes]
    first = best_keys[0]
    source = index.entries[first].source if len(codes) == 1 else "woonplaats"
    score = 100.0 * OSA.normalized_similarity(query, first)
    return _Hit(0, 0, first, _Entry(tuple(codes), source), score, fuzzy=True)


def _infinitive_after_te(tokens: list[str], position: int) -> bool:
    """ "vol te houden", "stond te huilen": "te" before a verb is no place cue, and a verb one typo
    from a name (Houten, Huizen) is no place."""
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    return tokens[position] == "te" and following.endswith("en")


def _fuzzy_hits(
    tokens: list[str], answer: tuple[int, int], taken: list[_Hit], places: bool = False
) -> list[_Hit]:
    """Typo-tolerant matches: the whole short answer, or 1-4 words after a place cue."""
    spans: list[tuple[int, int]] = []
    start, end = answer
    if 0 < end - start <= _MAX_ANSWER_TOKENS:
        spans.append(answer)
        if start > 0 and tokens[start - 1] in _ARTICLES:  # "De Wolden", "Het Hogeland"
            spans.append((start - 1, end))
    for position, token in enumerate(tokens):
        if token in _CUES and not _infinitive_after_te(tokens, position):
            stop = position + 1
            while stop < len(tokens) and stop - position <= _MAX_ANSWER_TOKENS:
                if tokens[stop] in _BOUNDARIES:
                    break
                stop += 1
            spans += [(position + 1, cut) for cut in range(position + 2, stop + 1)]
    hits: list[_Hit] = []
    for span_start, span_end in spans:
        if any(hit.start < span_end and span_start < hit.end for hit in taken):
            continue
        best = _fuzzy_best(" ".join(tokens[span_start:span_end]), places)
        if best is not None:
            hits.append(_Hit(span_start, span_end, best.key, best.entry, best.score, fuzzy=True))
    # Keep the best hit among overlapping spans; on a tie the longer span.
    hits.sort(key=lambda hit: (-hit.score, hit.start - hit.end))
    kept: list[_Hit] = []
    for hit in hits:
        if not any(hit.start < other.end and other.start < hit.end for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda hit: hit.start)


def _hits(tokens: list[str]) -> list[_Hit]:
    answer = _answer_span(tokens)
    exact = _exact_hits(tokens, answer)
    return sorted(exact + _fuzzy_hits(tokens, answer, exact), key=lambda hit: hit.start)


def _to_match(hits: list[_Hit]) -> GemeenteMatch:
    if not hits:
        return GemeenteMatch(MatchStatus.NOT_FOUND)
    index = _index()
    codes: list[str] = []
    for hit in hits:
        codes += [code for code in hit.entry.codes if code not in codes]
    candidates = tuple(index.gemeenten[code] for code in codes)
    first = hits[0]
    source: Source = "fuzzy" if first.fuzzy else first.entry.source
    if len(candidates) == 1:
        return GemeenteMatch(
            MatchStatus.OK, candidates[0], candidates, first.key, source, first.score
        )
    if (shared := _the_one_gemeente_all_name(hits)) is not None:
        # "amersfoort nieuwland": a wijk or village named with its gemeente.
        one = index.gemeenten[shared]
        return GemeenteMatch(MatchStatus.OK, one, (one,), first.key, source, first.score)
    return GemeenteMatch(MatchStatus.AMBIGUOUS, None, candidates, first.key, source, first.score)


def _the_one_gemeente_all_name(hits: list[_Hit]) -> str | None:
    """The one gemeente that every place named can be in, if there is exactly one."""
    shared = set(hits[0].entry.codes)
    for hit in hits[1:]:
        shared &= set(hit.entry.codes)
    return next(iter(shared)) if len(hits) > 1 and len(shared) == 1 else None


def match_gemeente(text: str) -> GemeenteMatch:
    """The gemeente named in an answer such as 'in Zwolle', 'gemeente utrect' or 'Scheveningen'.

    Exact names win over typo matches, unless a typo match covers more of the answer
    ("Alphen aan de Rijn" is Alphen aan den Rijn, not the ambiguous "Alphen"). Several different
    gemeenten give `ambiguous`.
    """
    tokens = _tokens(text)
    answer = _answer_span(tokens)
    exact = _exact_hits(tokens, answer)
    start, end = answer
    covered = bool(exact) and exact[0].start <= start and exact[-1].end >= end
    if exact and not covered and 0 < end - start <= _MAX_ANSWER_TOKENS:
        whole = _fuzzy_best(" ".join(tokens[start:end]), places=True)
        if whole is not None:
            return _to_match([whole])
    return _to_match(exact or _fuzzy_hits(tokens, answer, [], places=True))


def match_gemeente_answer(text: str) -> GemeenteMatch:
    """The gemeente in an answer to "in welke gemeente?". A place named in a longer answer counts
    ("Kampen, in de Hanzewijk" names Kampen), and of two places with one name the one in the
    province written beside it ("Hengelo (Ov)", "Bergen NH")."""
    match = match_gemeente(text)
    if match.status is MatchStatus.NOT_FOUND:
        for part in re.split(r"[,;.()]|\s+(?:in|bij|vlakbij|naast)\s+", text):
            if part.strip() and (found := match_gemeente(part)).status is MatchStatus.OK:
                return found
    if match.status is MatchStatus.AMBIGUOUS and (named := _in_named_province(match, text)):
        return replace(match, status=MatchStatus.OK, gemeente=named, candidates=(named,))
    return _or_a_gemeente_one_typo_away(match)


def _or_a_gemeente_one_typo_away(match: GemeenteMatch) -> GemeenteMatch:
    """ "heerle": the village Heerle (Roosendaal), or Heerlen with its last letter left out. A place
    whose name is a gemeente's name with one letter missing is asked about, not taken; a letter
    typed wrong ("dieren", "holten") names the place it spells."""
    if match.status is not MatchStatus.OK or match.source != "woonplaats" or not match.matched:
        return match
    typed = match.matched
    if len(typed) < _MIN_FUZZY_LENGTH:
        return match
    index = _index()
    missing_a_letter = [
        key
        for key in index.keys
        if len(key) == len(typed) + 1
        and any(key[:i] + key[i + 1 :] == typed for i in range(len(key)))
    ]
    if not missing_a_letter:
        return match
    others = [
        index.gemeenten[code] for key in missing_a_letter for code in index.entries[key].codes
    ]
    candidates = tuple(dict.fromkeys([*others, *match.candidates]))
    if len(candidates) == 1:
        return match
    return replace(match, status=MatchStatus.AMBIGUOUS, gemeente=None, candidates=candidates)


# The ways a province is written beside a place name: "Hengelo (Ov)", "Bergen NH", "Hengelo gld".
_PROVINCE_WORDS: dict[str, str] = {
    "ov": "Overijssel", "o": "Overijssel", "overijssel": "Overijssel",
    "gld": "Gelderland", "gl": "Gelderland", "g": "Gelderland", "gelderland": "Gelderland",
    "nh": "Noord-Holland", "noord holland": "Noord-Holland",
    "zh": "Zuid-Holland", "zuid holland": "Zuid-Holland",
    "nb": "Noord-Brabant", "brabant": "Noord-Brabant", "noord brabant": "Noord-Brabant",
    "l": "Limburg", "lb": "Limburg", "li": "Limburg", "limburg": "Limburg",
    "u": "Utrecht", "ut": "Utrecht", "utr": "Utrecht",
    "fr": "Friesland", "friesland": "Friesland", "fryslan": "Friesland",
    "gr": "Groningen", "gn": "Groningen", "dr": "Drenthe", "drenthe": "Drenthe",
    "z": "Zeeland", "zl": "Zeeland", "zeeland": "Zeeland", "fl": "Flevoland", "flevoland": "Flevoland",
}  # fmt: skip


def _in_named_province(match: GemeenteMatch, text: str) -> Gemeente | None:
    """Of two places with one name, the one in the province written beside it ("hengelo (ov)")."""
    words = f" {name_key(text)} "
    named = {province for word, province in _PROVINCE_WORDS.items() if f" {word} " in words}
    fitting = [c for c in match.candidates if c.provincie in named]
    return fitting[0] if len(fitting) == 1 else None


def _role(tokens: list[str], hit: _Hit, previous_end: int) -> Role | None:
    """Whose gemeente this is: the nearest person named before it in the same sentence."""
    clause_start = sentence_start = previous_end
    for position in range(hit.start - 1, previous_end - 1, -1):
        if tokens[position] in _BOUNDARIES and clause_start == previous_end:
            clause_start = position + 1
        if tokens[position] in _SENTENCE_ENDS:
            sentence_start = position + 1
            break
    clause_end = hit.end
    while clause_end < len(tokens) and tokens[clause_end] not in _BOUNDARIES:
        clause_end += 1
    if re.search(_BOTH, " ".join(tokens[clause_start:clause_end])):
        return "both"
    for position in range(hit.start - 1, sentence_start - 1, -1):
        if tokens[position] in _CAREGIVER_WORDS:
            return "caregiver"
        if tokens[position] in _RECIPIENT_WORDS:
            return "care_recipient"
    return _role_after(tokens[hit.end : clause_end + 6])


# "Amersfoort, daar wonen mijn ouders": who lives there, said after the place.
_THERE_LIVES = re.compile(r"^(?:, )?(?:daar|waar) (?:woont|wonen|woon) (?:nog )?(\w+)(?: (\w+))?")


def _role_after(after: list[str]) -> Role | None:
    found = _THERE_LIVES.match(" ".join(after))
    if found is None:
        return None
    who = [word for word in found.groups() if word]
    if who[0] in {"ik", "wij", "we"}:
        return "caregiver"
    if any(word in _RECIPIENT_WORDS for word in who):
        return "care_recipient"
    return None


def find_gemeente_mentions(text: str) -> GemeenteMentions:
    """Every gemeente named in a story, with whose it is when the clause says so.

    "ik woon in Zwolle en mijn moeder in Kampen" -> Zwolle (caregiver), Kampen (care_recipient).
    """
    tokens = _tokens(text)
    mentions: list[GemeenteMention] = []
    previous_end = 0
    hits = list(_hits(tokens))
    for hit in hits:
        if (
            _where_something_else_happens(tokens, hit)
            or _studies_there_lives_elsewhere(tokens, hit, hits)
            or _where_other_family_lives(tokens, hit)
        ):
            # Part of the clause of the place after it: "ik werk in Utrecht en woon in Zeist".
            continue
        if not _travelled_to(tokens, hit):
            match = _or_a_gemeente_one_typo_away(_to_match([hit]))
            mentions.append(GemeenteMention(match, _role(tokens, hit, previous_end)))
        previous_end = hit.end
    return GemeenteMentions(tuple(mentions))


# "heen en weer rijden naar Utrecht" (the hospital) says nothing about where anyone lives; "naar
# Zwolle verhuisd" does.
_TRAVEL_WORDS = frozenset({"naar", "richting", "via", "langs", "vanuit"})
_MOVED = re.compile(r"^(?:verhuis\w*|verhuisd|getrokken|gaan|gegaan|ging|gaat|wonen|woont)$")


def _travelled_to(tokens: list[str], hit: _Hit) -> bool:
    if hit.start == 0 or tokens[hit.start - 1] not in _TRAVEL_WORDS:
        return False
    return not any(_MOVED.match(token) for token in tokens[hit.end : hit.end + 3])


# "hij krijgt bestralingen in Zwolle", "ze ligt in het ziekenhuis in Deventer", "ik werk in Utrecht",
# "op de hogeschool in Zwolle": where the care, the work or the school is, not where anyone lives.
# "Ik studeer in Nijmegen" is left alone: a student usually lives where they study.
_ELSEWHERE_WORDS = re.compile(
    r"^(?:ziekenhuis\w*|umc|kliniek\w*|polikliniek|bestraling\w*|chemo\w*|behandeling\w*|"
    r"behandeld|dialyse\w*|revalidatie\w*|opgenomen|opname|operatie|geopereerd|therapie|controle\w*|"
    r"afspraak|afspraken|werk|werkt|werken|school|stage|hogeschool|universiteit|uni|mbo|hbo|"
    r"opleiding|college|"
    # "we pendelen tussen het prinses maxima centrum in utrecht en huis"
    r"pendel\w*|centrum|kinderziekenhuis|hospice)$"
)
_LIVES_WORDS = frozenset({"woon", "woont", "wonen", "woonde", "woonachtig"})
# Named just after the place, the school is what is there: "ik studeer in utrecht (hbo)", "ik zit in
# zwolle op het mbo".
_SCHOOL_AFTER = re.compile(r"^(?:hbo|mbo|wo|uni|universiteit|hogeschool|school|opleiding|studie)$")


_STUDY_WORDS = frozenset({"studeer", "studeert", "studeren", "studeerde", "studie"})


def _studies_there_lives_elsewhere(tokens: list[str], hit: _Hit, hits: list[_Hit]) -> bool:
    """ "ik studeer in zwolle maar woon nog thuis in kampen": the study place is not the home
    when the message names where they live."""
    if hit.start == 0 or tokens[hit.start - 1] != "in":
        return False
    if not any(token in _STUDY_WORDS for token in tokens[max(0, hit.start - 4) : hit.start - 1]):
        return False
    return any(
        other is not hit
        and any(t in _LIVES_WORDS for t in tokens[max(0, other.start - 6) : other.start])
        for other in hits
    )


def _where_other_family_lives(tokens: list[str], hit: _Hit) -> bool:
    """The nearest person named before the place, in its sentence, is other family."""
    for token in reversed(tokens[: hit.start]):
        if token in _SENTENCE_ENDS or token in _CAREGIVER_WORDS or token in _RECIPIENT_WORDS:
            return False
        if token in _OTHER_FAMILY_WORDS:
            return True
    return False


def _where_something_else_happens(tokens: list[str], hit: _Hit) -> bool:
    # "ik werk ook op schiphol": "op" a place too.
    if hit.start == 0 or tokens[hit.start - 1] not in ("in", "op"):
        return False
    before = tokens[max(0, hit.start - 6) : hit.start - 1]
    if any(token in _LIVES_WORDS for token in before):
        return False
    after = tokens[hit.end : hit.end + 3]
    return any(_ELSEWHERE_WORDS.match(token) for token in before) or any(
        _SCHOOL_AFTER.match(token) for token in after
    )
