"""How much and how long a caregiver cares, read from Dutch free text.

`parse_hours_per_week` and `parse_duration_months` never guess silently: a vague answer ("elke dag
een paar uur", "al heel lang") comes back as `needs_detail`, so the conversation asks again. Choices
that are not obvious (each is also tested):

- An amount without a period ("20 uur") is per week, because the question asks for hours per week.
- Days without hours ("3 dagen per week", "een halve dag") are `needs_detail`: a care day can be
  two hours or twelve. Days with hours multiply ("3 dagen per week 4 uur" = 12).
- A count in one clause and hours in the next multiply only when the hours say they are per
  visit or per day: "3 keer per week, steeds een uur of 3" = 9, but "zo'n 20 uur, ik ga 3 keer
  per week" = 20.
- "24/7", "dag en nacht", "rond de klok" and "de hele dag" (not tied to one weekday) are 168 h.
- A range ("10 a 15", "tussen de 10 en 15", "soms 5, soms 15") gives its midpoint, marked
  approximate; so do "ruim", "zo'n", "ongeveer" and "een uur of tien". Hesitation around a bare
  number ("eh 20 denk ik") leaves it a bare number.
- Several amounts are added when joined by "en"/"plus" ("elke dag 2 uur en in het weekend 6 uur"
  = 20); a restatement ("2 uur per dag, dus 14 per week") or another connector keeps the first.
- Hours about work, school or professional care ("ik werk 32 uur", "de thuiszorg komt een uur")
  are not care hours and are skipped.
- "sinds 2021" counts from the middle of that year (from the middle of the part that has passed,
  for the current year); "sinds maart 2023" from the middle of that month. Whole months.
- Diminutives count as their unit: "een half jaartje", "twee maandjes".
- "een paar weken" is 1 month (approximate): short enough that the "> 3 months" test is safe.
  "een paar maanden" straddles that line and "een paar jaar", "al jaren", "al heel lang" are too
  vague to store, so they are `needs_detail`.
- "sinds de zomer/winter/lente/herfst" is the last such season before today (mid-season),
  approximate; "sinds haar beroerte" without a year is `needs_detail`.
- Ages ("mijn moeder is 85 jaar", "een zoon van 12 jaar") are not durations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from bot.intake.dutch_numbers import replace_number_words
from bot.intake.normalize import fold

HOURS_IN_WEEK = 168.0
HOURS_IN_DAY = 24.0
MAX_MONTHS = 1200.0
INTENSIVE_MIN_HOURS = 8.0  # SCP/MantelzorgNL: more than 8 hours a week ...
INTENSIVE_MIN_MONTHS = 3.0  # ... and longer than 3 months (FACTS.md 1.9)
_DAYS_PER_MONTH = 365.25 / 12
_WEEKS_PER_MONTH = 52 / 12
_NUM = r"\d+(?:\.\d+)?"


class ParseStatus(str, Enum):
    """Outcome of reading an amount; anything but OK means the caller asks (or skips)."""

    OK = "ok"
    NEEDS_DETAIL = "needs_detail"
    IMPLAUSIBLE = "implausible"
    UNKNOWN = "unknown"
    DECLINED = "declined"
    NONE = "none"


@dataclass(frozen=True)
class HoursResult:
    """Care time per week. `hours` is set only when status is OK."""

    status: ParseStatus
    hours: float | None = None
    approximate: bool = False


@dataclass(frozen=True)
class DurationResult:
    """How long the caregiver has cared. `months` is set only when status is OK; `since` is the
    estimated start when the text named a moment ("sinds maart 2023")."""

    status: ParseStatus
    months: float | None = None
    approximate: bool = False
    since: date | None = None


# --- shared preparation -------------------------------------------------------------------------

_APPROX = (
    r"\b(?:ca|circa|ongeveer|zo'?n|ruim|bijna|rond|rondom|om en nabij|pakweg|plusminus|"
    r"gemiddeld|meer dan|minder dan|minstens|minimaal|maximaal|max|tenminste|ten minste|"
    r"schat|denk|grofweg|hooguit|wel|misschien|mischien|wellicht)\b"
)
_UNKNOWN = (
    r"\bweet (?:(?:ik|het|dat|eigenlijk|echt|ook|zo|nou|nog|helaas|zelf) )*niet\b|"
    r"\bgeen (?:flauw )?idee\b|\bidk\b|\bweetniet\b|"
    r"\b(?:moeilijk|lastig|niet) te (?:zeggen|schatten)\b|\bkan ik niet (?:zeggen|inschatten)\b|"
    r"\bnooit (?:bijgehouden|geteld)\b|\bgeen zicht op\b|\bonbekend\b|\bgeen benul\b|"
    r"\bweet niet\b|\bvergeten\b"
)
_DECLINED = (
    r"\bzeg ik (?:liever )?niet\b|\bliever niet\b|"
    r"\bwil ik (?:liever )?niet (?:zeggen|vertellen|delen|beantwoorden)\b|"
    r"\bgaat (?:je|jou|u|jullie) (?:niks|niets) aan\b|\bhou ik (?:liever )?voor mezelf\b|"
    r"\b(?:sla|skip) (?:ik )?(?:deze|die) (?:vraag )?over\b|\bgeen antwoord\b|"
    r"\bniet beantwoorden\b|\bwil ik niet over\b"
)

# For readers of a single answer that check "weet ik niet" and "zeg ik liever niet" themselves.
DONT_KNOW_PATTERN = _UNKNOWN
DECLINE_PATTERN = _DECLINED


def _format(value: float) -> str:
    return f"{value:g}"


def _midpoint(low: str, high: str) -> str:
    return f"ca {_format((float(low) + float(high)) / 2)}"


def _clock_or_range(match: re.Match[str]) -> str:
    """'van 9 tot 5' is a clock span (8 hours); 'van 10 tot 15 uur per week' a range."""
    start, end = float(match["a"]), float(match["b"])
    is_range = re.match(r"\s*(?:per|in de|a) (?:week|maand)", match["tail"]) or max(start, end) > 24
    if is_range:
        return (
            f"{_midpoint(match['a'], match['b'])}{match['uur'] or ''}" if start < end else match[0]
        )
    span = end - start
    if span <= 0:  # "van 9 tot 5" means until 17:00; "van 22 tot 7" runs past midnight
        span = end + 12 - start if end + 12 > start else end + 24 - start
    return f"{_format(span)} uur"


def _range(match: re.Match[str]) -> str:
    low, high = match["a"], match["b"]
    return _midpoint(low, high) if float(low) < float(high) else match[0]


_MORNING_TILL_NIGHT = (
    # "van morgen tot avond" as many say it in Dutch as a second language.
    r"\bvan '?(?:s ?morgens|s ?ochtends|de ochtend|de morgen|morgen|ochtend|vroeg)(?: vroeg)? tot "
    r"'?(?:s ?avonds|de avond|avond|laat)(?: laat)?\b"
)


def _prepare(text: str) -> str:
    """Fold text and rewrite every amount to digits: 'anderhalf uur' -> '1.5 uur'."""
    t = fold(text)
    t = re.sub(r"(\d),(\d)", r"\1.\2", t)
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)
    # "een uur of tien" means "about ten hours"; rewrite before "een uur" becomes "1 uur".
    units = r"uur|uurtje|jaar|jaartje|maand|maandje|week|weekje|dag|keer|avond|nacht"
    t = re.sub(rf"\been ({units}) of (\w+)", r"ca \2 \1", t)
    t = re.sub(r"\been stuk of (\w+)", r"ca \1", t)
    t = re.sub(r"\bop een dag\b", "per dag", t)
    # Formal Dutch: "de gehele dag", "des nachts".
    t = re.sub(r"\bgehele\b", "hele", t)
    t = re.sub(r"\bdes (nachts|avonds|ochtends|morgens|middags)\b", r"'s \1", t)
    # "van 's morgens vroeg tot 's avonds laat" is the whole waking day; with the nights, all day.
    t = re.sub(
        _MORNING_TILL_NIGHT,
        "dag en nacht" if re.search(r"\b'?s ?nachts\b|\bnacht", t) else "ca 14 uur per dag",
        t,
    )
    t = re.sub(r"\bin een (week|maand)\b", r"per \1", t)
    # "tweeënhalf" folds to "tweeenhalf": "twee en een half", read below.
    t = re.sub(
        r"\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)e?nhalf\b", r"\1 en een half", t
    )
    t = replace_number_words(t)
    t = re.sub(r"\banderhalf\b|\banderhalve\b", "1.5", t)
    t = re.sub(rf"\b({_NUM}) en een (?:half|halve)\b", lambda m: _format(float(m[1]) + 0.5), t)
    t = re.sub(r"\bhalf(jaar|jaartje)\b", r"half \1", t)
    t = re.sub(r"\b(?:een )?half (uur|uurtje|uurtjes|jaar|jaartje)\b", r"0.5 \1", t)
    t = re.sub(rf"\b({_NUM}) kwartier\b", lambda m: f"{_format(float(m[1]) * 0.25)} uur", t)
    t = re.sub(
        rf"\b({_NUM}) (?:minuten|minuutjes|min)\b", lambda m: f"{_format(float(m[1]) / 60)} uur", t
    )
    t = re.sub(rf"\btussen (?:de )?(?P<a>{_NUM}) (?:en|a|tot) (?:de )?(?P<b>{_NUM})\b", _range, t)
    clock = rf"\bvan (?P<a>{_NUM}) tot (?P<b>{_NUM})(?P<uur> uur)?(?=(?P<tail>(?: \S+){{0,3}}))"
    t = re.sub(clock, _clock_or_range, t)
    t = re.sub(rf"\b(?P<a>{_NUM}) ?(?:a|-|\u2013|tot|of) ?(?P<b>{_NUM})\b", _range, t)
    # "soms 5, soms 15" is a range too
    t = re.sub(
        rf"\bsoms (?:maar )?(?P<a>{_NUM})(?: uur)?(?: ,)? (?:en |maar )?soms (?:wel )?(?P<b>{_NUM})"
        r"\b(?P<unit> \w+)?",
        _sometimes_range,
        t,
    )
    return t


def _sometimes_range(match: re.Match[str]) -> str:
    """'soms 5 soms 15' -> 'ca 10 uur': a bare number in a care-time answer is hours."""
    low, high, unit = match["a"], match["b"], match["unit"] or ""
    if float(low) >= float(high):
        return match[0]
    if unit.strip() in {"", "per", "in", "a"}:
        return f"{_midpoint(low, high)} uur{unit}"
    return f"{_midpoint(low, high)}{unit}"


def prepare_amounts(text: str) -> str:
    """Folded text with every amount as digits, as the parsers here read it (for other readers
    of the same answer, so they see what these parsers see)."""
    return _prepare(text)


def _clauses(prepared: str) -> list[tuple[str, bool]]:
    """Split into clauses; the flag says the clause adds to what came before ('en', 'plus')."""
    connector = r"\s*(?:[,;:!?]|\.(?!\d))\s*|\s+(en|plus|maar|dus|oftewel|daarnaast|ook nog)\s+"
    parts = re.split(connector, prepared)
    clauses: list[tuple[str, bool]] = []
    joiner: str | None = None
    for index, part in enumerate(parts):
        if index % 2 == 1:
            joiner = part
            continue
        text = (part or "").strip()
        if not text:
            continue
        additive = joiner in {"en", "plus", "daarnaast", "ook nog"} or bool(
            re.match(r"(?:en|plus|daarnaast|ook)\b", text)
        )
        clauses.append((text, additive))
        joiner = None
    return _merge_numberless(clauses)


def _merge_numberless(clauses: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Glue a clause that only names a period ('elke dag', 'zaterdag') to its neighbour, so
    'elke dag, zo'n 2 uur' stays one fact, and an amount without a period of its own to the task
    at a period just before it; other clauses without a number are dropped."""
    merged: list[tuple[str, bool]] = []
    pending = ""
    task_at_a_period = False
    for text, additive in clauses:
        if re.search(r"\d", text):
            if task_at_a_period and _a_few_hours(text) and not (additive or pending):
                # 'ik help haar elke dag na school, zo'n 2 uur': the amount is that task's.
                last_text, last_additive = merged[-1]
                merged[-1] = (f"{last_text} {text}", last_additive)
            else:
                merged.append((f"{pending} {text}".strip(), additive))
            pending = ""
            task_at_a_period = False
        elif _names_period(text) and _only_a_period(text):
            pending = f"{pending} {text}".strip()
        else:
            merged.append((text, additive))
            task_at_a_period = not pending and _names_period(text)
    if pending and merged:
        last_text, last_additive = merged[-1]
        merged[-1] = (f"{last_text} {pending}", last_additive)
    elif pending:
        merged.append((pending, False))
    return merged


# The most hours one task at a period takes as said in passing ("elke dag na school, zo'n 2 uur");
# more than this after "elke dag bellen" is far likelier the week's total.
_MOST_HOURS_OF_ONE_TASK = 6


def _a_few_hours(text: str) -> bool:
    """An amount of at most a few hours and no period of its own ('zo'n 2 uur')."""
    amount = re.fullmatch(r"\D*?(\d+(?:\.\d+)?) (?:uur|uurtje|uurtjes|uren)\b\D*", text)
    return (
        amount is not None
        and float(amount[1]) <= _MOST_HOURS_OF_ONE_TASK
        and not _names_period(text)
    )


def _names_period(text: str) -> bool:
    return bool(_period_factor(text) or re.search(_WEEKDAY, text))


# Words that may stand beside a period without making it a task ("en elke dag ook nog").
_PERIOD_FILLER = frozenset(
    [
        "en",
        "ook",
        "nog",
        "wel",
        "dan",
        "meestal",
        "vaak",
        "soms",
        "ik",
        "ben",
        "ga",
        "er",
        "is",
        "het",
        "de",
        "op",
        "in",
        "per",
        "elke",
        "iedere",
        "ieder",
        "s",
        "bijna",
        "zo",
        "ongeveer",
        "ca",
        "meer",
        "minder",
        "alle",
        "allebei",
        "beide",
    ]
)


def _only_a_period(text: str) -> bool:
    """'elke dag' or 'en in het weekend', not a task at a time ('elke dag bellen'): only a bare
    period multiplies the hours that come next."""
    rest = text
    for pattern, _ in _PERIODS:
        rest = re.sub(pattern, " ", rest)
    rest = re.sub(_WEEKDAY, " ", rest)
    return all(word in _PERIOD_FILLER for word in rest.split())


# --- hours per week -----------------------------------------------------------------------------

_PERIODS: tuple[tuple[str, float], ...] = (
    (r"om de (?:andere )?dag", 3.5),
    (r"om de (?:andere )?week|om het (?:andere )?weekend", 0.5),
    (r"(?:per |elke |iedere |a |/ ?|op een )werkdag|doordeweeks|op werkdagen", 5.0),
    (
        r"(?:per |elke |iedere |a |/ ?)(?:dag|etmaal|avond|ochtend|middag|nacht)\b|dagelijks|"
        r"\bdaags\b|'s (?:avonds|ochtends|middags|nachts)|\bp/?d\b",
        7.0,
    ),
    (r"(?:per |elk |elke |ieder |iedere |in het |in de |het |a |/ ?)weekend(?:en)?", 1.0),
    (r"(?:per |elke |iedere |in de |a |/ ?)(?:week|wk)\b|wekelijks|\bp/?w\b", 1.0),
    (r"(?:per |elke |iedere |in de |a |/ ?)maand\b|maandelijks", 12 / 52),
)
_WEEKDAY = r"\b(maan|dins|woens|donder|vrij|zater|zon)dag(?:s|en)?\b"
_HOURS = rf"(?P<n>{_NUM}) ?(?:uur|uren|uurtjes?|u|hrs?|h)\b"
_PER_PERIOD_ONLY = rf"(?P<n>{_NUM}) (?=(?:per|in de|a|/) ?(?:week|dag|maand|avond)\b)"
_DAYS = rf"(?P<n>{_NUM}) (?:hele )?(?:dagen|dag)\b"
_TIMES = rf"(?P<n>{_NUM}) ?(?:keer|x|maal)\b"
_CLOCK = r"\b(?:om|vanaf|na|tot) $"
_EACH_TIME = r"\b(?:steeds|elke keer|iedere keer|per keer|telkens|per bezoek|dan)\b"
_CARE = (
    r"\b(?:zorg|zorgen|zorgt|verzorg\w*|help|helpen|ondersteun\w*|besteed|bezig|mantelzorg\w*)\b"
)
# "naast mijn werk", and work or school as a time of day: "elke dag na school", "voor mijn werk".
_BESIDE = (
    r"\bnaast (?:de |het |mijn |m'n |mn |haar |zijn |ons |onze )?\w+|"
    r"\b(?:na|voor|tussen) (?:het |mijn |m'n |mn )?(?:werk|school|schooltijd|college|de les|"
    r"mijn dienst|de dienst)\b"
)
_OTHER_THAN_CARE = (
    r"\b(?:werk|werken|werkt|werkweek|baan|job|diensten|school|studie|college|"
    r"thuiszorg|wijkverpleging|wijkverpleegkundige|dagbesteding|dagopvang|logeer\w*|"
    r"verpleeghuis|huishoudelijke hulp|vrijwilliger|casemanager)\b"
)
_ROUND_THE_CLOCK = (
    r"24 ?/ ?7|24 ?x ?7|\bdag en nacht\b|\bnacht en dag\b|\bklok rond\b|\brond de klok\b"
)
_WHOLE_DAY = r"\b(?:de )?hele dag(?: door)?\b"
_VAGUE_HOURS = (
    r"\b(?:paar|aantal|enkele|wat|flink wat|heel wat|veel|vele|meerdere) "
    r"(?:uur|uren|uurtjes|dagen|dagdelen|avonden|middagen|ochtenden)\b|"
    r"\baf en toe\b|\bsoms\b|\bregelmatig\b|\bvaak\b|\bwisselend\b|\bwisselt\b|\bverschilt\b|"
    r"\bvarieert\b|\bhangt (?:er )?(?:van )?af\b|\bveel\b|\bweinig\b|\bniet (?:zo|zoveel)\b|"
    r"\bhalve dag\b|\bdagde(?:el|len)\b|\bhele dag(?:en)?\b|\bcontinu\b|"
    r"\bconstant\b|\baltijd\b|\bhele week\b|\buren\b|"
    r"\b(?:elke|iedere) (?:dag|avond|ochtend|middag|week|nacht)\b|\bdagelijks\b|\bwekelijks\b"
)


@dataclass(frozen=True)
class _Amount:
    weekly: float | None  # None: days or times without hours
    explicit_period: bool
    approximate: bool


def _period_factor(fragment: str) -> float | None:
    for pattern, factor in _PERIODS:
        if re.search(pattern, fragment):
            return factor
    return None


def _period_right_after(rest: str) -> float | None:
    head = " ".join(rest.split()[:3])
    for pattern, factor in _PERIODS:
        if re.match(rf"\s*(?:{pattern})", head):
            return factor
    return None


def _weekday_count(clause: str) -> int:
    return len({m[1] for m in re.finditer(_WEEKDAY, clause)})


def _count_with_period(pattern: str, clause: str) -> float | None:
    """'3 dagen per week' -> 3.0, '2 keer per dag' -> 14.0 (occurrences per week)."""
    match = re.search(pattern, clause)
    if match is None:
        return None
    factor = _period_right_after(clause[match.end() :])
    return float(match["n"]) * (factor if factor is not None else 1.0)


def _hours_in_clause(clause: str) -> list[_Amount]:
    approximate = bool(re.search(_APPROX, clause))
    days = _count_with_period(_DAYS, clause)
    times = _count_with_period(_TIMES, clause)
    matches = [
        m
        for pattern in (_HOURS, _PER_PERIOD_ONLY)
        for m in re.finditer(pattern, clause)
        if not re.search(_CLOCK, clause[: m.start()])
    ]
    if not matches:
        if days is not None or times is not None:
            return [_Amount(None, False, approximate)]
        return []
    amounts = []
    for match in sorted(matches, key=lambda m: m.start()):
        hours = float(match["n"])
        after = _period_right_after(clause[match.end() :])
        if days is not None and (after is None or after == 7.0):
            amounts.append(_Amount(hours * days, True, approximate))
        elif times is not None and after is None:
            amounts.append(_Amount(hours * times, True, approximate))
        elif after is not None:
            amounts.append(_Amount(hours * after, True, approximate))
        else:
            before = _period_factor(clause[: match.start()])
            weekdays = _weekday_count(clause)
            factor = before if before is not None else (weekdays or _period_factor(clause))
            if factor is not None and factor > 1.0 and hours > HOURS_IN_DAY:
                # "'s nachts eruit, denk ik 35 uur": no day has 35 hours, so the period word
                # names a task, and the number is the week.
                factor = 1.0
            amounts.append(_Amount(hours * (factor or 1.0), factor is not None, approximate))
    return amounts


def _care_clause(clause: str) -> bool:
    """False for clauses about work, school or professional help ('ik werk 32 uur')."""
    without_beside = re.sub(_BESIDE, " ", clause)
    return bool(re.search(_CARE, clause)) or not re.search(_OTHER_THAN_CARE, without_beside)


def about_care(text: str) -> bool:
    """False when the words are about work, school or professional help, not the caregiver's own
    care ("ik werk fulltime", "de thuiszorg komt twee keer per dag")."""
    return _care_clause(_prepare(text))


def _combine_hours(clauses: list[tuple[str, bool]]) -> tuple[float | None, bool, bool]:
    """(weekly hours or None, approximate, saw days/times without hours)."""
    total: float | None = None
    approximate = False
    counts_only = False
    first: float | None = None
    per_occurrence: float | None = None
    occurrences: float | None = None
    for clause, additive in clauses:
        if not _care_clause(clause):
            continue
        for amount in _hours_in_clause(clause):
            if amount.weekly is None:
                counts_only = True
                occurrences = _count_with_period(_DAYS, clause) or _count_with_period(
                    _TIMES, clause
                )
                continue
            approximate = approximate or amount.approximate
            if first is None:
                first = total = amount.weekly
                per_occurrence = _hours_per_occurrence(clause, amount)
            elif additive and not _about_equal(amount.weekly, first):
                total = (total or 0.0) + amount.weekly
    # "3 dagen per week, 4 uur per dag" or "3 keer per week, steeds een uur of 3": the count
    # and the hours were in separate clauses.
    if occurrences is not None and per_occurrence is not None and total == first:
        return per_occurrence * occurrences, approximate, False
    return total, approximate, counts_only


def _hours_per_occurrence(clause: str, amount: _Amount) -> float | None:
    """Hours of one visit or day, when the clause says so ('4 uur per dag', 'steeds 3 uur')."""
    if re.search(r"\b(?:per|a|/) ?dag\b", clause) and re.search(_DAYS, clause) is None:
        return (amount.weekly or 0.0) / 7
    if not amount.explicit_period and re.search(_EACH_TIME, clause):
        return amount.weekly
    return None


def _about_equal(a: float, b: float) -> bool:
    return abs(a - b) <= 0.1 * max(a, b)


# Words around a number that leave it a bare number: "eh 20 uurtjes per week denk ik", "heel
# veel. 60 denk ik".
_BARE_FILLER = (
    r"[.,!?]|\b(?:uur|uurtjes?|uren|u)\b|\b(?:per|in de|a|/) ?week\b|\bp/?w\b|"
    r"\b(?:(?:heel|best|erg|echt|zo|super|wel|nogal) )?veel\b|\bwel\b|"
    r"\b(?:e+h+m*|u+h+m*|hm+|nou|tja|ofzo|of zo|zeker|hoor|ik|gok|geloof|eigenlijk|toch)\b"
)


def _bare_number(prepared: str) -> float | None:
    """A reply that is only a number ('20', 'zo'n 20 uur', 'eh 20 denk ik') is hours per week,
    also after a doubt ('weet niet, 20?', 'geen idee. 12 ofzo'): the caregiver's own guess."""
    stripped = re.sub(_APPROX, " ", re.sub(_UNKNOWN, " ", prepared))
    stripped = re.sub(_BARE_FILLER, " ", stripped).strip()
    return float(stripped) if re.fullmatch(_NUM, stripped) else None


def stated_weekly_hours(text: str) -> float | None:
    """The weekly care time the text states, also when it is more than a week has
    (`parse_hours_per_week` calls that implausible and keeps no number)."""
    prepared = _prepare(text)
    bare = _bare_number(prepared)
    return bare if bare is not None else _combine_hours(_clauses(prepared))[0]


# A sum the caregiver makes themselves: "om de dag een paar uurtjes, dat zal 10 uur zijn".
_STATED_TOTAL = re.compile(
    rf"\b(?:dat|dit) (?:zal|is|wordt|komt|zijn|moet) (?:\S+ ){{0,4}}?(?P<n>{_NUM}) ?(?:uur|uren|uurtjes?)\b"
    rf"|\b(?:in totaal|bij elkaar|al met al|alles samen|totaal) (?:\S+ ){{0,3}}?(?P<m>{_NUM}) ?(?:uur|uren|uurtjes?)\b"
    # "2 middagen + de bus een uur heen en een uur terug, dus 12 uur ofzo"
    rf"|(?:^|, |\b)dus (?:(?:ongeveer|ca|zo n|zon|rond|wel|bijna|zeker|toch) )?(?P<d>{_NUM}) ?(?:uur|uren|uurtjes?)\b"
)


def _stated_total(prepared: str) -> float | None:
    """The weekly total the caregiver worked out, unless a period follows it ('dat is 2 uur per
    dag' is still a daily amount)."""
    match = _STATED_TOTAL.search(prepared)
    if match is None:
        return None
    rest = prepared[match.end() :]
    if _period_right_after(rest) not in (None, 1.0):
        return None
    return float(match["n"] or match["m"] or match["d"])


def parse_hours_per_week(text: str) -> HoursResult:
    """Read care time from Dutch text as hours per week ('elke dag 2 uur' -> 14.0)."""
    prepared = _prepare(text)
    approximate = bool(re.search(_APPROX, prepared))
    bare = _bare_number(prepared)
    if bare is not None:
        return _hours_result(bare, approximate or bool(re.search(_UNKNOWN, prepared)))
    if (total := _stated_total(prepared)) is not None:
        return _hours_result(total, approximate)
    clauses = _clauses(prepared)
    weekly, approximate_amount, counts_only = _combine_hours(clauses)
    if weekly is not None and _one_naaste_round_the_clock(clauses):
        # "Voor mijn man is het eigenlijk continu, voor mijn moeder komt er nog 6 uur bij."
        return HoursResult(ParseStatus.OK, HOURS_IN_WEEK, approximate=True)
    if weekly is not None:
        return _hours_result(weekly, approximate_amount)
    if re.search(_ROUND_THE_CLOCK, prepared) or _whole_day(prepared):
        return HoursResult(ParseStatus.OK, HOURS_IN_WEEK, approximate=True)
    if re.search(_DECLINED, prepared):
        return HoursResult(ParseStatus.DECLINED)
    if counts_only or re.search(_VAGUE_HOURS, prepared):
        return HoursResult(ParseStatus.NEEDS_DETAIL)
    if re.search(_UNKNOWN, prepared):
        return HoursResult(ParseStatus.UNKNOWN)
    return HoursResult(ParseStatus.NONE)


def _one_naaste_round_the_clock(clauses: list[tuple[str, bool]]) -> bool:
    """A clause without a figure that says the care never stops ("voor mijn man is het continu")
    beside one with the hours for someone else."""
    return any(
        re.search(rf"{_ROUND_THE_CLOCK}|\bcontinu\b", clause) and not re.search(r"\d", clause)
        for clause, _ in clauses
    )


# "ik zie het de hele dag al bij anderen" (a caregiver who works in care): other people's days.
_OTHER_PEOPLE = (
    r"\b(?:bij|van|voor|met) (?:de )?(?:anderen|andere mensen|clienten|klanten|collega'?s|"
    r"leerlingen|patienten|bewoners)\b|\bop (?:mijn |m'?n |het )?werk\b"
)


def _whole_day(prepared: str) -> bool:
    """'de hele dag' is round the clock unless it is one day of the week ('zaterdag de hele dag'),
    or a day at work or with other people ('ik werk de hele dag')."""
    for clause, _ in _clauses(prepared):
        if re.search(_WHOLE_DAY, clause) and not (
            _weekday_count(clause)
            or re.search(r"\bweekend|\been (?:hele )?dag\b", clause)
            or not _care_clause(clause)
            or re.search(_OTHER_PEOPLE, clause)
        ):
            return True
    return False


def _hours_result(weekly: float, approximate: bool) -> HoursResult:
    if weekly > HOURS_IN_WEEK:
        return HoursResult(ParseStatus.IMPLAUSIBLE, approximate=approximate)
    return HoursResult(ParseStatus.OK, round(weekly, 1), approximate)


# --- duration in months -------------------------------------------------------------------------

_MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Mid-season anchor (month, day) for "sinds de zomer".
_SEASONS = {
    "winter": (1, 15),
    "lente": (4, 15),
    "voorjaar": (4, 15),
    "zomer": (7, 15),
    "herfst": (10, 15),
    "najaar": (10, 15),
    "kerst": (12, 25),
    "kerstmis": (12, 25),
    "kerstvakantie": (12, 25),
    "zomervakantie": (7, 31),
    # Carnaval and Pasen move each year; the middle of their month is close enough.
    "carnaval": (2, 20),
    "pasen": (4, 10),
}
_UNIT_MONTHS = {
    "jaar": 12.0,
    "jaren": 12.0,
    "jr": 12.0,
    "maand": 1.0,
    "maanden": 1.0,
    "mnd": 1.0,
    "week": 1 / _WEEKS_PER_MONTH,
    "weken": 1 / _WEEKS_PER_MONTH,
    "wk": 1 / _WEEKS_PER_MONTH,
    "dag": 1 / _DAYS_PER_MONTH,
    "dagen": 1 / _DAYS_PER_MONTH,
    "jaartje": 12.0,
    "jaartjes": 12.0,
    "maandje": 1.0,
    "maandjes": 1.0,
    "weekje": 1 / _WEEKS_PER_MONTH,
    "weekjes": 1 / _WEEKS_PER_MONTH,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?:18|19|20)\d\d"
_SINCE = r"\b(?:sinds|vanaf|sindsdien|begon|begonnen|gestart|start|startte|al sinds)\b"
_NO_DURATION_SPANS = (
    rf"\b(?:is|ben|bent|wordt|word|werd|was|zijn)\s+(?:(?:bijna|net|pas|ruim|al|inmiddels|nu)\s+)*"
    rf"{_NUM}(?:\s*(?:jaar|jr))?(?:\s+oud)?(?=\s*(?:$|[,.;!?)]|en\b|maar\b|oud\b))",
    rf"\b{_NUM}\s*(?:jaar|jr)\s+oud\b",
    rf"\b{_NUM}[- ]?jarige?\b",
    rf"\bvan {_NUM}\s*(?:jaar|jr)\b(?!\s+(?:geleden|al))",
    rf"\(\s*{_NUM}\s*(?:jaar|jr)?\s*\)",
    rf"\bleeftijd van {_NUM}",
    # "zij 66 jaar. o uur? elke dag veel uur": her age, told without "is".
    rf"\b(?:zij|ze|hij|mijn \w+|m n \w+|mn \w+) {_NUM}\s*(?:jaar|jr)\b(?!\s+(?:geleden|al|lang))",
    # "behalve de drie dagen dat hij naar de werkplaats gaat": days of the week, not how long.
    rf"\b(?:de|die|deze) {_NUM} (?:dagen|avonden|ochtenden|middagen)\b",
)
_NOT_CARE_DURATION = r"\b(?:getrouwd|samen|woont|wonen|woon|werk|werkt|werken|baan|oud|leeftijd)\b"
_DURATION_AMOUNT = (
    rf"(?<!om de )(?<!elke )(?<!iedere )(?<!per )\b(?P<n>{_NUM}) "
    r"(?P<unit>jaartjes|jaartje|jaar|jaren|jr|maandjes|maandje|maanden|maand|mnd|weekjes|weekje|"
    r"weken|week|wk|dagen|dag)\b"
    r"(?!\s*(?:per|in de|in het|a|/|elke|iedere|keer)\b)"
)
_VAGUE_DURATION = (
    r"\b(?:heel |erg |best |al )?lang\b|\bal jaren\b|\bjarenlang\b|\bjaren\b|\bpaar (?:maanden|jaar)\b|"
    r"\baantal (?:maanden|jaren|jaar)\b|\benkele (?:maanden|jaren)\b|\bsinds kort\b|"
    r"\bpas (?:net|kort)\b|\bnet begonnen\b|\been tijdje\b|\been tijd\b|\bhele leven\b|"
    r"\bgeboorte\b|\baltijd al\b|\bsinds (?:haar|zijn|de|het|mijn|m'n|zij|hij) \w+"
)


def _remove_no_duration_spans(prepared: str) -> str:
    for pattern in _NO_DURATION_SPANS:
        prepared = re.sub(pattern, " ", prepared)
    return prepared


def _months_between(start: date, today: date) -> float:
    return float(round((today - start).days / _DAYS_PER_MONTH))


def _middle(low: date, high: date) -> date:
    return low + (high - low) / 2


def _start_from_year(clause: str, today: date) -> tuple[date, date] | None:
    """The period in which care started, from 'sinds (begin/eind) (maart) 2021' or 'vorig jaar'."""
    year_text = re.sub(r"\bvorig jaar\b", str(today.year - 1), clause)
    year_text = re.sub(r"\b(?:dit|begin dit) jaar\b", str(today.year), year_text)
    seasons = "|".join(_SEASONS)
    match = re.search(
        rf"(?:\b(?P<part>begin|half|midden|medio|eind|einde)\s+)?"
        rf"(?:\b(?P<season>{seasons})\s+(?:van\s+)?)?"
        rf"(?:\b(?P<month>{_MONTH_NAMES})\s+)?(?P<year>{_YEAR})\b",
        year_text,
    )
    if match is None:
        return None
    year = int(match["year"])
    if match["month"]:
        month = _MONTHS[match["month"]]
        return date(year, month, 1), _month_end(year, month)
    if match["season"]:
        month, day = _SEASONS[match["season"]]
        anchor = date(year, month, day)
        return anchor, anchor
    part = match["part"]
    if part == "begin":
        return date(year, 1, 1), date(year, 3, 31)
    if part in {"half", "midden", "medio"}:
        return date(year, 5, 1), date(year, 8, 31)
    if part in {"eind", "einde"}:
        return date(year, 10, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def _month_end(year: int, month: int) -> date:
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(next_month.toordinal() - 1)


def _last_before(month: int, day: int, today: date) -> date:
    this_year = date(today.year, month, day)
    return this_year if this_year <= today else date(today.year - 1, month, day)


def _start_without_year(clause: str, today: date) -> date | None:
    """'sinds maart', 'sinds de zomer', 'sinds vorige maand' -> the most recent such moment."""
    month = re.search(rf"\b(?:sinds|vanaf) (?:begin |eind )?(?P<month>{_MONTH_NAMES})\b", clause)
    if month is not None:
        number = _MONTHS[month["month"]]
        return _last_before(number, 15, today)
    season = re.search(
        r"\b(?:sinds|vanaf) (?:de |het |afgelopen |vorige |vorig )?(?P<s>\w+)\b", clause
    )
    if season is not None and season["s"] in _SEASONS:
        return _last_before(*_SEASONS[season["s"]], today)
    if re.search(r"\b(?:sinds|vanaf) (?:vorige|afgelopen) maand\b", clause):
        return date.fromordinal(today.toordinal() - 30)
    if re.search(r"\b(?:sinds|vanaf) (?:vorige|afgelopen) week\b", clause):
        return date.fromordinal(today.toordinal() - 7)
    if re.search(r"\b(?:sinds|vanaf) (?:gisteren|vandaag|deze week)\b", clause):
        return today
    return None


def _duration_in_clause(clause: str, today: date) -> DurationResult | None:
    approximate = bool(re.search(_APPROX, clause))
    amount = re.search(_DURATION_AMOUNT, clause)
    if amount is not None:
        months = float(amount["n"]) * _UNIT_MONTHS[amount["unit"]]
        return _duration_result(months, approximate, None)
    if re.search(r"\b(?:een )?paar (?:weken|weekjes)\b", clause):
        return DurationResult(ParseStatus.OK, 1.0, approximate=True)
    if re.search(r"\b(?:een )?paar dagen\b", clause):
        return DurationResult(ParseStatus.OK, 0.1, approximate=True)
    bare_date = rf"\s*(?:(?:{_MONTH_NAMES}) )?{_YEAR}\s*[.!]?\s*"
    cue = re.search(_SINCE, clause) or re.fullmatch(bare_date, clause)
    if cue:
        window = _start_from_year(clause, today)
        if window is not None:
            low, high = window
            if low > today:
                return DurationResult(ParseStatus.IMPLAUSIBLE)
            start = _middle(low, min(high, today))
            return _duration_result(_months_between(start, today), True, start)
    day = _start_without_year(clause, today)
    if day is not None:
        return _duration_result(_months_between(day, today), True, day)
    return None


def _duration_result(months: float, approximate: bool, since: date | None) -> DurationResult:
    if months < 0 or months > MAX_MONTHS:
        return DurationResult(ParseStatus.IMPLAUSIBLE)
    return DurationResult(ParseStatus.OK, round(months, 1), approximate, since)


def parse_duration_months(text: str, today: date | None = None) -> DurationResult:
    """Read how long someone has cared, in months ('sinds maart 2023', 'ruim twee jaar' -> 24.0)."""
    today = today or date.today()
    prepared = _remove_no_duration_spans(_prepare(text))
    clauses = [clause for clause, _ in _clauses(prepared)]
    # "Ze kreeg in 2022 een beroerte. Sindsdien zorg ik ..." points back at the clause before.
    clauses = [
        f"{clauses[i - 1]} sinds {clause}" if i and re.search(r"\bsindsdien\b", clause) else clause
        for i, clause in enumerate(clauses)
    ]
    # A clause that says "zorg" wins over one about an illness ("heeft al 10 jaar MS").
    ranked = sorted(clauses, key=lambda clause: not re.search(_CARE, clause))
    for clause in ranked:
        if re.search(_NOT_CARE_DURATION, clause) and not re.search(_CARE, clause):
            continue
        found = _duration_in_clause(clause, today)
        if found is not None:
            return found
    if re.search(_DECLINED, prepared):
        return DurationResult(ParseStatus.DECLINED)
    if re.search(_VAGUE_DURATION, prepared):
        return DurationResult(ParseStatus.NEEDS_DETAIL)
    if re.search(_UNKNOWN, prepared):
        return DurationResult(ParseStatus.UNKNOWN)
    return DurationResult(ParseStatus.NONE)


def is_intensive(hours: float | None, months: float | None) -> bool | None:
    """More than 8 hours a week AND longer than 3 months; None while that is still open.

    Three-valued: one known side that fails the test settles it (2 h/week is never intensive).
    """
    if hours is not None and hours <= INTENSIVE_MIN_HOURS:
        return False
    if months is not None and months <= INTENSIVE_MIN_MONTHS:
        return False
    if hours is None or months is None:
        return None
    return True
