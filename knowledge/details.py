"""One offer in full ("vertel meer over ..."), and which offer a caregiver means.

Everything shown comes from the knowledge base; example data and unverified facts carry their
notice, and a phone number is only shown when it is verified (`shown_phone`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from bot.text.formatting import dutch_date, dutch_number
from bot.text.stemming import stem
from bot.text.words import word_text
from bot.text.words import words as fold_words
from knowledge.offer import Offer
from knowledge.search import EXAMPLE_NOTICE, STOPWORDS, UNVERIFIED_NOTICE, shown_phone

FUNDING_TEXT = {
    "wmo": "via de gemeente (Wmo)",
    "wlz": "via de Wet langdurige zorg (Wlz)",
    "zvw": "via de zorgverzekering",
    "aanvullende_verzekering": "soms via een aanvullende verzekering",
    "gemeente": "door de gemeente",
    "gratis": "gratis",
    "eigen_kosten": "u betaalt het zelf",
}
ORDINALS = {
    "1": 0,
    "een": 0,
    "eerste": 0,
    "2": 1,
    "twee": 1,
    "tweede": 1,
    "3": 2,
    "drie": 2,
    "derde": 2,
}
MIN_NAME_SCORE = 85
# "meer over de tweede graag": an ordinal in a short answer points at the list shown.
MAX_ORDINAL_WORDS = 5
# Words of the question itself, not of an offer's name; the function words are in STOPWORDS and
# words of three letters or fewer never count as a name.
_NOT_A_NAME = frozenset({"vertel", "info", "informatie", "uitleg", "werkt", "daarover"})
_SHORT_NAME = re.compile(r"\s*\((?:voorbeeld|landelijk)\)\s*$", re.IGNORECASE)


def short_name(offer_name: str, limit: int = 40) -> str:
    """A name short enough for a button: without "(voorbeeld)", cut at a word."""
    name = _SHORT_NAME.sub("", offer_name)
    if len(name) <= limit:
        return name
    return name[:limit].rsplit(" ", 1)[0] + "…"


def contact_shown(offer: Offer) -> dict[str, str]:
    """The contact data a caregiver may see, by Contact field: the phone number only when it is
    verified (`shown_phone`, its help line's when it has none), and only what is there."""
    values = {
        "phone": shown_phone(offer),
        "email": offer.contact.email,
        "website": offer.contact.website,
        "opening_hours": offer.contact.opening_hours,
    }
    return {name: value for name, value in values.items() if value}


_CONTACT_LABELS = {
    "phone": "Telefoon",
    "email": "E-mail",
    "website": "Website",
    "opening_hours": "Open",
}


def _contact_lines(offer: Offer) -> list[str]:
    return [f"{_CONTACT_LABELS[name]}: {value}" for name, value in contact_shown(offer).items()]


def conditions(offer: Offer) -> list[str]:
    rules = offer.eligibility
    lines = []
    if rules.min_hours_per_week:
        lines.append(f"U zorgt minstens {dutch_number(rules.min_hours_per_week)} uur per week.")
    if rules.min_duration_months:
        lines.append(f"U zorgt al minstens {dutch_number(rules.min_duration_months)} maanden.")
    if rules.min_age is not None or rules.max_age is not None:
        low, high = rules.min_age, rules.max_age
        if low is not None and high is not None:
            lines.append(f"Voor mantelzorgers van {low} tot en met {high} jaar.")
        elif low is not None:
            lines.append(f"Voor mantelzorgers vanaf {low} jaar.")
        else:
            lines.append(f"Voor mantelzorgers tot en met {high} jaar.")
    if rules.naaste_lives_in_area:
        lines.append("Uw naaste woont in deze gemeente.")
    if rules.caregiver_lives_in_area:
        lines.append("U woont zelf in deze gemeente.")
    if rules.notes:
        lines.append(rules.notes)
    if offer.needs_indicatie:
        lines.append("U heeft hiervoor een indicatie nodig.")
    return lines


# What a question asks about one offer, on folded text: the line of the offer that answers it.
_ASKS_COST = re.compile(
    r"\b(?:kost|kosten|betaal\w*|betalen|doorbetaal\w*|loon|salaris|gratis|vergoed\w*|"
    r"eigen bijdrage|wat moet ik (?:ervoor |daarvoor )?(?:betalen|neerleggen)|"
    # Asked in English by someone whose Dutch is new: "how much cost?"
    r"how much|cost|costs|price|pay)\b"
)
_ASKS_REFUSAL = re.compile(
    r"\b(?:nee zeggen|weiger\w*|mag (?:mijn |de |hij |zij |ze )?(?:baas|werkgever|leidinggevende|"
    r"gemeente)?\s?(?:dat|het|nee)|verplicht|recht op|moet (?:mijn |de )?(?:baas|werkgever))\b"
)
_ASKS_CONDITIONS = re.compile(
    r"\b(?:voorwaarde\w*|kom ik in aanmerking|geldt (?:dat|het|dit)|ook (?:als|voor|wanneer)|"
    r"voor wie is|wie mag|mag ik (?:dat|het|dit)|telt (?:het|dat) ook|"
    # "heb ik ook recht op zorgverlof als we niet getrouwd zijn?"
    r"recht op(?: \w+){0,3} als|als (?:we|wij|ik|hij|ze|zij) (?:niet|geen)\b)\b"
)


_ASKS_INDICATION = re.compile(
    r"\bindicatie\b|\b(?:kan|mag) ik (?:daar |er )?(?:zo|gewoon|direct|meteen|zelf) (?:bellen|naartoe|heen|"
    r"aanmelden|langs)\b"
)


# "Is zo'n dagbesteding ook op zaterdag?", "komt die vrijwilliger ook 's avonds?"
# "als ik een weekend weg ben" is how long, not when: no "een" before the weekend.
_ASKS_WHEN = re.compile(
    r"\b(?:(?<!een )weekend(?:s|en)?|zaterdag(?:s|en)?|zondag(?:s|en)?|s avonds|avond(?:en|s)?|doordeweeks|"
    r"\w*vakantie(?:s)?|"
    r"feestdag\w*|welke dagen|hoe laat|openingstijd\w*|open (?:op|in|tijdens))\b"
)
# "hoe lang duurt dat voordat de gemeente hulp geeft?", "wanneer hoor ik iets?"
_ASKS_HOW_LONG = re.compile(
    r"\bhoe (?:lang|snel)\b(?: \w+){0,3} (?:duurt|voordat|voor|tot|kan|krijg\w*)\b|"
    r"\bwanneer (?:hoor|krijg|weet|beslist|komt)\b|\bbinnen hoeveel\b"
)
_NAMES_A_PERIOD = re.compile(r"\b(?:binnen|\d+ (?:dagen|weken|maanden))\b")
# "is dat ook online of moet ik ergens heen?"
# "moet ik ergens heen?" weighs going there against online; "kan mijn moeder ergens heen voor een
# praatje?" asks for a place.
_ASKS_ONLINE = re.compile(
    r"\b(?:online|beeldbell\w*|videobell\w*|(?:moet|moeten) (?:ik|we|wij) (?:dan )?ergens "
    r"(?:heen|naartoe))\b"
)
# "Kunt u mij zeggen of ik daarvoor moet bellen, of dat het via de computer gaat?"
_ASKS_HOW_TO_APPLY = re.compile(
    r"\b(?<!wie )(?:moet ik (?:daarvoor |ervoor |dan )?(?:bellen|mailen|langs)|hoe (?:meld|vraag) ik|"
    r"hoe (?:kan|moet) ik (?:me |mij )?(?:aanmelden|aanvragen|opgeven|inschrijven)|via de computer|"
    r"via internet|"
    # "Moet ik daarvoor bij de gemeente zijn, en hoe gaat dat dan in zijn werk?"
    r"hoe gaat (?:dat|dit|het) (?:dan |nou |eigenlijk |precies )*in (?:zijn|z n|zn) werk|"
    r"moet ik (?:daarvoor |ervoor |dan )?(?:bij|naar) de gemeente)\b"
)
# "Is daarvoor een verwijzing van de huisarts nodig?", "moet de huisarts een briefje schrijven?"
_ASKS_GP_REFERRAL = re.compile(
    r"\b(?:verwijz\w*|verwijsbrief\w*|doorverwijz\w*|huisarts(?: \w+){0,4} (?:briefje|brief|nodig)|"
    r"(?:eerst|via) (?:naar )?de huisarts)\b"
)
WHEN_UNKNOWN_TEXT = (
    "Op welke dagen en tijden het kan, staat niet in mijn gegevens. Dat verschilt per plek. "
    "Vraag het als u contact opneemt."
)
ONLINE_UNKNOWN_TEXT = (
    "Of het ook online kan, staat niet in mijn gegevens. Vraag het als u contact opneemt."
)
GP_REFERRAL_UNKNOWN_TEXT = (
    "Of u een verwijzing van de huisarts nodig heeft, staat niet in mijn gegevens. Bij de eerste "
    "stap hoort u wat nodig is."
)


def asks_how_to_apply(question: str) -> bool:
    """ "Hoe vraag ik thuiszorg aan?", "moet ik daarvoor bellen?" """
    return bool(_ASKS_HOW_TO_APPLY.search(word_text(question)))


def asks_when(question: str) -> bool:
    """ "kan het ook in het weekend, doordeweeks heb ik school tot 4": on which days or times."""
    return bool(_ASKS_WHEN.search(word_text(question)))


def _conditions_line(rules: list[str]) -> str | None:
    return "Voorwaarden: " + " ".join(rules) if rules else None


def _indicatie_line(offer: Offer) -> str:
    if offer.needs_indicatie:
        return "U heeft hiervoor een indicatie nodig."
    return "U heeft hiervoor geen indicatie nodig."


def _period_to_expect(offer: Offer) -> str | None:
    expect = offer.what_to_expect
    return expect if expect and _NAMES_A_PERIOD.search(word_text(expect)) else None


@dataclass(frozen=True)
class _Aspect:
    """One side of an offer a question may ask about: the pattern that asks it, the offer's line
    that answers it (None when the offer does not hold it), and what is said when no offer does."""

    asked: re.Pattern[str]
    line: Callable[[Offer], str | None]
    unknown: str | None = None


# In the order an answer gives them; each question may ask several.
_ASPECTS = (
    _Aspect(_ASKS_CONDITIONS, lambda o: _conditions_line(conditions(o))),
    _Aspect(_ASKS_COST, lambda o: f"Kosten: {o.cost}" if o.cost else None),
    _Aspect(_ASKS_REFUSAL, lambda o: o.what_to_expect),
    _Aspect(_ASKS_HOW_TO_APPLY, lambda o: f"Eerste stap: {o.first_step}"),
    _Aspect(
        _ASKS_WHEN,
        lambda o: f"Open: {o.contact.opening_hours}" if o.contact.opening_hours else None,
        WHEN_UNKNOWN_TEXT,
    ),
    _Aspect(_ASKS_HOW_LONG, _period_to_expect),
    _Aspect(_ASKS_INDICATION, _indicatie_line),
    _Aspect(
        _ASKS_GP_REFERRAL,
        lambda o: _indicatie_line(o) if o.needs_indicatie else None,
        GP_REFERRAL_UNKNOWN_TEXT,
    ),
    _Aspect(_ASKS_ONLINE, lambda o: None, ONLINE_UNKNOWN_TEXT),
)
# Sides that make a long question after the offers still one about the offer just shown.
_SIDES_OF_HELP = (_ASKS_WHEN, _ASKS_HOW_LONG, _ASKS_ONLINE, _ASKS_GP_REFERRAL, _ASKS_HOW_TO_APPLY)


def asks_an_aspect(question: str) -> bool:
    """A question about one side of help (when, how long, online, a referral, how to apply),
    which makes a long question after the offers still one about the offer just shown."""
    folded = word_text(question)
    return any(pattern.search(folded) for pattern in _SIDES_OF_HELP)


def unknown_asked(question: str, offers: Sequence[Offer]) -> list[str]:
    """What a question asks that the knowledge base does not hold for any of these offers, said
    honestly: the days and times, whether it is online, whether the huisarts must refer."""
    folded = word_text(question)
    return [
        aspect.unknown
        for aspect in _ASPECTS
        if aspect.unknown
        and aspect.asked.search(folded)
        and not any(aspect.line(offer) for offer in offers)
    ]


def asks_about_costs(question: str) -> bool:
    """ "Kost dat geld?", "word ik doorbetaald?", "moet ik daar iets voor betalen?" """
    return bool(_ASKS_COST.search(word_text(question)))


def asked_aspects(offer: Offer, question: str) -> list[str]:
    """The lines of an offer that answer what a question asks beyond its name: the conditions,
    the costs ("word ik doorbetaald?"), whether it can be refused ("mag mijn baas nee zeggen?"),
    how to apply, when, how long it takes, and whether an indicatie is needed ("kan ik zo bellen?")."""
    folded = word_text(question)
    lines: list[str] = []
    for aspect in _ASPECTS:
        line = aspect.line(offer) if aspect.asked.search(folded) else None
        if line and line not in lines:
            lines.append(line)
    return lines


COST_UNKNOWN_TEXT = (
    "Of u er zelf iets voor moet betalen, weet ik niet. Vraag het als u contact opneemt."
)


def answer_first(offer: Offer, question: str) -> list[str]:
    """The answer to what a question asks about an offer, to say before its details: "kost dat
    geld?" gets the costs, or what is known of who pays, first."""
    lines = asked_aspects(offer, question)
    if not asks_about_costs(question) or offer.cost:
        return lines
    if "gratis" in offer.funding:
        return [*lines, "Het is gratis."]
    if "eigen_kosten" in offer.funding:
        return [*lines, "U betaalt het zelf. " + COST_UNKNOWN_TEXT]
    payers = [FUNDING_TEXT[f] for f in offer.funding if f in FUNDING_TEXT]
    # Who pays first: "kosten?" about a group the gemeente pays is half answered by that.
    paid = f"Het wordt betaald {' of '.join(payers)}. " if payers else ""
    return [*lines, paid + COST_UNKNOWN_TEXT]


def offer_details(offer: Offer, already_said: Collection[str] = ()) -> str:
    """Everything a caregiver needs to act on one offer, in B1 Dutch, without the lines just said
    first in answer to a question ("Kosten: ..." once, not twice)."""
    parts = [offer.name, offer.description.strip()]
    if rules := conditions(offer):
        parts.append("Voorwaarden:\n" + "\n".join(f"- {line}" for line in rules))
    if offer.cost:
        parts.append(f"Kosten: {offer.cost}")
    elif offer.funding:
        parts.append("Betaald: " + ", ".join(FUNDING_TEXT.get(f, f) for f in offer.funding) + ".")
    parts.append(f"Eerste stap: {offer.first_step}")
    if offer.what_to_expect:
        parts.append(f"Wat kunt u verwachten? {offer.what_to_expect}")
    if contact := _contact_lines(offer):
        parts.append("\n".join(contact))
    parts.append(f"Bron: {offer.source_url} (nagekeken op {dutch_date(offer.last_checked)})")
    if offer.example:
        parts.append(EXAMPLE_NOTICE)
    if not offer.verified:
        parts.append(UNVERIFIED_NOTICE)
    return "\n\n".join(
        part.strip() for part in parts if part and part.strip() and part.strip() not in already_said
    )


def pick_offer(
    text: str,
    offer_id: str | None,
    shown: Sequence[Mapping[str, Any]],
    offers: Iterable[Offer],
) -> Offer | None:
    """The offer meant: by id (a button), by its place in the list shown ("de tweede"), or by name."""
    by_id = {offer.id: offer for offer in offers}
    if offer_id:
        return by_id.get(offer_id)
    shown_offers = [by_id[item["id"]] for item in shown if item.get("id") in by_id]
    words = fold_words(text)
    for word in words:
        if (
            word in ORDINALS
            and ORDINALS[word] < len(shown_offers)
            and len(words) <= MAX_ORDINAL_WORDS
        ):
            return shown_offers[ORDINALS[word]]
    candidates = shown_offers or list(by_id.values())
    name_words = {w for offer in candidates for w in fold_words(short_name(offer.name, 200))}
    asked = [
        w
        for w in _compounds_joined(words, name_words)
        if len(w) > 3 and w not in _NOT_A_NAME and w not in STOPWORDS
    ]
    scored = [(_name_score(asked, offer), offer) for offer in candidates]
    best = max(scored, key=lambda item: item[0], default=None)
    return best[1] if best and best[0] > 0 else None


def _compounds_joined(words: Sequence[str], name_words: set[str]) -> list[str]:
    """ "zorg verlof" is "zorgverlof" when a name holds that word: typed apart, meant as one."""
    joined: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i] + words[i + 1] in name_words:
            joined.append(words[i] + words[i + 1])
            i += 2
        else:
            joined.append(words[i])
            i += 1
    return joined


def _name_score(asked: Sequence[str], offer: Offer) -> float:
    """How many of the caregiver's words name the offer (typos allowed), each 85-100: "het maatje
    voor mantelzorgers" names "Maatje voor mantelzorgers" better than "Gespreksgroep mantelzorgers"."""
    # "voor" in "Parkeervergunning voor mantelzorgers" names nothing.
    names = [
        w for w in fold_words(short_name(offer.name, 200)) if len(w) > 3 and w not in STOPWORDS
    ]
    ratios = (max((fuzz.ratio(a, n) for n in names), default=0.0) for a in asked)
    return sum(ratio for ratio in ratios if ratio >= MIN_NAME_SCORE)


def _name_stems(text: str) -> set[str]:
    return {stem(word) for word in fold_words(text) if word not in STOPWORDS}


def one_name_for_both(first: Offer, second: Offer, question: str) -> bool:
    """ "Hoeveel dagen zorgverlof krijg ik?" names what both "Kortdurend zorgverlof" and
    "Langdurend zorgverlof" are, and neither of the words that tell them apart: both answer it."""
    asked, first_named, second_named = (
        _name_stems(question),
        _name_stems(first.name),
        _name_stems(second.name),
    )
    return bool(asked & first_named & second_named) and not asked & (first_named ^ second_named)


def names_only_the_first(first: Offer, second: Offer, question: str) -> bool:
    """ "Hoe vraag ik kortdurend zorgverlof aan?" names the word that sets the first apart."""
    asked, first_named, second_named = (
        _name_stems(question),
        _name_stems(first.name),
        _name_stems(second.name),
    )
    return bool(asked & (first_named - second_named)) and not asked & (second_named - first_named)


def twin_by_name(question: str, offer: Offer, offers: Iterable[Offer]) -> Offer | None:
    """The other offer the question names as much as `offer`, if there is exactly one."""
    twins = [o for o in offers if o.id != offer.id and one_name_for_both(offer, o, question)]
    return twins[0] if len(twins) == 1 else None
