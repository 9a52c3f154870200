"""Free questions answered from the knowledge base: a fit, or an honest nothing."""

from __future__ import annotations

from functools import lru_cache

import pytest

from knowledge.answers import answer_question
from knowledge.search import SearchIndex, build_index_from_files


@lru_cache(maxsize=1)
def national_index() -> SearchIndex:
    return build_index_from_files()


def answered(question: str) -> str | None:
    answer = answer_question(question, {}, national_index(), lambda _: None, lambda _: "")
    return answer.text if answer else None


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("kost dagbesteding geld?", "Dagbesteding"),
        ("hoe vraag ik zorgverlof aan?", "zorgverlof"),
        ("kan iemand bij mijn moeder slapen als ik weg ben?", "Handen in Huis"),
        # Personas dev37: a place to go for a chat is the day activities.
        (
            "kan mijn moeder zelf ook ergens heen voor een praatje, een soort buurthuis?",
            "Dagbesteding",
        ),
        ("wat kost een mantelzorgmakelaar?", "Mantelzorgmakelaar"),
        # Personas dev23: who pays a term that no offer is; a course for naasten in the ggz.
        ("Moet ik betalen voor verpleging thuis?", "basisverzekering"),
        ("is er een cursus of training voor naasten van iemand met psychoses?", "behandelaar"),
        ("bestaat er ook een landelijk telefoonnummer voor mantelzorgers?", "Mantelzorglijn"),
        # From blind set dev5: support groups named by whom they are for.
        ("Zijn er groepen voor familie van iemand met een verslaving?", "Lotgenotencontact"),
        ("is er ook zoiets als een groep voor partners van iemand met een depressie?", "Lotgen"),
        ("bestaat er een cursus of groep voor ouders van een kind dat verslaafd is?", "Lotgen"),
        ("Is er ook een vereniging voor ouders van kinderen met schizofrenie?", "Lotgen"),
        # Personas dev30: where it was heard of is no topic; opvang is respite.
        (
            "krijg ik ook zo'n mantelzorgwaardering? ik hoorde daar iets over op de hogeschool",
            "Mantelzorgwaardering",
        ),
        ("is er ook opvang op zaterdag? dan werkt mn vriend ook", "ogeer"),
        # Personas dev8 and dev37: a group for the family of someone who drinks, by its name.
        ("bestaat er zoiets als al-anon hier in de buurt?", "Lotgenotencontact"),
        # Personas dev28: what the words ask for leads over who asks (a student is young).
        (
            "krijg je als student ook iets van de gemeente als je mantelzorger bent?",
            "Dit past bij uw vraag:\n\nMantelzorgwaardering",
        ),
        # Personas dev40: money for the care itself, not a tax deduction for care costs first.
        (
            "Krijg ik eigenlijk geld voor al die zorg voor mijn moeder?",
            "vraag:\n\nMantelzorgwaardering",
        ),
        ("krijg ik betaald voor mantelzorg?", "vraag:\n\nMantelzorgwaardering"),
    ],
)
def test_a_question_about_a_kind_of_help_gets_that_help(question: str, named: str) -> None:
    assert named in (answered(question) or "")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Personas held out 20: a group for one condition, help for one group of people.
        ("is er een oudergroep voor eetstoornissen?", "Iets speciaal voor eetstoornissen staat"),
        (
            "bestaat er iets speciaal voor mensen met dementie op jonge leeftijd?",
            "Iets speciaal voor mensen met dementie op jonge leeftijd staat",
        ),
        ("Zijn er groepen voor familie van iemand met een verslaving?", "Iets speciaal voor"),
        # Personas dev29.
        (
            "is er ook iets voor familie van mensen die drinken?",
            "Iets speciaal voor familie van mensen die drinken staat",
        ),
        # Personas dev22: one word for a group, with nothing for it in the knowledge base.
        ("bestaat er iets voor brussen? zo heet dat toch", "Iets speciaal voor brussen staat"),
        # Personas dev46: others with the same illness to talk to.
        (
            "zijn er andere mensen met huntington in de familie die ik kan spreken?",
            "Iets speciaal voor huntington staat",
        ),
        # Personas dev8: people named by whom they care for.
        (
            "Is er iets voor mensen van wie de man kanker heeft?",
            "Iets speciaal voor mensen van wie de man kanker heeft staat",
        ),
    ],
)
def test_a_general_answer_to_a_question_for_special_help_says_so_first(
    question: str, said: str
) -> None:
    answer = answered(question) or ""
    assert answer.startswith(said)
    assert "Lotgenotencontact" in answer or "dementie" in answer


def test_special_help_that_is_not_there_gets_the_nearest_general_help() -> None:
    # Personas dev10: nothing for hersenletsel, and dementia groups are not near to it.
    answer = answered("Is er ook iets speciaal voor hersenletsel?") or ""

    assert answer.startswith("Iets speciaal voor hersenletsel staat niet in mijn gegevens.")
    assert "Lotgenotencontact en mantelzorgcafé" in answer
    assert "Alzheimer" not in answer and "Odensehuis" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "is er iets speciaal voor jonge mantelzorgers?",
        "is er een gespreksgroep voor mij?",
        "is er een groep voor mantelzorgers van mensen met dementie?",
        "is er een groep voor mensen in dezelfde situatie?",
    ],
)
def test_an_answer_that_fits_the_special_question_is_given_plainly(question: str) -> None:
    assert (answered(question) or "").startswith("Dit past")


@pytest.mark.parametrize(
    "question",
    [
        "Kan Albert zelf ook ergens hulp krijgen in Zwolle?",
        "krijgt mijn moeder zelf ook hulp?",
        "waar kan hij zelf hulp krijgen?",
        # Personas dev28.
        "kan hij zelf ook iets aanvragen?",
    ],
)
def test_help_for_the_naaste_himself_goes_through_the_gemeente(question: str) -> None:
    zwolle = {"gemeente": "GM0193", "care_recipient_gemeente": "GM0193"}
    answer = answer_question(question, zwolle, national_index(), lambda _: None, lambda _: "")
    assert answer is not None and answer.text.startswith(
        "Dit past bij uw vraag:\n\nHulp van de gemeente via de Wmo"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Kan zij zelf thuiszorg krijgen als het slechter gaat?",
        # Personas dev31: how to apply for it names the help too.
        "Hoe vraag ik thuiszorg voor mijn vader aan, moet dat via de huisarts?",
        # Personas dev8: who decides on it.
        "wie beslist of ze thuiszorg krijgt?",
    ],
)
def test_help_the_naaste_names_is_explained_before_what_there_is(question: str) -> None:
    answer = answered(question) or ""
    assert answer.startswith("Thuiszorg is een verzamelnaam.")
    assert "wijkverpleging" in answer and "Dit past" in answer


def test_help_for_the_caregiver_or_refused_by_the_naaste_is_not_the_wmo_door() -> None:
    assert "Wmo (melding" not in (answered("kan ik zelf ook hulp krijgen?") or "")
    assert "dwingen" in (answered("hij wil zelf geen hulp, wat nu?") or "")


@pytest.mark.parametrize(
    "question",
    [
        # Only everyday words in common with an offer ("het duurt", "mensen", "in een").
        "Is er ook iets voor mannen zoals ik? Ik ga niet in een kringetje zitten huilen.",
        "ben jij een echt mens?",
        "Is er ook zo'n groep op Texel zelf? De boot is zo duur.",
    ],
)
def test_a_question_that_names_no_help_is_not_answered_with_a_random_offer(question: str) -> None:
    assert answered(question) is None


def test_a_kind_of_help_the_caller_read_in_the_question_grounds_the_answer() -> None:
    question = "ik zoek iemand die de zorg een dagje overneemt"
    index = national_index()

    without = answer_question(question, {}, index, lambda _: None, lambda _: "")
    with_need = answer_question(question, {}, index, lambda _: None, lambda _: "", ["even_vrij"])

    assert without is None
    assert with_need is not None and "Eerste stap:" in with_need.text


@pytest.mark.parametrize(
    "question",
    [
        "telt het eigenlijk wel als mantelzorg als het je eigen kind is?",
        "is de zorg voor mijn zoon met autisme ook mantelzorg?",
        # Personas dev9.
        "ben ik echt mantelzorger als het om mijn eigen kind gaat?",
    ],
)
def test_whether_care_for_ones_own_child_counts_is_answered_with_the_usual_care(
    question: str,
) -> None:
    # Personas dev22.
    answer = answered(question) or ""

    assert "kunt u mantelzorger zijn" in answer
    assert "meer is dan de gewone zorg van een ouder" in answer
    assert "\n" not in answer.strip(), "one answer, not the definition of mantelzorg besides"


@pytest.mark.parametrize(
    "question",
    [
        "Heb ik als ex-partner eigenlijk wel recht op ondersteuning?",
        "kom ik als buurvrouw in aanmerking voor steun?",
        "tel ik ook als mantelzorger als opa of is dat alleen voor de ouders",
        "telt het ook als je geen familie bent?",
        "geldt dat ook als ik voor mijn buurvrouw zorg?",
    ],
)
def test_whether_the_asker_counts_as_a_caregiver_is_answered_with_who_does(question: str) -> None:
    assert "Een mantelzorger zorgt onbetaald" in (answered(question) or "")


def test_whether_the_asker_may_have_a_named_offer_is_answered_with_that_offer() -> None:
    # Personas dev17: the offer named, not the definition of a mantelzorger.
    answer = answered("krijg ik als student ook mantelzorgwaardering of is dat alleen voor ouderen")

    assert "Mantelzorgwaardering" in (answer or "")
    assert "Een mantelzorger zorgt onbetaald" not in (answer or "")


@pytest.mark.parametrize(
    "question", ["telt de reistijd ook mee?", "geldt de regeling ook voor zzp'ers?"]
)
def test_other_questions_about_what_counts_are_no_question_about_family(question: str) -> None:
    assert "Een mantelzorger zorgt onbetaald" not in (answered(question) or "")


def test_asking_for_named_help_one_is_entitled_to_gets_that_help() -> None:
    assert "Wmo" in (answered("heb ik recht op hulp bij het huishouden?") or "")


@pytest.mark.parametrize(
    "question",
    [
        "Is het normaal dat ik soms gewoon boos op hem ben? Ik schaam me daarvoor.",
        "ik voel me schuldig als ik een dag weg ga, is dat raar?",
    ],
)
def test_feelings_of_anger_guilt_or_shame_get_a_warm_answer(question: str) -> None:
    text = answered(question) or ""
    assert "veel mantelzorgers herkennen" in text and "steunpunt" in text


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel dagen zorgverlof krijg ik en word ik dan doorbetaald?",
        "hoe vraag ik zorgverlof aan?",
    ],
)
def test_a_word_that_names_two_kinds_gets_both(question: str) -> None:
    answer = answered(question) or ""

    assert "Kortdurend zorgverlof" in answer and "Langdurend zorgverlof" in answer


def test_a_question_that_names_one_kind_gets_that_kind() -> None:
    answer = answered("hoe vraag ik kortdurend zorgverlof aan?") or ""

    assert "Kortdurend zorgverlof" in answer and "Langdurend zorgverlof" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "is dat mantelzorg als je voor je zusje zorgt? ik dacht dat was alleen voor oude mensen",
        "telt dat als mantelzorg?",
    ],
)
def test_whether_some_care_counts_as_mantelzorg_is_answered_with_what_it_is(question: str) -> None:
    assert (answered(question) or "").startswith("Mantelzorg is zorg voor iemand")


def test_whether_caring_young_counts_says_young_people_are_caregivers_too() -> None:
    answer = answered(
        "is dat mantelzorg als je voor je zusje zorgt? ik dacht dat was alleen voor oude mensen"
    )

    assert "jonge mantelzorger" in (answer or "").lower()


def test_whether_household_tasks_count_as_mantelzorg_is_answered_with_what_it_is() -> None:
    answer = answered("tellen schoonmaken en koken ook als mantelzorg of is dat gewoon huishouden?")
    assert answer is not None and answer.startswith("Mantelzorg is")


@pytest.mark.parametrize(
    "question",
    [
        # Personas dev30: whether the assistant is for a parent.
        "is dit ook voor ouders? of alleen voor mensen die voor opa en oma zorgen",
        "is dit ook voor jongeren?",
    ],
)
def test_whether_the_assistant_is_for_them_is_answered_with_who_counts(question: str) -> None:
    answer = answered(question) or ""
    assert answer.startswith("Een mantelzorger zorgt onbetaald") and "ouder of kind" in answer
