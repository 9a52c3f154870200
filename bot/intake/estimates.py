"""Numbers for vague Dutch answers about care time, for the assistant to propose and confirm.

`parse_hours_per_week` and `parse_duration_months` refuse to guess ("elke avond", "al jaren" are
`needs_detail`). When the caregiver answers the question itself, a guess the caregiver confirms
("Is dat ongeveer 14 uur per week?") is kinder than asking the same question again, so these
functions turn the vague words into that guess. Every number below is a round, middle-of-the-road
reading of the words, not a measurement; the caregiver corrects it when it is wrong.

Input is text prepared by `quantities.prepare_amounts` (folded, numbers as digits).
"""

from __future__ import annotations

import re

_NUM = r"\d+(?:\.\d+)?"
# Hours of one counted part of a week: "twee middagen" is two dagdelen of 4 hours, "2 dagen" two
# care days of 8 hours, "twee avonden" two evenings of 3 hours.
_COUNTED_PART_HOURS = {
    "dag": 8.0,
    "dagdeel": 4.0,
    "ochtend": 4.0,
    "middag": 4.0,
    "avond": 3.0,
    "nacht": 8.0,
    "weekend": 16.0,
}
# Hours of a daily moment: "elke avond" is a visit or the evening routine, about 2 hours.
_DAILY_PART_HOURS = 2.0
_FEW_HOURS_EACH = 2.0  # "elke dag een paar uur" -> 14
_FEW_HOURS_A_WEEK = 3.0  # "een paar uurtjes per week"
_SHORT_VISIT = 1.0  # "elke dag even langs" (travel counts)
_VISIT_A_WEEK = 2.0  # "twee keer per week"
_VISIT_A_DAY = 1.0  # "drie keer per dag"
_FEW = 2.0  # "een paar avonden"
_LITTLE = 2.0  # "af en toe", "niet zo veel"
_WEEKEND_DAYS = 2.0

_PART = (
    r"(?P<part>dagdelen|dagdeel|ochtenden|ochtend|middagen|middag|avonden|avond|nachten|nacht|"
    r"weekenden|weekend|dagen|dag)"
)
_PART_STEMS = ("dagdeel", "ochtend", "middag", "avond", "nacht", "weekend", "dag")
_COUNTED = rf"\b(?P<n>{_NUM}|een|paar|aantal|enkele) (?:(?P<size>hele|halve) )?{_PART}\b"
_HALF_DAY = rf"\b(?P<n>{_NUM}|een|paar|aantal|enkele)? ?halve dag(?:en)?\b"
_TIMES = rf"\b(?P<n>{_NUM}|paar|aantal|enkele) ?(?:keer|x|maal)\b"
_DAILY = (
    r"\b(?:elke|iedere|alle) (?P<part>dag|ochtend|middag|avond|nacht)(?:en)?\b|\bdagelijks\b|"
    r"\b's (?P<moment>ochtends|middags|avonds|nachts)\b|\bper dag\b|\bde hele week\b|"
    r"\bhele week\b|\bdag in dag uit\b"
)
_EVERY_OTHER_DAY = r"\bom de (?:andere )?dag\b"
_WORKDAYS = r"\b(?:elke|iedere|alle|op) werkdag(?:en)?\b|\bdoordeweeks\b"
_WEEKENDS = (
    r"\b(?:elk|elke|ieder|iedere|alle|in het|de|het|in de|per) weekend(?:en|s)?\b|\bweekends\b|"
    r"\bweekenddagen\b|^weekend$"
)
_EVERY_OTHER_WEEKEND = r"\bom het (?:andere )?weekend\b|\bom de (?:andere )?week\b"
_WEEKDAY = r"\b(maan|dins|woens|donder|vrij|zater|zon)dag(?:s|en)?\b"
_FEW_HOURS = (
    r"\b(?:paar|aantal|enkele) (?:uur|uren|uurtjes?)\b|\buurtje of (?:2|3|wat)\b|\bwat uurtjes\b"
)
_BRIEFLY = r"\b(?:even|eventjes|kort|kortjes|half uurtje)\b"
_WHOLE_DAY = r"\b(?:de )?hele dag(?:en)?(?: door)?\b"
_WHOLE_PART = r"\b(?:de |een )?hele (?P<part>ochtend|middag|avond)\b"
_ROUND_THE_CLOCK = (
    r"24 ?/ ?7|24 ?x ?7|\bdag en nacht\b|\bnacht en dag\b|\bklok rond\b|\brond de klok\b"
)
_FULLTIME: tuple[tuple[str, float], ...] = (
    (r"\bbijna (?:een )?(?:fulltime|full time|voltijd)", 36.0),
    (r"\b(?:fulltime|full time|voltijd)", 40.0),
    (r"\b(?:parttime|part time|deeltijd|halftime|halve week)\b", 20.0),
)
_LITTLE_WORDS = (
    r"\baf en toe\b|\bzo nu en dan\b|\bnu en dan\b|\bweinig\b|\bniet (?:zo|heel|zoveel)\b|"
    r"\bbeetje\b|\bnauwelijks\b|\bbijna (?:niks|niets)\b"
)
_MONTHLY = r"\b(?:per|elke|iedere|in de|a) maand\b|\bmaandelijks\b"
# "Best veel" without a number: a middle guess to confirm; "alle uren die er zijn" is a full week.
_MANY_WORDS: tuple[tuple[str, float], ...] = (
    (
        r"\balle (?:uren|tijd)\b|\bal mijn (?:vrije )?tijd\b|\belk vrij moment\b|\bal mijn uren\b",
        40.0,
    ),
    (
        r"\b(?:best|heel|erg|zo|ontzettend|echt|nogal|vrij|behoorlijk|super|enorm) ?veel\b|"
        r"\bveel uren\b|\b(?:flink|behoorlijk|heel) wat\b|^veel\b",
        20.0,
    ),
)


def _count(word: str | None) -> float:
    if word in (None, "een"):
        return 1.0
    if word in ("paar", "aantal", "enkele"):
        return _FEW
    return float(word)


def _stem(part: str) -> str:
    return next(stem for stem in _PART_STEMS if part.startswith(stem))


def whole_day_not_night(prepared: str) -> bool:
    """'de hele dag' without 'en nacht' or "'s nachts ook": a long day, not round the clock."""
    return bool(re.search(_WHOLE_DAY, prepared)) and not re.search(
        rf"{_ROUND_THE_CLOCK}|\b'?s ?nachts\b|\bnachten\b|\b(?:elke|iedere) nacht\b", prepared
    )


def _per_week_factor(prepared: str) -> float:
    if re.search(_MONTHLY, prepared):
        return 12 / 52
    if re.search(r"\bom de (?:andere )?week\b", prepared):
        return 0.5
    return 1.0


def _occasions(prepared: str) -> tuple[float, float] | None:
    """(times a week, usual hours each time) the words name, or None."""
    times = re.search(_TIMES, prepared)
    if times is not None:
        count = _count(times["n"])
        if re.search(_DAILY, prepared):
            return count * 7, _VISIT_A_DAY
        return count * _per_week_factor(prepared), _VISIT_A_WEEK
    half_days = re.search(_HALF_DAY, prepared)
    if half_days is not None:
        return _count(half_days["n"]) * _per_week_factor(prepared), 4.0
    counted = re.search(_COUNTED, prepared)
    if counted is not None:  # "twee middagen", "een hele dag", "1 dag per week"
        hours = _COUNTED_PART_HOURS[_stem(counted["part"])]
        return _count(counted["n"]) * _per_week_factor(prepared), hours
    if re.search(_EVERY_OTHER_WEEKEND, prepared) and re.search(r"\bweekend", prepared):
        return 1.0, _COUNTED_PART_HOURS["dag"]
    if re.search(_WEEKENDS, prepared):
        return _WEEKEND_DAYS, _COUNTED_PART_HOURS["dag"]
    if re.search(_EVERY_OTHER_DAY, prepared):
        return 3.5, _DAILY_PART_HOURS
    if re.search(_WORKDAYS, prepared):
        return 5.0, _DAILY_PART_HOURS
    if re.search(_DAILY, prepared):
        return 7.0, _DAILY_PART_HOURS
    weekdays = {match[1] for match in re.finditer(_WEEKDAY, prepared)}
    if weekdays:
        return float(len(weekdays)), _DAILY_PART_HOURS
    return None


def estimate_hours_per_week(prepared: str) -> float | None:
    """A weekly number of care hours for vague words, or None when the words give no clue.

    "elke dag een paar uur" -> 14, "twee middagen" -> 8, "alle weekenden" -> 16,
    "bijna fulltime" -> 36, "de hele dag" -> 56.
    """
    for pattern, hours in _FULLTIME:
        if re.search(pattern, prepared):
            return hours
    occasions = _occasions(prepared)
    if occasions is not None:
        count, each = occasions
        if whole_day_not_night(prepared):
            each = _COUNTED_PART_HOURS["dag"]
        elif (whole_part := re.search(_WHOLE_PART, prepared)) is not None:
            each = _COUNTED_PART_HOURS[whole_part["part"]]  # "zaterdag de hele middag"
        elif re.search(_FEW_HOURS, prepared):
            each = _FEW_HOURS_EACH
        elif re.search(_BRIEFLY, prepared):
            each = _SHORT_VISIT
        return round(count * each, 1)
    if whole_day_not_night(prepared):
        return 7 * _COUNTED_PART_HOURS["dag"]
    if re.search(_FEW_HOURS, prepared):
        return round(_FEW_HOURS_A_WEEK * _per_week_factor(prepared), 1)
    if re.search(_LITTLE_WORDS, prepared):
        return _LITTLE
    for pattern, hours in _MANY_WORDS:
        if re.search(pattern, prepared):
            return hours
    return None


# (pattern, months): the first that matches gives the guess.
_VAGUE_DURATIONS: tuple[tuple[str, float], ...] = (
    (r"\bdecennia\b|\btientallen jaren\b", 240.0),
    (r"\bniet (?:zo|heel|erg|zo heel) lang\b", 6.0),
    (
        r"\b(?:heel|erg|zo|ontzettend|super|echt heel|heel erg) lang\b|\been eeuwigheid\b|"
        r"\bal eeuwen\b",
        60.0,
    ),
    (r"\b(?:een )?(?:paar|aantal|enkele) (?:jaar|jaren|jaartjes)\b|\been jaar of wat\b", 30.0),
    (r"\bjarenlang\b|\b(?:vele|heel veel|veel|flink wat) jaren\b|\bjaren\b", 36.0),
    (r"\b(?:een )?(?:paar|aantal|enkele) (?:maanden|maandjes)\b", 4.0),
    (r"\b(?:een )?(?:paar|aantal|enkele) (?:weken|weekjes)\b", 1.0),
    (r"\blang\b|\been hele tijd\b|\bgeruime tijd\b", 24.0),
    (r"\btijdje\b|\been tijd\b", 6.0),
    (r"\bsinds kort\b|\b(?:pas|nog maar) (?:net|kort)\b|\bnet begonnen\b|\bkort\b", 1.0),
)


def estimate_duration_months(prepared: str) -> float | None:
    """Months of care for vague words: "al jaren" -> 36, "al heel lang" -> 60, "een tijdje" -> 6."""
    for pattern, months in _VAGUE_DURATIONS:
        if re.search(pattern, prepared):
            return months
    return None
