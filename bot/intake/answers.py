"""The caregiver's answer to one intake question, read in their own words.

The conversation engine asks one question at a time and calls the reader of that question with
the answer. Each reader returns an `Answer`, or None when the text does not answer the question
(then the engine asks again). Every reader accepts the question's button titles typed by hand, in
any case, with small typos and with words around them ("eh werk denk ik"), and "weet ik niet"
(UNKNOWN) or "zeg ik liever niet", "sla over", "gaat je niks aan" (DECLINED).

The readers reuse the story parser (`extract_situation`), the amount parsers
(`parse_hours_per_week`, `parse_duration_months`) and the lexicon; what they add is what only an
answer to a known question allows:

- A bare word is an answer: "oma" answers "voor wie zorgt u?", "werk" answers "wat doet u naast de
  zorg?", "52" answers "hoe oud bent u?" and "20" "hoeveel uur per week?".
- Vague time becomes a guess to confirm (`estimate`): "elke avond" -> 14 hours a week, "al jaren"
  -> 36 months. The engine asks "Is dat ongeveer 14 uur per week?" (see estimates.py).
- "Sinds ik 14 ben" counts from the caregiver's age (`since_age`, `months_since_age`).
- `words` keeps the caregiver's own detail for the consultant and the read-back: the noun for the
  person ("schoonmoeder"), the illness as said ("alzheimer"), work as described ("werk 4 dagen"),
  an exact age ("52"). A free description of an illness that fits no label is kept as the value
  itself: those words are what a consultant needs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.intake.dutch_numbers import parse_ordinal, replace_number_words
from bot.intake.estimates import (
    estimate_duration_months,
    estimate_hours_per_week,
    whole_day_not_night,
)
from bot.intake.lexicon import RELATION_WORDS, join_kin_phrases
from bot.intake.quantities import (
    DECLINE_PATTERN,
    DONT_KNOW_PATTERN,
    HOURS_IN_WEEK,
    DurationResult,
    ParseStatus,
    about_care,
    parse_duration_months,
    parse_hours_per_week,
    prepare_amounts,
    stated_weekly_hours,
)
from bot.intake.situation import (
    AGE_GROUPS,
    NOT_WORKING_PATTERN,
    cared_for_relation,
    extract_situation,
    relation_mentions,
    without_own_parent_role,
)
from bot.intake.typos import (
    clean_words,
    correct_words,
    filler_bounds,
    is_word,
    match_title,
    strip_filler,
    vocabulary_of,
)

UNKNOWN = "unknown"
DECLINED = "declined"
MAX_OWN_WORDS = 200


@dataclass(frozen=True)
class Answer:
    """What an answer says, in the terms of the handoff schema."""

    value: Any  # the fact, or UNKNOWN / DECLINED
    words: str | None = None  # the caregiver's own detail worth keeping
    estimate: bool = False  # a guess from vague words, for the caregiver to confirm
    since_age: int | None = None  # read_duration only: "sinds ik 14 ben"


# --- shared ---------------------------------------------------------------------------------------

_DECLINED = (
    DECLINE_PATTERN + r"|\bsla (?:\w+ )?over\b|\boverslaan\b|\bskip\b|\bprive\b|"
    r"\bniet (?:zeggen|vertellen|delen)\b|\bhoef (?:je|jij|u) niet te weten\b|"
    r"\bgaat (?:je|jou|u|jullie) (?:geen )?(?:niks|niets|reet|donder)\b|\bbemoei je\b"
)
_DONT_KNOW = DONT_KNOW_PATTERN + r"|\bgeen (?:flauw )?benul\b|\bweet ik veel\b"
# Words around "weet ik niet" that leave it a plain "I don't know".
_DONT_KNOW_FILLER = frozenset(
    {"ik", "het", "dat", "is", "eigenlijk", "echt", "niet", "precies", "zo", "goed", "ook", "nog",
     "sorry", "helaas", "even", "zeker", "hoor", "nee", "maar", "de", "een", "wel", "er", "van",
     "daar", "dus", "meer", "want", "wat", "hij", "ze", "zij", "hem", "haar", "heeft", "u", "je",
     "exact", "nou", "eh", "ehm", "tja", "hmm", "uh", "zelf", "al"}
)  # fmt: skip
_NON_ANSWER_TITLES = {
    "weet ik niet": UNKNOWN,
    "weet niet": UNKNOWN,
    "geen idee": UNKNOWN,
    "zeg ik liever niet": DECLINED,
    "liever niet": DECLINED,
    "sla over": DECLINED,
    "overslaan": DECLINED,
}
_NON_ANSWER_WORDS = vocabulary_of(
    ("weet ik niet", "geen idee", "zeg ik liever niet", "sla over", "overslaan", "onbekend")
)


def _text(words: list[str]) -> str:
    return " ".join(words)


def _declined(words: list[str]) -> bool:
    return bool(re.search(_DECLINED, _text(words)))


def _non_answer(words: list[str]) -> str | None:
    """DECLINED for "zeg ik liever niet" in any words, UNKNOWN or DECLINED for a skip button's
    title typed as the whole answer ("weet ik nit", "sla ovr")."""
    if _declined(words):
        return DECLINED
    return match_title(words, _NON_ANSWER_TITLES, _NON_ANSWER_WORDS, min_ratio=80)


def _dont_know(words: list[str]) -> bool:
    return bool(re.search(_DONT_KNOW, _text(words)))


def _only_dont_know(words: list[str]) -> bool:
    """'Weet ik niet' with nothing else said: 'dat weet ik niet precies', not 'weet niet, iets met
    haar hart'."""
    text = _text([word for word in words if is_word(word)])
    if not re.search(_DONT_KNOW, text):
        return False
    rest = re.sub(_DONT_KNOW, " ", text).split()
    return all(word in _DONT_KNOW_FILLER for word in rest)


def _words(text: str, vocabulary: frozenset[str], keep_punctuation: bool = False) -> list[str]:
    return correct_words(clean_words(text, keep_punctuation), vocabulary | _NON_ANSWER_WORDS)


def _own_words(text: str, lead: frozenset[str] = frozenset()) -> str:
    """The caregiver's words as typed, without hesitation around them and without the `lead`
    words before them ("ik zit in de bijstand" -> "in de bijstand")."""
    tokens = text.split()
    folded = [" ".join(clean_words(token)) for token in tokens]
    start, end = filler_bounds(folded)
    while start < end and (folded[start] in lead or not folded[start]):
        start += 1
    own = " ".join(tokens[start:end]).strip(" ,.;:!?")
    return own[:MAX_OWN_WORDS]


# --- relation -------------------------------------------------------------------------------------

_RELATION_TITLES: dict[str, str] = {
    "mijn partner": "partner",
    "mijn vader of moeder": "ouder",
    "vader of moeder": "ouder",
    "mijn moeder of vader": "ouder",
    "mijn kind": "kind",
    "ander familielid": "ander_familielid",
    "een ander familielid": "ander_familielid",
    "vriend of buur": "vriend_buur",
    "een vriend of buur": "vriend_buur",
    "vriend of buurman": "vriend_buur",
    "vriend of buurvrouw": "vriend_buur",
    "vriend/buur": "vriend_buur",
    "iemand anders": "anders",
    "anders": "anders",
    "iets anders": "anders",
}
# Plurals and groups that answer "voor wie zorgt u?" but in a story are just family around.
_ANSWER_RELATION_WORDS: dict[str, str] = {
    "kinderen": "kind",
    "zonen": "kind",
    "zoons": "kind",
    "dochters": "kind",
    "vrienden": "vriend_buur",
    "vriendinnen": "vriend_buur",
    "kennissen": "vriend_buur",
    "familie": "ander_familielid",
    "schoonfamilie": "ander_familielid",
}
_NEIGHBOURHOOD = (
    r"\biemand (?:uit|in|van) (?:de|mijn|onze) (?:buurt|straat|wijk|flat)\b|\bbuurtbewoner\b"
)
_SOMEONE_ELSE = (
    r"\biemand (?:anders|van|uit|die)\b|\been (?:cliente?|client|kerklid|gemeentelid)\b|"
    r"\bniet familie\b|\bgeen familie\b"
)
_RELATION_VOCABULARY = vocabulary_of(RELATION_WORDS, _ANSWER_RELATION_WORDS, _RELATION_TITLES)


def read_relation(text: str) -> Answer | None:
    """Who the caregiver cares for: "mijn stiefvader" -> ouder ("stiefvader"), "de moeder van mijn
    man" -> schoonouder ("schoonmoeder"), "mijn ex" -> anders ("ex")."""
    words = _words(text, _RELATION_VOCABULARY, keep_punctuation=True)
    if not any(map(is_word, words)):
        return None
    title = match_title(words, _RELATION_TITLES, _RELATION_VOCABULARY)
    if title is not None:
        return Answer(title)
    if (said := _non_answer(words)) is not None:
        return Answer(said)
    prepared = join_kin_phrases(replace_number_words(_text(words)))
    mentions = relation_mentions(without_own_parent_role(prepared), answer=True)
    found = cared_for_relation(prepared, mentions)
    if found is not None:
        relation, word = found
        return Answer(relation, word)
    group = next((word for word in words if word in _ANSWER_RELATION_WORDS), None)
    if group is not None:
        return Answer(_ANSWER_RELATION_WORDS[group], group)
    if re.search(_NEIGHBOURHOOD, prepared):
        return Answer("vriend_buur", _own_words(text))
    if re.search(_SOMEONE_ELSE, prepared):
        return Answer("anders", _own_words(text))
    if _dont_know(words):
        return Answer(UNKNOWN)
    return None


# --- hours per week -------------------------------------------------------------------------------

_TIME_VOCABULARY = vocabulary_of(
    (
        "uur uurtje uurtjes uren dag dagen dagje week weken weekend weekenden avond avonden",
        "ochtend ochtenden middag middagen nacht nachten dagdeel dagdelen keer paar aantal",
        "ongeveer ongeveer ongeveer zo'n ruim bijna elke iedere alle hele halve half fulltime",
        "parttime wisselt wisselend soms jaar jaren jaartje jaartjes maand maanden maandje",
        "sinds vanaf geleden tijdje lang kort zomer winter lente herfst kerst vorig vorige",
        "januari februari maart april juni juli augustus september oktober november december",
        "diagnose beroerte toen dagjes maandjes weekjes avondjes geleden",
    ),
)


def _answer_text(text: str) -> str:
    """The answer with typos and chat spelling undone, punctuation kept for the amount parsers."""
    return _text(_words(text, _TIME_VOCABULARY, keep_punctuation=True))


def read_hours(text: str) -> Answer | None:
    """Care time in hours per week. A bare number is hours per week ("20"); vague words are an
    estimate ("elke avond" -> 14); "24/7" and "dag en nacht" are 168. A stated amount of more than
    a week has comes back as it is, for the engine to question."""
    cleaned = _answer_text(text)
    words = cleaned.split()
    if not any(map(is_word, words)):
        return None
    said = _non_answer(words)
    # "weet niet, 20?": a doubt with a figure is the caregiver's own guess.
    if said is not None and not (said == UNKNOWN and re.search(r"\d", cleaned)):
        return Answer(said)
    prepared = prepare_amounts(cleaned)
    result = parse_hours_per_week(cleaned)
    # "de hele dag" is a long day of care, not 24 hours: only "dag en nacht" is round the clock.
    long_day = whole_day_not_night(prepared) and result.hours == HOURS_IN_WEEK
    if result.status is ParseStatus.OK and not long_day:
        return Answer(result.hours)
    if result.status is ParseStatus.IMPLAUSIBLE:
        stated = stated_weekly_hours(cleaned)
        return Answer(stated) if stated is not None else None
    guess = _estimated_hours(cleaned)
    if guess is not None:
        return Answer(guess, estimate=True)
    if result.status is ParseStatus.UNKNOWN or _dont_know(words):
        return Answer(UNKNOWN)
    return None


def _estimated_hours(cleaned: str) -> float | None:
    """A guess from the first sentence about the caregiver's own care: "best veel. ik breng mijn
    zusje naar school" guesses from "best veel", not from the school run."""
    # "..., dus veel": what the caregiver concludes is an answer of its own.
    for sentence in re.split(r"[.;!?,]|\bdus\b", cleaned):
        if sentence.strip() and about_care(sentence):
            guess = estimate_hours_per_week(prepare_amounts(sentence))
            if guess is not None:
                return guess
    return None


# --- duration -------------------------------------------------------------------------------------

_SINCE = r"(?:al )?(?:sinds|vanaf|sedert|van)"
_SINCE_AGE = (
    # "sinds ik 14 ben", "toen ik 14 was", "vanaf dat ik 12 was", "sinds ik 14 jaar oud ben",
    # "sinds ik een jaar of 10 was" ("een" is 1 by then), "sinds ik zo rond de 10 was"
    rf"\b(?:{_SINCE}(?: dat)?|toen) ik (?:(?:nog|pas|maar|ongeveer|rond|rond de|zo|zo'n|"
    r"1 jaar of) )*"
    r"(?P<age>\d{1,3})(?: jaar)?(?: oud)? (?:ben|was|werd|ben geworden|jaar)\b|"
    # "sinds mijn 16e", "vanaf mijn twaalfde (jaar)", "sinds mijn 14 jaar"
    rf"\b{_SINCE} (?:mijn|m'n|mn) (?P<ordinal>\w+)(?: jaar| levensjaar)?\b|"
    # "vanaf 12 jarige leeftijd", "sinds mijn 12 jaar oud"
    rf"\b{_SINCE} (?:mijn )?(?P<years>\d{{1,3}}) ?(?:-? ?jarige leeftijd|jaar oud)\b"
)
_WHOLE_LIFE = r"\b(?:al )?(?:mijn|m'n|mn) hele leven\b|\bsinds mijn geboorte\b|\bvan jongs af\b"
# "al sinds ik klein was": an estimate, a child of about eight.
_SINCE_CHILDHOOD = (
    r"\b(?:sinds|vanaf|toen) ik (?:nog )?(?:klein|een kind|kind|jong) (?:was|ben)\b|"
    r"\bvan kleins? af\b|\bals kind al\b|\b(?:sinds|vanaf) mijn jeugd\b"
)
_CHILDHOOD_AGE = 8
# A school year as the start: "sinds ik in de tweede zat" (the second year of secondary school, at
# about 13), "vanaf groep 7" (about 11), "sinds de brugklas" (about 12).
_SCHOOL_YEARS = {
    "eerste": 1, "1e": 1, "1ste": 1, "brugklas": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3,
    "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4, "vijfde": 5, "5e": 5, "5de": 5,
    "zesde": 6, "6e": 6, "6de": 6,
}  # fmt: skip
_SINCE_SCHOOL_YEAR = (
    rf"\b(?:{_SINCE}(?: dat)?|toen) ik in (?:de |het )?(?P<klas>{'|'.join(_SCHOOL_YEARS)})"
    r"(?: klas)? (?:zat|kwam|ging|was)\b|"
    rf"\b(?:{_SINCE}|toen ik in) (?:de )?(?P<brug>brugklas)\b|"
    # "sinds de tweede klas", "vanaf de 2e klas"
    rf"\b(?:{_SINCE}|toen ik in) (?:de |het )?(?P<klas2>{'|'.join(_SCHOOL_YEARS)}) klas\b|"
    rf"\b(?:{_SINCE}|toen ik in) groep (?P<groep>[1-8])\b"
)
_FIRST_SECONDARY_AGE = 11  # + the school year: the first year of secondary school at about 12
_FIRST_PRIMARY_AGE = 4  # + the groep: groep 8 at about 12


def _since_age(cleaned: str) -> int | None:
    """The caregiver's age when care began, from "sinds ik 14 ben", "vanaf mijn twaalfde"."""
    if re.search(_WHOLE_LIFE, cleaned):
        return 0
    if re.search(_SINCE_CHILDHOOD, cleaned):
        return _CHILDHOOD_AGE
    if school := re.search(_SINCE_SCHOOL_YEAR, cleaned):
        if school["groep"]:
            return _FIRST_PRIMARY_AGE + int(school["groep"])
        year = school["klas"] or school["klas2"] or school["brug"]
        return _FIRST_SECONDARY_AGE + _SCHOOL_YEARS[year]
    for match in re.finditer(_SINCE_AGE, replace_number_words(cleaned)):
        # "sinds mijn moeder ziek is" is no age: only an ordinal counts after "mijn"
        age = (
            parse_ordinal(match["ordinal"])
            if match["ordinal"] is not None
            else int(match["age"] or match["years"])
        )
        if age is not None and age < _MAX_AGE:
            return age
    return None


def months_since_age(since_age: int, age_years: int) -> float:
    """Months of care that began at `since_age` for a caregiver now `age_years` old.

    Whole years between the two ages; within the same year of age, half a year (care began
    somewhere in that year). Raises ValueError when care would begin after today.
    """
    if since_age > age_years or since_age < 0:
        raise ValueError(f"care cannot begin at {since_age} for a caregiver of {age_years}")
    return max(float(age_years - since_age) * 12, 6.0)


def read_duration(
    text: str, today: date, age_years: int | None = None, naaste_age: int | None = None
) -> Answer | None:
    """How long the caregiver has cared, in months.

    "sinds 2021" and "sinds de zomer" count from that moment; "al jaren" is an estimate. "Sinds ik
    14 ben" gives `since_age`; the months follow from `age_years` when it is known, else value is
    None and the engine asks the caregiver's age. "Sinds hij 3 was" and "sinds zijn geboorte"
    count from `naaste_age` when the story told it; else the words are kept, the months unknown.
    """
    cleaned = _answer_text(text)
    words = cleaned.split()
    if not any(map(is_word, words)):
        return None
    if (said := _non_answer(words)) is not None:
        return Answer(said)
    start_age = _since_age(cleaned)
    if start_age is not None:
        if age_years is None:
            return Answer(None, since_age=start_age)
        if start_age > age_years:
            return None
        return Answer(months_since_age(start_age, age_years), since_age=start_age)
    cleaned = _spoken_durations(cleaned)
    result = _parse_since(cleaned, today)
    if result.status in (ParseStatus.NONE, ParseStatus.NEEDS_DETAIL):
        # "sinds zijn scheiding, dat is nu vier jaar", "acht jaar woont zij bij mij": the figure
        # in a part of the answer, or at its start.
        result = next(
            (
                found
                for part in _duration_parts(cleaned)
                if (found := _parse_since(part, today)).status is ParseStatus.OK
            ),
            result,
        )
    if result.status is ParseStatus.OK:
        return Answer(result.months)
    if result.status is ParseStatus.IMPLAUSIBLE:
        return None
    guess = estimate_duration_months(prepare_amounts(cleaned))
    if guess is not None:
        return Answer(guess, estimate=True)
    if result.status is ParseStatus.UNKNOWN or _dont_know(words):
        return Answer(UNKNOWN)
    their_start = _since_their_age(cleaned)
    if their_start is not None:
        if naaste_age is not None and naaste_age >= their_start:
            return Answer(months_since_age(their_start, naaste_age), words=text.strip())
        # The naaste's age is not asked: keep the caregiver's words for the consultant.
        return Answer(UNKNOWN, words=text.strip())
    return None


# "sinds hij 17 was", "vanaf haar 60e": an age of the naaste, which the intake does not ask.
_SINCE_THEIR_AGE = (
    r"\b(?:sinds|vanaf|toen) (?:hij|zij|ze) (?:ongeveer |rond |zo n |een jaar of |1 jaar of )?"
    r"(?P<age>\d{1,2})(?: jaar)? (?:was|werd)\b|"
    r"\b(?:sinds|vanaf) (?:zijn|haar|z n|zn|d r) (?P<ordinal>\w+)(?: jaar| levensjaar)?\b"
)


def _since_their_age(cleaned: str) -> int | None:
    if re.search(_SINCE_BIRTH, cleaned):
        return 0
    for found in re.finditer(_SINCE_THEIR_AGE, replace_number_words(cleaned)):
        age = int(found["age"]) if found["age"] else parse_ordinal(found["ordinal"])
        if age is not None:
            return age
    return None


def since_a_moment_without_date(text: str) -> bool:
    """ "sinds haar beroerte", "sinds hij uit de kliniek kwam": a moment, not yet how long ago."""
    return bool(re.search(_SINCE_AN_EVENT, _answer_text(text)))


def _parse_since(text: str, today: date) -> DurationResult:
    result = parse_duration_months(text, today=today)
    if result.status is ParseStatus.NONE:
        # The question says "since when": "vorig jaar", "de zomer", "kerst" are moments.
        result = parse_duration_months(f"sinds {text}", today=today)
    return result


def _duration_parts(cleaned: str) -> list[str]:
    """The clauses of an answer, then its first words: where a figure may stand alone."""
    clauses = [
        c.strip() for c in re.split(r"[,;.!?]| dus | en | toen | maar ", cleaned) if c.strip()
    ]
    words = cleaned.split()
    starts = [" ".join(words[:n]) for n in range(min(len(words) - 1, 4), 1, -1)]
    # "dat is nu vier jaar", "2 jaar terug": the figure at the end of a clause.
    ends = [
        " ".join(clause.split()[-n:])
        for clause in clauses
        for n in (3, 2)
        if len(clause.split()) > n
    ]
    # "sinds de diagnose in maart": the month of the event is the moment it began.
    months = [f"sinds {m[1]}" for m in re.finditer(rf"\bin ({_MONTHS}(?: \d{{4}})?)\b", cleaned)]
    parts = [*clauses, *ends, *starts] if len(clauses) > 1 else [*starts, *ends]
    return [*parts, *months] if re.search(r"\b(?:sinds|vanaf|sedert)\b", cleaned) else parts


_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


# Counted in summers or winters ("2 zomers terug"), or "jaar of vijf": the parser's words.
_SPOKEN_DURATIONS = (
    (r"^jaar of\b", "een jaar of"),
    (r"^(?:al |ongeveer |zo n |bijna )?jaartje\b", "een jaar"),
    (r"\b(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:zomers?|winters?)\b", r"\1 jaar"),
    # "vanaf corona": the pandemic reached the Netherlands in March 2020.
    (
        r"\b(sinds|vanaf|sedert|na) (?:de )?(?:corona\w*|covid\w*|de lockdown|lockdown)\b",
        r"\1 maart 2020",
    ),
)


def _spoken_durations(cleaned: str) -> str:
    for pattern, replacement in _SPOKEN_DURATIONS:
        cleaned = re.sub(pattern, replacement, cleaned)
    return cleaned


# "sinds mijn schoonvader overleed", "sinds hij uit de kliniek kwam", "sinds carnaval": since a
# moment in the caregiver's life.
_SINCE_AN_EVENT = r"^(?:al |ongeveer |zo n |zon )?(?:sinds|vanaf|sedert|toen)\b(?: \w+){1,8}$"


# "sinds hij geboren is", "zijn hele leven al": caring for a child from birth.
_SINCE_BIRTH = (
    r"\b(?:geboren|geboorte|bevalling)\b|\b(?:zijn|haar|z n|d r) hele leven\b|"
    r"\bvanaf (?:dag|het begin) (?:een|1|een)\b|\bal (?:zijn|haar) hele leven\b|\baltijd al\b|\bal altijd\b"
)


# --- living together ------------------------------------------------------------------------------

_YES = frozenset(
    {"ja", "jaa", "jawel", "jazeker", "jep", "jup", "jip", "yes", "yep", "klopt", "zeker",
     "inderdaad", "tuurlijk", "natuurlijk", "uiteraard", "absoluut", "jah", "yup", "ok", "oke"}
)  # fmt: skip
_NO = frozenset({"nee", "neen", "nope", "nah", "niet", "neej", "neeh", "no", "nooit"})
# "helaas niet", "gelukkig wel": the feeling first, the answer after it.
_FEELING = frozenset({"helaas", "gelukkig", "jammer", "genoeg", "eigenlijk"})
# Where the person lives when that is not with the caregiver; kept as words for the consultant.
_PLACE_APART = (
    r"\bverpleeghuis\b|\bverzorgingshuis\b|\bverzorgingstehuis\b|\bverpleegtehuis\b|"
    r"\bbejaardentehuis\b|"
    r"\b(?:zorg)?instelling\b|\b(?:woon)?zorgcentrum\b|\btehuis\b|\bhospice\b|\bwoongroep\b|"
    r"\bbeschermd wonen\b|\baanleunwoning\b|\bserviceflat\b|\bzorgboerderij\b|\bgezinshuis\b|"
    r"\bnaast (?:ons|mij|de deur)\b|\bhiernaast\b|\bom de hoek\b|"
    r"\bin (?:de|dezelfde|onze) (?:buurt|straat|wijk)\b|\bverderop\b|\btegenover (?:ons|mij)\b|"
    r"\baan de overkant\b|\b(?:\w+ )?(?:straat|straten|huizen|deuren) verder(?:op)?\b|\b(?:een )?ander(?:e)? (?:huis|stad|plaats|gemeente|dorp|provincie)\b|"
    r"\bergens anders\b|\bver weg\b|\b\d+ ?(?:km|kilometer|minuten)\b|\beigen (?:huis|woning|"
    r"huisje|flat|appartement|plek|stek)\b"
)
# Said outright, living together wins over a place ("wij wonen samen in ons eigen huis").
_CLEARLY_TOGETHER = (
    # "we wonen niet samen" is the opposite: the word between may not be a "niet".
    r"\b(?:we|wij) wonen (?:(?!niet\b|nooit\b|geen\b)\w+ )?samen\b|\b(?:in|bij) ons (?:eigen )?huis\b|"
    # "soms wel soms niet, hij woont in het voorhuis, zelfde dak maar eigen voordeur"
    r"\bonze woning\b|\b(?:het )?zelfde dak\b|\bonder (?:een|1|hetzelfde) dak\b"
)
_NOT_TOGETHER = (
    r"\bapart\b|\bop zich ?zelf\b|\bzelfstandig\b|^(?:nog )?alleen\b|"
    r"\b(?:woont|wonen|woon) (?:nog )?alleen\b|\bniet (?:meer |langer )?(?:bij (?:ons|mij)|samen|in hetzelfde huis|"
    r"in huis|bij elkaar)\b|\bopgenomen\b"
)
# "soms wel soms niet, als het slecht gaat slaapt hij bij mij": staying over now and then is no home
# shared; the words go to the consultant.
_SOMETIMES_TOGETHER = r"^(?:\w+ )?soms wel(?: ,)?(?: en)? soms niet\b|^(?:\w+ )?half half\b"
# "als mijn vrouw naar het verpleeghuis gaat, moet ik dan ons huis verkopen?": a move still to come.
_MOVING_TO = re.compile(r"\bnaar (?:het |een |de )?$")
# "hij woont gewoon thuis": at home is the naaste's own home for a parent, ours for a child. A
# leading "ja" or "nee" decides; without one, it is read as apart.
_AT_HOME = r"\b(?:ze|zij|hij|die) woont (?:nog )?(?:gewoon )?thuis\b"
_TOGETHER = (
    # "met mijn zoon ja": who they live with, then the yes.
    r"^(?:ik woon |woon |wel )?met (?:mijn|de|onze) \w+ (?:ja|wel)\b|"
    r"\b(?:het )?zelfde huis\b|\bhetzelfde huis\b|\bonder (?:een|1) dak\b|\bbij (?:ons|mij)\b|"
    r"\bsamen\b|\binwonend\b|\bik woon (?:nog |gewoon )?thuis\b|\bwoon (?:nog |weer )?bij "
    r"(?:mijn|haar|hem)\b|\bzelfde adres\b|\bin ons huis\b|\bingetrokken\b|\bbij elkaar\b"
)
_LIVES_VOCABULARY = vocabulary_of(
    ("ja nee samen hetzelfde zelfde huis verpleeghuis verzorgingshuis zelfstandig alleen",
     "naast buurt straat apart instelling tehuis woont wonen zichzelf thuis")
)  # fmt: skip


def _yes_or_no(words: list[str]) -> bool | None:
    said = [word for word in strip_filler([w for w in words if is_word(w)]) if word not in _FEELING]
    if not said:
        return None
    if said[0] in _YES or said[0] == "wel" or re.fullmatch(r"j+a+h*", said[0]):
        return True
    if said[0] in _NO or re.fullmatch(r"n+e+[ej]*", said[0]):
        return False
    return None


def read_lives_together_with(text: str, relation: str | None) -> Answer | None:
    """Living together with the naaste of this relation, when the answer is about two people: "met
    mn zoon ja, mn moeder woont 2 straten verder" for the son."""
    clauses = [c for c in re.split(r"[,.;]|\b(?:en|maar)\b", text.lower()) if c.strip()]
    named = [{RELATION_WORDS[w] for w in clean_words(c) if w in RELATION_WORDS} for c in clauses]
    # "Daan woont bij ons, schoonmoeder niet, die woont om de hoek": before another naaste is
    # named, the answer is about the one cared for (called by name).
    others_at = next((i for i, g in enumerate(named) if g and relation not in g), None)
    if relation is not None and others_at and not any(named[:others_at]):
        before = read_lives_together(", ".join(clauses[:others_at]))
        if before is not None and isinstance(before.value, bool):
            return before
    if relation is None or len(set().union(*named)) < 2:
        return read_lives_together(text)
    own = [clause for clause, groups in zip(clauses, named, strict=True) if groups == {relation}]
    return read_lives_together(own[0]) if len(own) == 1 else read_lives_together(text)


def read_lives_together(text: str) -> Answer | None:
    """Whether the caregiver lives with the person cared for: "ja bij ons in huis" -> True, "hij
    woont in een verpleeghuis" -> False (words "verpleeghuis"), "naast ons" -> False."""
    words = _words(text, _LIVES_VOCABULARY, keep_punctuation=True)
    if not any(map(is_word, words)):
        return None
    if (said := _non_answer(words)) is not None:
        return Answer(said)
    cleaned = _text(words)
    if re.search(_CLEARLY_TOGETHER, cleaned):
        return Answer(True)
    if re.search(_SOMETIMES_TOGETHER, cleaned):
        return Answer(False, "soms wel, soms niet")
    place = re.search(_PLACE_APART, cleaned)
    if place is not None and not _MOVING_TO.search(cleaned[: place.start()]):
        return Answer(False, place[0])
    if re.search(_NOT_TOGETHER, cleaned):
        return Answer(False)
    if re.search(_AT_HOME, cleaned):
        return Answer(_yes_or_no(words) is True)
    story = extract_situation(text).lives_with_care_recipient
    if story is not None:
        return Answer(story)
    if re.search(_TOGETHER, cleaned):
        return Answer(True)
    yes_or_no = _yes_or_no(words)
    if yes_or_no is not None:
        return Answer(yes_or_no)
    if _dont_know(words):
        return Answer(UNKNOWN)
    return None


# --- what the caregiver combines care with --------------------------------------------------------

_COMBINES_TITLES: dict[str, tuple[str, ...]] = {
    "werk": ("werk",),
    "studie of school": ("studie",),
    "zorg voor kinderen": ("kinderen",),
    "eigen gezondheid": ("eigen_gezondheid",),
    "niets anders": (),
    "niks anders": (),
}
_NOTHING = (
    r"^(?:nee |ook |verder |helemaal |eigenlijk )*(?:niks|niets|geen|nada|nope|nothing|nee)"
    r"(?: anders| meer| bijzonders| hoor| eigenlijk)*$|"
    r"^(?:alleen|enkel|gewoon) (?:de |het )?(?:mantel)?zorg\w*$|"
    r"^(?:ik doe )?(?:verder )?(?:niks|niets)(?: anders| meer| bijzonders)?$"
)
# Answers that are no code but worth keeping: pension, benefits, home-maker, caring as the job.
_NO_CODE = (
    r"\bgepensioneerd\b|\bpensioen\w*|\baow\w*|\bpensionado\b|\bbijstand\b|\buitkering\b|\bww\b|"
    r"\bwerkloos\b|\bwerkzoekend\w*|\bhuisvrouw\b|\bhuisman\b|\bthuisblijf\w*|\bvrijwillig\w*|"
    r"\bmantelzorg\w*|\bhobby\w*|\bsport\w*|\bthuis\b|\bhuishouden\b|\brentenier\w*|\bvut\b|"
    r"\bweduwe\b|\bweduwnaar\b"
)
_CARE_IS_WORK = (
    r"\b(?:mantel)?zorg(?:en)?(?: voor \w+)? is (?:nu |eigenlijk |gewoon )*mijn (?:werk|baan|job)\b|"
    r"\bfulltime (?:mantelzorger|mantelzorg|zorgen|aan het zorgen)\b|\bik zorg fulltime\b"
)
_WORK = (
    r"\bwerk\b|\bwerken\b|\bwerkt?\b|\bwerkend\w*|\bbaan\b|\bbaantje\b|\bbijbaan\w*|\bjob\b|"
    r"\bfull ?time\b|\bpart ?time\b|\bdeeltijd\b|\bvoltijd\b|\bzzp\w*|\bzelfstandige?\b|"
    r"\bondernemer\b|\beigen \w*(?:bedrijf|zaak|praktijk|winkel|onderneming)\b|"
    r"\b(?:heb|run|runnen|hebben) (?:een|mijn|ons|onze) \w*(?:bedrijf|zaak|praktijk|winkel)\b|"
    r"\bloondienst\b|\bdiensten\b|\bkantoor\b|"
    r"\bwerkgever\b|\bwerkzaam\b|"
    # A trade or a workplace said instead of "werk": "vrachtwagen chauffeur, ben vaak weg op rare
    # tijden", "ploegendienst bij de papierfabriek", "melkveebedrijf".
    r"\b\w*(?:chauffeur|monteur)\b|\b\w+(?:fabriek|bedrijf|dienst|diensten)\b|\bploegen\w*|"
    r"\b(?:kapper|kapster|kok|schoonmaker|caissiere|bouwvakker|timmerman|loodgieter|elektricien|"
    r"boer|boerin|tuinder|agrarier|stratenmaker|postbode|bezorger|\w+medewerker|verkoper|"
    r"verkoopster|secretaresse|ambtenaar|programmeur|ingenieur)\b|"
    # Trades that are also the naaste's carers or doctors only when the caregiver says they are one.
    r"\b(?:ik ben|ben|als) (?:een |zelf )?(?:verpleegkundige|verzorgende|leraar|lerares|docent|juf|"
    r"arts|huisarts|apotheker|fysiotherapeut|advocaat|accountant|schilder)\b|"
    r"\b(?:werk|sta|zit|draai)\w* (?:\w+ ){0,2}(?:in|op) (?:de|het|een) (?:zorg|bouw|horeca|kas|kassen|"
    r"haven|fabriek|supermarkt|winkel|magazijn|boerderij|school|ziekenhuis|thuiszorg|kinderopvang|"
    r"logistiek)\b|\bwe hebben (?:een|de) (?:boerderij|zaak|winkel)\b"
)
_NOT_WORKING = (
    NOT_WORKING_PATTERN + r"|\bniet (?:meer )?(?:werken|werk)\b|\bgeen (?:werk|baan|job)\b|"
    r"\bwerkzoekend\w*|" + _CARE_IS_WORK
)
_STUDY = (
    r"\bstudie\w*|\bstudeer\w*|\bstudent\w*|\bopleiding\w*|\bmbo\b|\bhbo\b|\bwo\b|\buni\b|"
    r"\buniversiteit\b|\bhogeschool\b|\broc\b|\bstage\w*|\bcollege\w*|\bpromo(?:tie|veer)\w*"
)
_SCHOOL = (
    r"\bschool\b|\bscholier\b|\bmiddelbare\b|\bhavo\b|\bvwo\b|\bvmbo\b|\bmavo\b|\bgymnasium\b|"
    r"\blyceum\b|\bbasisschool\b|\bbrugklas\b|\bklas\b|\bgroep \d\b|\bhuiswerk\b|\beindexamen\w*"
)
_KIDS = (
    r"\bkinderen\b|\bkind\b|\bkids\b|\bkindjes\b|\bgezin\b|\bbaby\w*|\bpeuter\w*|\btweeling\b|"
    r"\bpleegkind\w*|\b(?:mijn|onze|de|twee|drie|\d) (?:\w+ )?(?:zoon|zoons|zonen|dochter|dochters|"
    r"zoontje|dochtertje|jongens|meiden|meisjes|kleintjes)\b|\b(?:moeder|vader|mama|papa) van\b"
)
_NO_KIDS = (
    r"\bgeen kinderen\b|\bkinderen (?:zijn |wonen )?(?:al )?(?:volwassen|de deur uit|het huis uit|"
    r"uit huis|groot)\b|\bkinderen helpen\b|\bkinderen wonen niet\b"
)
_OWN_HEALTH = (
    r"\beigen gezondheid\b|\bmijn gezondheid\b|\bgezondheid\b|\bzelf (?:ook )?(?:ziek|niet (?:zo )?"
    r"gezond|niet fit|patient|klachten)\b|\bik ben (?:zelf )?(?:ook )?(?:ziek|chronisch ziek|"
    r"niet (?:zo )?gezond|invalide|gehandicapt)\b|\bziektewet\b|\barbeidsongeschikt\b|"
    r"\bafgekeurd\b|\bwia\b|\bwao\b|\bburn ?-?out\b|\boverspannen\b|\bmijn (?:eigen )?(?:ziekte|"
    r"rug|hart|knie|knieen|heup|klachten)\b|\brevalid\w*|"
    # "ik heb zelf suiker en een nieuwe heup", "zelf ook niet meer zo kwiek"
    r"\b(?:heb|ik heb) (?:zelf )?(?:ook )?(?:suiker|diabetes|reuma|copd|astma|kanker|artrose|parkinson|"
    r"ms|hartklachten|longklachten|rugklachten|een slecht hart|een (?:nieuwe|kapotte) (?:heup|knie)|"
    r"hartfalen)\b|\bniet (?:meer )?zo (?:kwiek|fit|sterk|gezond|goed ter been)\b"
)
_OTHER_CARE = (
    r"\bkleinkind(?:eren)?\b|\boppas\w*|\bnog iemand\b|\bandere (?:zorg|mantelzorg)\b|"
    r"\b(?:ook|nog) (?:voor )?(?:mijn|m'n|een|de) (?:\w+ )?(?:vader|moeder|man|vrouw|broer|zus|"
    r"schoonmoeder|schoonvader|buurvrouw|buurman|tante|oom|opa|oma|ouders|schoonouders)\b"
)
_CLAUSE_SPLIT = r"\s*[,.;:!?]\s*|\s+(?:maar|want|terwijl|behalve)\s+"
# Words that say no more than the code: "mijn werk", "de kinderen", "ik studeer".
_PLAIN_COMBINES = frozenset(
    {"werk", "werken", "baan", "job", "studie", "studeer", "studeren", "school", "kinderen",
     "kids", "gezin", "eigen", "gezondheid", "niks", "niets", "anders", "nee", "de", "het", "een",
     "mijn", "en", "ik", "zorg", "voor", "ook", "nog", "of", "met", "naast", "heb", "ben", "zit",
     "doe", "op", "ja", "verder", "helemaal", "mn", "m'n", "alleen", "nou", "meer"}
)  # fmt: skip
_LEAD_COMBINES = frozenset({"ik", "ben", "zit", "heb", "doe", "ja", "nee", "en", "nou"})
_COMBINES_VOCABULARY = vocabulary_of(
    _COMBINES_TITLES,
    ("werk werken baan studie studeer student opleiding school kinderen gezin gezondheid",
     "gepensioneerd pensioen bijstand uitkering huisvrouw huisman fulltime parttime",
     "kleinkinderen mantelzorg vrijwilligerswerk universiteit hogeschool niets niks"),
)  # fmt: skip


def _clause_list(cleaned: str) -> list[str]:
    return [part for part in re.split(_CLAUSE_SPLIT, cleaned) if part.strip()]


def _works(cleaned: str) -> bool:
    return any(
        re.search(_WORK, clause) and not re.search(_NOT_WORKING, clause)
        for clause in _clause_list(cleaned)
    )


# Alike in shape only: bot.intake.situation._combines_with reads a whole story with its own
# patterns; this reads the answer to the question.
def _combines_codes(cleaned: str, text: str) -> list[str]:
    codes: list[str] = []
    if _works(cleaned):
        codes.append("werk")
    if re.search(_STUDY, cleaned):
        codes.append("studie")
    if re.search(_SCHOOL, cleaned):
        codes.append("school")
    if re.search(_KIDS, cleaned) and not re.search(_NO_KIDS, cleaned):
        codes.append("kinderen")
    if re.search(_OWN_HEALTH, cleaned):
        codes.append("eigen_gezondheid")
    if re.search(_OTHER_CARE, cleaned):
        codes.append("andere_zorg")
    # The story parser knows more ways to say these ("ik heb zelf reuma", "naast mijn opleiding").
    story = extract_situation(text).combines_with
    if "werk" in story and re.search(_NOT_WORKING, cleaned):
        story = tuple(code for code in story if code != "werk")
    ordered = ("werk", "studie", "school", "kinderen", "eigen_gezondheid", "andere_zorg")
    return [code for code in ordered if code in codes or code in story]


def _says_more(words: list[str]) -> bool:
    return any(word not in _PLAIN_COMBINES for word in words if is_word(word))


def read_combines_with(text: str) -> Answer | None:
    """What the caregiver does besides caring: codes, [] for nothing, and their own words when they
    say more than a code ("werk 4 dagen", "gepensioneerd", "in de bijstand")."""
    words = _words(text, _COMBINES_VOCABULARY, keep_punctuation=True)
    plain = strip_filler([word for word in words if is_word(word)])
    if not plain:
        return None
    title = match_title(words, _COMBINES_TITLES, _COMBINES_VOCABULARY)
    if title is not None:
        return Answer(list(title))
    if (said := _non_answer(words)) is not None:
        return Answer(said)
    cleaned = _text(words)
    if re.search(_NOTHING, _text(plain)):
        return Answer([])
    codes = _combines_codes(cleaned, text)
    own = _own_words(text, _LEAD_COMBINES) if _says_more(plain) else None
    if codes:
        return Answer(codes, own)
    if (
        re.search(_NO_CODE, cleaned)
        or re.search(_CARE_IS_WORK, cleaned)
        or re.search(_NOT_WORKING, cleaned)
        or re.search(_NO_KIDS, cleaned)
    ):
        return Answer([], own or _own_words(text, _LEAD_COMBINES))
    if _dont_know(words):
        return Answer(UNKNOWN)
    return None


# --- conditions -----------------------------------------------------------------------------------

# Alike in shape only: every question's reader ends alike (don't know, else nothing) and has its own
# title table; tables and patterns differ.
_CONDITION_TITLES: dict[str, tuple[str, ...]] = {
    "dementie": ("dementie",),
    "kanker": ("kanker",),
    "beroerte of hersenletsel": ("nah",),
    "psychische problemen": ("ggz",),
    "ouderdom": ("ouderdom",),
    "iets anders": ("anders",),
    "anders": ("anders",),
}
_NO_CONDITION = (
    r"^(?:eigenlijk |gewoon )?(?:niks|niets|geen|niks bijzonders|niets bijzonders|"
    r"niks aan de hand|niets aan de hand|(?:ze|hij|zij) is gezond|gezond)$"
)
# Old age as an answer ("gewoon oud", "ze wordt ouder"); in a story "oud" is too often an age.
_OLD_AGE = (
    r"^(?:\w+ ){0,3}oud(?: en (?:\w+ )?(?:moe|zwak|versleten|breekbaar))?$|"
    r"\b(?:gewoon|heel|erg|al|te|wordt|is|zijn|worden) (?:\w+ )?oud\b(?! (?:is|was))|"
    r"\bouder worden\b|\bwordt ouder\b|\b(?:hoog)?bejaard\b|\bversleten\b|\bslijtage\b|"
    r"\bouderdomskwalen\b"
)
# Said in an answer, these name a label; in a story they are too often something else ("als").
_ANSWER_CONDITIONS: tuple[tuple[str, str], ...] = (
    (r"^psychisch\w*$|\bmentale? (?:problemen|klachten|ziekte)\b|\bmentaal (?:ziek|niet)", "ggz"),
    (r"^als$", "chronische_ziekte"),
)
# Words around an illness that say nothing about it.
_CONDITION_FILLER = frozenset(
    {"ze", "zij", "hij", "die", "heeft", "had", "hebben", "is", "was", "zijn", "lijdt", "lijden",
     "aan", "met", "van", "last", "een", "de", "het", "en", "ook", "nog", "al", "gewoon", "denk",
     "ik", "dat", "wel", "mijn", "haar", "hem", "er", "echt", "sinds", "toch", "dus", "nou",
     "helaas", "tja", "eh", "ehm", "ja", "gehad", "gekregen", "kreeg", "krijgt", "zit",
     "zitten", "in", "wordt", "worden", "paar", "jaar", "jaren", "geleden"}
    | set(RELATION_WORDS)
)  # fmt: skip
_LABEL_WORDS = frozenset({"dementie", "kanker", "ouderdom", "verslaving", "ggz", "nah"})
_QUESTION = r"\?\s*$|^(?:waarom|wat|hoe|wie|wanneer|waar|welke|kun|kunt|mag|moet|hoezo)\b"
_CONDITION_VOCABULARY = vocabulary_of(
    _CONDITION_TITLES,
    ("alzheimer dementie dement kanker tumor leukemie beroerte herseninfarct hersenbloeding",
     "hersenletsel depressie depressief psychose psychotisch schizofrenie bipolair borderline",
     "autisme autistisch parkinson multiple sclerose diabetes suikerziekte reuma epilepsie",
     "huntington spierziekte ouderdom verslaving verslaafd alcoholist hartfalen nierfalen",
     "dialyse longziekte chronisch beperking verstandelijke lichamelijke psychische problemen",
     "gehandicapt rolstoel verlamd dwarslaesie hersenschade uitgezaaid chemo ziekte",
     "vergeetachtig angststoornis zeldzame astma fibromyalgie psychisch mentale"),
)  # fmt: skip


def _condition_words(words: list[str], text: str) -> str | None:
    """The illness as the caregiver named it: one word as typed ("alzheimer", "ms"), more words
    as the whole answer ("kanker, uitgezaaid"); None when it is only a label ("dementie")."""
    content = [word for word in words if is_word(word) and word not in _CONDITION_FILLER]
    if len(content) == 1:
        return None if content[0] in _LABEL_WORDS else content[0]
    return _own_words(text) or None


def _describes_something(plain: list[str], text: str) -> bool:
    """A free description worth keeping, not a question or a lone 'ja'."""
    if re.search(_QUESTION, text.strip().lower()):
        return False
    content = [word for word in plain if word not in _CONDITION_FILLER and len(word) > 2]
    return bool(content) and not all(word in _YES | _NO for word in plain)


def read_conditions(text: str) -> Answer | None:
    """What is the matter with the person cared for: labels, with the words used ("alzheimer").
    A description that fits no label is kept as the value: ["een zeldzame ziekte van de zenuwen"]."""
    words = _words(text, _CONDITION_VOCABULARY, keep_punctuation=True)
    plain = strip_filler([word for word in words if is_word(word)])
    if not plain:
        return None
    title = match_title(words, _CONDITION_TITLES, _CONDITION_VOCABULARY)
    if title is not None:
        return Answer(list(title))
    if (said := _non_answer(words)) is not None:
        return Answer(said)
    if _only_dont_know(words):
        return Answer(UNKNOWN)
    if re.search(_NO_CONDITION, _text(plain)):
        return Answer([])
    cleaned = _text(words)
    labels = list(extract_situation(cleaned).conditions)
    if re.search(_OLD_AGE, _text(plain)):
        labels.append("ouderdom")
    labels += [label for pattern, label in _ANSWER_CONDITIONS if re.search(pattern, _text(plain))]
    labels = list(dict.fromkeys(labels))
    if labels:
        return Answer(labels, _condition_words(words, text))
    if _describes_something(plain, text):
        own = text.strip()[:MAX_OWN_WORDS]
        return Answer([own], own)
    return None


# --- age ------------------------------------------------------------------------------------------

_AGE_TITLES: dict[str, str] = {
    "jonger dan 18": "<18",
    "onder de 18": "<18",
    "<18": "<18",
    "minderjarig": "<18",
    "18 tot 25": "18-24",
    "18-24": "18-24",
    "18 - 24": "18-24",
    "25 tot 65": "25-64",
    "25-64": "25-64",
    "25 - 64": "25-64",
    "65 tot 75": "65-74",
    "65-74": "65-74",
    "65 - 74": "65-74",
    "75 of ouder": "75+",
    "75+": "75+",
    "75 plus": "75+",
    "75 en ouder": "75+",
    "ouder dan 75": "75+",
}
_AGE_GROUP_STARTS = (18, 25, 65, 75)
_MIN_AGE, _MAX_AGE = 6, 110
# Alike in shape only: a table of words to numbers, like those in bot.intake.quantities; other
# words, other meanings.
_DECADE_WORDS = {
    "tiener": (13, 19),
    "twintiger": (20, 29),
    "dertiger": (30, 39),
    "veertiger": (40, 49),
    "vijftiger": (50, 59),
    "zestiger": (60, 69),
    "zeventiger": (70, 79),
    "tachtiger": (80, 89),
    "negentiger": (90, 99),
}
_DECADE = (
    r"\b(?P<part>begin|eind|einde|midden|half|halverwege|laat|late|vroeg|vroege|in|rond|tegen) "
    r"(?:de |het |mijn )?(?P<decade>[1-9]0)(?:er|ers|'ers|\+)?\b"
)
_DECADE_PARTS = {
    "begin": (0, 3),
    "vroeg": (0, 3),
    "vroege": (0, 3),
    "midden": (4, 6),
    "half": (4, 6),
    "halverwege": (4, 6),
    "eind": (7, 9),
    "einde": (7, 9),
    "laat": (7, 9),
    "late": (7, 9),
    "in": (0, 9),
    "rond": (-2, 2),
    "tegen": (-3, -1),
}
_ABOUT = (
    r"\b(?P<mod>bijna|ruim|ongeveer|rond|zo'n|circa|ca|net|pas|boven|over|onder|ouder dan|"
    r"jonger dan|tegen|plusminus|pakweg) (?:de |het )?(?P<n>\d{1,3})\b"
)
_MOD_RANGES = {
    "bijna": (-1, -1),
    "tegen": (-2, -1),
    "ruim": (1, 3),
    "ongeveer": (-2, 2),
    "rond": (-2, 2),
    "zo'n": (-2, 2),
    "circa": (-2, 2),
    "ca": (-2, 2),
    "plusminus": (-2, 2),
    "pakweg": (-2, 2),
    "net": (0, 0),
    "pas": (0, 0),
    "boven": (1, 10),
    "over": (1, 10),
    "ouder dan": (1, 10),
    "onder": (-6, -1),
    "jonger dan": (-6, -1),
}
_BIRTH_YEAR = (
    r"\b(?:geboren (?:in |op )?(?:\d{1,2} \w+ )?|geb |van |geboortejaar (?:is )?|bouwjaar )?"
    r"(?P<year>(?:19|20)\d\d)\b"
)
# "ik ben 52", "52", "52 jaar oud", "ik ben er 52": one number said as the caregiver's own age.
_EXACT = (
    r"^(?:ik ben |ben |ik ben er |ik |mijn leeftijd is |leeftijd )?"
    r"(?P<n>\d{1,3})(?: jaar| jr| jaar oud| jaren| jaartjes)?(?: oud)?(?: ben ik| jong)?$"
)
_AGE_VOCABULARY = vocabulary_of(
    _AGE_TITLES, _DECADE_WORDS, _DECADE_PARTS, _MOD_RANGES, ("geboren jaar oud leeftijd",)
)


def _age_group(age: float) -> str:
    return AGE_GROUPS[bisect_right(_AGE_GROUP_STARTS, age)]


def _group_of_range(low: int, high: int) -> tuple[str, bool] | None:
    """The age group of an age between low and high, and whether that is a guess (the range
    crosses a group border: "in de 70" is 70-79, said 65-74 after its middle)."""
    if high < _MIN_AGE or low > _MAX_AGE:
        return None
    low, high = max(low, _MIN_AGE), min(high, _MAX_AGE)
    group = _age_group((low + high) / 2)
    return group, _age_group(low) != _age_group(high)


def _age_range(said: str, today: date) -> tuple[int, int] | None:
    """The ages the words allow, from a decade, a modifier or a birth year."""
    for word, span in _DECADE_WORDS.items():
        if re.search(rf"\b{word}s?\b", said):
            return span
    decade = re.search(_DECADE, said)
    if decade is not None:
        low, high = _DECADE_PARTS[decade["part"]]
        base = int(decade["decade"])
        return base + low, base + high
    between = re.search(r"\btussen (?:de )?(?P<a>\d{1,3}) en (?:de )?(?P<b>\d{1,3})\b", said)
    if between is not None and int(between["a"]) < int(between["b"]):
        return int(between["a"]), int(between["b"])
    about = re.search(_ABOUT, said)
    if about is not None:
        low, high = _MOD_RANGES[about["mod"]]
        age = int(about["n"])
        return age + low, age + high
    born = re.search(_BIRTH_YEAR, said)
    if born is not None and (born[0] != born["year"] or said.strip() == born["year"]):
        age = today.year - int(born["year"])
        return age - 1, age
    return None


def read_age(text: str, today: date) -> Answer | None:
    """The caregiver's age group; `words` is the age in years when given exactly ("52").

    "bijna 80" -> 75+, "eind 60" -> 65-74, "in de 70" -> 65-74 (estimate: 70-79 crosses 75),
    "ik ben geboren in 1950" -> from the year, "negentien" -> 18-24 ("19").
    """
    words = _words(text, _AGE_VOCABULARY, keep_punctuation=True)
    plain = strip_filler([word for word in words if is_word(word)])
    if not plain:
        return None
    title = match_title(words, _AGE_TITLES, _AGE_VOCABULARY)
    if title is not None:
        return Answer(title)
    if (said := _non_answer(words)) is not None:
        return Answer(said)
    spoken = replace_number_words(_text(plain))
    exact = re.fullmatch(_EXACT, spoken)
    if exact is not None and _MIN_AGE <= int(exact["n"]) <= _MAX_AGE:
        return Answer(_age_group(int(exact["n"])), exact["n"])
    span = _age_range(spoken, today)
    if span is not None:
        found = _group_of_range(*span)
        if found is not None:
            group, guess = found
            return Answer(group, estimate=guess)
    story = extract_situation(spoken, today).age_group
    if story is not None:
        stated = re.search(r"\bik ben (?P<n>\d{1,3})\b", spoken)
        return Answer(story, stated["n"] if stated else None)
    if _dont_know(words):
        return Answer(UNKNOWN)
    return None
