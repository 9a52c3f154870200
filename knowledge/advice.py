"""The offers that fit, told in the chat: 2-3 matches, each with its first step and contact.

Every contact detail comes from the knowledge base; example data and unverified facts carry their
notice every time they are shown.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.text.words import word_text
from knowledge.details import (
    answer_first,
    asked_aspects,
    contact_shown,
    offer_details,
    pick_offer,
    short_name,
    twin_by_name,
    unknown_asked,
)
from knowledge.gemeenten import gemeente_names
from knowledge.offer import NeedCategory, Offer
from knowledge.search import (
    STOPWORDS,
    Match,
    SearchIndex,
    SearchQuery,
    SearchResult,
    is_valid_on,
    is_young,
)
from knowledge.store import knowledge_version, load_all_offers

SHOWN_AT_ONCE = 3
SHOWN_FOR_NEEDS_AT_MOST = 4
# Shown when the caregiver's wish matched nothing: a time off, and someone to think along with.
BROAD_NEEDS: tuple[NeedCategory, ...] = ("even_vrij", "emotionele_steun")
UNNAMED_NEED: NeedCategory = "anders"  # a wish no kind of help names
SELF_TEST_OFFER = "mantelzorgtest"  # a burden test online, of no use after the check here
YOUNG_CARER_NEED: NeedCategory = "jonge_mantelzorger"
WORKING_CARER_NEED: NeedCategory = "werk_en_zorg"
WORKING_CARER_GROUP = "werk"  # in `combines_with`: the care beside a job
LOCAL_DATA_MISSING_TEXT = (
    "Voor uw gemeente heb ik nog geen gegevens over hulp in de buurt. "
    "Hieronder staat hulp die overal in Nederland geldt."
)
NOTHING_FOUND_TEXT = (
    "Ik vond nu geen hulp die precies past bij wat u zoekt. Een mantelzorgconsulent kan met u "
    "meezoeken. Wilt u dat? Zeg dan: ik wil iemand spreken."
)


@dataclass(frozen=True)
class Advice:
    messages: tuple[str, ...]
    # As the handoff's `offers_suggested`: what the steunpunt should know was already suggested.
    suggested: tuple[dict[str, str | None], ...]


FIRST_OFFERS_INTRO = "Dit kan u misschien helpen:"
MORE_OFFERS_INTRO = "Er is ook nog dit:"


def _known(value: Any) -> Any:
    return None if value in ("unknown", "declined", None) else value


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _typed_age(facts: Mapping[str, Any]) -> int | None:
    words = str((facts.get("own_words") or {}).get("age") or "")
    return int(words) if words.isdigit() and 0 < int(words) < 120 else None


def query_from_facts(facts: Mapping[str, Any], today: dt.date | None = None) -> SearchQuery:
    """The conversation's slots as a search: needs, situation and both gemeenten."""
    needs = tuple(need["category"] for need in facts.get("needs") or [] if need.get("category"))
    hours, months = _known(facts.get("hours_per_week")), _known(facts.get("duration_months"))
    return SearchQuery(
        needs=needs,
        text=" ".join(need.get("text", "") for need in facts.get("needs") or []),
        caregiver_gemeente=_known(facts.get("gemeente")),
        naaste_gemeente=_known(facts.get("care_recipient_gemeente")),
        hours_per_week=float(hours) if isinstance(hours, (int, float)) else None,
        duration_months=float(months) if isinstance(months, (int, float)) else None,
        age_group=_known(facts.get("age_group")),
        age=_typed_age(facts),
        conditions=_strings(facts.get("conditions")),
        young_caregiver=facts.get("young_caregiver"),
        combines_with=_strings(facts.get("combines_with")),
        combines_with_told=isinstance(facts.get("combines_with"), list),
        today=today,
    )


# How a short answer says each kind of contact; opening hours wait for the details.
_CONTACT_PARTS = {"phone": "bel {}", "email": "mail {}", "website": "{}"}


def _contact_line(offer: Offer) -> str | None:
    shown = contact_shown(offer)
    parts = [form.format(shown[name]) for name, form in _CONTACT_PARTS.items() if name in shown]
    return "Contact: " + ", ".join(parts) + "." if parts else None


def describe(match: Match, question: str = "") -> str:
    """An offer as a card: name, description, first step and contact; for a question, also the
    lines that answer what it asks (the costs, the conditions, whether it can be refused)."""
    offer = match.offer
    asked = asked_aspects(offer, question) if question else []
    lines = [offer.name, offer.description, *asked, f"Eerste stap: {offer.first_step}"]
    if contact := _contact_line(offer):
        lines.append(contact)
    lines.extend(match.to_check)
    lines.extend(match.notices)
    return "\n".join(line.strip() for line in lines if line and line.strip())


def suggested_offers(chosen: Sequence[Match]) -> tuple[dict[str, str | None], ...]:
    """The offers shown, as the handoff's `offers_suggested` keeps them."""
    return tuple(
        {"id": m.offer.id, "name": m.offer.name, "provider": m.offer.provider} for m in chosen
    )


def _covering(matches: Sequence[Match], needs: Sequence[str], limit: int) -> list[Match]:
    """The best match for each need asked, in the order asked, then the best of the rest: a
    caregiver who asks for money and for help in the house sees both."""
    chosen: list[Match] = []
    for need in dict.fromkeys(needs):
        best = next((m for m in matches if need in m.offer.needs and m not in chosen), None)
        if best is not None and len(chosen) < limit:
            chosen.append(best)
    chosen += [m for m in matches if m not in chosen][: limit - len(chosen)]
    return sorted(chosen, key=matches.index)


def advise(
    result: SearchResult,
    skip: Sequence[str] = (),
    needs: Sequence[str] = (),
    limit: int = SHOWN_AT_ONCE,
    intro: str | None = None,
) -> Advice:
    """The next few matches as messages; `skip` holds offers already shown, `intro` replaces the
    usual first line above the cards."""
    fresh = [m for m in result if m.offer.id not in skip and m.eligible is not False]
    chosen = _covering(fresh, needs, limit)
    messages: list[str] = []
    if result.local_data_missing and not any(m.area != "landelijk" for m in chosen):
        # Said only when no local offer is shown: with the naaste's gemeente known, "hulp die
        # overal in Nederland geldt" would not be true.
        messages.append(LOCAL_DATA_MISSING_TEXT)
    if not chosen:
        return Advice((*messages, NOTHING_FOUND_TEXT), ())
    messages.append(intro or (MORE_OFFERS_INTRO if skip else FIRST_OFFERS_INTRO))
    messages.extend(describe(match) for match in chosen)
    return Advice(tuple(messages), suggested_offers(chosen))


# Databases whose index is kept; a process uses one, its tests a few.
_KEPT_INDEXES = 4
_indexes: OrderedDict[sessionmaker[Session], tuple[int, SearchIndex]] = OrderedDict()
_indexes_lock = threading.Lock()


def offer_index(sessions: sessionmaker[Session]) -> SearchIndex:
    """The search index of the knowledge base, built on first use and built again after an import
    that changed something (`knowledge_version`, one primary-key read per use): a re-import
    (`python -m knowledge import`) is seen at the next question, without a restart."""
    version = knowledge_version(sessions)
    with _indexes_lock:
        kept = _indexes.get(sessions)
    if kept is not None and kept[0] == version:
        return kept[1]
    # An import between reading the version and the offers makes the next use build again.
    index = SearchIndex.build(load_all_offers(sessions))
    with _indexes_lock:
        _indexes[sessions] = (version, index)
        _indexes.move_to_end(sessions)
        while len(_indexes) > _KEPT_INDEXES:
            _indexes.popitem(last=False)
    return index


def suggest(
    facts: Mapping[str, Any],
    sessions: sessionmaker[Session],
    skip: Sequence[str] = (),
    intro: str | None = None,
) -> Advice:
    index = offer_index(sessions)
    query = query_from_facts(facts)
    # Deep enough that every need asked finds its best offer for `_covering`, also when the
    # offers of one need all rank below those of another.
    result = index.match(query, limit=SHOWN_AT_ONCE + len(skip) + 7 + 4 * len(query.needs))
    if facts.get("assessment_result"):
        # The caregiver just did a burden check here: another test is no help.
        result = _without(result, SELF_TEST_OFFER)
    needs: tuple[str, ...] = query.needs
    # Each kind of help asked for gets its card: four named, four shown.
    limit = max(SHOWN_AT_ONCE, min(len(set(needs)), SHOWN_FOR_NEEDS_AT_MOST))
    found = {str(o["id"]) for o in advise(result, skip, needs, limit, intro).suggested}
    if not skip and (not found or set(needs) <= {UNNAMED_NEED}) and len(found) < SHOWN_AT_ONCE:
        # A wish in words no rule knows ("dat ik eens een weekend niet hoef op te draaien voor
        # alles"): the few offers its words find, then what helps most caregivers.
        query = replace(query, needs=BROAD_NEEDS, text="")
        broad = _without(index.match(query, limit=SHOWN_AT_ONCE + 7), SELF_TEST_OFFER)
        kept = [m for m in result if m.offer.id in found]
        rest = [m for m in broad if m.offer.id not in found]
        result = replace(result, matches=(*kept, *rest))
        needs, limit = BROAD_NEEDS, SHOWN_AT_ONCE
    # The first offers only: a later page ("Andere mogelijkheden") shows more of what was asked,
    # not one more card of these each time.
    extra_needs = [] if skip else _extra_needs(facts, query)
    for need in extra_needs:
        result = _with_group_support(result, index, query, skip, need)
        needs = (*needs, need)
        limit += 1
    return advise(result, skip, needs, limit, intro)


def _without(result: SearchResult, offer_id: str) -> SearchResult:
    return replace(result, matches=tuple(m for m in result if m.offer.id != offer_id))


def support_for_a_young_helper(
    facts: Mapping[str, Any], sessions: sessionmaker[Session], intro: str
) -> Advice:
    """The support for young caregivers nearest to the family, for a child at home who helps:
    searched as if that child asked, in the gemeente where the family lives."""
    index = offer_index(sessions)
    query = replace(
        query_from_facts(facts),
        needs=(YOUNG_CARER_NEED,),
        text="",
        age_group="<18",
        young_caregiver=True,
        conditions=(),
        combines_with=(),
    )
    result = index.match(query, limit=SHOWN_AT_ONCE + 6)
    best = next(
        (m for m in result if YOUNG_CARER_NEED in m.offer.needs and m.eligible is not False), None
    )
    if best is None:
        return Advice((), ())
    suggested = ({"id": best.offer.id, "name": best.offer.name, "provider": best.offer.provider},)
    return Advice((intro, describe(best)), suggested)


def _extra_needs(facts: Mapping[str, Any], query: SearchQuery) -> list[NeedCategory]:
    """One card more each, so that no offer for what was asked makes way: what the burden check
    pointed to ("We leven onder financiële druk"), and the support for who they are (also when
    only the age says so, "18 tot 25")."""
    pointed = [n for n in facts.get("needs_from_check") or () if n not in query.needs][:1]
    group_need = _support_for_who_they_are(query)
    return [*pointed, *([group_need] if group_need else [])]


def _support_for_who_they_are(query: SearchQuery) -> NeedCategory | None:
    """The support every caregiver like this one should see, whatever they asked for: a young
    caregiver's own support, or for one who works, the leave and the talk with the employer that
    the law gives (a working caregiver often does not know of them)."""
    if is_young(query):
        return YOUNG_CARER_NEED
    if WORKING_CARER_GROUP in query.combines_with and WORKING_CARER_NEED not in query.needs:
        return WORKING_CARER_NEED
    return None


def _with_group_support(
    result: SearchResult,
    index: SearchIndex,
    query: SearchQuery,
    skip: Sequence[str],
    need: NeedCategory,
) -> SearchResult:
    """The best offer of `need` just after the first offers, when none is among them yet."""
    shown = [m for m in result if m.offer.id not in skip and m.eligible is not False][
        :SHOWN_AT_ONCE
    ]
    if any(need in m.offer.needs for m in shown):
        return result
    found = index.match(replace(query, needs=(need,)), limit=SHOWN_AT_ONCE + len(skip))
    extra = next(
        (m for m in found if need in m.offer.needs and m.offer.id not in (*skip, SELF_TEST_OFFER)),
        None,
    )
    if extra is None:
        return result
    ranked = [*shown, extra]
    rest = [m for m in result if m not in ranked]
    return replace(result, matches=(*ranked, *rest))


NOT_FOUND_OFFER_TEXT = (
    "Daar kan ik niets over vinden. Wilt u het anders zeggen? Of vraag het steunpunt mantelzorg "
    "van uw gemeente."
)


def describe_asked_offer(
    text: str, offer_id: str | None, facts: Mapping[str, Any], sessions: sessionmaker[Session]
) -> str:
    """One offer in full: the one a button names, one of those shown, or the best match in the
    knowledge base for the caregiver's words and gemeente; never one past its end date."""
    index = offer_index(sessions)
    shown = facts.get("offers_suggested") or []
    today = dt.date.today()
    current = [offer for offer in index.offers if is_valid_on(offer, today)]
    if not offer_id:
        current = _within_reach(current, facts, text, shown)
    offer = pick_offer(text, offer_id, shown, current)
    if offer is None and not offer_id:
        query = query_from_facts(facts)
        result = index.match(replace(query, needs=(), text=text), limit=1)
        offer = result[0].offer if len(result) else None
    if offer is None:
        return NOT_FOUND_OFFER_TEXT
    twin = None if offer_id else twin_by_name(text, offer, current)
    # What was asked first ("kost dat geld?"), then the whole offer.
    answer = [*answer_first(offer, text), *unknown_asked(text, [offer])] if twin is None else []
    details = [offer_details(o, already_said=answer) for o in (offer, twin) if o is not None]
    return "\n\n".join([*answer, *details])


def _within_reach(
    offers: Sequence[Offer],
    facts: Mapping[str, Any],
    text: str,
    shown: Sequence[Mapping[str, Any]],
) -> list[Offer]:
    """The offers a name in a question may mean: those shown, national ones, those of the
    caregiver's or the naaste's gemeente, and another gemeente's only when the question names
    that place ("de waardering in Amersfoort") or a word of its name that no offer near has ("vertel
    meer over mantelzorgcafé De Vonk"). "Krijg ik betaald voor mantelzorg?" is no question about a
    parking permit in Kampen."""
    shown_ids = {str(item.get("id")) for item in shown}
    here = {facts.get("gemeente"), facts.get("care_recipient_gemeente")}
    asked = f" {word_text(text)} "
    names = gemeente_names()
    near = [
        offer
        for offer in offers
        if offer.scope == "landelijk"
        or offer.id in shown_ids
        or here & set(offer.gemeente_codes)
        or any(f" {word_text(names.get(code, code))} " in asked for code in offer.gemeente_codes)
    ]
    near_words = {word for offer in near for word in _name_words(offer)}
    asked_words = set(asked.split())
    named = [o for o in offers if o not in near and (_name_words(o) - near_words) & asked_words]
    return near + named


def _name_words(offer: Offer) -> set[str]:
    return {
        word
        for word in word_text(short_name(offer.name, 200)).split()
        if len(word) > 3 and word not in STOPWORDS
    }


# National human help, named when the caregiver's gemeente has no steunpunt in the knowledge base.
NATIONAL_HELP_IDS = ("mantelzorglijn", "wmo_melding_keukentafelgesprek")


def national_help_text(index: SearchIndex, gemeente_name: str | None) -> str:
    """Where to go without a local steunpunt: the Mantelzorglijn and the gemeente's Wmo-loket."""
    where = f"de gemeente {gemeente_name}" if gemeente_name else "uw gemeente"
    by_id = {offer.id: offer for offer in index.offers}
    lines = [
        f"Voor {where} heb ik geen steunpunt mantelzorg in mijn gegevens. "
        "Ik kan u daarom niet aanmelden. U kunt wel met een mens praten:"
    ]
    for offer_id in NATIONAL_HELP_IDS:
        offer = by_id.get(offer_id)
        if offer is None:
            continue
        line = f"- {offer.name}: {offer.first_step.strip()}"
        if offer.contact.website:
            line += f" ({offer.contact.website})"
        lines.append(line)
        lines.append(f"  Bron: {offer.source_url}")
    if gemeente_name:
        lines.append(f"Het Wmo-loket van {where} weet ook welk steunpunt mantelzorg er bij u is.")
    return "\n".join(lines)
