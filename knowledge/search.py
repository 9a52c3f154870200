"""Search the knowledge base for the offers that fit one caregiver, with the reasons why.

`SearchIndex.build(offers)` once (in memory), then `index.match(SearchQuery(...), limit=3)`.

Where an offer is looked for (the two-gemeenten rule):
- landelijk offers always apply;
- an offer for the caregiver (`beneficiary: mantelzorger`) is looked for in the caregiver's
  gemeente, an offer for the naaste in the naaste's gemeente (the caregiver's when the naaste's is
  unknown);
- an eligibility rule on where someone must live overrides that: an offer that requires the naaste
  to live in the area (some mantelzorgwaarderingen) is looked for in the naaste's gemeente, one that
  requires the caregiver to live there in the caregiver's.
A known gemeente without any local offer gives national offers and `local_data_missing=True`.

Ranking: the need categories asked for (the offer's first need counts most), a Dutch text score
(BM25 over name, synonyms, description and first step) for free questions, the situation (target
groups such as dementie or jonge mantelzorger, working caregivers), a small preference for local
offers over the national ones of the same kind, and eligibility. Eligibility is checked against the
situation: an offer whose rules the caregiver does not meet is ranked after all others and says
why; an unknown fact keeps the offer and says what to check. Offers outside their validity dates
are left out.

Text search: words are folded and cut by the one Dutch rule (`bot/text/words.py`: case, accents,
"Cliënt-ondersteuning" is one word), reduced to a key (`bot/text/stemming.py`: spaCy's Dutch lemma
table, then the Snowball Dutch stemmer: "logeerhuizen" = "logeerhuis"), compounds are split into
parts the index knows ("mantelzorgwaardering" -> mantelzorg + waardering), typos in longer words
are corrected to the nearest known word (rapidfuzz), and `knowledge/data/synoniemen.yml` links
words that mean the same ("even vrij" = "respijtzorg" = "vervangende mantelzorg").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, overload

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.text.formatting import dutch_number as _number
from bot.text.stemming import stem
from bot.text.words import words as fold_words
from knowledge.files import NEED_CATEGORIES, default_content_paths, read_content_files
from knowledge.gemeenten import gemeente_names
from knowledge.helplines import all_helplines
from knowledge.offer import NeedCategory, Offer

SYNONYMS_FILE = Path(__file__).resolve().parent / "data" / "synoniemen.yml"

# Need categories as a caregiver reads them: "Past bij: even vrij zijn".
NEED_LABELS: dict[str, str] = {
    "even_vrij": "even vrij zijn",
    "praktische_hulp": "praktische hulp",
    "emotionele_steun": "iemand om mee te praten",
    "lotgenoten": "contact met andere mantelzorgers",
    "informatie_advies": "informatie en advies",
    "financieel": "geld en vergoedingen",
    "werk_en_zorg": "werk en zorg combineren",
    "zorg_voor_naaste": "meer zorg voor uw naaste",
    "regelen_aanvragen": "hulp bij regelen en aanvragen",
    "jonge_mantelzorger": "jonge mantelzorgers",
    "wonen_vervoer": "wonen en vervoer",
    "anders": "uw vraag",
}
# The intake's condition labels (handoff schema `situation.conditions`) as offer target groups.
CONDITION_TARGET_GROUPS: dict[str, str] = {
    "dementie": "dementie",
    "ggz": "ggz",
    "nah": "nah",
    "kanker": "kanker",
    "verstandelijke_beperking": "verstandelijke_beperking",
    "lichamelijke_beperking": "lichamelijke_beperking",
    "chronische_ziekte": "chronische_ziekte",
    "verslaving": "verslaving",
    "ouderdom": "ouderen",
}
# Target groups that say who an offer is for, read as "Speciaal voor ...".
_TARGET_GROUP_TEXT: dict[str, str] = {
    "dementie": "mantelzorgers van iemand met dementie",
    "ggz": "mantelzorgers van iemand met psychische problemen",
    "nah": "mantelzorgers van iemand met hersenletsel",
    "kanker": "mantelzorgers van iemand met kanker",
    "verstandelijke_beperking": "mantelzorgers van iemand met een verstandelijke beperking",
    "lichamelijke_beperking": "mantelzorgers van iemand met een lichamelijke beperking",
    "chronische_ziekte": "mantelzorgers van iemand met een chronische ziekte",
    "verslaving": "mantelzorgers van iemand met een verslaving",
    "jonge_mantelzorger": "jonge mantelzorgers",
    "werkenden": "mantelzorgers die werken",
    "ouderen": "ouderen",
    "kinderen": "kinderen",
}
# Target groups about the naaste's condition: an offer only for one of them does not fit a
# caregiver whose naaste is known to have another condition.
_CONDITION_GROUPS = frozenset(CONDITION_TARGET_GROUPS.values()) - {"ouderen"}
AGE_RANGES: dict[str, tuple[int, int]] = {
    "<18": (0, 17),
    "18-24": (18, 24),
    "25-64": (25, 64),
    "65-74": (65, 74),
    "75+": (75, 120),
}
YOUNG_CAREGIVER_MAX_AGE = 25  # FACTS.md §2: jonge mantelzorgers up to 25

EXAMPLE_NOTICE = "Dit is een voorbeeld. Het is geen echte organisatie."
UNVERIFIED_NOTICE = "Deze informatie is nog niet gecontroleerd. Kijk het zelf even na."

# Ranking weights, tuned on tests/knowledge/search_cases.yml (see python -m bot.evaluation.search_cases).
_W_NEED = 2.0
_W_TEXT = 2.0
_W_EXTRA_NEED = 0.15
_W_TARGET_FIT = 0.5
_W_TARGET_MISFIT = -0.8
# A group for another illness ("Gespreksgroep mantelzorgers dementie" for a son with schizophrenia)
# below every general offer of the same need, however local.
_W_CONDITION_MISFIT = -1.6
_W_YOUNG = 0.9
_W_WORKING = 0.3
_W_LOCAL = 0.6
_W_ELIGIBLE = 0.15
_W_UNKNOWN_RULE = -0.05
_W_UNVERIFIED = -0.15
_NAME_WORD_LENGTH = 8  # a word of a name this long is the name, not an everyday word
_NAME_WORD_HOLDERS_AT_MOST = 3  # "mantelzorgcafé": the national group and two local cafés
_NO_NAME_WORDS = frozenset(
    {"steunpunt", "mantelzorg", "mantelzorger", "mantelzorgers", "mantelzorgconsulent", "consulent",
     "gemeente", "vrijwilliger", "vrijwilligers", "ondersteuning", "begeleiding", "voorbeeld"}
)  # fmt: skip
_W_NAME = 1.0  # extra weight of a question word that is in the offer's name
_IMPLIED_NEED_FACTOR = 0.5  # needs a free question implies (via synonyms) count half
_MIN_TEXT_RELEVANCE = 0.2  # share of the best text score a text-only match needs

# --- text analysis ------------------------------------------------------------------------------

# Function words that carry no meaning for the search. Phrases are matched before these are
# dropped, so "even vrij" and "iemand om mee te praten" still count as synonyms.
STOPWORDS = frozenset(
    {
        "aan", "al", "alle", "alleen", "als", "ben", "bent", "bij", "dan", "dat", "de", "deze", "die",
        "dit", "doe", "doen", "doet", "door", "dus", "een", "en", "er", "even", "ga", "gaan", "gaat",
        "geen", "graag", "had", "heb", "hebben", "hebt", "heeft", "hem", "het", "hier", "hij", "hoe",
        "hun", "ik", "in", "is", "ja", "je", "jij", "jou", "jouw", "kan", "krijg", "krijgen", "krijgt",
        "kun", "kunnen", "kunt", "maar", "me", "mee", "meer", "met", "mij", "mijn", "mag", "moet",
        "moeten", "na", "naar", "niet", "nog", "nu", "of", "om", "ons", "onze", "ook", "op", "over",
        "te", "tot", "u", "uit", "uw", "van", "veel", "voor", "waar", "wanneer", "wat", "we", "wel",
        "welke", "wie", "wij", "wil", "wilt", "willen", "word", "worden", "wordt", "zal", "ze", "zei",
        "zelf", "zich", "zij", "zijn", "zo", "zou", "zoals", "hallo", "hoi", "goedemorgen", "beste",
        "iets", "iemand", "erg", "heel", "echt", "soms", "vaak", "af", "toe", "elke", "ieder",
        "iedere", "keer", "hoef", "hoeft", "hoeven", "haar", "hen", "gewoon", "eens", "toch",
        "misschien", "daar", "nou", "zodat", "zon", "staat", "staan", "weet", "weten", "komt",
        "komen", "zegt", "zeggen", "naast"
    }
)  # fmt: skip
_MIN_PART = 3
_MIN_COMPOUND = 7
_MAX_PARTS = 3
_PART_WEIGHT = 0.5
_FUZZY_WEIGHT = 0.8
_NEED_TOKEN_WEIGHT = 0.6
_FUZZY_MIN_LENGTH = 7  # as in knowledge/glossary.py: shorter words only match exactly
_FUZZY_LONG_LENGTH = 10

_FIELD_WEIGHTS = {
    "name": 3.0,
    "synonyms": 2.0,
    "description": 1.0,
    "provider": 0.5,
    "first_step": 0.5,
    "what_to_expect": 0.3,
    "notes": 0.3,
}
_K1 = 1.2
_B = 0.5


@dataclass(frozen=True)
class SynonymGroup:
    id: str
    terms: tuple[str, ...]
    needs: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_synonyms(path: Path = SYNONYMS_FILE) -> tuple[SynonymGroup, ...]:
    """The synonym groups; ValueError names the group when one is malformed."""
    document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("version") != 1:
        raise ValueError(f"{path}: expected a mapping with version: 1")

    groups: list[SynonymGroup] = []
    for index, raw in enumerate(document.get("groups") or ()):
        where = f"{path}: group {raw.get('id', f'#{index + 1}')!r}"
        terms = raw.get("terms")
        if not isinstance(raw.get("id"), str) or not isinstance(terms, list) or not terms:
            raise ValueError(f"{where}: needs an id and a non-empty list of terms")
        needs = tuple(raw.get("needs") or ())
        unknown = [need for need in needs if need not in NEED_CATEGORIES]
        if unknown:
            raise ValueError(f"{where}: unknown need categories {unknown}")
        groups.append(SynonymGroup(raw["id"], tuple(str(term) for term in terms), needs))
    return tuple(groups)


def _concept(group_id: str) -> str:
    return f"~{group_id}"


def _need_token(need: str) -> str:
    return f"#need:{need}"


def _target_token(group: str) -> str:
    return f"#group:{group}"


class _Analyzer:
    """Turns text into weighted search terms: stems, compound parts, synonym concepts."""

    def __init__(self, groups: Sequence[SynonymGroup], corpus_words: Iterable[str]) -> None:
        self._groups = {group.id: group for group in groups}
        self._phrases: dict[str, list[tuple[tuple[str, ...], SynonymGroup]]] = {}
        self._single: dict[str, list[SynonymGroup]] = {}
        # Words that begin a one-word term when the next word is glued on ("mantel" + "zorg").
        self._join_heads: set[str] = set()
        words: set[str] = set()
        for group in groups:
            for term in group.terms:
                stems = tuple(stem(word) for word in fold_words(term))
                words.update(fold_words(term))
                if len(stems) == 1:
                    self._single.setdefault(stems[0], []).append(group)
                    joined = "".join(fold_words(term))
                    self._join_heads.update(joined[:cut] for cut in range(2, len(joined) - 1))
                elif stems:
                    self._phrases.setdefault(stems[0], []).append((stems, group))
        words.update(corpus_words)
        self._starts = frozenset(self._phrases) | frozenset(self._single)
        content = {w for w in words if len(w) >= _MIN_PART and w not in STOPWORDS}
        self._part_stems = frozenset(stem(w) for w in content)
        self._splits: dict[str, tuple[str, ...]] = {}

    def split(self, word: str) -> tuple[str, ...]:
        """Stems of the known parts of a compound ("zorgverlof" -> zorg, verlof), or ()."""
        if len(word) < _MIN_COMPOUND:
            return ()
        cached = self._splits.get(word)
        if cached is None:
            cached = self._best_split(word, _MAX_PARTS, whole=False) or ()
            self._splits[word] = cached
        return cached

    def _best_split(self, word: str, max_parts: int, whole: bool = True) -> tuple[str, ...] | None:
        """Fewest known parts that make up `word`; `whole=False` asks for two parts or more."""
        if whole and stem(word) in self._part_stems:
            return (stem(word),)
        if max_parts == 1:
            return None
        best: tuple[str, ...] | None = None
        # Longest first part first: "mantelzorgwaardering" is mantelzorg + waardering.
        for cut in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
            head = word[:cut]
            if stem(head) not in self._part_stems and not (
                head.endswith("s") and stem(head[:-1]) in self._part_stems
            ):
                continue
            head_stem = stem(head) if stem(head) in self._part_stems else stem(head[:-1])
            rest = self._best_split(word[cut:], max_parts - 1)
            if rest is not None and (best is None or len(rest) + 1 < len(best)):
                best = (head_stem, *rest)
                if len(best) == 2:
                    break
        return best

    def _concepts_at(self, stems: Sequence[str], i: int) -> Iterator[str]:
        for phrase, group in self._phrases.get(stems[i], ()):
            if tuple(stems[i : i + len(phrase)]) == phrase:
                yield group.id
        for group in self._single.get(stems[i], ()):
            yield group.id

    def analyze(self, text: str) -> dict[str, float]:
        """Search terms with weights (1 for words and concepts, less for parts and need hints)."""
        return self.analyze_words(fold_words(text))

    def analyze_words(self, words: Sequence[str]) -> dict[str, float]:
        stems = [stem(word) for word in words]
        terms: dict[str, float] = {}
        # In the order the words name them: the kind of help named first leads an answer.
        groups: dict[str, None] = {}

        def add(term: str, weight: float) -> None:
            if weight > terms.get(term, 0.0):
                terms[term] = weight

        def note(group_ids: Iterable[str]) -> None:
            groups.update(dict.fromkeys(group_ids))

        for i, (word, word_stem) in enumerate(zip(words, stems, strict=True)):
            if word_stem in self._starts:
                note(self._concepts_at(stems, i))
            if (
                i + 1 < len(words)
                and word in self._join_heads
                and word not in STOPWORDS
                and words[i + 1] not in STOPWORDS
            ):  # "keuken tafel", never "in een" as "ineens"
                joined = stem(word + words[i + 1])
                if joined in self._single:
                    add(joined, 1.0)
                    note(group.id for group in self._single[joined])
            if word in STOPWORDS:
                continue
            add(word_stem, 1.0)
            for part in self.split(word):
                add(part, _PART_WEIGHT)
                note(group.id for group in self._single.get(part, ()))
        for group_id in groups:
            add(_concept(group_id), 1.0)
        return terms

    def concepts_of(self, word_stem: str) -> list[str]:
        """Concept terms of a one-word synonym ("respijt" -> ~respijtzorg)."""
        return [_concept(group.id) for group in self._single.get(word_stem, ())]

    def needs_of(self, terms: Iterable[str]) -> tuple[str, ...]:
        """Need categories the concepts among `terms` point to (synoniemen.yml `needs`), in the
        order of the terms: the kind of help named first comes first."""
        return tuple(
            dict.fromkeys(
                need
                for term in terms
                if term.startswith("~") and term[1:] in self._groups
                for need in self._groups[term[1:]].needs
            )
        )


# --- query and results --------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchQuery:
    """What is known about the caregiver; every field may be empty."""

    needs: tuple[NeedCategory, ...] = ()
    text: str = ""
    caregiver_gemeente: str | None = None  # CBS code, e.g. GM0193
    naaste_gemeente: str | None = None
    hours_per_week: float | None = None
    duration_months: float | None = None
    age_group: str | None = None  # "<18", "18-24", "25-64", "65-74", "75+"
    age: int | None = None  # the age itself, when the caregiver typed it
    conditions: tuple[str, ...] = ()  # the intake's labels: dementie, ggz, nah, ...
    young_caregiver: bool | None = None
    combines_with: tuple[str, ...] = ()  # the intake's labels: werk, studie, school, ...
    # True when the caregiver told what they do besides the care, also "niets" or "gepensioneerd"
    # (no label): then an offer for working caregivers is known not to fit.
    combines_with_told: bool = False
    today: dt.date | None = None
    include_ineligible: bool = True  # False: leave out offers whose rules are not met


Area = Literal["landelijk", "caregiver", "naaste"]


@dataclass(frozen=True)
class Match:
    """One offer for this caregiver. `eligible` is None when a rule could not be checked."""

    offer: Offer
    score: float
    reasons: tuple[str, ...]  # Dutch B1, why it fits ("Past bij: even vrij zijn")
    eligible: bool | None
    to_check: tuple[str, ...]  # Dutch B1, what the caregiver should check
    not_eligible_because: tuple[str, ...]  # Dutch B1, why the rules are not met
    notices: tuple[str, ...]  # example data, unverified facts
    area: Area  # where it was found: national, the caregiver's or the naaste's gemeente


@dataclass(frozen=True)
class SearchResult(Sequence[Match]):
    """The ranked matches (a sequence) plus what the search could not cover."""

    matches: tuple[Match, ...]
    local_data_missing: bool = False
    gemeenten_without_local_data: tuple[str, ...] = ()

    @overload
    def __getitem__(self, index: int) -> Match: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Match]: ...
    def __getitem__(self, index: int | slice) -> Match | Sequence[Match]:
        return self.matches[index]

    def __len__(self) -> int:
        return len(self.matches)

    @property
    def offer_ids(self) -> tuple[str, ...]:
        return tuple(match.offer.id for match in self.matches)


# --- eligibility --------------------------------------------------------------------------------


@dataclass
class EligibilityCheck:
    """The outcome of checking an offer's rules: what is met, unknown and not met (Dutch, B1)."""

    met: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def eligible(self) -> bool | None:
        if self.failed:
            return False
        return None if self.unknown else True


def _age_range(query: SearchQuery) -> tuple[int, int] | None:
    if query.age is not None:
        # A typed 62 is not "25 to 64", which would just fit an offer up to 25.
        return (query.age, query.age)
    known = AGE_RANGES.get(query.age_group or "")
    if query.young_caregiver is None:
        return known
    young = (
        (0, YOUNG_CAREGIVER_MAX_AGE)
        if query.young_caregiver
        else (YOUNG_CAREGIVER_MAX_AGE + 1, 120)
    )
    if known is None:
        return young
    low, high = max(known[0], young[0]), min(known[1], young[1])
    return (low, high) if low <= high else known


@dataclass(frozen=True)
class _Minimum:
    """How a minimum of care (hours a week, months) is said."""

    unit: str
    already: str  # "al " for a duration
    more: str  # when the caregiver gives more than the minimum
    now: str  # "nu " for a duration


_HOURS = _Minimum("uur per week", already="", more="meer dan", now="")
_MONTHS = _Minimum("maanden", already="al ", more="langer dan", now="nu ")


def _check_minimum(
    check: EligibilityCheck, words: _Minimum, minimum: float | None, given: float | None
) -> None:
    if minimum is None:
        return
    amount = f"{_number(minimum)} {words.unit}"
    rule = f"{words.already}minstens {amount}"
    if given is None:
        check.unknown.append(f"Dit is voor wie {rule} zorgt. Is dat bij u zo?")
    elif given >= minimum:
        word = words.more if given > minimum else "minstens"
        check.met.append(f"U zorgt {words.already}{word} {amount}")
    else:
        check.failed.append(
            f"Dit is voor wie {rule} zorgt. U zorgt {words.now}{_number(given)} {words.unit}."
        )


def _check_age(check: EligibilityCheck, offer: Offer, ages: tuple[int, int] | None) -> None:
    low_rule, high_rule = offer.eligibility.min_age, offer.eligibility.max_age
    if low_rule is None and high_rule is None:
        return
    if low_rule is not None and high_rule is not None:
        rule = f"van {low_rule} tot en met {high_rule} jaar"
    elif low_rule is not None:
        rule = f"van {low_rule} jaar of ouder"
    else:
        rule = f"tot en met {high_rule} jaar"
    if ages is None:
        check.unknown.append(f"Dit is voor mantelzorgers {rule}.")
        return
    low, high = ages
    too_young = low_rule is not None and high < low_rule
    too_old = high_rule is not None and low > high_rule
    if too_young or too_old:
        check.failed.append(f"Dit is voor mantelzorgers {rule}.")
    elif (low_rule is None or low >= low_rule) and (high_rule is None or high <= high_rule):
        check.met.append(f"Uw leeftijd past: {rule}")
    else:
        check.unknown.append(f"Dit is voor mantelzorgers {rule}.")


def _gemeente_name(code: str) -> str:
    return gemeente_names().get(code, code)


def _area_names(offer: Offer) -> str:
    names = [_gemeente_name(code) for code in offer.gemeente_codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " of " + names[-1]


def _check_residence(check: EligibilityCheck, offer: Offer, query: SearchQuery) -> None:
    if offer.scope == "landelijk":
        return
    if offer.eligibility.naaste_lives_in_area:
        if query.naaste_gemeente is None:
            check.unknown.append(f"Uw naaste moet in {_area_names(offer)} wonen.")
        elif query.naaste_gemeente in offer.gemeente_codes:
            check.met.append(f"Uw naaste woont in {_gemeente_name(query.naaste_gemeente)}")
        else:
            check.failed.append(f"Uw naaste moet in {_area_names(offer)} wonen.")
    if offer.eligibility.caregiver_lives_in_area:
        if query.caregiver_gemeente in offer.gemeente_codes:
            check.met.append(f"U woont in {_gemeente_name(query.caregiver_gemeente or '')}")
        else:
            check.failed.append(f"U moet zelf in {_area_names(offer)} wonen.")


def check_eligibility(offer: Offer, query: SearchQuery) -> EligibilityCheck:
    check = EligibilityCheck()
    rules = offer.eligibility
    _check_minimum(check, _HOURS, rules.min_hours_per_week, query.hours_per_week)
    _check_minimum(check, _MONTHS, rules.min_duration_months, query.duration_months)
    _check_age(check, offer, _age_range(query))
    _check_residence(check, offer, query)
    return check


# --- the index ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    offer: Offer
    weights: dict[str, float]  # BM25 weight per term
    name_weights: dict[str, float]  # idf of the terms in the offer's name
    needs: tuple[str, ...]
    target_groups: frozenset[str]

    def text_score(self, query_terms: Mapping[str, float]) -> float:
        score = 0.0
        for term, weight in query_terms.items():
            score += weight * (
                self.weights.get(term, 0.0) + _W_NAME * self.name_weights.get(term, 0.0)
            )
        return score


def _offer_fields(offer: Offer) -> Iterator[tuple[str, str]]:
    yield "name", offer.name
    yield "synonyms", " . ".join(offer.synonyms)
    yield "description", offer.description
    yield "provider", offer.provider or ""
    yield "first_step", offer.first_step
    yield "what_to_expect", offer.what_to_expect or ""
    yield "notes", offer.eligibility.notes or ""


def is_valid_on(offer: Offer, today: dt.date) -> bool:
    """Whether the offer applies on `today`: past its end date (or before its start) it is not
    shown in the chat."""
    if offer.valid_from is not None and today < offer.valid_from:
        return False
    return offer.valid_until is None or today <= offer.valid_until


class SearchIndex:
    """An in-memory index of offers; build once, query many times (thread-safe for reading)."""

    def __init__(self, entries: list[_Entry], analyzer: _Analyzer) -> None:
        self._entries = entries
        self._analyzer = analyzer
        self._national = [e for e in entries if e.offer.scope == "landelijk"]
        self._by_gemeente: dict[str, list[_Entry]] = {}
        for entry in entries:
            if entry.offer.scope != "landelijk":
                for code in entry.offer.gemeente_codes:
                    self._by_gemeente.setdefault(code, []).append(entry)
        self._fuzzy_vocabulary = sorted(
            {term for entry in entries for term in entry.weights if term[0].isalpha()}
        )
        self._known_terms = frozenset(self._fuzzy_vocabulary)
        self._name_holders: dict[str, set[str]] = {}
        for entry in entries:
            for word in fold_words(entry.offer.name):
                self._name_holders.setdefault(stem(word), set()).add(entry.offer.id)

    @classmethod
    def build(cls, offers: Iterable[Offer], synonyms_path: Path = SYNONYMS_FILE) -> SearchIndex:
        offers = list(offers)
        groups = load_synonyms(synonyms_path)
        folded = [[(name, fold_words(text)) for name, text in _offer_fields(o)] for o in offers]
        corpus_words = {word for fields in folded for _, words in fields for word in words}
        analyzer = _Analyzer(groups, corpus_words)
        raw: list[dict[str, float]] = []
        names: list[set[str]] = []
        seen: dict[tuple[str, ...], dict[str, float]] = {}  # fields repeat across offers
        for fields in folded:
            counts: dict[str, float] = {}
            for name, words in fields:
                key = tuple(words)
                analyzed = seen.get(key)
                if analyzed is None:
                    analyzed = seen[key] = analyzer.analyze_words(words)
                if name == "name":
                    names.append(set(analyzed))
                weight = _FIELD_WEIGHTS[name]
                for term, term_weight in analyzed.items():
                    counts[term] = counts.get(term, 0.0) + weight * term_weight
            raw.append(counts)
        for offer, counts in zip(offers, raw, strict=True):
            for position, need in enumerate(offer.needs):
                counts[_need_token(need)] = 1.5 if position == 0 else 1.0
            for group in offer.target_groups:
                counts[_target_token(group)] = 1.0
        idf = _idf(raw)
        entries = [
            _Entry(
                offer,
                weights,
                {term: idf[term] for term in name},
                offer.needs,
                frozenset(offer.target_groups),
            )
            for offer, weights, name in zip(offers, _bm25(raw, idf), names, strict=True)
        ]
        return cls(entries, analyzer)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def offers(self) -> tuple[Offer, ...]:
        return tuple(entry.offer for entry in self._entries)

    def shared_concepts(self, offer_id: str, text: str) -> set[str]:
        """The synonym concepts ("~hulplijn") that `text` and the offer both hold."""
        entry = next((e for e in self._entries if e.offer.id == offer_id), None)
        if entry is None:
            return set()
        return {t for t in self._query_terms(text) if t.startswith("~") and t in entry.weights}

    def needs_named(self, text: str) -> tuple[NeedCategory, ...]:
        """The kinds of help the words of `text` point to ("iets van de gemeente" -> financieel),
        in the order the words come: "mag ik vrij nemen als ... ik kapot ben?" asks for leave."""
        return self._analyzer.needs_of(self._query_terms(text))  # type: ignore[return-value]

    def offers_named(self, text: str) -> tuple[str, ...]:
        """The offers a message calls by a long word of their name that few names hold ("de
        mantelzorglijn", "dat mantelzorgcafé"); a short everyday word ("kost", "steun") or a word
        every kind of help uses ("steunpunt", "mantelzorgers") names none."""
        said = {
            stem(word)
            for word in fold_words(text)
            if len(word) >= _NAME_WORD_LENGTH and word not in _NO_NAME_WORDS
        }
        return tuple(
            sorted(
                {
                    offer_id
                    for word, ids in self._name_holders.items()
                    if word in said and len(ids) <= _NAME_WORD_HOLDERS_AT_MOST
                    for offer_id in ids
                }
            )
        )

    def words_not_in(self, offer_ids: Sequence[str], text: str) -> list[str]:
        """The words of `text` that none of these offers holds, by stem or by synonym concept:
        "eetstoornissen" to a general group for caregivers."""
        entries = [e for e in self._entries if e.offer.id in offer_ids]
        missing = []
        for word in fold_words(text):
            if word in STOPWORDS:
                continue
            terms = {t for t in self._query_terms(word) if not t.startswith("#")}
            if terms and not any(t in entry.weights for t in terms for entry in entries):
                missing.append(word)
        return missing

    def has_local_data(self, gemeente_code: str) -> bool:
        return bool(self._by_gemeente.get(gemeente_code))

    # --- querying -----------------------------------------------------------------------------

    def _query_terms(self, text: str) -> dict[str, float]:
        terms = self._analyzer.analyze(text)
        for term in list(terms):
            if term.startswith(("~", "#")) or term in self._known_terms:
                continue
            allowed = _allowed_typos(term)
            if not allowed:
                continue
            found = process.extractOne(
                term, self._fuzzy_vocabulary, scorer=OSA.distance, score_cutoff=allowed
            )
            if found is not None:
                corrected = found[0]
                terms[corrected] = max(terms.get(corrected, 0.0), _FUZZY_WEIGHT)
                for concept in self._analyzer.concepts_of(corrected):
                    terms.setdefault(concept, _FUZZY_WEIGHT)
        for need in self._analyzer.needs_of(terms):
            terms.setdefault(_need_token(need), _NEED_TOKEN_WEIGHT)
        return terms

    def _candidates(self, query: SearchQuery) -> Iterator[tuple[_Entry, Area]]:
        for entry in self._national:
            yield entry, "landelijk"
        caregiver = query.caregiver_gemeente
        naaste = query.naaste_gemeente or caregiver
        seen: set[str] = set()
        for code in dict.fromkeys(c for c in (caregiver, naaste) if c):
            for entry in self._by_gemeente.get(code, ()):
                if entry.offer.id in seen:
                    continue
                seen.add(entry.offer.id)
                area = _area_for(entry.offer, caregiver, naaste)
                if area is not None and area[0] in entry.offer.gemeente_codes:
                    yield entry, area[1]

    def match(self, query: SearchQuery, limit: int = 3) -> SearchResult:
        """The `limit` best offers for this caregiver, best first, each with its reasons."""
        today = query.today or dt.date.today()
        query_terms = self._query_terms(query.text) if query.text.strip() else {}
        asked = _asked_needs(query)
        implied_needs = set(self._analyzer.needs_of(query_terms))
        if is_young(query) and not asked:
            implied_needs.add("jonge_mantelzorger")
        implied = tuple(sorted(implied_needs - set(asked)))
        named = set(self.offers_named(query.text)) if query.text.strip() else set()
        scored: list[tuple[_Entry, Area, float, float, EligibilityCheck]] = []
        for entry, area in self._candidates(query):
            if not is_valid_on(entry.offer, today):
                continue
            if _for_someone_else(entry, query) and entry.offer.id not in named:
                continue
            need_fit = max(
                _need_fit(entry.needs, asked),
                _IMPLIED_NEED_FACTOR * _need_fit(entry.needs, implied),
            )
            text = entry.text_score(query_terms)
            if need_fit <= 0 and text <= 0:
                continue
            scored.append((entry, area, need_fit, text, check_eligibility(entry.offer, query)))
        best_text = max((item[3] for item in scored), default=0.0)
        ranked: list[Match] = []
        for entry, area, need_fit, text, check in scored:
            text_rel = text / best_text if best_text > 0 else 0.0
            if need_fit <= 0 and text_rel < _MIN_TEXT_RELEVANCE:
                continue
            if check.eligible is False and not query.include_ineligible:
                continue
            ranked.append(
                _to_match(entry, area, need_fit, text_rel, check, query, (*asked, *implied))
            )
        ranked.sort(key=lambda m: (m.eligible is False, -m.score, m.offer.id))
        ranked = _without_national_routes_to_local_offers(ranked)
        missing = tuple(
            code
            for code in dict.fromkeys((query.caregiver_gemeente, query.naaste_gemeente))
            if code and not self.has_local_data(code)
        )
        # "Voor uw gemeente heb ik nog geen gegevens" is said of the caregiver's own gemeente only.
        return SearchResult(tuple(ranked[:limit]), query.caregiver_gemeente in missing, missing)


def _without_national_routes_to_local_offers(ranked: list[Match]) -> list[Match]:
    """Drop a national offer when a local one of the same kind for the same needs is found: "zoek
    het steunpunt op de website van uw gemeente" is only the way to what the local offer names."""
    local = {_twin(m.offer) for m in ranked if m.area != "landelijk" and m.eligible is not False}
    return [m for m in ranked if not (_route_via_gemeente(m.offer) and _twin(m.offer) in local)]


def _twin(offer: Offer) -> tuple[str, tuple[str, ...]]:
    return offer.kind, tuple(offer.needs)


def _route_via_gemeente(offer: Offer) -> bool:
    """A national offer that is only the way to the gemeente's own (no provider or contact of its
    own, and its first step goes through the gemeente); the Alzheimer Café or an Odensehuis are
    offers in their own right."""
    return (
        offer.scope == "landelijk"
        and not offer.provider
        and not (offer.contact.phone or offer.contact.email or offer.contact.website)
        and "gemeente" in offer.first_step.lower()
    )


def _allowed_typos(word: str) -> int:
    if len(word) < _FUZZY_MIN_LENGTH or word.isdigit():
        return 0
    return 1 if len(word) < _FUZZY_LONG_LENGTH else 2


def _area_for(offer: Offer, caregiver: str | None, naaste: str | None) -> tuple[str, Area] | None:
    """The gemeente a local offer is looked for in and whose it is; None when that is unknown."""
    rules = offer.eligibility
    for_naaste = rules.naaste_lives_in_area or (
        offer.beneficiary == "naaste" and not rules.caregiver_lives_in_area
    )
    if for_naaste:
        return (naaste, "naaste") if naaste else None
    return (caregiver, "caregiver") if caregiver else None


def _need_fit(offer_needs: Sequence[str], asked: Sequence[str]) -> float:
    """How well the offer's needs answer the asked ones: 1 when its main need is the first asked."""
    fits = []
    for asked_position, need in enumerate(asked):
        if need not in offer_needs:
            continue
        offer_position = offer_needs.index(need)
        fits.append((1.0 - 0.15 * min(asked_position, 3)) * (1.0 - 0.2 * min(offer_position, 2)))
    if not fits:
        return 0.0
    return max(fits) + _W_EXTRA_NEED * (len(fits) - 1)


def _idf(counts: list[dict[str, float]]) -> dict[str, float]:
    frequency: dict[str, int] = {}
    for doc in counts:
        for term in doc:
            frequency[term] = frequency.get(term, 0) + 1
    documents = len(counts)
    return {t: math.log(1 + (documents - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}


def _bm25(counts: list[dict[str, float]], idf: Mapping[str, float]) -> list[dict[str, float]]:
    if not counts:
        return []
    lengths = [sum(doc.values()) for doc in counts]
    average = sum(lengths) / len(counts) or 1.0
    weighted = []
    for doc, length in zip(counts, lengths, strict=True):
        norm = _K1 * (1 - _B + _B * length / average)
        weighted.append({t: idf[t] * tf * (_K1 + 1) / (tf + norm) for t, tf in doc.items()})
    return weighted


def is_young(query: SearchQuery) -> bool:
    ages = _age_range(query)
    return bool(query.young_caregiver) or (ages is not None and ages[1] <= YOUNG_CAREGIVER_MAX_AGE)


def _asked_needs(query: SearchQuery) -> tuple[str, ...]:
    """The needs asked for; a young caregiver's support is always one of them (last)."""
    if query.needs and is_young(query) and "jonge_mantelzorger" not in query.needs:
        return (*query.needs, "jonge_mantelzorger")
    return tuple(query.needs)


def _situation_groups(query: SearchQuery) -> set[str]:
    groups = {CONDITION_TARGET_GROUPS[c] for c in query.conditions if c in CONDITION_TARGET_GROUPS}
    if is_young(query):
        groups.add("jonge_mantelzorger")
    if "werk" in query.combines_with:
        groups.add("werkenden")
    return groups


def _for_someone_else(entry: _Entry, query: SearchQuery) -> bool:
    """An offer only for other illnesses than the naaste's known one (an Alzheimer Café for a
    caregiver of someone with hartfalen or autism), or only for working caregivers when the
    caregiver said what they do besides the care, work is not among it and they do not ask about
    work (zorgverlof for a pupil of twelve). Old age or a condition in the caregiver's own words ("geheugenproblemen") rules
    out nothing; it only weighs (see `_situation_fit`)."""
    condition_targets = entry.target_groups & _CONDITION_GROUPS
    known = _situation_groups(query) & _CONDITION_GROUPS
    if condition_targets and known and not condition_targets & known:
        return True
    return (
        entry.target_groups == {"werkenden"}
        and (bool(query.combines_with) or query.combines_with_told)
        and "werk" not in query.combines_with
        and "werk_en_zorg" not in query.needs
    )


def _need_reasons(entry: _Entry, needs: Sequence[str], text_rel: float) -> list[str]:
    fitting = [need for need in dict.fromkeys(needs) if need in entry.needs]
    if fitting:
        return [f"Past bij: {NEED_LABELS[need]}" for need in fitting[:2]]
    return ["Past bij uw vraag"] if text_rel > 0 else []


def _situation_fit(entry: _Entry, query: SearchQuery) -> tuple[float, list[str]]:
    """Score and reasons from who the offer is for (condition, young, working caregiver)."""
    groups = _situation_groups(query)
    fitting = entry.target_groups & groups
    score = _W_TARGET_FIT if fitting else 0.0
    condition_targets = entry.target_groups & _CONDITION_GROUPS
    # Old age counts as a known condition here: a dementia line is not for "gewoon op leeftijd".
    known_conditions = groups & (_CONDITION_GROUPS | {"ouderen"})
    # "hij heeft een syndroom, hij praat niet": told, and none of the groups an offer names.
    told_otherwise = any(c not in CONDITION_TARGET_GROUPS for c in query.conditions)
    if (
        condition_targets
        and (known_conditions or told_otherwise)
        and not condition_targets & known_conditions
    ):
        score += (
            _W_CONDITION_MISFIT  # e.g. an Alzheimer Café for someone caring for a cancer patient
        )
    if "jonge_mantelzorger" in groups and (
        "jonge_mantelzorger" in entry.target_groups or "jonge_mantelzorger" in entry.needs
    ):
        score += _W_YOUNG
    if "werkenden" in fitting:
        score += _W_WORKING
    elif "werkenden" in entry.target_groups and (query.combines_with or query.combines_with_told):
        score += _W_TARGET_MISFIT  # leave from work for a student or a pensioner
    return score, [f"Speciaal voor {_TARGET_GROUP_TEXT[g]}" for g in sorted(fitting)]


def _area_reason(area: Area, query: SearchQuery) -> str:
    if area == "landelijk":
        return "Voor heel Nederland"
    naaste_elsewhere = query.naaste_gemeente not in (None, query.caregiver_gemeente)
    if area == "naaste" and naaste_elsewhere:
        return f"In de gemeente van uw naaste ({_gemeente_name(query.naaste_gemeente or '')})"
    return f"In uw gemeente ({_gemeente_name(query.caregiver_gemeente or '')})"


def _to_match(
    entry: _Entry,
    area: Area,
    need_fit: float,
    text_rel: float,
    check: EligibilityCheck,
    query: SearchQuery,
    needs: Sequence[str],
) -> Match:
    offer = entry.offer
    situation_score, situation_reasons = _situation_fit(entry, query)
    score = _W_NEED * need_fit + _W_TEXT * text_rel + situation_score
    if area != "landelijk" and (need_fit > 0 or text_rel >= 0.5):
        score += _W_LOCAL  # a concrete local offer before the national route to it
    if check.eligible is True and check.met:
        score += _W_ELIGIBLE
    score += _W_UNKNOWN_RULE * len(check.unknown)
    notices: list[str] = []
    if offer.example:
        notices.append(EXAMPLE_NOTICE)
    if not offer.verified:
        score += _W_UNVERIFIED
        notices.append(UNVERIFIED_NOTICE)
    reasons = [
        *_need_reasons(entry, needs, text_rel),
        *situation_reasons,
        _area_reason(area, query),
        *check.met,
    ]
    return Match(
        offer=offer,
        score=round(score, 4),
        reasons=tuple(reasons),
        eligible=check.eligible,
        to_check=tuple(check.unknown),
        not_eligible_because=tuple(check.failed),
        notices=tuple(notices),
        area=area,
    )


def shown_phone(offer: Offer) -> str | None:
    """The number to show for an offer: its own or its help line's, never an unverified one."""
    if not offer.verified:
        return None
    if offer.contact.phone:
        return offer.contact.phone
    if offer.helpline_id is not None:
        line = all_helplines().get(offer.helpline_id)
        if line is not None and line.verified and line.phones:
            return line.phones[0]
    return None


def build_index_from_files(paths: Iterable[Path] | None = None) -> SearchIndex:
    """An index straight from the content files (no database), e.g. for tests and the eval."""
    contents = read_content_files(paths if paths is not None else default_content_paths())
    return SearchIndex.build(offer for content in contents for offer in content.offers)


def explain_terms(index: SearchIndex, text: str) -> dict[str, Any]:
    """The search terms a question becomes (for debugging the synonyms file)."""
    return dict(sorted(index._query_terms(text).items()))
