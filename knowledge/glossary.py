"""Care terms explained in plain Dutch ("wat is respijtzorg?"), from `knowledge/data/begrippen.yml`.

The explanations are reviewed data with a source and a check date per entry; this module only finds
the term a caregiver means. Caregivers type on phones, so the lookup ignores case, accents and
punctuation, joins words written apart ("respijt zorg", "w.m.o.") and tolerates typos
("respijtzrog") without guessing at everyday words ("wat is het weer" finds nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.text.words import words
from knowledge.dates import parse_date

GLOSSARY_FILE = Path(__file__).resolve().parent / "data" / "begrippen.yml"

UNKNOWN_TERM_REPLY = (
    "Dat woord ken ik nog niet. Het steunpunt mantelzorg in uw gemeente kan het u vast uitleggen. "
    "U kunt het ook op een andere manier aan mij vragen."
)

# Typos are counted as OSA edits (a missing, extra, wrong or swapped letter each count once, so
# "respijtzrog" is one typo from "respijtzorg"). Abbreviations such as wmo, wlz and pgb are one
# typo away from ordinary words, so words under 7 letters only match exactly; longer words allow
# one typo, and words of 10+ letters two. Measured on 318,441 Dutch word forms (spaCy's nl lemma
# table) this matches 3 of them wrongly (aanbesteding(en), leerhuizen), against 6 for
# fuzz.ratio >= 85, which also took "besteding" for "dagbesteding".
MIN_FUZZY_LENGTH = 7
LONG_WORD_LENGTH = 10

REQUIRED_FIELDS = ("id", "names", "text", "source", "last_checked")

_NON_EMPTY_TEXT: dict[str, Any] = {"type": "string", "pattern": r"\S"}

_ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "names": {"type": "array", "minItems": 1, "items": _NON_EMPTY_TEXT},
        "text": _NON_EMPTY_TEXT,
        "source": {"type": "array", "minItems": 1, "items": _NON_EMPTY_TEXT},
        # YAML turns an unquoted 2026-11-24 into a date; it is checked in parse_date.
        "last_checked": {},
        "broad": {"type": "boolean"},
        "feeling": {"type": "boolean"},
        "unverified": {"type": "array", "items": _NON_EMPTY_TEXT},
    },
}

_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "begrippen"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1},
        "begrippen": {"type": "array", "minItems": 1, "items": {"type": "object"}},
    },
}


class GlossaryDataError(ValueError):
    """The glossary file is incomplete or inconsistent."""


@dataclass(frozen=True)
class Term:
    id: str
    names: tuple[str, ...]
    text: str
    source: tuple[str, ...]
    last_checked: dt.date
    # A word that occurs in nearly every message here (mantelzorg); a more specific term wins.
    broad: bool = False
    # A feeling the caregiver tells of ("ik voel me zo schuldig"): its text answers the telling as
    # well as the question.
    feeling: bool = False
    # What FACTS.md marks UNVERIFIED about this term; for reviewers, never shown to people.
    unverified: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Match:
    term: Term
    start: int
    end: int
    typos: int

    def contains(self, other: _Match) -> bool:
        return (
            self.start <= other.start
            and other.end <= self.end
            and (self.end - self.start) > (other.end - other.start)
        )


# --- text folding ---------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    """The toolkit's folded words, hyphens split: "Cliënt-ondersteuning?" -> client, ondersteuning.

    Split, because the lookup joins neighbouring words itself (`_key`, `_windows`) and a term may
    be one part of a hyphenated compound ("pgb-houder" holds "pgb").
    """
    return words(text, split_hyphens=True)


def _key(text: str) -> str:
    """Lookup key with the spaces removed, so compounds match however they are split: the same
    "clientondersteuning" as the search's one word for "Cliënt-ondersteuning"."""
    return "".join(_tokens(text))


# --- loading and validation -----------------------------------------------------------------------


def _entry_label(raw: Any, index: int) -> str:
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str) and raw["id"].strip():
        return repr(raw["id"])
    return f"#{index + 1}"


def _entry_problems(raw: Mapping[str, Any]) -> Iterator[str]:
    for field in REQUIRED_FIELDS:
        if raw.get(field) is None:
            yield f"field {field!r}: missing"
    validator = jsonschema.Draft7Validator(_ENTRY_SCHEMA)
    for error in sorted(validator.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path))):
        if error.absolute_path:
            if error.instance is None and error.absolute_path[0] in REQUIRED_FIELDS:
                continue  # already reported as missing
            field = ".".join(str(part) for part in error.absolute_path)
            yield f"field {field!r}: {error.message}"
        else:
            yield error.message


def _parse_entry(raw: Mapping[str, Any], where: str) -> Term:
    problems = list(_entry_problems(raw))
    last_checked = parse_date(raw.get("last_checked"))
    if raw.get("last_checked") is not None and last_checked is None:
        problems.append(
            f"field 'last_checked': must be a date (YYYY-MM-DD), got {raw['last_checked']!r}"
        )
    if problems or last_checked is None:
        raise GlossaryDataError(f"{where}: " + "; ".join(problems))
    return Term(
        id=raw["id"],
        names=tuple(raw["names"]),
        text=" ".join(raw["text"].split()),
        source=tuple(raw["source"]),
        last_checked=last_checked,
        broad=raw.get("broad", False),
        feeling=raw.get("feeling", False),
        unverified=tuple(raw.get("unverified", ())),
    )


def parse_glossary(document: Any, origin: str = "<glossary>") -> tuple[Term, ...]:
    """Validate a loaded glossary document; errors name the file (`origin`), entry and field."""
    try:
        jsonschema.validate(document, _FILE_SCHEMA)
    except jsonschema.ValidationError as error:
        location = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise GlossaryDataError(f"{origin}: invalid at {location}: {error.message}") from None
    terms: list[Term] = []
    owner_of_key: dict[str, str] = {}
    for index, raw in enumerate(document["begrippen"]):
        where = f"{origin}: entry {_entry_label(raw, index)}"
        term = _parse_entry(raw, where)
        if any(term.id == seen.id for seen in terms):
            raise GlossaryDataError(f"{where}: field 'id': {term.id!r} occurs twice")
        for name in (term.id, *term.names):
            key = _key(name)
            if not key:
                raise GlossaryDataError(f"{where}: field 'names': {name!r} has no letters")
            owner = owner_of_key.setdefault(key, term.id)
            if owner != term.id:
                raise GlossaryDataError(
                    f"{where}: field 'names': {name!r} is also a name of {owner!r}"
                )
        terms.append(term)
    return tuple(terms)


@lru_cache(maxsize=8)
def load_glossary(path: Path = GLOSSARY_FILE) -> tuple[Term, ...]:
    """Read and validate the glossary once per path; GlossaryDataError names file, entry and field."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except yaml.YAMLError as error:
        raise GlossaryDataError(f"{path}: not valid YAML: {error}") from None
    return parse_glossary(document, origin=str(path))


# --- lookup ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Index:
    by_id: dict[str, Term]
    by_key: dict[str, Term]
    fuzzy_keys: tuple[str, ...]
    max_words: int


@lru_cache(maxsize=8)
def _index(path: Path = GLOSSARY_FILE) -> _Index:
    terms = load_glossary(path)
    by_key = {_key(name): term for term in terms for name in (term.id, *term.names)}
    return _Index(
        by_id={term.id: term for term in terms},
        by_key=by_key,
        fuzzy_keys=tuple(key for key in by_key if len(key) >= MIN_FUZZY_LENGTH),
        # One more than the longest name, so a compound split once more ("mantel zorg makelaar")
        # still joins into its key.
        max_words=1 + max(len(_tokens(name)) for term in terms for name in term.names),
    )


def _windows(tokens: list[str], max_words: int) -> Iterator[tuple[int, int, str]]:
    for start in range(len(tokens)):
        for end in range(start + 1, min(start + max_words, len(tokens)) + 1):
            yield start, end, "".join(tokens[start:end])


def _allowed_typos(word: str) -> int:
    if len(word) < MIN_FUZZY_LENGTH:
        return 0
    return 1 if len(word) < LONG_WORD_LENGTH else 2


def _candidates(tokens: list[str], index: _Index) -> Iterator[_Match]:
    for start, end, joined in _windows(tokens, index.max_words):
        term = index.by_key.get(joined)
        if term is not None:
            yield _Match(term, start, end, 0)
            continue
        allowed = _allowed_typos(joined)
        if allowed:
            found = process.extractOne(
                joined, index.fuzzy_keys, scorer=OSA.distance, score_cutoff=allowed
            )
            if found is not None:
                key, typos, _ = found
                yield _Match(index.by_key[key], start, end, int(typos))


def _kept(matches: Iterable[_Match]) -> list[_Match]:
    found = list(matches)
    # "jonge mantelzorger" is one term, not also "mantelzorger".
    return [
        match
        for match in found
        if not any(
            other.term.id != match.term.id and other.contains(match) and other.typos <= match.typos
            for other in found
        )
    ]


def _best(matches: Iterable[_Match]) -> Term | None:
    kept = _kept(matches)
    if not kept:
        return None
    # Specific before broad, exact before typo, then the first term in the question.
    best = min(kept, key=lambda match: (match.term.broad, match.typos, match.start))
    return best.term


def _find(text_or_id: str, path: Path) -> Term | None:
    index = _index(path)
    exact_id = index.by_id.get(text_or_id.strip().lower())
    if exact_id is not None:
        return exact_id
    return _best(_candidates(_tokens(text_or_id), index))


def find_term(text_or_id: str) -> Term | None:
    """The term an id, a name or a whole question refers to ("wat is respijtzrog?"), or None."""
    return _find(text_or_id, GLOSSARY_FILE)


def find_terms(text: str) -> list[Term]:
    """Every term a question names, in the order it names them ("het verschil tussen Wmo en
    Wlz"): broad terms such as "mantelzorg" only when nothing more specific is named."""
    kept = sorted(_kept(_candidates(_tokens(text), _index(GLOSSARY_FILE))), key=lambda m: m.start)
    specific = [match for match in kept if not match.term.broad] or kept
    return list({match.term.id: match.term for match in specific}.values())


def explain(text_or_id: str) -> str:
    """The B1 Dutch explanation of the term, or a friendly reply that the word is not known yet."""
    term = find_term(text_or_id)
    return term.text if term is not None else UNKNOWN_TERM_REPLY
