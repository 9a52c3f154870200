"""The whole conversation without Rasa: intake, read-back, check, needs, offers, the steunpunt."""

from __future__ import annotations

import pytest

from knowledge.details import WHEN_UNKNOWN_TEXT
from knowledge.search import build_index_from_files
from tests.conversation.conftest import Chat

STORY = (
    "Ik zorg al drie jaar voor mijn moeder, ze heeft alzheimer. Het is me echt te veel aan het "
    "worden naast mijn baan."
)


def test_a_story_in_the_first_message_is_not_asked_again(chat: Chat) -> None:
    chat.say(STORY, "tell_situation")

    assert chat.state.relation == "ouder"
    assert chat.state.relation_word == "moeder"
    assert chat.state.duration_months == 36
    assert "dementie" in chat.state.conditions
    assert chat.state.combines_with == ["werk"]
    assert chat.asking == "hours_per_week"


def test_a_full_conversation_with_typed_button_titles(chat: Chat) -> None:
    chat.say(STORY, "tell_situation")
    chat.say("elke dag een paar uur")
    assert chat.asking == "hours_proposal"
    chat.say("Ja")
    assert chat.state.hours_per_week == 14
    assert chat.asking == "lives_with_care_recipient"
    chat.say("Nee")
    assert chat.asking == "age_group"
    chat.say("25 tot 65")
    assert chat.asking == "gemeente"
    chat.say("Zwolle")
    assert chat.asking == "care_recipient_gemeente"
    chat.say("kampen")
    assert chat.asking == "summary"
    assert "uw moeder" in chat.text
    chat.say("Ja, dat klopt")
    assert chat.asking == "check_offer"
    chat.say("Ja, doe maar")
    for _ in range(13):
        assert chat.asking == "assessment_item", chat.text
        chat.say("Ja")
    assert chat.asking == "needs"
    chat.say("Even vrij zijn")
    assert "Steunpunt Mantelzorg Zwolle" in chat.text
    assert chat.asking == "steunpunt_offer"
    assert chat.buttons.count("Met iemand praten") == 0
    chat.say("Ja, graag")
    assert chat.asking == "handoff_consent"
    chat.say("Ja, dat is goed")
    chat.say("Ria")
    chat.say("06 12345678")
    assert _confirmed_with_a_reference(chat)


def _to_the_contact_question(chat: Chat) -> None:
    """Through the intake, the check and the steunpunt's offer, to "Hoe kan het steunpunt u
    bereiken?"."""
    _intake(chat)
    _through_the_check(chat)
    chat.say("Even vrij zijn")
    chat.say("Ja, graag")
    chat.say("Ja, dat is goed")
    chat.say("Jasmijn")


def _confirmed_with_a_reference(chat: Chat) -> bool:
    chat.say("Ochtend")
    assert chat.asking == "contact_confirmed"
    chat.say("Ja, dat klopt")
    return "MZ-" in chat.text


def test_a_number_that_does_not_exist_is_named_and_passed_on_when_written_again(chat: Chat) -> None:
    _to_the_contact_question(chat)
    assert chat.asking == "contact_phone"

    chat.say("06 99887766")
    assert "Dat nummer klopt volgens mij niet" in chat.text
    assert "begint met 06" not in chat.text
    chat.say("06 99887766")
    # No "schrijf het in uw eigen woorden: dan geef ik het zo door" for a way to be reached: an
    # aanmelding nobody can answer would be a promise broken.
    assert "eigen woorden" not in chat.text
    assert "nog een keer proberen" in chat.text
    # Written a third time, after being asked to check it: their number as they know it, passed
    # on with the truth about what happens if it is wrong.
    chat.say("06 99887766")
    assert "zoals u het schreef" in chat.text
    assert chat.state.contact_phone == "+31699887766"
    assert _confirmed_with_a_reference(chat)


def test_no_number_at_all_after_three_tries_passes_nothing_on(chat: Chat) -> None:
    _to_the_contact_question(chat)
    for _ in range(3):
        chat.say("weet ik niet uit mijn hoofd")

    assert "Ik geef daarom niets door" in chat.text
    assert "MZ-" not in chat.text
    assert chat.asking is None


def test_each_need_the_answer_names_gets_an_offer_before_an_earlier_wish(chat: Chat) -> None:
    _intake(chat)
    chat.say("ik wil eigenlijk wel eens met iemand praten", "tell_situation")
    _through_the_check(chat, yes=3)
    assert chat.asking == "needs"

    chat.say("Contact met lotgenoten. En advies over werk.")

    shown = [offer["id"] for offer in chat.state.offers_suggested or []]
    assert any("verlof" in offer_id for offer_id in shown), shown


def test_a_crisis_only_the_language_model_guessed_is_read_as_its_next_guess(chat: Chat) -> None:
    """The safety check hears no crisis in it, so the question gets its answer."""
    chat.say("ik zorg voor mijn moeder met dementie", "tell_situation")

    reply = chat.say(
        "ik moet even naar mijn vader, straks verder",
        "safety_crisis",
        confidence=0.5,
        crisis_probability=0.05,
        also=(("pause", 0.42),),
    )

    assert chat.state.progress.paused, reply
    assert "113" not in reply and "Denkt u aan zelfdoding" not in reply


def test_a_statement_of_the_check_is_explained_when_asked_and_then_asked_again(chat: Chat) -> None:
    chat.say(STORY, "tell_situation")
    while chat.asking != "check_offer":
        chat.say({"age_group": "25 tot 65", "gemeente": "Zwolle"}.get(chat.asking, "Weet ik niet"))
    chat.say("Ja, doe maar")
    for _ in range(4):
        chat.say("Nee")

    reply = chat.say("ik begrijp niet dit vraag. wat betekent verstoord?")

    assert "Verstoord betekent hier" in reply
    assert "Vraag 5 van 13" in reply and chat.asking == "assessment_item"
    assert chat.state.progress.attempts == 0
    chat.say("Nee")
    assert "Vraag 6 van 13" in chat.text


def test_a_cost_question_just_after_the_offers_is_about_them_unless_it_names_its_subject(
    chat: Chat,
) -> None:
    chat.say("ik werk fulltime en zorg voor mijn vader, wat is er voor werkende mantelzorgers?")
    chat.state.progress.last_offer = "kortdurend_zorgverlof"

    paid = chat.say("en krijg ik dan nog gewoon betaald?")
    assert "Kortdurend zorgverlof" in paid and "loon" in paid, paid

    other = chat.say("WIE BETAALT ZO EEN WOONPLEK")
    assert "Kortdurend zorgverlof" not in other, other

    # Personas dev33: asked in a few words, in English.
    chat.state.progress.last_offer = "kortdurend_zorgverlof"
    bare = chat.say("how much cost?")
    assert "Kortdurend zorgverlof" in bare and "loon" in bare, bare


def test_which_gemeente_to_apply_in_is_not_about_the_offer_shown_last(chat: Chat) -> None:
    # Personas dev34: the naaste lives in another gemeente.
    chat.say("ik zorg voor mijn moeder, zij woont in Kampen en ik in Dronten", "tell_situation")
    chat.state.progress.last_offer = "mantelzorgmakelaar"

    reply = chat.say("moet ik dat in kampen aanvragen of in dronten?", "ask_offer", confidence=0.85)

    assert "waar uw naaste woont" in reply, reply
    assert "Mantelzorgmakelaar" not in reply, reply


def test_how_much_of_the_offer_just_shown_is_about_it(chat: Chat) -> None:
    # Personas dev40: "Daar weet ik geen goed antwoord op" just after the leave was shown.
    chat.say("ik werk fulltime en zorg voor mijn vader, wat is er voor werkende mantelzorgers?")
    chat.state.progress.last_offer = "kortdurend_zorgverlof"

    reply = chat.say("en hoeveel dagen krijg je dan", "ask_help")

    assert "Kortdurend zorgverlof" in reply and "2 keer uw uren per week" in reply, reply


def test_a_relative_die_after_the_offers_does_not_point_at_the_last_offer(chat: Chat) -> None:
    chat.say("ik zorg voor mijn tante met kanker, ik woon in Haarlem", "tell_situation")
    chat.state.progress.last_offer = "mantelzorglijn"

    reply = chat.say("Bestaan er vrijwilligers die bij haar kunnen waken?", "ask_help")

    assert "Vrijwillige thuisondersteuning" in reply, reply
    assert "Mantelzorglijn" not in reply.splitlines()[0], reply

    # Personas dev39: the consultant's card again, for a line to call.
    chat.state.progress.last_offer = "steunpunt_mantelzorg"
    reply = chat.say("is er een lijn die ik kan bellen?", "ask_help")
    assert "Mantelzorglijn" in reply, reply


def test_a_question_that_names_another_offer_is_about_that_one_not_the_last(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vader met parkinson, ik woon in Zwolle", "tell_situation")
    chat.state.progress.last_offer = "gm0193_mantelzorgconsulent"

    reply = chat.say("wat is het telefoonnummer van de mantelzorglijn?", "ask_offer")

    assert "Mantelzorglijn" in reply.splitlines()[0], reply
    assert "mantelzorgconsulent in Zwolle" not in reply, reply


@pytest.mark.parametrize(
    "story",
    [
        None,
        "ik zorg voor mijn moeder, ze heeft alzheimer, ik woon in Zwolle",
        "mijn moeder heeft alzheimer, ik woon in Utrecht",
    ],
)
def test_a_question_about_help_for_one_illness_gets_no_group_for_another(
    chat: Chat, story: str | None
) -> None:
    # Personas dev8: a group for the illness the question names, not the naaste's.
    if story:
        chat.say(story, "tell_situation")

    reply = chat.say("is er iets voor familie van iemand met kanker?", "ask_help")

    assert "mantelzorgcafé" in reply.lower(), reply
    assert "Alzheimer" not in reply and "dementie" not in reply, reply


def test_care_since_the_naaste_was_small_counts_from_the_age_the_story_told(chat: Chat) -> None:
    # Personas dev43: the months were unknown, so intensive care was not seen.
    chat.say("ik ben alleenstaande moeder van een zoon van 10 met autisme", "tell_situation")
    chat.say("zeker 25 uur per week")
    assert chat.asking == "duration_months"

    chat.say("sinds hij 3 was eigenlijk")

    assert chat.state.duration_months == 84.0
    assert chat.state.progress.naaste_age == 10
    assert "naaste_age" not in chat.state.facts()


def test_a_question_the_model_took_for_one_about_the_assistant_is_answered(chat: Chat) -> None:
    reply = chat.say("krijg ik hier iets voor of zo? een compliment of geld?", "bot_challenge")

    assert "computerprogramma" not in reply
    assert "waardering" in reply.lower()


@pytest.mark.parametrize("intent", ["ask_offer", "ask_help", "ask_definition"])
def test_a_question_before_any_story_is_answered_and_invites_the_story(
    chat: Chat, intent: str
) -> None:
    reply = chat.say("Ik wil weten of ik ergens recht op heb, financieel", intent)

    assert "pgb" in reply.lower()  # an answer about money from the knowledge base
    assert reply.rstrip().endswith("Dan zoek ik hulp die nog beter bij u past.")


def test_who_is_cared_for_may_stay_private_and_the_intake_goes_on(chat: Chat) -> None:
    chat.say("Ik wil weten of ik ergens recht op heb, financieel", "ask_offer")
    assert "Voor wie zorgt u?" in chat.text

    chat.say("Zeg ik liever niet", "decline")

    assert "U hoeft niet te zeggen voor wie u zorgt" in chat.text
    assert chat.asking == "hours_per_week"
    assert chat.state.relation == "declined"


def test_why_so_many_questions_and_only_a_number_gets_both(chat: Chat) -> None:
    # Personas dev46.
    chat.say("ik zorg voor mijn vader, ik woon in Amersfoort", "tell_situation")
    asked = chat.asking

    reply = chat.say("waarom al die vragen, ik wil alleen een nummer", "ask_why")

    assert "Ik vraag dit zodat" in reply, reply
    assert "Mantelzorg Amersfoort" in reply, reply
    assert chat.asking == asked


@pytest.mark.parametrize("intent", ["ask_why", None, "tell_situation", "give_contact"])
def test_why_a_question_is_asked_is_answered_whatever_the_model_heard(
    chat: Chat, intent: str | None
) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    chat.say("20 uur")
    assert chat.asking == "duration_months"

    # Persona dev12 d28: "hoe lang al" in the question was read as a guess at the answer.
    reply = chat.say("Waarom wilt u weten hoe lang al? Doet dat ertoe?", intent)

    assert reply.startswith("Ik vraag dit zodat ik hulp kan zoeken")
    assert "Is dat ongeveer" not in reply
    assert chat.asking == "duration_months"


def test_asking_whether_all_can_be_erased_is_no_goodbye(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("Even vrij zijn")

    reply = chat.say("kan ik straks alles laten wissen?", "goodbye")

    assert "verwijder mijn gegevens" in reply and "sterkte" not in reply


def test_a_question_about_the_naastes_consent_is_no_request_for_erasure(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vader", "tell_situation")

    # Personas dev29: the model heard "erase my data" in "toestemming".
    reply = chat.say("moet mijn vader toestemming geven als ik hulp vraag voor hem?", "erase_data")

    assert "Of uw naaste ook ja moet zeggen" in reply
    assert chat.asking != "erase_confirm"
    assert "Wilt u dat ik dit gesprek" in chat.say("ik trek mijn toestemming in", "erase_data")


def test_gaat_nog_to_a_statement_is_no_request_for_more_offers(chat: Chat) -> None:
    # Personas dev35: "gaat nog" showed "Er is ook nog dit:" and four offers, twice.
    _intake(chat)
    chat.say("Ja, doe maar")
    chat.say("Ja")

    reply = chat.say("gaat nog", "more_offers")

    assert "helpen:" not in reply and "Er is ook nog dit" not in reply
    assert "Vraag 2 van 13" in reply and chat.asking == "assessment_item"


def test_a_term_named_during_the_check_is_explained_not_the_statement(chat: Chat) -> None:
    # Personas dev35: "Wat betekent dat, overbelast?" got the meaning of the statement.
    _intake(chat)
    chat.say("Ja, doe maar")

    reply = chat.say("Wat betekent dat, overbelast? Ik ben gewoon moeder", "ask_definition")

    assert "Overbelast" in reply
    assert "Vraag 1 van 13" in reply and chat.asking == "assessment_item"


def test_whether_rides_count_is_answered_in_the_middle_of_the_intake(chat: Chat) -> None:
    # Personas dev35: asked at the duration question, skipped without an answer.
    chat.say("ik zorg voor mijn zoon met epilepsie", "tell_situation")
    chat.say("5 uur per dag ofzo")
    assert chat.asking == "duration_months"

    reply = chat.say(
        "tellen de ritjes naar de therapie ook mee? dat is 3x per week een uur rijden",
        "ask_question",
    )

    assert "reistijd telt mee" in reply
    assert chat.asking == "duration_months"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("wat is een ervaringsdeskundige? de begeleiding noemde dat", "ervaringsdeskundige"),
        ("wat is KOPP? dat zei de psychiater", "KOPP"),
    ],
)
def test_a_term_the_knowledge_base_does_not_know_is_said_back(
    chat: Chat, question: str, term: str
) -> None:
    # Personas dev38: "Daar weet ik geen goed antwoord op" did not show the word was heard.
    chat.say("ik zorg voor mijn zoon met schizofrenie", "tell_situation")

    reply = chat.say(question, "ask_definition")

    assert f'"{term}" precies betekent, staat niet in mijn gegevens' in reply
    assert "consulent" in reply


def _through_the_check(chat: Chat, yes: int = 13) -> None:
    chat.say("Ja, doe maar")
    for number in range(13):
        chat.say("Ja" if number < yes else "Nee")


def _intake(
    chat: Chat,
    gemeente: str = "Zwolle",
    age: str = "25 tot 65",
    opening: str = "ik zorg voor mijn man met parkinson, 20 uur per week, al 2 jaar",
) -> None:
    chat.say(opening, "tell_situation")
    chat.say("Ja")  # samenwonen
    if chat.asking == "combines_with":
        chat.say("Niets anders")
    chat.say(age)
    chat.say(gemeente)
    chat.say("Ja, dat klopt")


def test_an_answer_with_two_gemeenten_and_whose_they_are_is_read_at_once(chat: Chat) -> None:
    chat.say("ik zorg voor mijn ouders met dementie, 10 uur per week, al 3 jaar", "tell_situation")
    chat.say("Nee")  # not living together
    chat.say("Werk")
    chat.say("45")
    assert chat.asking == "gemeente"

    # Personas dev28: asked twice which of the two was meant.
    chat.say("Amersfoort, daar wonen mijn ouders. Zelf woon ik in Nijkerk.")

    assert (chat.state.gemeente, chat.state.care_recipient_gemeente) == ("GM0267", "GM0307")
    assert chat.asking == "summary"


def test_of_two_places_in_the_answer_the_one_lived_in_is_the_gemeente(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder met ms, 10 uur per week, al 3 jaar", "tell_situation")
    while chat.asking != "gemeente":
        chat.say(
            {"lives_with_care_recipient": "Ja", "combines_with": "Studie of school"}.get(
                chat.asking or "", "19"
            )
        )

    # Held out 20: "Er zijn meer gemeenten met die naam: Amersfoort of Utrecht".
    chat.say("amersfoort, maar ik zit doordeweeks veel in utrecht voor school")

    assert chat.state.gemeente == "GM0307"


@pytest.mark.parametrize("answer", ["hiernaast", "bij ons om de hoek", "2 straten verder"])
def test_the_naaste_next_door_lives_in_the_caregivers_gemeente(chat: Chat, answer: str) -> None:
    chat.say(
        "ik zorg voor mijn buurvrouw met dementie, 5 uur per week, al 2 jaar", "tell_situation"
    )
    chat.say("Nee")  # not living together
    chat.say("Werk")
    chat.say("62")
    chat.say("Kampen")
    assert chat.asking == "care_recipient_gemeente"

    chat.say(answer)

    assert chat.state.care_recipient_gemeente == "GM0166"


def test_a_check_stopped_halfway_goes_on_and_a_finished_one_starts_over(chat: Chat) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")
    chat.say("Ja")
    chat.say("Nee")
    chat.say("stop", "stop")

    reply = chat.say("ik wil de vragen toch afmaken", "start_assessment")
    assert "verder waar we waren" in reply and "Vraag 3 van 13" in reply

    for _ in range(11):
        chat.say("Nee")
    chat.say("Even vrij zijn")
    reply = chat.say("kan ik de test opnieuw doen?", "start_assessment")
    assert "vragen opnieuw" in reply and "Vraag 1 van 13" in reply


def test_a_detail_after_the_offers_does_not_restart_the_check(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    assert chat.state.progress.offers_shown

    reply = chat.say("o ja, mijn zus helpt ook een dag in de week", "tell_situation")

    assert "Vraag 1 van 13" not in reply
    assert chat.state.relation == "partner"
    reply = chat.say("ik woon trouwens in Kampen", "tell_situation")
    assert "Vraag 1 van 13" not in reply and "Dit heb ik begrepen" not in reply
    assert chat.state.gemeente == "GM0166"


def test_a_child_who_helps_at_home_is_pointed_to_young_carer_support_once(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    assert chat.state.progress.offers_shown

    reply = chat.say("mijn dochter is 13, zij helpt ook veel met papa", "tell_situation")

    assert "Uw dochter helpt ook mee" in reply and "JMZ-club Zwolle" in reply, reply
    assert "Vraag 1 van 13" not in reply
    reply = chat.say("mijn dochter van 13 helpt echt veel", "tell_situation")
    assert "Uw dochter helpt ook mee" not in reply


def test_a_young_helper_told_during_the_intake_waits_for_the_offers(chat: Chat) -> None:
    _intake(
        chat,
        opening="ik zorg voor mijn man met parkinson, 20 uur per week, al 2 jaar. onze zoon van 15 "
        "springt vaak bij",
    )
    assert chat.state.progress.young_helper == "zoon"
    _through_the_check(chat, yes=3)

    reply = chat.say("hulp in huis zou fijn zijn")

    assert reply.index("Klussen- en boodschappendienst") < reply.index("Uw zoon helpt ook mee")
    assert "JMZ-club Zwolle" in reply, reply


def test_a_question_about_work_heard_as_a_question_about_the_assistant_is_answered(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn moeder en werk 32 uur", "tell_situation")

    reply = chat.say("en kan ik ook om flexibele werktijden vragen?", "ask_capabilities")

    assert "U kunt bij mij terecht om" not in reply
    assert "werkgever" in reply, reply


def test_a_question_heard_as_a_wish_for_an_overview_without_its_words_is_not_one(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")

    reply = chat.say(
        "kan dit ook via de telefoon? typen gaat zo langzaam met mijn handen",
        "send_overview",
        confidence=0.4,
    )

    assert "nog geen hulp laten zien" not in reply, reply


def test_a_question_about_time_off_work_ending_in_hoe_werkt_dit_is_answered(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vader en werk fulltime", "tell_situation")

    reply = chat.say("kan ik vrij van werk voor mijn vader? hoe werkt dit", "ask_capabilities")

    assert "U kunt bij mij terecht om" not in reply
    assert "verlof" in reply, reply


def test_a_question_for_a_named_steunpunt_gets_its_contact_without_asking_the_gemeente(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn vader", "tell_situation")

    reply = chat.say("Heeft het steunpunt in Amersfoort ook een telefoonnummer?", "ask_help")

    assert "Zo bereikt u Mantelzorg Amersfoort" in reply and "In welke gemeente" not in reply, reply


def test_a_question_for_money_that_tells_of_work_gets_money_first(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vrouw", "tell_situation")

    reply = chat.say(
        "krijg je als mantelzorger eigenlijk ergens geld voor? ik mis nu werk", "ask_help"
    )

    first_offer = reply.split("\n\n")[1]
    assert first_offer.startswith("Mantelzorgwaardering"), reply


def test_a_duration_told_by_a_school_year_is_counted_from_the_age(chat: Chat) -> None:
    chat.say("ik help mijn moeder, 14 uur per week", "tell_situation")
    assert chat.asking == "duration_months"

    reply = chat.say("sinds ik in de tweede zat ongeveer")

    assert "begreep" not in reply, reply
    assert chat.asking == "age_group"  # the age it began at is known; the age now is asked
    chat.say("16")
    assert chat.state.duration_months == 36.0


def test_a_duration_told_as_a_moment_asks_how_long_ago(chat: Chat) -> None:
    chat.say("ik help mijn moeder, 14 uur per week", "tell_situation")
    assert chat.asking == "duration_months"

    reply = chat.say("sinds haar beroerte")

    assert "Hoe lang is dat ongeveer geleden?" in reply
    assert chat.asking == "duration_months"
    chat.say("een jaar of drie")
    assert chat.state.duration_months == 36.0


def test_a_child_cared_for_is_no_young_helper(chat: Chat) -> None:
    chat.say("ik zorg voor mijn zoon van 12 met autisme, ik moet hem overal mee helpen")
    assert chat.state.progress.young_helper is None


def test_a_finished_check_starts_again_only_when_the_message_names_it(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")

    reply = chat.say(
        "mijn vrouw vindt dat ik te veel hooi op mijn vork neem maar het gaat echt prima",
        "start_assessment",
        confidence=0.7,
    )
    assert "Vraag 1 van 13" not in reply

    reply = chat.say("mag ik de test nog een keer doen?", "start_assessment")
    assert "Vraag 1 van 13" in reply


def test_a_question_in_the_middle_of_the_check_is_no_wrong_answer(chat: Chat) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")
    chat.say("Ja")

    reply = chat.say("Is het normaal dat ik soms gewoon boos op hem ben? Ik schaam me daarvoor.")
    assert "begreep" not in reply and "veel mantelzorgers herkennen" in reply
    assert "Vraag 2 van 13" in reply

    reply = chat.say("Wat is het verschil tussen een notaris en een advocaat?")
    assert "begreep" not in reply and "Vraag 2 van 13" in reply
    assert chat.state.progress.attempts == 0


# From blind set dev7 (questions about the conversation, feelings, words and referrals), asked in
# the middle of the check, with the intent the model may give them.
QUESTIONS_DURING_THE_CHECK = [
    ("Hoe lang duurt het voordat de consulent mij belt?", "ask_offer", "werkdag"),
    ("moet ik mn echte naam zeggen?", None, "hoeft niet"),
    ("Bij welke score ben je overbelast?", None, "7 of meer"),
    ("en wat is de uitslag dan", None, "hoort u uw uitslag"),
    ("kan ik dit ook later afmaken? zit in de trein", "send_overview", "verder waar we waren"),
    ("MOET IK JA ZEGGEN ALS HET MAAR EEN BEETJE ZO IS", None, "meest bij u past"),
    ("Moet ik deze vragen echt allemaal doen?", None, "overslaan"),
    # personas dev12
    ("moet ik dit echt allemaal invullen?", "ask_capabilities", "overslaan"),
    # personas dev19
    ("Moet ik echt alle vragen invullen?", "ask_help", "overslaan"),
    ("krijg ik geld als ik mantelzorger ben?", "ask_help", "Mantelzorgwaardering"),
    ("is dit ook voor mensen van mijn leeftijd??", "ask_offer", "jongere tot ongeveer 25 jaar"),
    ("hoeveel vragen nog", "stop", "Nog 12 vragen"),
    ("ik wil niet dat mn gegevens ergens heen gaan. wat als ik nee zeg", None, "toestemming"),
    ("Sorry, ik moet huilen bij deze vragen. Is dat gek?", "express_burden", "begrijpelijk"),
    ("hij word soms zo boos en dan word ik ook boos is dat erg", "express_burden", "begrijpelijk"),
    ("Valt ALS onder de Wlz? Hij heeft steeds meer zorg nodig.", "express_burden", "CIZ"),
    ("Wie kan hem helpen om te stoppen met drinken?", "ask_help", "verslavingszorg"),
    ("Kan er iets gebeuren als mijn man zelf geen hulp wil?", "ask_help", "huisarts"),
    ("Wat is het verschil tussen Wmo en Wlz?", "ask_definition", "CIZ"),
    ("Hoe snel belt iemand mij terug?", "request_human", "werkdag"),
    ("Kost het iets als er iemand van jullie belt?", "request_human", "gratis"),
    ("Sorry, ik moet huilen bij deze vragen. Is dat gek?", "resume", "begrijpelijk"),
    (
        "Kan ik een gehandicaptenparkeerkaart krijgen voor mijn vrouw?",
        "ask_offer",
        "parkeerkaart vraagt u aan",
    ),
    (
        "moet ik eerlijk zijn? ik wil niet dat iemand het te weten komt",
        "request_human",
        "toestemming",
    ),
    (
        "kan ik ook iemand spreken die hetzelfde meemaakt met zijn partner",
        "ask_help",
        "Mantelzorgcaf",
    ),
    (
        "kan ik ook iemand spreken die hetzelfde meemaakt met haar partner",
        "request_human",
        "Mantelzorgcaf",
    ),
    ("Hoe laat is het inloopspreekuur in Deventer?", "ask_offer", "Voor Deventer heb ik nog geen"),
    (
        "wat moet ik zeggen als ze bellen, ik ben niet zo goed in praten",
        "ask_help",
        "voor te bereiden",
    ),
    ("Is dit zo'n test van de dokter?", "ask_definition", "geen diagnose"),
    ("belt die consulent echt of is dat weer zo'n wachtlijst", "request_human", "werkdagen"),
    ("Wat Gebeurt Er Met Mijn Telefoonnumer", None, "toestemming"),
    # personas dev43: "m'n" is folded to "m n".
    ("wat gebeurt er met m'n antwoorden op deze vragen?", "ask_offer", "toestemming"),
]


@pytest.mark.parametrize(("question", "intent", "answer"), QUESTIONS_DURING_THE_CHECK)
def test_a_question_during_the_check_is_answered_and_the_check_goes_on(
    chat: Chat, question: str, intent: str | None, answer: str
) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")
    chat.say("Ja")

    reply = chat.say(question, intent)

    assert answer in reply and "begreep" not in reply
    assert "Vraag 2 van 13" in reply


def test_a_wish_in_the_story_is_among_the_offers_after_a_button_for_another_need(
    chat: Chat,
) -> None:
    _intake(
        chat,
        opening="ik zorg voor mijn man met parkinson, 20 uur per week, al 2 jaar. ik wil graag "
        "praten met andere mantelzorgers",
    )
    _through_the_check(chat, yes=3)

    reply = chat.say('/tell_situation{"answer": "even_vrij"}')

    assert [need["category"] for need in chat.state.needs] == ["lotgenoten", "even_vrij"]
    assert "Mantelzorgcaf" in reply


def test_a_feeling_told_gets_the_words_for_it(chat: Chat) -> None:
    _intake(chat)

    reply = chat.say("Ik voel me zo schuldig dat ik haar daar heb laten wonen.", "express_burden")

    assert "veel mantelzorgers herkennen die gevoelens" in reply


@pytest.mark.parametrize("intent", ["tell_situation", "nlu_fallback", None])
def test_a_feeling_told_is_heard_whatever_the_model_guessed(chat: Chat, intent: str | None) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")

    reply = chat.say("Ik ben nu al aan het rouwen terwijl hij er nog is.", intent)

    assert "veel mantelzorgers herkennen die gevoelens" in reply
    assert "begreep ik niet" not in reply


def test_a_word_asked_after_an_offer_is_explained_not_the_offer(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    chat.say('/ask_offer{"offer": "kortdurend_zorgverlof"}')

    reply = chat.say("pgb wat is dat", "ask_offer")

    assert "persoonsgebonden budget" in reply.lower() and "Kortdurend zorgverlof" not in reply


def test_the_story_told_again_after_the_offers_is_heard_not_misunderstood(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")

    reply = chat.say("ik zorg voor mijn man, hij heeft parkinson en praat bijna niet meer")

    assert "begreep" not in reply and "Dank u dat u dat vertelt." in reply


def test_a_worry_told_after_the_offers_is_heard_not_asked_again(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")

    reply = chat.say(
        "ik heb ook nog een broertje van 14 die bij haar woont, daar maak ik me zorgen om", None
    )

    assert "begreep" not in reply and "Dank u dat u dat vertelt." in reply
    assert "iemand wilt spreken" in reply


def test_that_after_a_question_of_its_own_is_not_the_offer_shown_last(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    chat.say('/ask_offer{"offer": "kortdurend_zorgverlof"}')

    reply = chat.say("is er taxi voor dialyse? wie betaalt dat?", "ask_offer")

    assert "zorgverzekeraar" in reply and "Kortdurend zorgverlof" not in reply
    assert "Kortdurend zorgverlof" in chat.say("wie betaalt dat?", "ask_offer")


def test_a_question_for_the_steunpunts_number_is_not_about_the_offer_shown_last(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    chat.say('/ask_offer{"offer": "kortdurend_zorgverlof"}')

    reply = chat.say("heeft het steunpunt een telefoonnummer?", "ask_offer")

    assert "Zo bereikt u" in reply and "telefoon" in reply
    assert "Kortdurend zorgverlof" not in reply


def test_a_long_question_about_the_offer_shown_last_is_answered_and_no_goodbye(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    chat.say('/ask_offer{"offer": "vrijwillige_thuisondersteuning"}')
    assert chat.asking is None

    reply = chat.say("kan het ook in het weekend, doordeweeks heb ik school tot 4", "goodbye")

    assert reply.startswith(WHEN_UNKNOWN_TEXT), reply
    assert "Vrijwillige thuisondersteuning" in reply


def test_a_question_about_applying_that_names_its_help_is_not_about_the_last_offer(
    chat: Chat,
) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    chat.say('/ask_offer{"offer": "wmo_melding_keukentafelgesprek"}')

    reply = chat.say("Hoe vraag ik thuiszorg voor mijn vader aan, moet dat via de huisarts?")

    assert reply.startswith("Thuiszorg is een verzamelnaam."), reply


def test_a_question_the_model_heard_as_a_pause_is_answered_and_the_intake_goes_on(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn man", "tell_situation")
    asked = chat.asking

    reply = chat.say("wat doet zo n steunpunt eigenlijk?", "pause")

    assert "steunpunt mantelzorg" in reply and "neem de tijd" not in reply
    assert chat.asking == asked and not chat.state.progress.paused
    assert "neem de tijd" in chat.say("momentje, de bel gaat", "pause")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("mag ik dit anoniem doen? ik wil niet dat mijn naam ergens terechtkomt", "Ja, dat kan."),
        ("moet ik hiervoor inloggen met digid of zo?", "hoeft niet in te loggen"),
        ("krijgt mn moeder of school dit te zien?", "Niemand anders ziet het"),
    ],
)
def test_questions_about_this_chat_get_the_assistants_own_answer(
    chat: Chat, question: str, answer: str
) -> None:
    chat.say("ik zorg voor mijn man", "tell_situation")

    assert answer in chat.say(question, "ask_help")


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        # Personas dev16, dev17, dev18, dev23: asked after the offers, about something else.
        ("Hoe regel ik dat ik mentor van mijn zus word?", "mentorschap", "Vrijwillige thuis"),
        ("Wie moet ik bellen als het weer misgaat met hem?", None, "Vrijwillige thuis"),
        ("Is dat mantelzorgcafe in Zwolle of in Kampen?", "Mantelzorgcafé", "Vrijwillige thuis"),
        (
            "Heb ik recht op langdurend zorgverlof, en moet mijn werkgever dat goedkeuren?",
            "Langdurend zorgverlof",
            "Of uw naaste ook ja moet zeggen",
        ),
    ],
)
def test_a_question_after_the_offers_about_something_else_is_not_about_the_last_offer(
    chat: Chat, question: str, expected: str | None, not_expected: str
) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    chat.say('/ask_offer{"offer": "vrijwillige_thuisondersteuning"}')

    reply = chat.say(question, "ask_help")

    assert expected is None or expected in reply, reply
    assert not_expected not in reply.split("\n")[0], reply


def test_a_wish_for_other_help_after_the_offers_gets_its_offers(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")
    shown = {offer["id"] for offer in chat.state.offers_suggested or []}

    # Personas dev32: the second need, said after the offers the way the first was said.
    reply = chat.say("en hulp met dat pgb gedoe", "tell_situation")

    assert "Dat heb ik genoteerd" not in reply
    new = {offer["id"] for offer in chat.state.offers_suggested or []} - shown
    assert "pgb" in new or "mantelzorgmakelaar" in new, new


def test_a_question_about_a_place_without_local_data_names_that_place(chat: Chat) -> None:
    _intake(chat, gemeente="Texel")
    _through_the_check(chat, yes=3)
    chat.say("anderen ontmoeten")

    reply = chat.say("Is er ook zo'n groep op Texel zelf? De boot is zo duur.")

    assert "Voor Texel heb ik nog geen gegevens" in reply and "Wmo-loket" in reply


def test_an_overloaded_caregiver_is_offered_the_steunpunt_by_name(chat: Chat) -> None:
    _intake(chat, gemeente="Kampen")
    _through_the_check(chat, yes=12)
    reply = chat.say("even vrij zijn")

    assert reply.rstrip().endswith("Dat is gratis.")
    assert "Mantelzorgpunt Kampen" in reply
    assert chat.asking == "steunpunt_offer"
    assert "website van uw gemeente" not in reply


@pytest.mark.parametrize(
    ("story", "offered"), [(" Ik sta er helemaal alleen voor.", True), ("", False)]
)
def test_a_moderate_burden_with_heavy_care_and_nobody_to_help_is_offered_the_steunpunt(
    chat: Chat, story: str, offered: bool
) -> None:
    # Personas dev42: a caregiver alone (FACTS §1.8, a small network) with a moderate score.
    chat.say(
        f"ik zorg voor mijn buurvrouw, 12 uur per week, al 9 maanden.{story}", "tell_situation"
    )
    answers = {
        "lives_with_care_recipient": "Nee",
        "combines_with": "Niets anders",
        "age_group": "65 tot 75",
        "gemeente": "Kampen",
    }
    while chat.asking != "summary":
        chat.say(answers.get(chat.asking or "", "Weet ik niet"))
    chat.say("Ja, dat klopt")
    _through_the_check(chat, yes=5)

    reply = chat.say("even vrij zijn")

    assert ("Mantelzorgpunt Kampen" in reply and chat.asking == "steunpunt_offer") is offered


def test_a_caregiver_who_said_no_early_is_asked_once_more_by_name_after_the_check(
    chat: Chat,
) -> None:
    # Personas dev35, dev42: declined the offer in the first message, before the gemeente was
    # known; overloaded after the check, the steunpunt was never offered by name.
    chat.say("mijn moeder gaat dood en ik weet niet hoe lang ik dit nog trek", "express_burden")
    assert chat.asking == "steunpunt_offer"
    chat.say("nee dank je", "deny")
    while chat.asking != "summary":
        chat.say({"gemeente": "Zwolle", "age_group": "51"}.get(chat.asking or "", "Weet ik niet"))
    chat.say("Ja, dat klopt")
    _through_the_check(chat, yes=12)

    reply = chat.say("even vrij zijn")

    assert "nog één keer" in reply
    assert "Steunpunt Mantelzorg Zwolle" in reply and reply.rstrip().endswith("Dat is gratis.")
    assert chat.asking == "steunpunt_offer"
    reply = chat.say("nee", "deny")

    assert "zelf mailen" in reply and chat.asking != "steunpunt_offer"
    assert "Wilt u dat een consulent" not in chat.say("wat is respijtzorg?", "ask_definition")


def test_a_no_to_the_steunpunt_where_none_is_known_names_the_national_line(chat: Chat) -> None:
    # Personas dev47: the gemeente not told, a heavy check, and a no to the steunpunt.
    _intake(chat, gemeente="Zeg ik liever niet")
    _through_the_check(chat, yes=12)
    chat.say("even vrij zijn")
    assert chat.asking == "steunpunt_offer"

    reply = chat.say("nee dank je", "deny")

    assert "Dat is goed. Wilt u later toch met iemand praten?" in reply, reply
    assert "Mantelzorglijn" in reply and chat.asking != "steunpunt_offer"


def test_a_caregiver_who_said_no_to_the_named_steunpunt_is_not_asked_again(chat: Chat) -> None:
    reply = chat.say(
        "ik woon in Zwolle en ik trek het niet meer, mijn moeder gaat dood", "express_burden"
    )
    assert chat.asking == "steunpunt_offer" and "Steunpunt Mantelzorg Zwolle" in reply
    chat.say("nee dank je", "deny")
    while chat.asking != "summary":
        chat.say({"age_group": "51"}.get(chat.asking or "", "Weet ik niet"))
    chat.say("Ja, dat klopt")
    _through_the_check(chat, yes=12)

    reply = chat.say("even vrij zijn")

    assert "Steunpunt Mantelzorg Zwolle" in reply and "zelf mailen" in reply
    assert chat.asking != "steunpunt_offer"


def test_financial_pressure_in_the_check_adds_a_money_card(chat: Chat) -> None:
    # Personas dev36 and dev37: yes to "We leven onder financiële druk", papers asked for.
    _intake(chat)
    _through_the_check(chat, yes=13)

    chat.say("papieren regelen, ik snap die brieven van de gemeente niet")

    shown = {offer["id"] for offer in chat.state.offers_suggested or []}
    money = {o.id for o in build_index_from_files().offers if "financieel" in o.needs}
    assert shown & money, shown


def test_without_local_data_the_national_help_and_the_wmo_loket_are_named(chat: Chat) -> None:
    _intake(chat, gemeente="Utrecht")
    _through_the_check(chat, yes=12)
    reply = chat.say("even vrij zijn")

    assert "Mantelzorglijn" in reply
    assert "Wmo-loket" in reply
    assert "Bron:" in reply
    assert chat.asking is None


@pytest.mark.parametrize(
    "story",
    [
        "ik ben 16 en ik help mijn moeder, ze is depressief",
        # Personas dev43: a pupil who says no age.
        "yo mijn leraar zei dat ik hier moest kijken. mijn pa heeft een hersenbloeding gehad",
        "elke dag na school help ik mijn vader uit de stoel en met eten",
    ],
)
def test_a_young_caregiver_is_addressed_with_je(chat: Chat, story: str) -> None:
    reply = chat.say(story, "tell_situation")

    assert chat.state.young_caregiver
    assert " je " in f" {reply} " and " u " not in f" {reply} "


def test_a_question_in_the_middle_of_the_intake_is_answered_and_the_intake_goes_on(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    assert chat.asking == "hours_per_week"

    reply = chat.say("hoe vraag ik zorgverlof aan?", "ask_help")

    assert "zorgverlof" in reply.lower() and "werkgever" in reply.lower()
    assert chat.asking == "hours_per_week"
    assert reply.rstrip().endswith(chat.messages[-1].text)


def test_a_story_the_model_heard_as_a_goodbye_does_not_end_the_intake(chat: Chat) -> None:
    # Personas dev44: "de volgende dag" in the story; the model said goodbye.
    chat.say("ik zorg voor mijn man", "tell_situation")

    reply = chat.say(
        "ik plan alles voor hem, van zijn pillen s ochtends tot zijn agenda voor de volgende dag "
        "s avonds, en tussendoor knip ik",
        "goodbye",
    )

    assert "sterkte" not in reply and chat.asking == "hours_per_week"


def test_a_first_story_the_model_heard_as_a_goodbye_starts_the_intake(chat: Chat) -> None:
    reply = chat.say(
        "ik plan alles voor mijn man, van zijn pillen s ochtends tot zijn agenda voor de volgende "
        "dag, hij heeft hersenletsel",
        "goodbye",
    )

    assert "sterkte" not in reply


def test_medicines_run_out_while_the_huisarts_is_closed_names_the_huisartsenpost(
    chat: Chat,
) -> None:
    # Personas dev42, at the hours question; the model heard it as out of scope.
    chat.say("ik zorg voor mijn moeder", "tell_situation")

    reply = chat.say(
        "wat moet ik nu doen, de pillen zijn op en de huisarts is dicht?", "out_of_scope"
    )

    assert "huisartsenpost" in reply and "niet mee helpen" not in reply
    assert chat.asking == "hours_per_week"


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("Ik wil graag praten met andere mantelzorgers", "ask_help", "lotgeno"),
        (
            "Is er een telefoonnummer waar ik anoniem mijn verhaal kwijt kan?",
            "ask_help",
            "Mantelzorglijn",
        ),
        (
            "Ik ben 19 en zorg voor mijn broer, is er iets voor jongeren?",
            "ask_help",
            "jonge mantelzorger",
        ),
        ("wat is respijtzorg?", "ask_definition", "respijtzorg"),
        (
            "Mijn zoon heeft het syndroom van Down en ik las dat je dan als ouder ook mantelzorger "
            "bent?",
            "ask_help",
            "onbetaald",
        ),
        ("ben ik eigenlijk verplicht om voor hem te zorgen?", "ask_help", "vrijwillig"),
        (
            "ik ben 22 en student, krijg je ergens een vergoeding voor dit soort zorg?",
            "ask_help",
            "mantelzorgwaardering",
        ),
        ("Wie moet ik bellen als het weer misgaat met hem?", "ask_help", "huisarts"),
    ],
)
def test_free_questions_get_answers(chat: Chat, question: str, intent: str, expected: str) -> None:
    reply = chat.say(question, intent)

    assert expected.lower() in reply.lower(), reply
    assert "Bedoelt u" not in reply


def test_a_number_to_call_oneself_is_given_though_privacy_is_why(chat: Chat) -> None:
    reply = chat.say(
        "is er een nummer dat ik zelf kan bellen? ik geef liever niet mijn gegevens", "ask_help"
    )
    assert "gemeente" in reply.lower() and "toestemming" not in reply, reply
    reply = chat.say("Kampen")

    assert "Mantelzorgpunt Kampen" in reply, reply


def test_the_steunpunts_phone_question_is_answered_from_the_knowledge_base(chat: Chat) -> None:
    reply = chat.say("Heeft het steunpunt mantelzorg ook een telefoonnummer?", "ask_help")
    assert "gemeente" in reply.lower()
    reply = chat.say("Zwolle")

    assert "Steunpunt Mantelzorg Zwolle" in reply
    assert "steunpunt@zwolle.example.org" in reply


def test_more_than_168_hours_is_asked_again_with_the_reason(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")

    reply = chat.say("200 uur per week")

    assert "168 uur" in reply
    assert chat.asking == "hours_per_week"


def test_an_ambiguous_place_names_the_candidates_as_buttons(chat: Chat) -> None:
    chat.say(
        "ik zorg voor mijn moeder, 10 uur per week, al een jaar, we wonen samen", "tell_situation"
    )
    while chat.asking != "gemeente":
        chat.say("Sla over")

    reply = chat.say("Hengelo")

    assert "Er zijn meer gemeenten met die naam" in reply
    assert ("Hengelo" in chat.buttons and "Hof van Twente" not in chat.buttons) or len(
        chat.buttons
    ) >= 2
    chat.say(chat.buttons[0])
    assert chat.state.gemeente not in (None, "unknown")


@pytest.mark.parametrize(
    ("answer", "code"), [("hengelo (ov)", "GM0164"), ("Hengelo gld", "GM1876")]
)
def test_a_province_beside_an_ambiguous_place_decides(chat: Chat, answer: str, code: str) -> None:
    chat.say(
        "ik zorg voor mijn moeder, 10 uur per week, al een jaar, we wonen samen", "tell_situation"
    )
    while chat.asking != "gemeente":
        chat.say("Sla over")

    reply = chat.say(answer)

    assert "Er zijn meer gemeenten met die naam" not in reply
    assert chat.state.gemeente == code


def test_a_correction_after_the_summary_updates_and_reads_back_again(chat: Chat) -> None:
    _intake(chat)  # ends with "Ja, dat klopt"; start again with a fresh read-back
    chat.state.progress.summary_confirmed = False
    chat.state.progress.asking = "summary"

    reply = chat.say("nee het is 15 uur", "deny")

    assert chat.state.hours_per_week == 15
    assert "Dat heb ik aangepast." in reply and "ongeveer 15 uur per week" in reply
    assert chat.asking == "summary"


def test_a_plain_no_after_the_summary_asks_what_is_wrong(chat: Chat) -> None:
    _intake(chat)
    chat.state.progress.summary_confirmed = False
    chat.state.progress.asking = "summary"

    reply = chat.say("Nee, iets klopt niet")

    assert "Wat klopt er niet?" in reply
    chat.say("ik zorg voor mijn schoonmoeder", "tell_situation")
    assert chat.state.relation == "schoonouder"
    assert chat.asking == "summary"


def test_a_young_caregiver_hears_je_all_the_way_to_the_offers(chat: Chat) -> None:
    from bot.conversation.informal import ends_formal

    replies = [
        chat.say(
            "ik ben 16 en ik zorg voor mijn broertje met autisme, elke dag 2 uur", "tell_situation"
        )
    ]
    while chat.asking and chat.asking != "needs" and len(replies) < 40:
        if chat.asking == "assessment_item":
            replies.append(chat.say("Nee"))
        elif chat.asking in ("check_offer", "summary"):
            replies.append(chat.say("Ja"))
        else:
            replies.append(chat.say("Sla over"))
    replies.append(chat.say("Anderen ontmoeten"))

    formal = [reply for reply in replies if ends_formal(reply)]
    assert not formal, formal


def test_every_message_gets_an_answer(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=2)
    chat.say("even vrij zijn")

    for text in ("ok", "mijn moeder woont trouwens in Kampen", "hmm", "Zwolle"):
        assert chat.say(text).strip(), text


def test_a_veiled_message_gets_a_check_and_after_no_its_question_is_answered(chat: Chat) -> None:
    check = chat.say(
        "het hoeft voor mij allemaal niet meer. hoe vraag ik zorgverlof aan?", "ask_offer"
    )
    assert "113" in check and "112" in check
    assert chat.buttons == ["Ja", "Nee, bedoel ik niet"]

    answer = chat.say("/deny")
    assert "zorgverlof" in answer.lower() and "113" not in answer
    assert "goed gaat" not in answer  # the caregiver did not say that things go well


def test_a_yes_to_the_check_gets_every_help_line(chat: Chat) -> None:
    chat.say("het hoeft voor mij allemaal niet meer", "express_burden")
    assert chat.asking == "safety_check"
    help_lines = chat.say("ja")
    assert "113" in help_lines and "112" in help_lines


def test_wanting_someone_to_talk_to_without_a_steunpunt_does_not_go_round_in_circles(
    chat: Chat,
) -> None:
    _intake(chat, gemeente="Utrecht")
    _through_the_check(chat, yes=3)
    assert chat.asking == "needs"
    first = chat.say("weet niet. praten met iemand die snapt hoe t is")
    assert "Mantelzorglijn" in first
    second = chat.say("weet niet. praten met iemand die snapt hoe t is")
    assert second != first
    assert chat.asking != "needs"


@pytest.mark.parametrize(
    "question",
    [
        "vertel je dit aan iemand? mn moeder mag het niet weten",
        "moet mijn mama dit weten?",
        "ga je dit aan mijn moeder vertellen?",
        "moet mijn mama weten dat ik hier ben?",
        "weet mijn vader dan dat ik met jullie heb gepraat?",
        "Kan hij boos worden dat ik hier over hem praat? Moet hij dat weten?",
        "vertellen jullie dit aan mn moeder of school?",
        "Kan mijn werkgever zien dat ik dit heb ingevuld?",
        "Gaat er iets van dit gesprek naar mijn werkgever?",
    ],
)
def test_whether_the_family_hears_of_it_is_answered(chat: Chat, question: str) -> None:
    reply = chat.say(question, "ask_help")
    assert "toestemming" in reply and "familie" in reply
    assert "beslist zelf" in reply


def test_an_answer_to_the_question_gets_no_check_when_only_the_model_hears_a_crisis(
    chat: Chat,
) -> None:
    _intake(chat, gemeente="Kampen")
    _through_the_check(chat, yes=12)
    assert chat.asking == "needs"
    reply = chat.say(
        "Hulp bij het wassen en aankleden van mijn vrouw in de ochtend. Mijn rug wil niet meer.",
        crisis_probability=0.95,
    )
    assert "zelfdoding" not in reply
    assert chat.asking != "safety_check"


def test_a_message_that_is_no_answer_gets_the_check_when_the_model_hears_a_crisis(
    chat: Chat,
) -> None:
    reply = chat.say("ik heb er vrede mee, morgen ben ik er niet", crisis_probability=0.95)
    assert "zelfdoding" in reply and "113" in reply
    assert chat.asking == "safety_check"


def test_a_life_in_danger_now_that_only_the_model_hears_gets_112_first_and_no_question(
    chat: Chat,
) -> None:
    reply = chat.say(
        "mijn broer zit nu met het touw op zolder, hij doet de deur niet open",
        crisis_probability=0.7,
    )

    assert "zelfdoding, of is iemand in gevaar" not in reply
    assert reply.index("112") < reply.index("113")
    assert chat.asking == "crisis_offer"


def test_wanting_to_talk_to_someone_answers_the_needs_question_where_there_is_no_steunpunt(
    chat: Chat,
) -> None:
    _intake(chat, gemeente="Hardenberg")
    _through_the_check(chat, yes=12)
    assert chat.asking == "needs"

    first = chat.say("weet ik niet, gewoon iemand om mee te praten die het snapt", "request_human")
    second = chat.say("en nu?", "out_of_scope")

    assert "geen steunpunt mantelzorg" in first
    assert chat.asking != "needs"
    assert "Wat zou u nu het meest helpen?" not in first + second


def test_an_answer_to_one_question_does_not_replace_a_fact_given_before(chat: Chat) -> None:
    chat.say(
        "Mijn man heeft anderhalf jaar geleden een beroerte gehad, ik zorg voor hem",
        "tell_situation",
    )
    assert chat.state.duration_months == 18
    while chat.asking != "lives_with_care_recipient":
        chat.say("20 uur per week" if chat.asking == "hours_per_week" else "Weet ik niet")
    chat.say("ja natuurlijk, al 50 jaar")

    assert chat.state.lives_with_care_recipient is True
    assert chat.state.duration_months == 18


def test_a_child_living_with_someone_else_does_not_change_living_together(chat: Chat) -> None:
    chat.say(
        "ik zorg voor mijn ex, hij heeft hersenletsel, 12 uur per week, al een jaar",
        "tell_situation",
    )
    chat.say("Nee, hij heeft een flat in Nieuwegein")
    assert chat.state.lives_with_care_recipient is False
    chat.say("werk 32 uur en onze dochter woont bij mij")

    assert chat.state.lives_with_care_recipient is False


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("mag ik een vraag overslaan?", "sla over"),
        ("telt de reistijd met de trein ook mee?", "reistijd telt mee"),
        ("wat doen jullie eigenlijk met wat ik hier typ?", "zonder uw toestemming"),
    ],
)
def test_questions_about_the_conversation_are_answered_in_the_middle_of_a_question(
    chat: Chat, question: str, expected: str
) -> None:
    chat.say(STORY, "tell_situation")
    assert chat.asking == "hours_per_week"
    chat.say(question)

    assert expected in chat.text
    assert chat.asking == "hours_per_week"


@pytest.mark.parametrize("answer", ["gaat prima eigenlijk", "nei hoor", "Uiteraard.", "gaat best"])
def test_burden_statements_take_everyday_answers(chat: Chat, answer: str) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")
    assert chat.asking == "assessment_item"
    first = chat.text
    chat.say(answer)

    assert chat.asking == "assessment_item"
    assert chat.text != first
    assert "begreep" not in chat.text


@pytest.mark.parametrize("correction", ["nee, ja hij woont gewoon thuis", "nee, we wonen samen"])
def test_a_correction_given_with_the_no_is_applied_and_read_back(
    chat: Chat, correction: str
) -> None:
    chat.say(STORY, "tell_situation")
    chat.say("20 uur per week")
    chat.say("Nee")
    assert chat.state.lives_with_care_recipient is False
    while chat.asking != "summary":
        chat.say({"age_group": "25 tot 65", "gemeente": "Zwolle"}.get(chat.asking, "Weet ik niet"))
    chat.say(correction)

    assert chat.state.lives_with_care_recipient is True
    assert chat.asking == "summary"
    assert "U woont samen" in chat.text


def test_yes_with_a_correction_in_the_correction_step_is_no_confirmation(chat: Chat) -> None:
    chat.say(STORY, "tell_situation")
    chat.say("20 uur per week")
    chat.say("Nee")
    while chat.asking != "summary":
        chat.say({"age_group": "25 tot 65", "gemeente": "Zwolle"}.get(chat.asking, "Weet ik niet"))
    chat.say("Nee, iets klopt niet")
    assert chat.asking == "summary_correction"
    chat.say("ja hij woont gewoon thuis")

    assert chat.state.lives_with_care_recipient is True
    assert chat.asking == "summary"


def test_a_place_travelled_to_is_not_where_the_caregiver_lives(chat: Chat) -> None:
    chat.say(
        "Ons zoontje van 6 heeft leukemie. Ik ben doodmoe van het heen en weer rijden naar Utrecht",
        "tell_situation",
    )

    assert chat.state.gemeente is None


def test_a_place_as_the_correction_of_the_read_back_is_applied(chat: Chat) -> None:
    chat.say(STORY, "tell_situation")
    chat.say("20 uur per week")
    chat.say("Nee")
    while chat.asking != "summary":
        chat.say({"age_group": "25 tot 65", "gemeente": "Zwolle"}.get(chat.asking, "Weet ik niet"))
    chat.say("nee, Breda")

    assert chat.services.gemeente_name(chat.state.gemeente) == "Breda"
    assert chat.asking == "summary"
    assert "Breda" in chat.text


def test_the_place_of_a_treatment_is_not_taken_for_where_they_live_and_a_corrected_home_is_shared(
    chat: Chat,
) -> None:
    chat.say(
        "mijn man heeft prostaatkanker en krijgt bestralingen in Zwolle. ik rijd hem steeds heen "
        "en weer, we wonen samen",
        "tell_situation",
    )
    assert chat.state.gemeente is None and chat.state.care_recipient_gemeente is None
    chat.state.gemeente = chat.state.care_recipient_gemeente = "GM0193"  # read wrongly somehow
    while chat.asking != "summary":
        chat.say({"age_group": "65 tot 75"}.get(chat.asking, "Weet ik niet"))

    reply = chat.say("nee, Wilsum, bij Kampen")

    assert chat.services.gemeente_name(chat.state.gemeente) == "Kampen"
    assert chat.state.care_recipient_gemeente == chat.state.gemeente
    assert "Uw naaste woont in de gemeente" not in reply


def test_a_long_story_that_holds_an_answer_still_gets_the_check_the_model_asks_for(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn zoon, hij heeft schizofrenie", "tell_situation")
    while chat.asking != "duration_months":
        chat.say("20 uur per week" if chat.asking == "hours_per_week" else "Weet ik niet")
    reply = chat.say(
        "vorige week is er iets gebeurd toen ik zei dat hij moest stoppen, sindsdien durf ik niet "
        "goed meer en ik weet niet wat ik moet doen met hem en met mezelf",
        crisis_probability=0.95,
    )

    assert "zelfdoding" in reply
    assert chat.asking == "safety_check"


def _answer_the_aanmelding(chat: Chat, phone: str = "06 12345678") -> None:
    """Answers every question of an aanmelding in Zwolle, by the words of its question id."""
    answers = {
        "steunpunt": "Zwolle",
        "consent": "Ja, dat is goed",
        "name": "Riek",
        "phone": phone,
        "time": "Ochtend",
        "confirmed": "Ja, dat klopt",
    }
    for _ in range(10):
        said = next((text for key, text in answers.items() if key in (chat.asking or "")), None)
        if said is None:
            return
        chat.say(said)


def test_after_an_aanmelding_at_once_the_assistant_offers_to_look_for_help(chat: Chat) -> None:
    chat.say("kan ik iemand spreken? ik ben niet zo goed met de computer", "request_human")
    _answer_the_aanmelding(chat)
    assert "MZ-" in chat.text
    assert chat.asking == "resume_offer"
    assert "welke hulp er voor u is" in chat.text
    chat.say("Ja, dat is goed")

    assert chat.asking == "relation"


def test_goodbye_to_the_offer_to_go_on_is_taken_as_no(chat: Chat) -> None:
    chat.say("kan ik iemand spreken?", "request_human")
    _answer_the_aanmelding(chat)
    assert chat.asking == "resume_offer"
    chat.say("dank je wel, doei", "goodbye")

    assert chat.asking != "resume_offer"
    assert "vraag van net" not in chat.text


def test_pain_in_an_answer_about_the_illness_gets_no_check_question(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder, 20 uur per week, al 2 jaar", "tell_situation")
    while chat.asking != "conditions":
        chat.say({"lives_with_care_recipient": "Nee"}.get(chat.asking, "Weet ik niet"))
    reply = chat.say(
        "dat is het nou juist, ze weten het niet. moe, pijn in haar spieren, soms komt ze haar bed "
        "niet uit",
        crisis_probability=0.7,
    )

    assert "zelfdoding" not in reply
    assert chat.asking != "safety_check"


def test_the_same_words_after_no_to_the_check_question_do_not_bring_it_back(chat: Chat) -> None:
    chat.say("ik zorg voor mijn zoon, hij heeft schizofrenie", "tell_situation")
    while chat.asking != "duration_months":
        chat.say("20 uur per week" if chat.asking == "hours_per_week" else "Weet ik niet")
    story = (
        "vorige week is er iets gebeurd toen ik zei dat hij moest stoppen, sindsdien durf ik niet "
        "goed meer en ik weet niet wat ik moet doen met hem en met mezelf"
    )
    chat.say(story, crisis_probability=0.95)
    assert chat.asking == "safety_check"
    chat.say("Nee, bedoel ik niet")
    assert chat.asking != "safety_check"

    reply = chat.say(story, crisis_probability=0.95)

    assert "zelfdoding" not in reply
    assert chat.asking != "safety_check"
    assert "sindsdien" not in str(chat.state.progress.to_slot())


@pytest.mark.parametrize("intent", ["tell_situation", "deny"])
def test_a_first_story_that_raised_the_check_starts_the_intake_after_no(
    chat: Chat, intent: str
) -> None:
    # Personas dev30: after "nee", "waar kan ik u nog mee helpen?" to every message that followed.
    chat.say(
        "Ik heb het nooit zorg genoemd hoor, maar mijn man drinkt al zolang ik hem ken en sinds "
        "hij met pensioen is gaat het niet meer.",
        intent,
        crisis_probability=0.95,
    )
    assert chat.asking == "safety_check"

    reply = chat.say("Nee, bedoel ik niet")

    assert "Ik stel u nog een paar korte vragen" in reply
    assert chat.asking == "hours_per_week" and chat.state.relation == "partner"


def test_words_that_only_sound_like_a_goodbye_are_no_goodbye_in_a_question(chat: Chat) -> None:
    chat.say(
        "Mijn zoon is gehandicapt. Hij kan niet lopen. Ik zorg alles voor hem.", "tell_situation"
    )
    assert chat.asking == "hours_per_week"

    # Personas dev30: "Dag, en heel veel sterkte met de zorg" in the middle of the intake.
    reply = chat.say("tot de avond moet ik hem draaien enzo", "goodbye")
    assert "sterkte" not in reply and chat.asking == "hours_per_week"

    assert "Dag" in chat.say("ok doei", "goodbye")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "kan mijn dochter er ook bij als iemand belt? zij praat beter nederlands",
            "iemand die u vertrouwt",
        ),
        ("Kan het steunpunt mij ook mailen in plaats van bellen? Ik hoor slecht.", "Liever e-mail"),
    ],
)
def test_how_the_contact_goes_is_a_question_not_a_request(
    chat: Chat, question: str, answer: str
) -> None:
    _intake(chat)
    # Personas dev30: the model heard a request for a person, and the answer was the aanmelding.
    reply = chat.say(question, "request_human")

    assert answer in reply
    assert not (chat.asking or "").startswith("handoff")


def test_an_answer_to_the_needs_question_that_also_asks_is_read_and_answered(chat: Chat) -> None:
    _intake(chat)
    chat.say("Nu niet")
    assert chat.asking == "needs"

    # Personas dev29: the question was answered and the needs question asked again, three times.
    reply = chat.say(
        "het huis aanpassen zodat ze daar kan blijven wonen. en wie moet het aanvragen, ik of zij?",
        "ask_question",
    )

    assert chat.state.progress.needs_answered
    assert "Wmo" in reply


def test_an_answer_after_a_question_about_the_question_counts(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder met dementie", "tell_situation")
    assert chat.asking == "hours_per_week"

    # Personas dev29: asked again, though the figure came right after the question.
    reply = chat.say("wat bedoel je, hoeveel uur ik bij haar ben? een uur of 8 per week schat ik")

    assert chat.state.hours_per_week == 8
    assert "geen goed antwoord" not in reply
    reply = chat.say("Waarom wilt u weten hoe lang al? Doet dat ertoe?")
    assert reply.startswith("Ik vraag dit zodat ik hulp kan zoeken")


def test_when_the_care_began_is_no_wish_to_start_over(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder met dementie, 16 uur per week", "tell_situation")
    assert chat.asking == "duration_months"

    # Held out 21: "Wilt u opnieuw beginnen?" to this answer, and again after every "nee".
    chat.say("vanaf corona eigenlijk, toen begon het", "start_over", confidence=0.9)
    assert chat.asking != "start_over_confirm"
    assert chat.state.duration_months is not None

    chat.say("ik zorg ook voor mijn vader", "tell_situation")
    chat.say("toen begon het allemaal", "start_over", confidence=0.9)
    assert chat.asking != "start_over_confirm"
    chat.say("ik wil opnieuw beginnen", "start_over", confidence=0.9)
    assert chat.asking == "start_over_confirm"


def test_a_detail_told_after_the_offers_is_heard_not_looked_up(chat: Chat) -> None:
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("Even vrij zijn")

    # Personas dev30: "Daar weet ik geen goed antwoord op" to a widower's detail.
    reply = chat.say(
        "Wat ik nog niet vertelde: mijn vrouw is vorig jaar overleden. Vroeger deden we dit samen.",
        "ask_question",
    )

    assert "geen goed antwoord" not in reply
    assert "Dank u dat u dat vertelt" in reply
    # Held out 20, dev29: "Sorry, dat begreep ik niet goed" to a detail about her.
    reply = chat.say(
        "ze is zelf trouwens heel koppig, ze wil eigenlijk niks veranderen aan haar huis",
        "out_of_scope",
    )
    assert "begreep ik niet" not in reply and "niet mee helpen" not in reply


def test_calls_that_are_care_are_no_request_for_a_person(chat: Chat) -> None:
    chat.say("mn broer heeft schizofrenie en ik ben zn aanspreekpunt voor alles", "tell_situation")
    assert chat.asking == "hours_per_week"

    # Personas dev30: the model heard "a person" and an aanmelding was made nobody asked for.
    chat.say("elk weekend ga ik heen en tussendoor veel appen en bellen", "request_human")

    assert chat.asking == "hours_proposal"  # "Is dat ongeveer 16 uur per week?"
    chat.say("bel me maar", "request_human")
    assert (chat.asking or "").startswith("handoff")


def test_a_question_in_answer_to_the_hours_is_no_guess_at_them(chat: Chat) -> None:
    chat.say("mijn dochter heeft epilepsie en ik zorg voor haar", "tell_situation")
    assert chat.asking == "hours_per_week"

    # Personas dev30: "Is dat ongeveer 2 uur per week?" to a question about Saturdays.
    reply = chat.say("is er ook opvang op zaterdag? dan werkt mn vriend ook", "ask_offer")

    assert "Is dat ongeveer" not in reply and "Logeer" in reply
    assert chat.asking == "hours_per_week"


def test_other_words_after_no_to_the_check_still_get_it(chat: Chat) -> None:
    chat.say("ik zorg voor mijn zoon, hij heeft schizofrenie", "tell_situation")
    chat.say("het wordt me allemaal te veel, ik zie het niet meer zitten", crisis_probability=0.95)
    chat.say("Nee, bedoel ik niet")

    reply = chat.say(
        "soms wil ik gewoon verdwijnen, niemand zou het merken", crisis_probability=0.95
    )

    assert "zelfdoding" in reply


def test_the_hours_said_with_a_night_task_are_read_after_no_to_the_check(chat: Chat) -> None:
    chat.say("Mijn man heeft al elf jaar MS, hij zit vaak in de rolstoel.", "tell_situation")
    while chat.asking != "hours_per_week":
        chat.say("Weet ik niet")
    chat.say(
        "Poeh. Als ik alles meetel, wassen, aankleden, 's nachts eruit, denk ik 35 uur of meer",
        "greet",
        crisis_probability=0.9,
    )

    assert chat.state.hours_per_week == 35.0
    assert chat.asking != "safety_check"


def test_a_question_about_another_language_gets_an_honest_answer(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    asked = chat.asking

    reply = chat.say("Spreekt het steunpunt ook Turks?", "ask_help")

    assert "Turks spreekt, weet ik niet" in reply
    assert chat.asking == asked


def test_a_question_about_the_naastes_language_and_translating_gets_both(chat: Chat) -> None:
    # Personas dev45.
    chat.say("ik zorg voor mijn vader", "tell_situation")

    reply = chat.say(
        "mijn vader spreekt alleen berbers, mag tolk mee of mag ik vertalen?", "ask_help"
    )

    assert "Ik weet niet of daar iemand Berbers spreekt, of dat er een tolk kan komen" in reply
    assert "U mag ook zelf vertalen" in reply


def test_a_question_in_english_about_languages_gets_an_answer_not_the_alarm(chat: Chat) -> None:
    # Personas dev47: the reply to a message the assistant cannot read names 112 and 113.
    chat.say("ik zorg voor mijn vader", "tell_situation")
    asked = chat.asking

    reply = chat.say("Is there someone who speaks English or Ukrainian?", "other_language")

    assert "Engels of Oekraïens spreekt, weet ik niet" in reply, reply
    assert "I don't know if someone there speaks that language" in reply, reply
    assert "112" not in reply and "113" not in reply, reply
    assert chat.asking == asked


def test_a_question_told_with_the_naastes_language_gets_both_answers(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")

    reply = chat.say("is er hulp voor mijn mama zelf? zij spreekt alleen Oekraïens", "ask_help")

    assert "Oekraïens spreekt, weet ik niet" in reply
    assert "Wmo" in reply


def test_a_person_without_ones_name_gets_where_that_can_not_an_aanmelding(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    asked = chat.asking

    reply = chat.say(
        "Kan ik praten met iemand zonder mijn naam? Mijn familie mag niet weten.", "request_human"
    )

    assert "Mantelzorglijn" in reply
    assert chat.asking == asked


def test_a_village_that_may_be_a_gemeente_with_a_typo_is_asked_about(chat: Chat) -> None:
    # Personas dev48: "heerle" was read as Heerle (Roosendaal) for someone in Heerlen.
    chat.say("mijn zoon heeft psychoses, ik ben gestopt met werken", "tell_situation")
    chat.say("ik wil iemand spreken", "request_human")

    reply = chat.say("heerle")

    assert "Heerlen" in reply and "Roosendaal" in reply and chat.state.gemeente is None
    chat.say("Heerlen")
    assert chat.state.gemeente == "GM0917"


def test_a_place_with_two_gemeenten_is_the_one_near_the_caregiver(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder, 6 uur per week, al 2 jaar", "tell_situation")
    while chat.asking not in ("gemeente", "care_recipient_gemeente", None):
        chat.say({"lives_with_care_recipient": "Nee"}.get(chat.asking or "", "Weet ik niet"))
    if chat.asking == "gemeente":
        chat.say("Breda")
    assert chat.asking == "care_recipient_gemeente"

    chat.say("In Oosterhout, twintig minuten rijden", "pause", confidence=0.7)

    assert chat.state.care_recipient_gemeente == "GM0826"
    assert not chat.state.progress.paused


def test_an_answer_that_needs_one_more_word_is_not_taken_for_a_pause(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder, 6 uur per week, al 2 jaar", "tell_situation")
    while chat.asking not in ("gemeente", None):
        chat.say({"lives_with_care_recipient": "Ja"}.get(chat.asking or "", "Weet ik niet"))

    reply = chat.say("Oosterhout, twintig minuten fietsen", "pause", confidence=0.7)

    assert "Welke bedoelt u?" in reply
    assert not chat.state.progress.paused


def test_a_question_about_the_assistant_is_answered_by_the_assistant(chat: Chat) -> None:
    chat.say("hoi", "greet")

    reply = chat.say("ben jij een echt mens?", "bot_challenge")

    assert "computerprogramma" in reply


def test_a_question_about_what_happens_with_the_chat_is_about_privacy(chat: Chat) -> None:
    reply = chat.say("wat gebeurt er eigenlijk met wat ik hier allemaal typ?", "ask_capabilities")

    assert "zonder uw toestemming" in reply


def test_is_this_free_before_any_offer_is_about_the_chat(chat: Chat) -> None:
    chat.say("hoi", "greet")

    reply = chat.say("is dit gratis?", "bot_challenge")

    assert "deze chat is gratis" in reply
    assert "computerprogramma" not in reply


def test_is_this_free_after_an_offer_is_not_about_the_chat(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vrouw, ze heeft parkinson, we wonen in Zwolle", "tell_situation")
    chat.state.offers_suggested = [{"id": "zwolle-mantelzorgcafe"}]

    assert "deze chat is gratis" not in chat.say("is dit gratis?", "ask_question")


def test_more_of_a_kind_of_help_is_a_question_not_a_request_for_more_offers(chat: Chat) -> None:
    chat.say("ik ben 15 en zorg voor mijn moeder met ms in Zwolle", "tell_situation")
    chat.state.offers_suggested = [{"id": "jonge_mantelzorgers_steunpunt"}]

    reply = chat.say("zijn er nog meer kinderen die dit doen?", "more_offers")

    assert "jonge mantelzorger" in reply.lower()


def test_a_visit_from_the_gemeente_is_answered_with_the_wmo_not_a_handoff(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vader in Kampen, hij heeft parkinson", "tell_situation")

    reply = chat.say("Kan er iemand van de gemeente bij hem langskomen?", "request_human")

    assert "Wmo" in reply
    assert chat.asking != "handoff_consent"


def test_a_question_for_the_family_of_people_who_drink_finds_peers_not_dementia(chat: Chat) -> None:
    chat.say("ik zorg voor mijn broer", "tell_situation")

    reply = chat.say("Is er ook iets voor familie van mensen die drinken?", "ask_question")

    assert "Lotgenotencontact" in reply
    assert "Odensehuis" not in reply


def test_a_question_about_waiting_says_the_waiting_time_is_not_known(chat: Chat) -> None:
    chat.say("ik zorg voor mijn dochter met een beperking in Amersfoort", "tell_situation")

    reply = chat.say(
        "Moeten we lang wachten op zo'n logeerplek? Hoe ver van tevoren moet dat geregeld?",
        "ask_offer",
    )

    assert "Hoe lang u moet wachten, weet ik niet" in reply
    assert "Hoe lang u moet wachten" not in chat.say("Wat kost een logeerhuis?", "ask_offer")


def test_why_all_this_must_be_filled_in_is_answered_with_what_it_is_for(chat: Chat) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")
    assert chat.asking == "assessment_item"

    reply = chat.say("Waarom moet ik dit eigenlijk allemaal invullen?", "ask_why")

    assert "zwaar" in reply
    assert chat.asking == "assessment_item"


def test_after_the_story_a_bare_no_is_not_asked_for_the_story_again(chat: Chat) -> None:
    chat.say("ik zorg voor mijn vrouw, ze heeft parkinson", "tell_situation")
    while chat.asking not in (None, "summary"):
        chat.say("Weet ik niet")
    chat.say("ja dat klopt")
    chat.say("Nu niet")
    chat.say("nee", "deny")

    reply = chat.say("nee hoor", "deny")

    assert "voor wie u zorgt" not in reply


def test_since_an_age_with_the_age_declined_does_not_ask_the_duration_again(chat: Chat) -> None:
    chat.say("mijn vader drinkt en ik haal hem elke keer uit de problemen", "tell_situation")
    while chat.asking != "duration_months":
        chat.say("Weet ik niet")
    chat.say("sinds mijn 26e ofzo")
    assert chat.asking == "age_group"

    chat.say("zeg ik liever niet", "decline")

    assert chat.asking != "duration_months"
    assert chat.state.duration_months is not None


def test_a_question_put_anew_too_often_is_left_open(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    assert chat.asking == "hours_per_week"
    # As if the duration question had already been put three times (a circle between questions).
    chat.state.progress.times_asked["duration_months"] = 3

    chat.say("10 uur per week")

    assert chat.asking not in ("duration_months", "hours_per_week")
    assert chat.state.duration_months == "unknown"


def test_a_question_waiting_for_the_gemeente_is_answered_when_an_aanmelding_asks_it(
    chat: Chat,
) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    chat.say("heeft het steunpunt ook een telefoonnummer?", "ask_help")
    assert chat.asking == "gemeente"
    chat.say("ik wil eigenlijk liever met iemand praten", "request_human")
    assert chat.asking == "handoff_steunpunt"

    reply = chat.say("in Zwolle")

    assert "Zo bereikt u Steunpunt Mantelzorg Zwolle" in reply
    assert chat.asking == "handoff_consent"


def test_how_many_questions_are_left_is_a_question_not_a_stop(chat: Chat) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")
    for answer in ("Ja", "Nee", "Ja", "Nee"):
        chat.say(answer)
    assert chat.asking == "assessment_item"

    reply = chat.say("hoeveel vragen nog?", "stop", confidence=0.8)

    assert "Nog 9 vragen" in reply
    assert chat.asking == "assessment_item"
    assert not chat.state.progress.paused


def test_why_names_the_question_it_is_about_and_who_decides_is_no_why(chat: Chat) -> None:
    chat.say("ik zorg voor mijn broertje", "tell_situation")
    assert chat.asking == "hours_per_week"

    reply = chat.say("waarom wil je weten hoe oud ik ben", "ask_why")

    assert "jonge mantelzorgers" in reply and "aantal uren" not in reply
    reply = chat.say("wie beslist of hij thuiszorg krijgt?", "ask_why")
    # A question about the care, not about why the assistant asks: answered from the knowledge
    # base, then back to the question of the moment.
    assert "Ik vraag alleen wat nodig is" not in reply
    assert reply.startswith("Thuiszorg is een verzamelnaam.") and "Dit past" in reply
    assert "mijn vraag van net" in reply
    assert chat.asking == "hours_per_week"


def test_a_question_for_help_is_no_guess_at_the_hours(chat: Chat) -> None:
    chat.say("ik zorg voor mijn moeder", "tell_situation")
    assert chat.asking == "hours_per_week"

    reply = chat.say(
        "kan zij ergens terecht voor een paar nachten zodat ik kan slapen?", "ask_help"
    )

    assert "Is dat ongeveer" not in reply
    assert chat.asking == "hours_per_week"
    assert chat.say("een paar nachten per week") and chat.asking == "hours_proposal"


def test_sometimes_to_a_statement_is_asked_as_yes_or_no_not_misunderstood(chat: Chat) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")

    reply = chat.say("Soms.")

    assert "begreep" not in reply and "telt alleen ja of nee" in reply
    assert chat.asking == "assessment_item"


def test_an_in_between_answer_after_the_rule_was_said_gets_the_choice_at_once(chat: Chat) -> None:
    # personas dev9: "Gaat wel." to statement after statement cost three turns each.
    _intake(chat)
    chat.say("Ja, doe maar")
    chat.say("Soms.")
    chat.say("Ja")
    item = len(chat.state.assessment_answers or {})

    reply = chat.say("Gaat wel.")

    assert reply.startswith("Ja of nee? Past geen van beide") and "telt alleen" not in reply
    assert "Sla over" in chat.buttons
    chat.say("Gaat wel.")
    assert chat.asking == "assessment_item"
    assert len(chat.state.assessment_answers or {}) == item + 1  # skipped, not asked a third time


@pytest.mark.parametrize(
    "question",
    [
        "moet ik echt ja of nee zeggen? het is soms zo en soms niet",
        "mag ik ook soms zeggen?",
        "wat als ik het antwoord niet precies weet?",
    ],
)
def test_how_to_answer_a_statement_that_is_partly_true_is_answered(
    chat: Chat, question: str
) -> None:
    _intake(chat)
    chat.say("Ja, doe maar")

    reply = chat.say(question, "ask_help")

    assert "Klopt de zin vaak of meestal? Zeg dan ja." in reply
    assert "Vraag 1 van" in reply and chat.asking == "assessment_item"


def test_hours_said_with_some_doubt_are_an_answer_not_a_question(chat: Chat) -> None:
    chat.say("ik ben 19 en zorg voor mijn oma", "tell_situation")
    assert chat.asking == "hours_per_week"

    reply = chat.say("3 avonden en nachten in de week dus veel, 15 uur?", "ask_help")

    assert "past bij je vraag" not in reply
    assert chat.asking == "duration_months"


def test_a_question_about_school_is_answered_about_school_not_the_offer_shown(chat: Chat) -> None:
    chat.say("ik ben 16 en zorg voor mijn moeder", "tell_situation")
    chat.say("wat is er voor jonge mantelzorgers?", "ask_offer")

    reply = chat.say("moet ik het op school vertellen?", "ask_offer")
    assert "mentor" in reply
    reply = chat.say(
        "kan ik op school iets regelen voor uitstel omdat ik mantelzorger ben?", "ask_help"
    )
    assert "decaan" in reply and "onbetaald" not in reply


def test_whether_a_friend_counts_is_no_question_about_the_offer_just_shown(chat: Chat) -> None:
    chat.say("ik zorg voor de buurvrouw", "tell_situation")
    chat.say("kan ik met iemand van het steunpunt praten over hoe het gaat?", "ask_offer")

    reply = chat.say("telt het ook als je geen familie bent?", "ask_offer")

    assert "buur of vriend" in reply


def _registered_in_zwolle(chat: Chat, phone: str) -> None:
    """Through the intake and a heavy check to an aanmelding at Steunpunt Mantelzorg Zwolle; each
    test its own phone number, for the daily cap per number."""
    _intake(chat, gemeente="Zwolle")
    _through_the_check(chat, yes=12)
    chat.say("even vrij zijn")
    assert chat.asking == "steunpunt_offer"
    chat.say("Ja, graag")
    _answer_the_aanmelding(chat, phone=phone)
    assert "MZ-" in chat.text


@pytest.mark.parametrize(
    ("question", "intent", "phone", "said", "not_said"),
    [
        # Personas dev46: what the call is for, too.
        (
            "Wat gebeurt er hierna, als het steunpunt mij belt?",
            "ask_help",
            "06 23456782",
            ("werkdag", "Een consulent luistert dan naar uw verhaal"),
            (),
        ),
        # Personas dev42: "iemand van het steunpunt" was heard as a wish for a person.
        (
            "hoe lang duurt het voordat iemand van het steunpunt belt?",
            "request_human",
            "06 23456784",
            ("werkdag",),
            ("eerder met iemand praten",),
        ),
        # Personas dev45: in capitals, without a question mark, heard as a wish for a person.
        (
            "KAN HET STEUNPUNT OOK MAILEN IPV BELLEN. IK HOOR SLECHT",
            "request_human",
            "06 23456783",
            ("e-mail", "aanmeldnummer"),
            (),
        ),
    ],
)
def test_a_question_about_the_call_after_the_aanmelding_is_answered(
    chat: Chat,
    question: str,
    intent: str,
    phone: str,
    said: tuple[str, ...],
    not_said: tuple[str, ...],
) -> None:
    _registered_in_zwolle(chat, phone=phone)  # a number of its own: the daily cap

    reply = chat.say(question, intent)

    assert all(words in reply for words in said), reply
    assert not any(words in reply for words in not_said), reply


def test_a_wish_to_talk_after_the_aanmelding_shows_where_to_talk_meanwhile(chat: Chat) -> None:
    _registered_in_zwolle(chat, phone="06 23456781")

    reply = chat.say("en praten met iemand?", "request_human")

    assert "al aangemeld" in reply, reply
    assert "eerder met iemand praten" in reply and "Mantelzorgcafé Zwolle" in reply, reply
    # The steunpunt's own consultant is the one who calls back: not a place to go meanwhile.
    assert "Gesprek met een mantelzorgconsulent in Zwolle" not in reply, reply
    # The search for a place to talk adds no need the caregiver did not tell the steunpunt.
    assert "lotgenoten" not in {need["category"] for need in chat.state.needs or []}


def test_a_person_asked_for_with_the_verb_last_is_a_person(chat: Chat) -> None:
    # personas dev28: the model gave no intent; the words alone ask for a person.
    reply = chat.say(
        "goedendag, sorry. kan ik met een persoon praten? mijn nederlands is niet zo goed"
    )

    assert "DementieLijn" not in reply
    assert chat.asking is not None and chat.asking.startswith("handoff")


@pytest.mark.parametrize(
    "opening",
    [
        "ik zorg voor mijn moeder in kampen en wil graag met iemand van het steunpunt praten",
        "ik zou wel met iemand willen praten",
    ],
)
def test_a_person_asked_for_in_a_story_is_a_person(chat: Chat, opening: str) -> None:
    # The model heard a question about an offer; the first answer was the national consultant
    # "op de website van de gemeente", then the hours question.
    reply = chat.say(opening, "ask_offer")

    assert "website van de gemeente" not in reply
    assert chat.asking is not None and chat.asking.startswith("handoff")


def test_not_wanting_to_talk_to_anyone_is_no_request_for_a_person(chat: Chat) -> None:
    chat.say("ik wil niet met iemand praten, ik wil alleen weten wat er is", "ask_help")
    assert not (chat.asking or "").startswith("handoff")


def test_asking_to_call_someone_is_a_person_not_the_check(chat: Chat) -> None:
    # personas dev28: the model heard "start the check" in the questionnaire turned down.
    chat.say(
        "Kan ik gewoon iemand bellen? Ik heb eerlijk gezegd geen zin om een hele vragenlijst in "
        "te vullen.",
        "start_assessment",
    )

    assert chat.asking is not None and chat.asking.startswith("handoff")


def test_a_question_heard_as_the_check_is_answered_and_the_intake_goes_on(chat: Chat) -> None:
    # personas dev19: a question about who counts, in the middle of the intake, started the check
    # while the knowledge base had no answer to it.
    chat.say("Ik zorg voor mijn beste vriend, hij heeft longkanker.", "tell_situation")
    chat.say("Een uur of tien", "tell_situation")
    assert chat.asking == "duration_months"

    reply = chat.say(
        "Is er ook iets voor mensen die geen familie zijn maar wel voor iemand zorgen?",
        "start_assessment",
    )

    assert "geen familie" in reply
    assert chat.asking == "duration_months"


def test_a_check_turned_down_does_not_start_it(chat: Chat) -> None:
    chat.say("ik heb echt geen zin in weer een test", "start_assessment")

    assert chat.asking != "assessment_item"


def test_whether_to_add_up_the_hours_is_answered_and_the_hours_asked_again(chat: Chat) -> None:
    # personas held out 20, learned from after its measurement
    chat.say("ik zorg voor mijn vader en mijn moeder", "tell_situation")
    assert chat.asking == "hours_per_week"

    reply = chat.say("Moet ik de uren voor beide ouders bij elkaar optellen?", "ask_help")

    assert "tel alles bij elkaar op" in reply
    assert chat.asking == "hours_per_week"


def test_when_they_call_back_after_the_aanmelding_is_answered_not_a_second_aanmelding(
    chat: Chat,
) -> None:
    # Personas dev39: "hoe lang duurt het voor ze terugbellen?" got "U bent al aangemeld" only.
    _intake(chat, gemeente="Zwolle")
    _through_the_check(chat, yes=12)
    chat.say("even vrij zijn")
    chat.say("Ja, graag")
    _answer_the_aanmelding(chat, phone="06 23456782")
    assert "MZ-" in chat.text

    reply = chat.say("hoe lang duurt het voor ze terugbellen?", "request_human")

    assert "binnen 3 werkdagen" in reply and "Steunpunt Mantelzorg Zwolle" in reply, reply
    assert "eerder met iemand praten" not in reply, reply

    reply = chat.say("Kan ik ook 's avonds bellen? Overdag ben ik druk met mijn vrouw.", "ask_help")

    assert "maandag tot en met vrijdag, 9.00 tot 12.00 uur" in reply, reply
    assert "'s avonds" in reply, reply


def test_how_soon_they_call_is_answered_before_the_aanmelding(chat: Chat) -> None:
    # Personas dev40: "hoe snel wordt er dan gebeld?" got the Mantelzorglijn's card.
    _intake(chat, gemeente="Zwolle")

    reply = chat.say("En als ik me aanmeld, hoe snel wordt er dan gebeld?", "ask_help")

    assert "binnen 3 werkdagen" in reply, reply


def test_when_they_call_asked_with_a_person_is_answered_once_the_gemeente_is_known(
    chat: Chat,
) -> None:
    # Personas dev40: asked in the first message and again at the gemeente's question, answered
    # only with "Dat verschilt per steunpunt".
    chat.say(
        "ik wil graag iemand spreken van het steunpunt. hoe lang duurt het voor er iemand belt?",
        "request_human",
    )
    assert chat.asking == "handoff_steunpunt"

    reply = chat.say("hoe lang duurt het voor er iemand belt?", "ask_help")
    assert "zodra ik weet in welke gemeente" in reply, reply
    assert chat.asking == "handoff_steunpunt"

    reply = chat.say("kampen, brunnepe")
    assert "werkdag" in reply, reply


@pytest.mark.parametrize("intent", ["ask_help", "tell_situation", "greet"])
def test_whether_it_is_for_a_15_year_old_is_answered(chat: Chat, intent: str) -> None:
    # Personas dev39: "mag ik dit ook als ik 15 ben?" got only "Dank je dat je dit vertelt".
    chat.say("hoi", "greet")

    reply = chat.say("mag ik dit ook als ik 15 ben?", intent)

    assert "jong of oud" in reply and "jonge mantelzorger" in reply, reply
    assert chat.state.age_group == "<18"


def test_whether_the_naaste_is_called_is_a_privacy_question(chat: Chat) -> None:
    # Personas dev39: "wordt mn vader hierover gebeld of zo??" got the Mantelzorglijn's card.
    chat.say("ik zorg voor mijn vader, hij drinkt", "tell_situation")

    reply = chat.say("wordt mn vader hierover gebeld of zo??", "ask_help")

    assert "Niemand anders ziet het" in reply, reply


def test_a_line_to_call_is_a_number_to_call(chat: Chat) -> None:
    # Personas dev39: a 17-year-old got the young caregivers' card again.
    chat.say("ik ben 17 en zorg voor mijn vader, ik woon in Heerlen", "tell_situation")

    reply = chat.say("is er een lijn die ik kan bellen?", "ask_help")

    assert "Mantelzorglijn" in reply, reply


def test_a_wish_to_talk_during_the_questions_after_an_early_aanmelding_shows_where(
    chat: Chat,
) -> None:
    # Personas dev42: "ik wil eigenlijk liever met iemand praten" got "U bent al aangemeld" only.
    chat.say("ik wil graag iemand spreken", "request_human")
    _answer_the_aanmelding(chat, phone="06 23456783")
    assert "MZ-" in chat.text
    chat.say("Ja, dat is goed")
    assert chat.asking is not None
    asking = chat.asking

    reply = chat.say("ik wil eigenlijk liever met iemand praten", "request_human")

    assert "al aangemeld" in reply and "Mantelzorgcafé Zwolle" in reply, reply
    assert chat.asking == asking and "vraag van net" in reply, reply


def test_a_person_named_in_the_wish_after_the_aanmelding_answers_the_wish(chat: Chat) -> None:
    # Personas dev42: "iemand om mee te praten, en ik moet iets regelen met mijn werk" got only
    # "U bent al aangemeld", three times.
    chat.say("ik wil graag iemand spreken", "request_human")
    _answer_the_aanmelding(chat, phone="06 23456784")
    chat.say("Ja, dat is goed")
    while chat.asking not in (None, "needs", "check_offer"):
        chat.say({"age_group": "25 tot 65", "gemeente": "Zwolle"}.get(chat.asking, "Weet ik niet"))
    if chat.asking == "check_offer":
        chat.say("Nu niet")
    assert chat.asking == "needs", chat.asking

    reply = chat.say(
        "iemand om mee te praten, en ik moet iets regelen met mijn werk", "request_human"
    )

    assert "zorgverlof" in reply.lower(), reply
    assert "mantelzorgconsulent" in reply and "Mantelzorgmakelaar" not in reply, reply


def test_thanks_with_a_goodbye_in_the_middle_of_a_question_lets_them_go(chat: Chat) -> None:
    # Personas dev42: "dank je wel, doei" got "Dan nog even mijn vraag van net" and the question.
    chat.say("ik zorg voor mijn moeder met dementie", "tell_situation")
    assert chat.asking

    reply = chat.say("dank je wel, doei", "thank")

    assert "Graag gedaan" in reply and "terugkomen" in reply, reply
    assert "vraag van net" not in reply, reply


def test_a_question_for_an_interpreter_is_answered_honestly(chat: Chat) -> None:
    # Personas dev41: "tolk is mogelijk?" got the DementieLijn's card.
    chat.say("mijn moeder dementie, ik zorg", "tell_situation")
    asking = chat.asking

    reply = chat.say("tolk is mogelijk? nederlands niet goed", "ask_help")

    assert "tolk" in reply and "weet ik niet" in reply, reply
    assert chat.asking == asking


def test_calling_times_without_a_steunpunt_give_no_address_the_knowledge_base_lacks(
    chat: Chat,
) -> None:
    # Contact data come from the knowledge base only: no web address written into the text.
    chat.say("ik zorg voor mijn moeder, ik woon in Heerlen", "tell_situation")

    reply = chat.say("Kan ik ook 's avonds bellen?", "ask_help")

    assert "geen steunpunt mantelzorg" in reply and "Mantelzorglijn" in reply, reply
    assert ".nl" not in reply, reply


def test_one_word_the_model_half_hears_as_stop_does_not_end_the_conversation(chat: Chat) -> None:
    """From blind set dev24: "vrouw", the answer to "Voor wie zorgt u?", was heard as stop (0.51)."""
    chat.say("wat is respijtzorg", "ask_definition")

    reply = chat.say("vrouw", "stop", confidence=0.51, also=(("tell_situation", 0.2),))

    assert "we stoppen hier" not in reply
    assert not chat.state.progress.paused


def test_one_word_that_names_stopping_still_stops(chat: Chat) -> None:
    chat.say("wat is respijtzorg", "ask_definition")

    reply = chat.say("kappen", "stop", confidence=0.51)

    assert "we stoppen hier" in reply


def test_a_question_the_model_hears_as_the_check_is_answered_when_it_names_no_burden(
    chat: Chat,
) -> None:
    """From blind set dev31: asked after the offers, with the check not done, heard as the check."""
    _intake(chat)
    chat.say("Nu niet")
    chat.say("Anderen ontmoeten")
    assert chat.state.offers_suggested

    reply = chat.say(
        "Is die bijeenkomst in IJsselmuiden zelf of moet ik daarvoor naar Kampen?",
        "start_assessment",
        confidence=0.51,
    )

    assert "Vraag 1 van 13" not in reply and chat.asking != "assessment_item"


def test_a_question_that_names_the_burden_starts_the_check(chat: Chat) -> None:
    _intake(chat)

    reply = chat.say("hoe weet ik of ik overbelast ben?", "start_assessment", confidence=0.9)

    assert "Vraag 1 van 13" in reply


def test_a_detail_that_holds_the_word_vragen_does_not_restart_a_finished_check(chat: Chat) -> None:
    """From blind set dev42: "die vragen steeds" is the verb, and the model heard the check."""
    _intake(chat)
    _through_the_check(chat, yes=3)
    chat.say("hulp in huis zou fijn zijn")

    reply = chat.say(
        "mijn jongens van 9 en 11 hebben het trouwens ook zwaar, die vragen steeds of hun zus "
        "doodgaat",
        "start_assessment",
        confidence=0.6,
    )

    assert "Vraag 1 van 13" not in reply


def test_even_weg_to_the_needs_question_is_a_wish_for_a_break_not_a_pause(chat: Chat) -> None:
    """From blind set dev13: "even weg" to "Wat zou u nu het meest helpen?" paused the chat."""
    _intake(chat)
    chat.say("Nu niet")
    assert chat.asking == "needs"

    chat.say("even weg", "pause", confidence=0.9)

    assert not chat.state.progress.paused
    assert any(need["category"] == "even_vrij" for need in chat.state.needs or [])
