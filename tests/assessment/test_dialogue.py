import pytest

from bot.assessment import dialogue
from bot.assessment.instruments import load_instrument
from bot.assessment.next_step import read_needs, run_triage


@pytest.fixture
def csi():
    return load_instrument("csi")


def test_questions_go_item_by_item_with_the_answer_buttons(csi) -> None:
    first = dialogue.question(csi, {})
    second = dialogue.question(csi, {"csi_01": "ja"})

    assert first.text.startswith("Vraag 1 van 13:")
    assert csi.items[0].text in first.text
    assert [b.title for b in first.buttons] == ["Ja", "Nee"]
    assert second.text.startswith("Vraag 2 van 13:")


def test_no_question_when_every_item_is_answered(csi) -> None:
    answers = {item.id: "nee" for item in csi.items}

    assert dialogue.question(csi, answers) is None


@pytest.mark.parametrize(("text", "option"), [("ja hoor", "ja"), ("nee eigenlijk niet", "nee")])
def test_free_answers_are_recorded(csi, text: str, option: str) -> None:
    reading = dialogue.read_answer(csi, {}, text, None)

    assert reading.understood
    assert reading.answers == {"csi_01": option}


def test_button_answers_are_recorded(csi) -> None:
    reading = dialogue.read_answer(csi, {"csi_01": "ja"}, '/tell_situation{"answer": "nee"}', "nee")

    assert reading.answers == {"csi_01": "ja", "csi_02": "nee"}


def test_an_unclear_answer_records_nothing_and_explains_the_choice(csi) -> None:
    reading = dialogue.read_answer(csi, {}, "misschien wel een beetje", None)

    assert not reading.understood
    assert reading.answers == {}
    assert "'Ja' of 'Nee'" in dialogue.not_understood(csi)


def test_completion_is_known_after_the_last_item(csi) -> None:
    answers = {item.id: "ja" for item in csi.items[:-1]}

    reading = dialogue.read_answer(csi, answers, "ja", None)

    assert reading.is_complete(csi)


def test_the_offer_says_how_long_and_why(csi) -> None:
    offer = dialogue.offer(csi)

    assert "13" in offer.text
    assert "5 minuten" in offer.text
    assert [b.payload for b in offer.buttons] == ["/start_assessment", "/deny"]


def test_needs_from_buttons_and_from_free_text() -> None:
    assert read_needs("/x", "tell_situation", "even_vrij") == [
        {"category": "even_vrij", "text": "Even vrij zijn"}
    ]
    assert {
        n["category"] for n in read_needs("even vrij en hulp bij het huishouden", None, None)
    } >= {
        "even_vrij",
        "praktische_hulp",
    }
    assert read_needs("nee hoor", "deny", None) == []


def test_a_need_in_words_counts_whatever_intent_the_model_heard() -> None:
    text = "een keer een nacht doorslapen. En iemand om tegen te praten, dat mis ik"
    assert {n["category"] for n in read_needs(text, "deny", None)} == {
        "even_vrij",
        "emotionele_steun",
    }


def test_a_bare_yes_names_no_need_and_is_asked_again() -> None:
    assert read_needs("ja", "affirm", None) is None
    assert read_needs("ja, even vrij zijn", "affirm", None)[0]["category"] == "even_vrij"


def test_overloaded_caregiver_is_offered_a_consultant() -> None:
    slots = {
        "hours_per_week": 30.0,
        "duration_months": 24.0,
        "assessment_answers": {f"csi_{n:02d}": "ja" for n in range(1, 14)},
    }

    outcome = run_triage(slots)

    assert outcome["burden_level"] == "hoog"
    assert outcome["offer_handoff"] is True


def test_low_burden_is_not_pushed_to_a_consultant() -> None:
    slots = {
        "hours_per_week": 4.0,
        "duration_months": 2.0,
        "assessment_answers": {f"csi_{n:02d}": "nee" for n in range(1, 14)},
    }

    outcome = run_triage(slots)

    assert outcome["burden_level"] == "laag"
    assert outcome["offer_handoff"] is False


def test_a_crisis_earlier_in_the_conversation_makes_triage_urgent() -> None:
    slots = {"hours_per_week": 4.0, "safety_urgency": "acuut"}

    outcome = run_triage(slots)

    assert outcome["urgency"] == "acuut"
    assert outcome["offer_handoff"] is True


@pytest.mark.parametrize(
    ("answers", "question", "number"),
    [
        ({}, "wat betekent verstoord?", 1),
        (
            {f"csi_{n:02d}": "nee" for n in range(1, 5)},
            "ik begrijp niet dit vraag. wat betekent verstoord?",
            1,
        ),
        ({f"csi_{n:02d}": "nee" for n in range(1, 13)}, "wat bedoel je met financiele druk", 13),
        ({f"csi_{n:02d}": "nee" for n in range(1, 9)}, "ik snap de vraag niet", 9),
    ],
)
def test_a_statement_is_explained_when_asked(answers: dict, question: str, number: int) -> None:
    instrument = load_instrument("csi")
    item = next(i for i in instrument.items if i.number == number)
    assert item.explanation
    assert dialogue.explanation_asked(instrument, answers, question) == item.explanation


def test_an_answer_is_no_question_about_meaning() -> None:
    assert dialogue.explanation_asked(load_instrument("csi"), {}, "ja dat klopt wel") is None


def test_a_term_of_its_own_is_left_to_the_glossary() -> None:
    # "overbelast" is no word of the statement: its meaning is the glossary's, not the statement's.
    instrument = load_instrument("csi")
    assert dialogue.explanation_asked(instrument, {}, "Wat betekent dat, overbelast?") is None
    assert dialogue.explanation_asked(instrument, {}, "Wat betekent dat?") is not None


def test_every_statement_has_plain_words_for_it_in_b1_sentences() -> None:
    for item in load_instrument("csi").items:
        assert item.explanation, item.id
        sentences = [s for s in item.explanation.replace("?", ".").split(".") if s.strip()]
        assert all(len(sentence.split()) <= 20 for sentence in sentences), item.id
