from __future__ import annotations

import pytest

from knowledge.details import (
    COST_UNKNOWN_TEXT,
    GP_REFERRAL_UNKNOWN_TEXT,
    ONLINE_UNKNOWN_TEXT,
    WHEN_UNKNOWN_TEXT,
    answer_first,
    asked_aspects,
    asks_when,
    offer_details,
    pick_offer,
    short_name,
    twin_by_name,
    unknown_asked,
)
from knowledge.search import EXAMPLE_NOTICE, UNVERIFIED_NOTICE, build_index_from_files


@pytest.fixture(scope="module")
def offers():
    return {offer.id: offer for offer in build_index_from_files().offers}


SHOWN = [{"id": "gm0193_mantelzorgwaardering"}, {"id": "wlz_logeeropvang"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vertel meer over de logeeropvang", "wlz_logeeropvang"),
        ("meer over de logeeropvnag", "wlz_logeeropvang"),  # a typo
        ("de tweede", "wlz_logeeropvang"),
        ("meer over de eerste graag", "gm0193_mantelzorgwaardering"),
        ("mantelzorgwaardering?", "gm0193_mantelzorgwaardering"),
    ],
)
def test_the_offer_meant_among_those_shown(offers, text: str, expected: str) -> None:
    offer = pick_offer(text, None, SHOWN, offers.values())
    assert offer is not None and offer.id == expected


def test_a_button_names_the_offer_by_id_and_an_unknown_id_finds_nothing(offers) -> None:
    assert (
        pick_offer("", "kortdurend_zorgverlof", [], offers.values()).id == "kortdurend_zorgverlof"
    )
    assert pick_offer("", "bestaat_niet", [], offers.values()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "voor" is in many names and names none of them.
        ("hoe vraag ik zorgverlof aan? geldt dat ook voor een schoonvader?", "zorgverlof"),
        # Two words of the name beat one word that many names share.
        ("wat is het maatje voor mantelzorgers", "gm0307_vrijwillige_thuishulp"),
        # Personas dev33: a compound typed as two words.
        ("hoe vraag ik zorg verlof aan bij mijn werk", "zorgverlof"),
    ],
)
def test_the_offer_meant_among_all_is_the_one_named_most(offers, text: str, expected: str) -> None:
    offer = pick_offer(text, None, [], offers.values())
    assert offer is not None and expected in offer.id


def test_words_that_name_no_offer_find_nothing(offers) -> None:
    assert pick_offer("wat voor weer wordt het", None, SHOWN, offers.values()) is None


def test_the_details_give_conditions_first_step_contact_and_source(offers) -> None:
    text = offer_details(offers["gm0193_mantelzorgwaardering"])
    assert "Voorwaarden:" in text and "Eerste stap:" in text
    assert "Bron: https://" in text and "nagekeken op" in text
    assert EXAMPLE_NOTICE in text


def test_unverified_facts_are_never_shown_as_certain(offers) -> None:
    unverified = [offer for offer in offers.values() if not offer.verified]
    assert unverified
    for offer in unverified:
        assert UNVERIFIED_NOTICE in offer_details(offer)


def test_short_names_fit_a_button() -> None:
    assert short_name("Mantelzorgwaardering Zwolle (voorbeeld)") == "Mantelzorgwaardering Zwolle"
    shortened = short_name("Logeeropvang via het zorgkantoor voor mensen met een indicatie", 24)
    assert len(shortened) <= 25 and shortened.endswith("…")


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("mag mijn baas nee zeggen als ik zorgverlof vraag?", "mag alleen nee zeggen", "Kosten"),
        ("word ik doorbetaald tijdens zorgverlof?", "Kosten: Uw werkgever betaalt", "nee zeggen"),
        ("geldt dat ook als hij in het ziekenhuis ligt?", "Voorwaarden: U bent de enige", "Kosten"),
        (
            "heb ik ook recht op zorgverlof als we niet getrouwd zijn?",
            "(getrouwd of niet)",
            "Kosten",
        ),
        ("moet ik daarvoor een indicatie hebben of kan ik zo bellen?", "geen indicatie", "Kosten"),
        # Personas dev11: how it goes, said as an idiom.
        (
            "Moet ik daarvoor bij de gemeente zijn, en hoe gaat dat dan in zijn werk?",
            "Eerste stap: Vraag het verlof aan",
            "Kosten",
        ),
        ("wat is zorgverlof?", None, "Kosten"),
    ],
)
def test_a_question_gets_the_lines_of_the_offer_that_answer_it(
    offers, question: str, expected: str | None, absent: str
) -> None:
    leave = offers["kortdurend_zorgverlof"]

    lines = " ".join(asked_aspects(leave, question))

    assert (expected in lines) if expected else lines == ""
    assert absent not in lines


@pytest.mark.parametrize(
    ("question", "twin"),
    [
        ("hoeveel dagen zorgverlof krijg ik en word ik dan doorbetaald?", "kortdurend_zorgverlof"),
        ("hoe vraag ik langdurend zorgverlof aan?", None),
    ],
)
def test_a_name_both_kinds_share_finds_the_other_kind(offers, question: str, twin) -> None:
    found = twin_by_name(question, offers["langdurend_zorgverlof"], offers.values())

    assert (found.id if found else None) == twin


def test_a_question_about_costs_is_answered_first_also_when_they_are_not_known(offers) -> None:
    group = offers["lotgenotencontact"]
    assert not group.cost

    [answer] = answer_first(group, "kost dat geld?")

    assert answer.startswith("Het wordt betaald door de gemeente.")
    assert answer.endswith(COST_UNKNOWN_TEXT)
    assert answer_first(group, "waar is dat?") == []


@pytest.mark.parametrize(
    ("offer_id", "question", "expected"),
    [
        ("gm0193_dagbesteding", "is het ook op zaterdag?", "Open: maandag tot en met vrijdag"),
        (
            "wmo_melding_keukentafelgesprek",
            "hoe lang duurt het voordat de gemeente beslist?",
            "Binnen 6 weken",
        ),
        ("wlz_logeeropvang", "is daar een verwijzing van de huisarts voor nodig?", "een indicatie"),
        (
            "wmo_melding_keukentafelgesprek",
            "Kunt u mij zeggen of ik daarvoor moet bellen, of dat het via de computer gaat?",
            "Eerste stap: Bel of mail uw gemeente",
        ),
    ],
)
def test_when_how_long_and_a_referral_are_answered_from_the_offer_that_knows_them(
    offers, offer_id: str, question: str, expected: str
) -> None:
    offer = offers[offer_id]

    assert expected in " ".join(asked_aspects(offer, question))
    assert unknown_asked(question, [offer]) == []


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Komt zo'n vrijwilliger ook in het weekend?", WHEN_UNKNOWN_TEXT),
        ("kan het ook 's avonds?", WHEN_UNKNOWN_TEXT),
        ("is dat ook online of moet ik ergens heen?", ONLINE_UNKNOWN_TEXT),
        # Personas dev37: a place for the naaste is no question about online.
        ("kan mijn moeder zelf ook ergens heen voor een praatje, een soort buurthuis?", None),
        ("Moet de huisarts daar een briefje voor schrijven?", GP_REFERRAL_UNKNOWN_TEXT),
        ("Moet ik daarvoor eerst naar de huisarts?", GP_REFERRAL_UNKNOWN_TEXT),
    ],
)
def test_what_the_knowledge_base_does_not_hold_is_said_honestly(
    offers, question: str, unknown: str | None
) -> None:
    helpers = offers["vrijwillige_thuisondersteuning"]

    assert unknown_asked(question, [helpers]) == ([unknown] if unknown else [])
    assert unknown_asked("wat kost het?", [helpers]) == []


def test_a_kind_of_help_named_after_a_day_is_no_question_about_days(offers) -> None:
    question = "en die zaterdagopvang waar ik het over had is daar nou iets voor hier?"

    assert unknown_asked(question, [offers["kortdurend_zorgverlof"]]) == []


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("kan het ook in het weekend, doordeweeks heb ik school tot 4", True),
        ("is het ook open op zaterdag?", True),
        # Personas dev40: a weekend away is how long the respite is, not when.
        ("kunnen jullie regelen dat er iemand bij haar is als ik een weekend weg ben?", False),
    ],
)
def test_a_question_on_which_days(question: str, when: bool) -> None:
    assert asks_when(question) is when
