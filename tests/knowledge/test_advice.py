import pytest

from bot.db import session_factory_for
from knowledge.__main__ import EXIT_OK, main
from knowledge.advice import (
    LOCAL_DATA_MISSING_TEXT,
    NOTHING_FOUND_TEXT,
    SHOWN_AT_ONCE,
    advise,
    describe,
    describe_asked_offer,
    query_from_facts,
    suggest,
)
from knowledge.search import SearchQuery, build_index_from_files


@pytest.fixture(scope="module")
def index():
    return build_index_from_files()


FACTS = {
    "needs": [{"category": "even_vrij", "text": "even vrij zijn"}],
    "gemeente": "GM0193",
    "care_recipient_gemeente": "GM0166",
    "hours_per_week": 20.0,
    "duration_months": 36.0,
    "conditions": ["dementie"],
    "age_group": "declined",
}


def test_facts_become_a_search_with_both_gemeenten_and_no_sentinels() -> None:
    query = query_from_facts(FACTS)

    assert query.needs == ("even_vrij",)
    assert (query.caregiver_gemeente, query.naaste_gemeente) == ("GM0193", "GM0166")
    assert query.hours_per_week == 20.0
    assert query.age_group is None
    assert query.age is None


@pytest.mark.parametrize(("typed", "age"), [("62", 62), ("ongeveer 60", None), ("999", None)])
def test_the_typed_age_is_part_of_the_search(typed: str, age: int | None) -> None:
    facts = {**FACTS, "age_group": "25-64", "own_words": {"age": typed}}
    assert query_from_facts(facts).age == age


def test_advice_gives_three_offers_each_with_a_first_step_and_example_notice(index) -> None:
    advice = advise(index.match(query_from_facts(FACTS), limit=6))

    assert len(advice.suggested) == 3
    offers = [m for m in advice.messages if "Eerste stap:" in m]
    assert len(offers) == 3
    assert any("(voorbeeld)" in m and "Dit is een voorbeeld." in m for m in offers)


def test_other_options_skip_what_was_shown(index) -> None:
    result = index.match(query_from_facts(FACTS), limit=9)
    first = advise(result)

    more = advise(result, skip=[o["id"] for o in first.suggested])

    assert not {o["id"] for o in first.suggested} & {o["id"] for o in more.suggested}
    assert more.messages[0] == "Er is ook nog dit:"


def test_a_gemeente_without_local_data_says_so(index) -> None:
    facts = {**FACTS, "gemeente": "GM0363", "care_recipient_gemeente": "GM0363"}

    advice = advise(index.match(query_from_facts(facts), limit=6))

    assert advice.messages[0] == LOCAL_DATA_MISSING_TEXT
    assert advice.suggested


def test_contact_data_comes_from_the_knowledge_base(index) -> None:
    match = index.match(query_from_facts(FACTS), limit=3)[0]

    text = describe(match)

    contact = match.offer.contact
    assert any(value and value in text for value in (contact.email, contact.website, contact.phone))


def test_nothing_found_is_said_honestly() -> None:
    assert advise(build_index_from_files().match(SearchQuery(needs=()), limit=0)).messages[-1] == (
        NOTHING_FOUND_TEXT
    )


def test_local_offers_where_the_naaste_lives_are_not_called_national(index) -> None:
    facts = {
        "needs": [{"category": "even_vrij", "text": "dat er iemand bij hem in Kampen kijkt"}],
        "gemeente": "GM0171",  # Noordoostpolder: no local data
        "care_recipient_gemeente": "GM0166",  # Kampen
    }

    advice = advise(index.match(query_from_facts(facts), limit=6), needs=["even_vrij"])

    assert LOCAL_DATA_MISSING_TEXT not in advice.messages
    assert any(str(offer["id"]).startswith("gm0166_") for offer in advice.suggested)


def test_a_wish_in_words_no_rule_knows_still_gets_time_off_and_someone_to_think_along(
    tmp_path,
) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    facts = {**FACTS, "needs": [{"category": "anders", "text": "zxq blorp"}], "gemeente": "GM0193"}

    advice = suggest(facts, session_factory_for(url))

    assert NOTHING_FOUND_TEXT not in advice.messages
    offers = {o["id"] for o in advice.suggested}
    index = build_index_from_files()
    kinds = {need for offer in index.offers if offer.id in offers for need in offer.needs}
    assert {"even_vrij", "informatie_advies"} <= kinds


def test_the_online_burden_test_is_not_offered_after_the_check_here(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    wish = "informatie, hoe zwaar is het eigenlijk, is er een test"
    facts = {**FACTS, "needs": [{"category": "informatie_advies", "text": wish}]}

    before = {o["id"] for o in suggest(facts, session_factory_for(url)).suggested}
    after = suggest({**facts, "assessment_result": {"score": 9}}, session_factory_for(url))

    assert "mantelzorgtest" in before
    assert "mantelzorgtest" not in {o["id"] for o in after.suggested}
    assert len(after.suggested) >= 3


def test_vague_words_that_find_one_offer_still_get_time_off_and_someone_to_think_along(
    tmp_path,
) -> None:
    # Personas dev44: "iets met mijn situatie" found only the calamiteitenverlof.
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    wish = "ik weet het eigenlijk niet zo goed, iets met mijn situatie"
    facts = {**FACTS, "needs": [{"category": "anders", "text": wish}], "gemeente": "GM0344"}

    advice = suggest(facts, session_factory_for(url))

    offers = {o["id"] for o in advice.suggested}
    index = build_index_from_files()
    kinds = {need for offer in index.offers if offer.id in offers for need in offer.needs}
    assert len(offers) == 3
    assert {"even_vrij", "emotionele_steun"} <= kinds


def test_a_caregiver_of_19_who_asks_for_money_also_sees_the_support_for_young_caregivers(
    tmp_path,
) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    facts = {
        "needs": [
            {"category": "financieel", "text": "geld eigenlijk, ik kan minder werken door dit"}
        ],
        "gemeente": "GM0983",  # Venlo: no local data
        "age_group": "18-24",
        "conditions": ["dementie"],
        "combines_with": ["werk", "studie"],
        "hours_per_week": 15.0,
        "duration_months": 12.0,
        "lives_with_care_recipient": True,
    }

    advice = suggest(facts, session_factory_for(url))

    index = build_index_from_files()
    shown = {o["id"] for o in advice.suggested}
    assert any("jonge_mantelzorger" in o.needs for o in index.offers if o.id in shown)


@pytest.mark.parametrize(
    ("combines_with", "leave_shown"), [(["werk"], True), (["pensioen"], False)]
)
def test_a_working_caregiver_who_asks_for_help_in_the_house_also_sees_the_leave(
    tmp_path, combines_with: list[str], leave_shown: bool
) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    facts = {
        "needs": [{"category": "praktische_hulp", "text": "hulp met het huishouden"}],
        "gemeente": "GM0193",
        "age_group": "25-64",
        "conditions": ["ggz"],
        "combines_with": combines_with,
    }

    advice = suggest(facts, session_factory_for(url))

    index = build_index_from_files()
    shown = [o for o in index.offers if o.id in {s["id"] for s in advice.suggested}]
    assert any("praktische_hulp" in o.needs for o in shown)
    assert any("werk_en_zorg" in o.needs for o in shown) is leave_shown


def test_each_of_four_kinds_of_help_asked_for_gets_its_card(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    asked = ["informatie_advies", "regelen_aanvragen", "zorg_voor_naaste", "werk_en_zorg"]
    facts = {
        "needs": [{"category": need, "text": "overzicht en mijn werk"} for need in asked],
        "gemeente": "GM0193",
        "age_group": "25-64",
        "conditions": ["dementie"],
    }

    advice = suggest(facts, session_factory_for(url))

    index = build_index_from_files()
    shown = [o for o in index.offers if o.id in {s["id"] for s in advice.suggested}]
    assert len(shown) == 4
    assert all(any(need in o.needs for o in shown) for need in asked)


def test_leave_from_work_is_not_suggested_to_a_pupil(tmp_path) -> None:
    # Personas dev36: a 17-year-old at school was shown "Langdurend zorgverlof".
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    facts = {
        "needs": [
            {
                "category": "anders",
                "text": "iets voor opa zodat hij niet zo alleen zit de hele week",
            }
        ],
        "gemeente": "GM1896",  # Zwartewaterland: no local data
        "age_group": "<18",
        "conditions": ["nah"],
        "combines_with": ["studie"],
        "hours_per_week": 6.0,
        "duration_months": 12.0,
        "lives_with_care_recipient": False,
        "care_recipient_gemeente": "GM1896",
    }

    advice = suggest(facts, session_factory_for(url))

    assert advice.suggested
    assert not any(str(o["id"]).endswith("verlof") for o in advice.suggested)


def test_a_need_the_check_points_to_is_one_card_more(tmp_path) -> None:
    # Personas dev35 and dev12: a money card that took the place of a card for what was asked.
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    facts = {
        "needs": [{"category": "praktische_hulp", "text": "Hulp in huis"}],
        "gemeente": "GM0193",
        "combines_with": ["werk"],
        "hours_per_week": 20.0,
        "duration_months": 24.0,
    }
    sessions = session_factory_for(url)

    without = {o["id"] for o in suggest(facts, sessions).suggested}
    pointed = {
        o["id"] for o in suggest({**facts, "needs_from_check": ["financieel"]}, sessions).suggested
    }

    index = build_index_from_files()
    money = {offer.id for offer in index.offers if "financieel" in offer.needs}
    assert without <= pointed
    assert len(pointed - without) == 1 and pointed - without <= money


def test_a_later_page_adds_no_card_for_the_check_or_the_group(tmp_path) -> None:
    # Each "Andere mogelijkheden" page added another money card and another young carers' card.
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    facts = {
        "needs": [{"category": "even_vrij", "text": "even vrij"}],
        "gemeente": "GM0193",
        "age_group": "18-24",
        "combines_with": ["studie"],
        "needs_from_check": ["financieel"],
    }
    sessions = session_factory_for(url)

    first = suggest(facts, sessions).suggested
    later = suggest(facts, sessions, skip=[o["id"] for o in first]).suggested

    assert len(first) == SHOWN_AT_ONCE + 2
    assert 0 < len(later) <= SHOWN_AT_ONCE


def test_an_offer_asked_by_name_is_one_within_reach_unless_its_place_is_named(tmp_path) -> None:
    # Personas dev40: "krijg ik betaald voor mantelzorg?" got Kampen's parking permit in Zwolle.
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    sessions = session_factory_for(url)

    asked = describe_asked_offer("krijg ik betaald voor mantelzorg?", None, {}, sessions)
    in_zwolle = describe_asked_offer(
        "de parkeervergunning voor mantelzorg", None, {"gemeente": "GM0193"}, sessions
    )
    named = describe_asked_offer("de parkeervergunning in Kampen", None, {}, sessions)
    by_its_own_name = describe_asked_offer(
        "vertel meer over logeerhuis de vecht", None, {}, sessions
    )

    permit = "Parkeervergunning mantelzorg Kampen"
    assert permit not in asked and permit not in in_zwolle, (asked, in_zwolle)
    assert "Parkeervergunning mantelzorg Kampen" in named, named
    assert by_its_own_name.startswith("Logeerhuis De Vecht"), by_its_own_name


def test_a_question_about_an_offers_costs_says_them_once(tmp_path) -> None:
    # Held out 28: "moet ik zelf betalen voor dagbesteding?" got the same "Kosten:" line twice.
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert main(["import", "--database-url", url]) == EXIT_OK
    sessions = session_factory_for(url)

    answer = describe_asked_offer(
        "moet ik zelf betalen voor dagbesteding voor mijn man?", None, {}, sessions
    )

    assert answer.startswith("Kosten: "), answer
    assert answer.count("Kosten: ") == 1, answer
    assert "Eerste stap: " in answer, answer
