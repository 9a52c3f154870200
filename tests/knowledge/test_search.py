"""The search: eligibility, the two-gemeenten rule, validity dates, Dutch text matching, reasons."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

from knowledge.offer import Contact, Eligibility
from knowledge.search import (
    EXAMPLE_NOTICE,
    UNVERIFIED_NOTICE,
    SearchIndex,
    SearchQuery,
    build_index_from_files,
    check_eligibility,
    fold_words,
    shown_phone,
    stem,
)
from tests.knowledge.content_helpers import (
    AMERSFOORT,
    KAMPEN,
    TODAY,
    UTRECHT,
    ZWOLLE,
    make_offer,
)


@lru_cache(maxsize=1)
def shipped_index() -> SearchIndex:
    return build_index_from_files()


def query(**values: Any) -> SearchQuery:
    values.setdefault("today", TODAY)
    return SearchQuery(**values)


def ids(index: SearchIndex, search: SearchQuery, limit: int = 10) -> list[str]:
    return list(index.match(search, limit=limit).offer_ids)


# --- eligibility ----------------------------------------------------------------------------------

WAARDERING = make_offer(
    "waardering",
    needs=("financieel",),
    eligibility=Eligibility(min_hours_per_week=8, min_duration_months=3, min_age=18),
)


@pytest.mark.parametrize(
    ("hours", "months", "eligible", "text"),
    [
        (10, 12, True, "U zorgt meer dan 8 uur per week"),
        (8, 3, True, "U zorgt minstens 8 uur per week"),
        (4, 12, False, "U zorgt 4 uur per week"),
        (12, 2, False, "U zorgt nu 2 maanden"),
        (None, 12, None, "minstens 8 uur per week"),
        (12, None, None, "al minstens 3 maanden"),
    ],
)
def test_hours_and_months_are_checked(
    hours: float | None, months: float | None, eligible: bool | None, text: str
) -> None:
    check = check_eligibility(
        WAARDERING, query(hours_per_week=hours, duration_months=months, age_group="25-64")
    )
    assert check.eligible is eligible
    assert any(text in line for line in (*check.met, *check.unknown, *check.failed))


@pytest.mark.parametrize(
    ("age_group", "young", "eligible"),
    [
        ("<18", None, False),
        ("18-24", None, True),
        ("75+", None, True),
        (None, None, None),
        (None, True, None),  # up to 25: may or may not be 18 yet
        (None, False, True),
    ],
)
def test_minimum_age_is_checked(
    age_group: str | None, young: bool | None, eligible: bool | None
) -> None:
    search = query(
        hours_per_week=10, duration_months=12, age_group=age_group, young_caregiver=young
    )
    assert check_eligibility(WAARDERING, search).eligible is eligible


@pytest.mark.parametrize(
    ("age_group", "young", "eligible"),
    [("<18", None, True), ("18-24", None, True), ("25-64", None, None), ("65-74", None, False),
     (None, True, True), (None, False, False), (None, None, None)],
)  # fmt: skip
def test_maximum_age_for_young_caregivers(
    age_group: str | None, young: bool | None, eligible: bool | None
) -> None:
    jmz = make_offer("jmz", eligibility=Eligibility(max_age=25))
    assert (
        check_eligibility(jmz, query(age_group=age_group, young_caregiver=young)).eligible
        is eligible
    )


@pytest.mark.parametrize(("age", "eligible"), [(62, False), (25, True), (26, False), (14, True)])
def test_a_typed_age_decides_over_its_age_group(age: int, eligible: bool) -> None:
    # Personas dev29: a 62-year-old ("25 tot 65") was shown the evening for carers up to 25.
    jmz = make_offer("jmz", eligibility=Eligibility(max_age=25))
    group = "<18" if age < 18 else "25-64"
    assert check_eligibility(jmz, query(age_group=group, age=age)).eligible is eligible


def test_not_eligible_offers_come_last_with_the_reason_or_are_left_out() -> None:
    index = SearchIndex.build([WAARDERING, make_offer("aftrek", needs=("financieel",))])
    search = query(needs=("financieel",), hours_per_week=4, duration_months=12, age_group="25-64")
    result = index.match(search)
    assert result.offer_ids == ("aftrek", "waardering")
    last = result[1]
    assert last.eligible is False
    assert last.not_eligible_because == (
        "Dit is voor wie minstens 8 uur per week zorgt. U zorgt 4 uur per week.",
    )
    strict = index.match(query(**{**search.__dict__, "include_ineligible": False}))
    assert strict.offer_ids == ("aftrek",)


def test_unknown_facts_keep_the_offer_and_say_what_to_check() -> None:
    index = SearchIndex.build([WAARDERING])
    match = index.match(query(needs=("financieel",)))[0]
    assert match.eligible is None
    assert match.to_check == (
        "Dit is voor wie minstens 8 uur per week zorgt. Is dat bij u zo?",
        "Dit is voor wie al minstens 3 maanden zorgt. Is dat bij u zo?",
        "Dit is voor mantelzorgers van 18 jaar of ouder.",
    )


def test_eligible_offers_rank_above_ones_with_unknown_rules() -> None:
    plain = make_offer("zonder_regels", needs=("financieel",))
    index = SearchIndex.build([plain, WAARDERING])
    known = query(needs=("financieel",), hours_per_week=20, duration_months=24, age_group="25-64")
    assert index.match(known)[0].offer.id == "waardering"
    assert index.match(query(needs=("financieel",)))[0].offer.id == "zonder_regels"


# --- the two-gemeenten rule -----------------------------------------------------------------------


def local(offer_id: str, code: str, beneficiary: str, **rules: Any) -> Any:
    return make_offer(
        offer_id,
        needs=("even_vrij",),
        scope="gemeente",
        gemeente_codes=(code,),
        beneficiary=beneficiary,
        eligibility=Eligibility(**rules),
    )


TWO_GEMEENTEN = SearchIndex.build(
    [
        local("zwolle_voor_naaste", ZWOLLE, "naaste"),
        local("zwolle_voor_mantelzorger", ZWOLLE, "mantelzorger"),
        local("kampen_voor_naaste", KAMPEN, "naaste"),
        local("kampen_voor_mantelzorger", KAMPEN, "mantelzorger"),
        local("kampen_naaste_moet_er_wonen", KAMPEN, "mantelzorger", naaste_lives_in_area=True),
        local("zwolle_mantelzorger_moet_er_wonen", ZWOLLE, "naaste", caregiver_lives_in_area=True),
        make_offer("landelijk", needs=("even_vrij",)),
    ]
)


def test_caregiver_offers_in_caregivers_gemeente_naaste_offers_in_naastes() -> None:
    result = TWO_GEMEENTEN.match(
        query(needs=("even_vrij",), caregiver_gemeente=ZWOLLE, naaste_gemeente=KAMPEN), limit=10
    )
    found = {match.offer.id: match for match in result}
    assert set(found) == {
        "zwolle_voor_mantelzorger",
        "kampen_voor_naaste",
        "kampen_naaste_moet_er_wonen",
        "zwolle_mantelzorger_moet_er_wonen",
        "landelijk",
    }
    assert found["kampen_voor_naaste"].area == "naaste"
    assert "In de gemeente van uw naaste (Kampen)" in found["kampen_voor_naaste"].reasons
    assert "In uw gemeente (Zwolle)" in found["zwolle_voor_mantelzorger"].reasons
    assert "Uw naaste woont in Kampen" in found["kampen_naaste_moet_er_wonen"].reasons
    assert found["landelijk"].area == "landelijk"


def test_naaste_offers_fall_back_to_the_caregivers_gemeente() -> None:
    result = TWO_GEMEENTEN.match(query(needs=("even_vrij",), caregiver_gemeente=ZWOLLE), limit=10)
    found = {match.offer.id: match for match in result}
    assert "zwolle_voor_naaste" in found and "kampen_voor_naaste" not in found
    assert "In uw gemeente (Zwolle)" in found["zwolle_voor_naaste"].reasons


def test_a_residence_rule_with_an_unknown_naaste_gemeente_is_to_check() -> None:
    result = TWO_GEMEENTEN.match(query(needs=("even_vrij",), caregiver_gemeente=KAMPEN), limit=10)
    match = next(m for m in result if m.offer.id == "kampen_naaste_moet_er_wonen")
    assert match.eligible is None
    assert match.to_check == ("Uw naaste moet in Kampen wonen.",)


def test_without_any_gemeente_only_national_offers_come_back() -> None:
    result = TWO_GEMEENTEN.match(query(needs=("even_vrij",)), limit=10)
    assert result.offer_ids == ("landelijk",)
    assert result.local_data_missing is False


def test_a_gemeente_without_local_data_gets_national_offers_and_says_so() -> None:
    result = shipped_index().match(query(needs=("even_vrij",), caregiver_gemeente=UTRECHT))
    assert len(result) == 3
    assert all(match.offer.scope == "landelijk" for match in result)
    assert result.local_data_missing is True
    assert result.gemeenten_without_local_data == (UTRECHT,)
    demo = shipped_index().match(query(needs=("even_vrij",), caregiver_gemeente=AMERSFOORT))
    assert demo.local_data_missing is False
    assert demo[0].offer.gemeente_codes == (AMERSFOORT,)


def test_local_data_missing_names_the_naastes_gemeente_too() -> None:
    result = shipped_index().match(
        query(needs=("even_vrij",), caregiver_gemeente=ZWOLLE, naaste_gemeente=UTRECHT)
    )
    assert result.gemeenten_without_local_data == (UTRECHT,)
    # Personas dev35: a caregiver in Zwolle was told "Voor uw gemeente heb ik nog geen gegevens".
    assert result.local_data_missing is False


# --- validity dates -------------------------------------------------------------------------------


def test_offers_outside_their_validity_dates_are_left_out() -> None:
    yesterday, tomorrow = TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=1)
    index = SearchIndex.build(
        [
            make_offer("verlopen", needs=("lotgenoten",), valid_until=yesterday),
            make_offer("laatste_dag", needs=("lotgenoten",), valid_until=TODAY),
            make_offer("nog_niet", needs=("lotgenoten",), valid_from=tomorrow),
        ]
    )
    assert ids(index, query(needs=("lotgenoten",))) == ["laatste_dag"]
    later = query(needs=("lotgenoten",), today=tomorrow)
    assert ids(index, later) == ["nog_niet"]


def test_the_shipped_expired_demo_offer_is_not_found_any_more() -> None:
    search = query(text="verwendag voor mantelzorgers", caregiver_gemeente=AMERSFOORT)
    assert "gm0307_verwendag" not in ids(shipped_index(), search)
    during = query(**{**search.__dict__, "today": dt.date(2026, 11, 10)})
    assert ids(shipped_index(), during)[0] == "gm0307_verwendag"


# --- Dutch text search ----------------------------------------------------------------------------


def test_folding_removes_accents_apostrophes_and_joins_hyphenated_words() -> None:
    assert fold_words("Cliënt-ondersteuning, taxi's en het Wmo-loket?") == [
        "clientondersteuning", "taxis", "en", "het", "wmoloket",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("mantelzorgwaardering", ("mantelzorg", "waardering")),
        ("zorgverlof", ("zorg", "verlof")),
        ("belastingaftrek", ("belasting", "aftrek")),
    ],
)
def test_compounds_are_split_into_known_parts(compound: str, parts: tuple[str, ...]) -> None:
    assert shipped_index()._analyzer.split(compound) == tuple(stem(part) for part in parts)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("wat is logeeropvang?", "wlz_logeeropvang"),
        ("Logeeropvang via het zorgkantoor", "wlz_logeeropvang"),
        ("hoe vraag ik zorgverlof aan?", "kortdurend_zorgverlof"),
        ("zorg verlof aanvragen bij mijn baas", "kortdurend_zorgverlof"),
        ("krijg ik mantelzorgwaardering?", "mantelzorgwaardering_gemeente"),
        ("Mantelzorg-waardering", "mantelzorgwaardering_gemeente"),
        ("waardering voor mantelzorgers", "mantelzorgwaardering_gemeente"),
        ("een compliment van de gemeente", "mantelzorgwaardering_gemeente"),
        ("mantelzorgwaardeing", "mantelzorgwaardering_gemeente"),  # typo
        ("wat doet een casemanager dementie", "casemanager_dementie"),
        ("CASEMANAGEMENT", "casemanager_dementie"),
        ("persoonsgebonden budget", "pgb"),
        ("belastingaftrek zorgkosten", "aftrek_specifieke_zorgkosten"),
        ("aftrekken bij de aangifte", "aftrek_specifieke_zorgkosten"),
        ("iemand die mijn papierwerk regelt", "mantelzorgmakelaar"),
        ("handen in huis", "handen_in_huis"),
        ("ik wil een weekje op vakantie", "handen_in_huis"),
        ("alzheimercafé", "alzheimer_cafe"),
        ("Alzheimer Café", "alzheimer_cafe"),
        ("odensehuis", "odensehuis"),
        ("ik wil mijn verhaal kwijt aan de telefoon", "mantelzorglijn"),
        ("mantelzorgtest", "mantelzorgtest"),
        ("keukentafelgesprek", "wmo_melding_keukentafelgesprek"),
        ("keukentafel gesprek", "wmo_melding_keukentafelgesprek"),
        ("clientondersteuner", "gratis_clientondersteuning"),
        ("Calamiteitenverlof", "calamiteitenverlof"),
    ],
)
def test_free_questions_find_the_offer_they_are_about(text: str, first: str) -> None:
    assert ids(shipped_index(), query(text=text))[0] == first


@pytest.mark.parametrize(
    "text",
    ["respijtzorg", "vervangende mantelzorg", "ik wil even vrij", "even op adem komen", "respijt"],
)
def test_synonyms_of_respijtzorg_find_respite_offers(text: str) -> None:
    result = shipped_index().match(query(text=text))
    assert len(result) == 3
    assert all("even_vrij" in match.offer.needs for match in result)


@pytest.mark.parametrize("text", ["wat is het weer vandaag", "xyzzy", "   ", "de het een"])
def test_questions_about_nothing_we_know_find_nothing(text: str) -> None:
    assert len(shipped_index().match(query(text=text))) == 0


def test_a_query_without_needs_or_text_finds_nothing() -> None:
    assert len(shipped_index().match(query(caregiver_gemeente=ZWOLLE))) == 0


# --- situation, reasons and notices ---------------------------------------------------------------


def test_reasons_are_dutch_and_say_why_it_fits() -> None:
    search = query(
        needs=("financieel",),
        caregiver_gemeente=ZWOLLE,
        hours_per_week=12,
        duration_months=6,
        age_group="25-64",
    )
    match = shipped_index().match(search)[0]
    assert match.offer.id == "gm0193_mantelzorgwaardering"
    assert match.eligible is True
    assert match.reasons == (
        "Past bij: geld en vergoedingen",
        "In uw gemeente (Zwolle)",
        "U zorgt meer dan 8 uur per week",
        "U zorgt al langer dan 3 maanden",
        "Uw leeftijd past: van 18 jaar of ouder",
        "U woont in Zwolle",
    )
    assert match.notices == (EXAMPLE_NOTICE,)


def test_unverified_offers_carry_a_notice() -> None:
    search = query(text="mantelzorglijn")
    match = shipped_index().match(search)[0]
    assert match.offer.id == "mantelzorglijn"
    assert UNVERIFIED_NOTICE in match.notices
    assert match.offer.contact.phone is None


def test_condition_specific_offers_fit_only_that_condition() -> None:
    dementie = query(needs=("lotgenoten",), conditions=("dementie",), caregiver_gemeente=KAMPEN)
    result = shipped_index().match(dementie)
    assert result[0].offer.id == "gm0166_lotgenotengroep_dementie"
    assert "Speciaal voor mantelzorgers van iemand met dementie" in result[0].reasons
    kanker = query(needs=("lotgenoten",), conditions=("kanker",), caregiver_gemeente=KAMPEN)
    top = shipped_index().match(kanker, limit=2)
    assert not any("dementie" in match.offer.target_groups for match in top), top.offer_ids


def test_a_condition_told_in_own_words_is_not_one_an_offer_is_for() -> None:
    """ "hij heeft een syndroom, hij praat niet": the Odensehuis (dementia) is not the group."""
    told = "hij heeft een syndroom, hij praat niet en moet met alles geholpen"
    search = query(
        needs=("even_vrij", "lotgenoten"),
        conditions=(told,),
        age_group="<18",
        text="ff chillen zonder dat ik op hem moet letten. en misschien andere kids die ook zo'n "
        "broertje hebben",
    )

    found = ids(shipped_index(), search)

    assert found.index("lotgenotencontact") < found.index("odensehuis"), found


def test_a_dementia_line_is_not_for_someone_who_is_only_old() -> None:
    """ "Ze is 92, gewoon op leeftijd": asked whom to call, the general lines come first."""
    search = query(
        needs=("zorg_voor_naaste", "informatie_advies"),
        conditions=("ouderdom",),
        text="weten wie ik moet bellen als het met haar niet meer gaat",
    )
    top = shipped_index().match(search, limit=3)
    assert not any("dementie" in match.offer.target_groups for match in top), top.offer_ids


def test_young_caregivers_get_young_caregiver_offers_first() -> None:
    search = query(needs=("emotionele_steun",), age_group="<18", caregiver_gemeente=ZWOLLE)
    result = shipped_index().match(search)
    assert result[0].offer.id == "gm0193_jonge_mantelzorgers"
    assert "Speciaal voor jonge mantelzorgers" in result[0].reasons
    assert all(match.eligible is not False for match in result)


def test_working_caregivers_see_leave_first() -> None:
    search = query(needs=("werk_en_zorg", "even_vrij"), combines_with=("werk",))
    assert shipped_index().match(search)[0].offer.id in (
        "calamiteitenverlof",
        "kortdurend_zorgverlof",
        "langdurend_zorgverlof",
    )


def test_leave_from_work_is_not_shown_to_a_caregiver_who_does_not_work() -> None:
    # Personas dev36: a 17-year-old at school saw "Langdurend zorgverlof" for company for opa.
    search = query(needs=("anders",), combines_with=("studie",), age_group="<18")
    shown = [match.offer.id for match in shipped_index().match(search, limit=4)]
    assert not any(offer_id.endswith("verlof") for offer_id in shown)


def test_time_off_from_the_care_is_respite_not_leave_from_work() -> None:
    search = query(needs=("even_vrij",), combines_with=("werk",), caregiver_gemeente=ZWOLLE)
    shown = [match.offer.id for match in shipped_index().match(search, limit=3)]
    assert not any(offer_id.endswith("verlof") for offer_id in shown)


def test_limit_and_sequence_behaviour() -> None:
    result = shipped_index().match(query(needs=("even_vrij",), caregiver_gemeente=ZWOLLE), limit=5)
    assert len(result) == 5 and list(result) == list(result.matches)
    assert result[0].score >= result[4].score
    assert result[1:3] == result.matches[1:3]


@pytest.mark.parametrize(
    ("overrides", "phone"),
    [
        ({"contact": Contact(phone="0800-2000")}, "0800-2000"),
        ({"helpline_id": "veilig_thuis"}, "0800-2000"),
        ({"helpline_id": "mantelzorglijn"}, None),  # the help line's number is unverified
        ({"helpline_id": "veilig_thuis", "verified": False}, None),
        ({}, None),
    ],
)
def test_only_verified_phone_numbers_are_shown(
    overrides: dict[str, Any], phone: str | None
) -> None:
    assert shown_phone(make_offer("lijn", **overrides)) == phone


def test_the_national_way_to_the_steunpunt_gives_way_to_the_local_steunpunt() -> None:
    amersfoort = ids(
        shipped_index(), query(needs=("emotionele_steun",), caregiver_gemeente="GM0307")
    )
    zaandam = ids(shipped_index(), query(needs=("emotionele_steun",), caregiver_gemeente="GM0479"))

    assert "gm0307_mantelzorgconsulent" in amersfoort
    assert "steunpunt_mantelzorg" not in amersfoort
    assert "steunpunt_mantelzorg" in zaandam


def test_a_national_offer_in_its_own_right_stays_beside_a_local_one() -> None:
    amersfoort = ids(shipped_index(), query(needs=("lotgenoten",), caregiver_gemeente="GM0307"))

    assert "gm0307_mantelzorgcafe" in amersfoort
    assert "alzheimer_cafe" in amersfoort


@pytest.mark.parametrize(
    ("conditions", "text", "shown"),
    [
        # Personas dev8: groups for dementia shown for hartfalen, autism and epilepsy.
        (("chronische_ziekte",), "", False),
        (("ggz",), "", False),
        (("verstandelijke_beperking", "chronische_ziekte"), "", False),
        (("dementie",), "", True),
        (("dementie", "kanker"), "", True),
        # Old age or words no label holds rule nothing out, and a named offer is always there.
        (("ouderdom",), "", True),
        (("geheugenproblemen",), "", True),
        (("chronische_ziekte",), "is er een alzheimer café in de buurt?", True),
    ],
)
def test_a_group_for_another_illness_than_the_naastes_is_not_offered(
    conditions: tuple[str, ...], text: str, shown: bool
) -> None:
    found = ids(
        shipped_index(),
        query(needs=("lotgenoten",), conditions=conditions, text=text, caregiver_gemeente="GM0307"),
        limit=12,
    )

    assert ("alzheimer_cafe" in found) is shown


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("wat is het telefoonnummer van de mantelzorglijn?", ("mantelzorglijn",)),
        ("is het odensehuis ook in het weekend open?", ("odensehuis",)),
        ("wat kost het?", ()),  # a short everyday word of a name is no name
        ("kan ik daar steun krijgen?", ()),
        ("hoe vraag ik die ondersteuning aan?", ()),  # part of "cliëntondersteuning" only
        # Personas dev18: the steunpunt is no offer's own name.
        ("Zit dat steunpunt hier in Stadshagen of moet ik naar de stad?", ()),
    ],
)
def test_an_offer_is_named_by_a_long_word_few_names_hold(text: str, named: tuple[str, ...]) -> None:
    assert shipped_index().offers_named(text) == named


def test_a_name_word_a_few_offers_share_names_each_of_them() -> None:
    named = shipped_index().offers_named("Is dat mantelzorgcafe in Zwolle of in Kampen?")

    assert {"gm0193_mantelzorgcafe", "lotgenotencontact"} <= set(named)


def test_a_group_for_another_illness_ranks_below_the_general_places_to_talk() -> None:
    # Personas dev40: Kampen's dementia group was the second card for a son with schizophrenia.
    found = shipped_index().match(
        query(
            needs=("emotionele_steun",),
            text="iemand voor mij om mee te praten",
            caregiver_gemeente=KAMPEN,
            conditions=("ggz",),
        ),
        limit=3,
    )

    assert "gm0166_lotgenotengroep_dementie" not in found.offer_ids
    assert "gm0166_mantelzorgconsulent" in found.offer_ids


@pytest.mark.parametrize(
    ("combines_with", "needs", "shown"),
    [
        # Personas dev45: a pupil of twelve was shown zorgverlof (its text has "keer").
        (("school",), (), False),
        (("pensioen",), ("financieel",), False),
        (("werk", "studie"), (), True),
        ((), (), True),  # not told
        (("school",), ("werk_en_zorg",), True),  # asked for all the same
    ],
)
def test_leave_from_work_is_not_offered_to_one_who_does_not_work(
    combines_with: tuple[str, ...], needs: tuple[str, ...], shown: bool
) -> None:
    found = ids(
        shipped_index(),
        query(
            needs=needs,
            text="een keer iets met werk",
            combines_with=combines_with,
            combines_with_told=bool(combines_with),
        ),
        limit=40,
    )

    assert ("kortdurend_zorgverlof" in found) is shown


def test_leave_ranks_lower_for_one_who_told_they_do_nothing_besides_the_care() -> None:
    # Personas dev39: a retired caregiver ("gepensioneerd": no label) was shown both kinds of leave.
    def leave_score(told: bool) -> float:
        found = shipped_index().match(
            query(needs=("werk_en_zorg",), combines_with_told=told), limit=20
        )
        return next(m.score for m in found if m.offer.id == "kortdurend_zorgverlof")

    assert leave_score(told=True) < leave_score(told=False)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("ik wil even vrij want ik ben kapot", "even_vrij"),
        ("ik ben kapot en wil even vrij", "emotionele_steun"),
        # Personas dev9: the leave is asked, the tiredness is why.
        (
            "Mag ik vrij nemen als hij 's nachts een hypo heeft gehad en ik kapot ben?",
            "werk_en_zorg",
        ),
    ],
)
def test_the_kinds_of_help_named_come_in_the_order_of_the_words(text: str, first: str) -> None:
    assert shipped_index().needs_named(text)[0] == first
