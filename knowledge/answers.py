"""Answers to free questions, by retrieval over everything the knowledge base knows.

Asked at any moment ("heeft het steunpunt ook een telefoonnummer?", "wat is respijtzorg?", "hoe
vraag ik zorgverlof aan?", "is er iets voor jongeren?"). The intent the model heard is only a hint:
what decides is what the knowledge base holds. In this order:

1. The steunpunt's own contact details, when the question is about reaching the steunpunt.
2. A glossary term, when the question asks what a word means and the word is known.
3. A referral, when the question is about a topic the knowledge base has no checked facts on
   (bewindvoering, a taxi to dialysis, school): the kind of place that knows.
4. The offers and regelingen that fit the question's words and the caregiver's situation: one
   when it clearly fits best, else two, each with its first step and contact. A question of who
   pays for a glossary term that is no offer ("verpleging thuis") gets the term's explanation.
5. A glossary term named anywhere in the question.
Nothing found: None, and the conversation says so honestly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.text.stemming import stem
from bot.text.words import words as fold_words
from knowledge.advice import describe, query_from_facts, suggested_offers
from knowledge.details import (
    asks_about_costs,
    asks_how_to_apply,
    names_only_the_first,
    one_name_for_both,
    unknown_asked,
)
from knowledge.glossary import Term, find_term, find_terms
from knowledge.offer import NeedCategory, Steunpunt
from knowledge.referrals import Referral, find_referral
from knowledge.search import STOPWORDS, Match, SearchIndex

ASK_GEMEENTE_TEXT = "Elke gemeente heeft een eigen steunpunt mantelzorg."
ENTITLED_TEXT = "Zorgt u voor iemand? Dan kunt u ook bij het steunpunt mantelzorg terecht."
# A second offer is shown too when its score is at least this share of the best one.
CLOSE_SECOND = 0.8
_STEUNPUNT = re.compile(r"\b(?:steunpunt\w*|\w*consulent\w*)\b")
_CONTACT = re.compile(
    r"\b(?:telefoon\w*|nummer|bellen|bel|mail\w*|e mail|adres|bereik\w*|open\w*|contact\w*|"
    r"website|waar (?:zit|is|vind)|hoe (?:kom|kan) ik)\b"
)
# Words that make a question general ("wat is er allemaal mogelijk?", "is er iets voor mij?"): a
# question of only these is not about any offer, and the intake is the way to find out.
_GENERIC = frozenset(
    {
        "allemaal", "mogelijk", "mogelijkheden", "hulp", "help", "helpen", "steun", "ondersteuning",
        "regelen", "regelingen", "dingen", "zoiets", "ergens", "kunnen", "weten", "vraag", "vragen",
        "mantelzorg", "mantelzorger", "mantelzorgers", "situatie", "precies", "eigenlijk", "toch",
        "misschien", "iets", "mij", "ons", "mensen", "zoals", "dezelfde", "zelfde", "hetzelfde",
        "andere", "vergelijkbare",
    }
)  # fmt: skip
_DEFINITION = re.compile(
    r"\b(?:wat (?:is|zijn|betekent|betekenen|houdt|houden|bedoel\w*)|betekenis|uitleg)\b|"
    # "Wat verstaat u onder respijtzorg?", "wat wordt er bedoeld met een indicatie?"
    r"\bwat (?:verstaat|verstaan|versta) (?:u|je|jij|jullie|men|ik) onder\b|"
    r"\bwat (?:wordt|word) (?:er )?(?:mee )?bedoeld\b|"
    # "Ben ik dan ook mantelzorger?", "dat je als ouder ook mantelzorger bent?"
    r"\b(?:ben|bent|is|zijn|tel|telt|geld|geldt) (?:ik|je|jij|u|men)\b(?: \w+){0,4} "
    r"(?:een )?mantelzorger\b|\bmantelzorger (?:ben|bent|zijn|is|was)\b|"
    r"\b(?:als|ook) (?:een )?mantelzorger (?:gezien|tellen|geteld)\b|"
    # "is dat mantelzorg als je voor je zusje zorgt?", "telt dat als mantelzorg?"
    r"\b(?:is|telt|geldt|heet) (?:dat|dit|het) (?:\w+ ){0,2}(?:als )?mantelzorg\b|"
    # "tellen schoonmaken en koken ook als mantelzorg of is dat gewoon huishouden?"
    r"\b(?:tellen|telt|gelden|geldt)\b(?: \w+){1,4} (?:ook )?als mantelzorg\b"
)

# "Heb ik als ex-partner wel recht op ondersteuning?": whether the asker counts as a caregiver at all;
# "recht op hulp bij het huishouden" names the help and is a question about an offer.
_ENTITLED = re.compile(
    r"\b(?:heb|hebben|krijg|krijgen|kom|komen) (?:ik|je|u|we|wij)\b(?: \w+){0,5} "
    r"(?:recht op|in aanmerking voor) (?:\w+ )?(?:ondersteuning|steun|hulp)$"
)


# "Is dat mantelzorg als je voor je zusje zorgt? Ik dacht dat was alleen voor oude mensen": the
# answer says young people count too.
_ABOUT_THE_YOUNG = re.compile(
    r"\b(?:oude mensen|ouderen|bejaarden|jong|jonge|jongeren|tiener\w*|zusje|broertje|"
    r"ik ben (?:1[0-9]|2[0-4])|op school|mijn leeftijd)\b"
)

# "Speciaal voor ...", or a group for someone ("een oudergroep voor eetstoornissen", "lotgenoten
# voor partners van ..."): a question for help of one kind only.
_SPECIAL_FOR = re.compile(
    r"\b(?:speciaal|specifiek|speciale|specifieke|apart|aparte) (?:\w+ )?voor (.+)$|"
    r"\b\w*groep\w* (?:voor|van) (?!mij\b|ons\b|mantelzorgers?\b)(.+)$|"
    r"\blotgeno\w* (?:voor|van|met) (?!mij\b|ons\b)(.+)$|"
    # "is er ook iets voor familie van mensen die drinken?"
    r"\b(?:iets|hulp|steun) voor (?:de )?((?:familie|ouders|partners|kinderen|naasten|broers|zussen)"
    r" van .+)$|"
    # "zijn er andere mensen met huntington in de familie die ik kan spreken?"
    r"\bandere (?:mensen|families|gezinnen|ouders|partners|mantelzorgers|kinderen|jongeren) met "
    r"((?:de ziekte van |een |het )?\w+)|"
    # "Is er iets voor mensen van wie de man kanker heeft?"
    r"\b(?:iets|hulp|steun) voor (?:de )?((?:mensen|vrouwen|mannen|partners|ouders|kinderen|jongeren)"
    r" (?:van wie|waarvan|wiens|wier) .+)$|"
    # "bestaat er iets voor brussen?": one word for a group of people.
    r"\b(?:is|bestaat) er (?:ook |nog )?(?:iets|hulp|steun) voor (?!(?:mij|ons|mantelzorgers?|hem|"
    r"haar|jou|u|iedereen)$)(\w+)$"
)
_MAX_FOCUS_WORDS = 8

# "Wat is het verschil tussen Wmo en Wlz?": both words explained.
_COMPARES = re.compile(r"\bverschil\w*\b|\bvergelijk\w*\b")
# "Ik voel me zo schuldig. Is dat raar?": the feeling's explanation, not an offer.
# "krijg ik geld als ik mantelzorger ben?": being one is the condition, the question is the money.
_AS_A_CAREGIVER = re.compile(
    r"\bals (?:ik|je|jij|u|men|we|wij) (?:een )?mantelzorgers? (?:ben|bent|is|zijn)\b"
)
# "Moet ik betalen voor verpleging thuis?": who pays, asked of a term whose explanation says so.
_TELLS_COST = re.compile(
    r"\b(?:betaald|betaalt|basisverzekering|vergoed\w*|gratis|eigen bijdrage|kosten)\b"
)
# "Kan Albert zelf ook ergens hulp krijgen?", "krijgt mijn moeder zelf ook hulp?": help for the
# naaste, for which the gemeente (the Wmo) is the door; not "kan ik zelf" or "hij wil zelf geen hulp".
_FOR_THE_NAASTE_HIMSELF = re.compile(
    r"\b(?!(?:ik|je|jij|u|we|wij|me|mij|mezelf|jezelf|uzelf)\b)\w+ zelf (?:ook )?(?:(?!geen\b)\w+ ){0,3}"
    r"(?:hulp|steun|ondersteuning|zorg|begeleiding|thuiszorg|wijkverpleging|dagbesteding)\b|"
    r"\b(?:hulp|steun|ondersteuning|begeleiding|iets) voor (?:hem|haar|mijn \w+|m n \w+) ?zelf\b|"
    # "kan hij zelf ook iets aanvragen?"
    r"\b(?:hij|zij|ze|mijn \w+|m n \w+) zelf (?:ook )?(?:iets |wat |ergens )?(?:aanvragen|krijgen)\b"
)
# "wie beslist of ze thuiszorg krijgt?": who arranges the help named, which its term says.
_WHO_DECIDES = re.compile(
    r"\bwie (?:beslist|bepaalt|besluit|beoordeelt|regelt|geeft) (?:\w+ )?(?:of|over|wat|hoeveel)\b"
)
_ASKS_IF_NORMAL = re.compile(
    r"\b(?:is|ben) (?:dat|dit|het|ik) (?:\w+ )?(?:normaal|raar|gek|erg|slecht|vreemd|fout)\b"
)


# "Telt het ook als je geen familie bent?": whether caring for a friend or neighbour counts.
_COUNTS_WITHOUT_FAMILY = re.compile(
    r"\b(?:telt|tellen|geldt|ben ik|is dat|is het|mag dat|kan dat)\b(?: \w+){0,6} (?:geen familie|"
    r"niet familie|geen (?:familielid|familieleden)|(?:een |de |mijn )?(?:vriend|vriendin|buurman|"
    r"buurvrouw|buren|buur|kennis|ex)(?: bent| is| ben)?)\b|"
    # "ik ben geen familie, mag ik dan wel voor hem iets vragen bij gemeente?"
    r"\b(?:ik ben|ben ik|we zijn|wij zijn) (?:geen|niet) (?:familie|familielid)\b(?=.*\b(?:mag|kan|telt|"
    r"geldt)\b)"
)


# "is dit ook voor ouders? of alleen voor mensen die voor opa en oma zorgen": whether the assistant
# is for them.
_FOR_PEOPLE_LIKE_ME = re.compile(
    r"\b(?:is|geldt) (?:dit|dat|het|deze chat|dit ook) (?:ook |alleen |wel |echt )*voor "
    r"(?:ouders|moeders|vaders|kinderen|jongeren|partners|buren|vrienden|mannen|vrouwen|ouderen|"
    r"studenten|mensen (?:die|zoals|met))\b"
)


def asks_whether_entitled(text: str) -> bool:
    """Whether the asker counts as a caregiver at all ("telt het ook als je geen familie bent?")."""
    return any(
        _ENTITLED.search(folded)
        or _COUNTS_WITHOUT_FAMILY.search(folded)
        or _FOR_PEOPLE_LIKE_ME.search(folded)
        for folded in (_folded(part) for part in re.split(r"[.?!\n]+", text))
    )


def _folded(text: str) -> str:
    return " ".join(fold_words(text))


def steunpunt_contact(steunpunt: Steunpunt) -> str:
    contact = steunpunt.contact
    lines = [f"Zo bereikt u {steunpunt.name}:"]
    if contact.phone:
        lines.append(f"- telefoon: {contact.phone}")
    if contact.email:
        lines.append(f"- e-mail: {contact.email}")
    if contact.website:
        lines.append(f"- website: {contact.website}")
    if contact.opening_hours:
        lines.append(f"- open: {contact.opening_hours}")
    if not contact.phone:
        lines.append("Een telefoonnummer heb ik niet in mijn gegevens.")
    lines.append("Wilt u dat het steunpunt u belt? Zeg dan: ik wil iemand spreken.")
    if steunpunt.example:
        lines.append("Let op: dit is een voorbeeld-steunpunt in een demo. Het bestaat niet echt.")
    return "\n".join(lines)


@dataclass(frozen=True)
class Answer:
    """The answer's text, and the offers it names (as the handoff's `offers_suggested`)."""

    text: str
    offers: tuple[dict[str, str | None], ...] = ()
    # The answer depends on the caregiver's gemeente, which is not known yet: ask it first.
    needs_gemeente: bool = False


def _specific(folded: str) -> bool:
    """Whether the question names something, beyond "is er hulp voor mij?"."""
    words = [w for w in folded.split() if len(w) > 2]
    return any(w not in STOPWORDS and w not in _GENERIC for w in words)


def _grounded(
    best: Match, folded: str, index: SearchIndex, named_needs: Sequence[NeedCategory]
) -> bool:
    """An answer that fits a kind of help the question names, a thing it names ("een
    telefoonnummer" for a help line), or the offer the question names.
    A few shared words alone ("het duurt", "mensen") answer nothing: better an honest "weet ik
    niet" than calamiteitenverlof to "is er ook iets voor mannen zoals ik?"."""
    if any(reason.startswith("Past bij: ") for reason in best.reasons):
        return True
    if set(named_needs) & set(best.offer.needs):
        return True  # the kind of help the caller read in the question ("iemand die de zorg overneemt")
    if index.shared_concepts(best.offer.id, folded):
        return True
    asked = {stem(word) for word in folded.split() if word not in STOPWORDS}
    named = {stem(word) for word in fold_words(best.offer.name) if word not in STOPWORDS}
    return bool(asked & named)


def _asks_cost_of_a_term_no_offer_is(folded: str, term: Term, best: Match) -> bool:
    """ "Moet ik betalen voor verpleging thuis?": the term's explanation says who pays, and the best
    offer is not that term ("wat kost een mantelzorgmakelaar?" gets the offer's costs)."""
    offer_name = _folded(best.offer.name)
    return (
        not term.broad
        and asks_about_costs(folded)
        and bool(_TELLS_COST.search(_folded(term.text)))
        and not any(_folded(name) in offer_name for name in term.names)
    )


def _young(facts: Mapping[str, Any]) -> bool:
    return bool(facts.get("young_caregiver")) or facts.get("age_group") in ("<18", "18-24")


# "is er een nummer dat ik zelf kan bellen?", "waar kan ik zelf naartoe bellen?": a person to
# call, asked without naming the steunpunt; it is the steunpunt, or the national help without one.
_NUMBER_TO_CALL = re.compile(
    r"\b(?:telefoon)?nummer\b(?: \w+){0,4} (?:zelf )?(?:\w+ )?(?:bellen|bel)\b|"
    # "is er een lijn die ik kan bellen?"
    r"\b(?:hulp|telefoon|luister)?lijn\b(?: \w+){0,4} (?:bellen|bel)\b|"
    r"\bwaar kan ik (?:zelf )?(?:\w+ )?(?:naartoe |heen )?bellen\b|"
    r"\b(?:kan|mag) ik (?:ook )?zelf (?:\w+ )?(?:bellen|iemand bellen|ergens bellen)\b|"
    # "ik wil alleen een nummer"
    r"\b(?:ik wil|ik zoek|ik heb) (?:alleen|gewoon|enkel|maar|even|graag)? ?(?:een|het|dat) "
    r"(?:telefoon)?nummer\b"
)


# "Kan het steunpunt mij ook mailen in plaats van bellen?": how the steunpunt reaches the caregiver.
_REACHES_ME = re.compile(
    r"\b(?:mij|me|ons) (?:\w+ )?(?:mailen|e mailen|appen|bellen|terugbellen)\b|"
    # "KAN HET STEUNPUNT OOK MAILEN IPV BELLEN"
    r"\b(?:mailen|e mailen|appen|whatsappen)\b(?: \w+){0,2} (?:in plaats van|ipv) (?:bellen|gebeld|"
    r"telefoon\w*)\b"
)


def asks_for_steunpunt_contact(folded: str) -> bool:
    """Whether the question asks for the steunpunt's own contact details ("heeft het steunpunt een
    telefoonnummer?"), or for a number to call themselves."""
    names_the_steunpunt = bool(
        _STEUNPUNT.search(folded) and _CONTACT.search(folded) and not _REACHES_ME.search(folded)
    )
    return names_the_steunpunt or asks_for_a_number_to_call(folded)


def asks_for_a_number_to_call(folded: str) -> bool:
    """ "Is er een nummer dat ik zelf kan bellen?": a number, without naming whose."""
    return bool(_NUMBER_TO_CALL.search(folded))


def _named_needs_first(matches: list[Match], named_needs: Sequence[NeedCategory]) -> list[Match]:
    """Offers for a kind of help the question names before the rest: "krijg je als student een
    vergoeding?" asks for money, though a student is young and the support for the young ranks
    high for them."""
    named = set(named_needs)
    # Being young is who asks; what they ask for comes first ("als student ... een vergoeding").
    asked_for = named - {"jonge_mantelzorger"} or named
    # The kind of help named first leads: "krijg je als mantelzorger ergens geld voor? ik mis nu
    # werk" asks for money, and tells why. Wanting to know ("ik wil weten of ...") is how a
    # question is put, not what it asks for: it comes last.
    order = sorted(
        (need for need in dict.fromkeys(named_needs) if need in asked_for),
        key=lambda need: need == "informatie_advies",
    )

    def first_named(match: Match) -> int:
        return min((order.index(n) for n in match.offer.needs if n in order), default=len(order))

    return sorted(
        matches,
        key=lambda m: (
            not (asked_for & set(m.offer.needs)),
            first_named(m),
            not (named & set(m.offer.needs)),
        ),
    )


def _special_focus(text: str) -> str | None:
    """Who or what a question asks a special offer for: "bestaat er iets speciaal voor mensen met
    dementie op jonge leeftijd?", "is er een oudergroep voor eetstoornissen?"."""
    first_sentence = re.split(r"[?.!\n]", text.strip().lower(), maxsplit=1)[0]
    found = _SPECIAL_FOR.search(first_sentence)
    if found is None:
        return None
    focus = next(group for group in found.groups() if group).strip(" ,;:")
    return focus if 0 < len(focus.split()) <= _MAX_FOCUS_WORDS else None


def _not_special_intro(text: str, chosen: Sequence[Match], index: SearchIndex) -> str | None:
    """Said first when the answer is general and the question asked for something special: the
    caregiver then knows the offers below are the nearest there is, not a group for their case."""
    focus = _special_focus(text)
    if focus is None:
        return None
    missing = [
        word
        for word in index.words_not_in([m.offer.id for m in chosen], focus)
        if word not in _GENERIC and len(word) >= 4
    ]
    if not missing:
        return None
    return _not_special_text(focus)


def _not_special_text(focus: str) -> str:
    return f"Iets speciaal voor {focus} staat niet in mijn gegevens. Dit komt er het dichtst bij:"


def _with_cards(text: str, chosen: Sequence[Match]) -> Answer:
    """A text with the cards of the offers under it, which the steunpunt sees as suggested."""
    cards = [describe(match) for match in chosen]
    return Answer("\n\n".join([text, *cards]), suggested_offers(chosen))


def _names_an_offer(term: Term, chosen: Sequence[Match]) -> bool:
    """ "Zorgverlof" names the leave offers; "thuiszorg" names none of what was found."""
    names = " ".join(_folded(match.offer.name) for match in chosen)
    return any(_folded(name) in names for name in term.names)


def _referral_answer(referral: Referral, facts: Mapping[str, Any], index: SearchIndex) -> Answer:
    """The referral's text, and under it the cards of the offers it names."""
    if not referral.offers:
        return Answer(referral.text)
    named = [offer for offer in index.offers if offer.id in referral.offers]
    needs = tuple(dict.fromkeys(need for offer in named for need in offer.needs))
    ranked = index.match(replace(query_from_facts(facts), needs=needs), limit=len(index))
    chosen = sorted(
        (m for m in ranked if m.offer.id in referral.offers),
        key=lambda m: referral.offers.index(m.offer.id),
    )
    return _with_cards(referral.text, chosen)


def answer_question(
    text: str,
    facts: Mapping[str, Any],
    index: SearchIndex,
    steunpunt_for: Callable[[str | None], Steunpunt | None],
    no_steunpunt_text: Callable[[str | None], str],
    named_needs: Sequence[NeedCategory] = (),
) -> Answer | None:
    """The best answer the knowledge base has to a caregiver's question, or None."""
    folded = _folded(text)
    gemeente = facts.get("gemeente")
    if asks_for_steunpunt_contact(folded):
        if not gemeente or not str(gemeente).startswith("GM"):
            return Answer(ASK_GEMEENTE_TEXT, needs_gemeente=True)
        steunpunt = steunpunt_for(gemeente)
        if steunpunt is not None:
            return Answer(steunpunt_contact(steunpunt))
        return Answer(no_steunpunt_text(gemeente))
    referral = find_referral(folded, young=_young(facts))
    # "krijg ik als student ook mantelzorgwaardering of is dat alleen voor ouderen?" asks about the
    # offer it names, not whether the asker is a caregiver at all.
    if asks_whether_entitled(text) and referral is None and not index.offers_named(text):
        caregiver = find_term("mantelzorger")
        if caregiver is not None:
            return Answer(f"{caregiver.text} {ENTITLED_TEXT}")
    named_terms = find_terms(text)
    if len(named_terms) >= 2 and _COMPARES.search(folded):
        return Answer("\n\n".join(term.text for term in named_terms[:2]))
    term = find_term(text)
    if referral is not None and (term is None or term.broad):
        # "kan ik op school iets regelen omdat ik mantelzorger ben?" asks about school, not
        # what a mantelzorger is.
        return _referral_answer(referral, facts, index)
    asks_what = _DEFINITION.search(_AS_A_CAREGIVER.sub(" ", folded))
    if term is not None and (asks_what or _ASKS_IF_NORMAL.search(folded)):
        young = (
            find_term("jonge mantelzorger")
            if term.broad and _ABOUT_THE_YOUNG.search(folded)
            else None
        )
        return Answer(f"{term.text}\n\n{young.text}" if young else term.text)
    for_the_naaste = bool(_FOR_THE_NAASTE_HIMSELF.search(folded))
    if for_the_naaste:
        named_needs = ("zorg_voor_naaste", *named_needs)
    elif not _specific(folded):
        return Answer(term.text) if term is not None else None
    if referral is not None:
        return _referral_answer(referral, facts, index)
    # The kinds of help the question names lead ("is er iets voor mannen zoals ik?" asks for a
    # group); the words decide among them.
    # What the words ask for leads over who asks: "krijg je als student iets van de gemeente?"
    # asks for money, though support for the young ranks high for a student. What something costs
    # is no wish for money ("wat kost een mantelzorgmakelaar?"). The words only reorder what the
    # search found, so that a group named by whom it is for stays first.
    from_words = [
        need
        for need in index.needs_named(text)
        if not (need == "financieel" and asks_about_costs(folded))
    ]
    query = replace(query_from_facts(facts), needs=tuple(named_needs), text=text)
    named_needs = tuple(dict.fromkeys((*named_needs, *from_words)))
    result = _named_needs_first(list(index.match(query, limit=6)), named_needs)[:3]
    if len(result) and _grounded(result[0], folded, index, named_needs):
        best = result[0]
        if term is not None and _asks_cost_of_a_term_no_offer_is(folded, term, best):
            return Answer(term.text)
        chosen = [best] + [
            m
            for m in result[1:2]
            if (
                m.score >= CLOSE_SECOND * best.score
                and not names_only_the_first(best.offer, m.offer, folded)
            )
            or one_name_for_both(best.offer, m.offer, folded)
        ]
        body = "\n\n".join(describe(match, text) for match in chosen)
        intro = _not_special_intro(text, chosen, index) or (
            "Dit past bij uw vraag:" if len(chosen) == 1 else "Dit past misschien bij uw vraag:"
        )
        # "Kan zij zelf thuiszorg krijgen?": what the named help is and who arranges it, then what
        # there is.
        # "Hoe vraag ik thuiszorg aan?": what the named help is says who to ask, then what there is.
        explains = for_the_naaste or (
            (asks_how_to_apply(text) or bool(_WHO_DECIDES.search(folded)))
            and term is not None
            and not _names_an_offer(term, chosen)
        )
        lead = f"{term.text}\n\n" if explains and term is not None and not term.broad else ""
        offers = suggested_offers(chosen)
        unknown = "".join(f"{line}\n\n" for line in unknown_asked(text, [m.offer for m in chosen]))
        return Answer(f"{lead}{unknown}{intro}\n\n{body}", offers)
    if term is not None:
        return Answer(term.text)
    return _nearest_to_special(text, facts, index, named_needs)


# Where a caregiver who asks for something special that is not there can go: someone who knows
# the local help, and others who go through the same.
_NEAREST_TO_SPECIAL: tuple[NeedCategory, ...] = ("lotgenoten", "emotionele_steun")


def _nearest_to_special(
    text: str, facts: Mapping[str, Any], index: SearchIndex, named_needs: Sequence[NeedCategory]
) -> Answer | None:
    """ "Is er ook iets speciaal voor hersenletsel?" with nothing for it: said so, and the nearest
    general help, rather than "daar weet ik geen goed antwoord op"."""
    focus = _special_focus(text)
    if focus is None:
        return None
    needs = tuple(named_needs) or _NEAREST_TO_SPECIAL
    query = replace(query_from_facts(facts), needs=needs)
    # Help for one other group (an Alzheimer Café) is not near to a question about hersenletsel.
    general = [m for m in index.match(query, limit=12) if not m.offer.target_groups]
    chosen = _named_needs_first(general, needs)[:2]
    if not chosen:
        return None
    return _with_cards(_not_special_text(focus), chosen)
