"""The simulated caregiver judges a read-back by the gemeente, not by the way it is spelled."""

from __future__ import annotations

import dataclasses

import pytest

from bot.evaluation.conversations import knowledge_view
from bot.evaluation.personas import PERSONA_SETS, PersonaQuestion, load_personas
from bot.evaluation.simulator import (
    KnowledgeView,
    SimulatedCaregiver,
    Turn,
    _mentioned,
    _same_gemeente,
)


@pytest.mark.parametrize(
    ("persona_gemeente", "read_back", "same"),
    [
        ("'s-gravenhage", "den haag", True),
        ("zwolle", "zwolle", True),
        ("zwolle", "kampen", False),
        ("amersfoort", "utrecht", False),
    ],
)
def test_a_read_back_is_the_same_gemeente_by_its_code(
    persona_gemeente: str, read_back: str, same: bool
) -> None:
    assert _same_gemeente(persona_gemeente, read_back) is same


NAMES = {"amersfoort": "Mantelzorg Amersfoort (voorbeeld)"}


@pytest.mark.parametrize(
    ("expected", "said", "mentioned"),
    [
        (
            "Steunpunt Mantelzorg Amersfoort",
            "Uw aanmelding is bij Mantelzorg Amersfoort (voorbeeld).",
            True,
        ),
        ("Steunpunt Mantelzorg Amersfoort", "Het steunpunt mantelzorg in uw gemeente.", False),
        (
            "Steunpunt Mantelzorg Zwolle",
            "Uw aanmelding is bij Mantelzorg Amersfoort (voorbeeld).",
            False,
        ),
        ("Mantelzorglijn", "Bel de Mantelzorglijn.", True),
    ],
)
def test_a_guessed_steunpunt_name_is_mentioned_by_the_real_name(
    expected: str, said: str, mentioned: bool
) -> None:
    assert _mentioned(expected, said, NAMES) is mentioned


def _caregiver(replies: list[str]) -> SimulatedCaregiver:
    persona = load_personas(PERSONA_SETS["dev4"])[0]
    answers = iter(replies)
    return SimulatedCaregiver(
        persona, lambda _text: [{"text": next(answers)}], KnowledgeView({}, {})
    )


QUESTION = PersonaQuestion("heeft het steunpunt ook een telefoonnummer?", "during_intake", ("bel",))


@pytest.mark.parametrize(
    ("replies", "answered"),
    [
        # The place first, then the answer.
        (["In welke gemeente woont u?", "U kunt het steunpunt bellen."], True),
        # The persona said something else first; the assistant still needs the place.
        (
            [
                "In welke gemeente woont u?",
                "In welke gemeente woont u? Dan weet ik welk steunpunt bij u hoort.",
                "U kunt het steunpunt bellen.",
            ],
            True,
        ),
        # Asked for something else, then never answered.
        (["Hoeveel uur zorgt u?", "Hoe lang zorgt u al?"], False),
    ],
)
def test_a_question_that_needs_the_place_may_be_answered_once_the_place_is_given(
    replies: list[str], answered: bool
) -> None:
    caregiver = _caregiver(replies)

    caregiver._ask(QUESTION)
    for _ in replies[1:]:
        caregiver.say("in Zwolle")

    failed = any("question not answered" in reason for reason in caregiver.result.failures)
    assert failed is not answered


WMO = "Hulp van de gemeente via de Wmo"
OFFERS = KnowledgeView(
    {}, {WMO: frozenset({"praktische_hulp"}), "Respijthulp": frozenset({"even_vrij"})}
)


def _two_needs_caregiver(
    replies: list[list[dict]], second_need: str = "praktische_hulp"
) -> SimulatedCaregiver:
    base = load_personas(PERSONA_SETS["dev4"])[0]
    persona = dataclasses.replace(
        base,
        uses_buttons="often",
        facts={**base.facts, "needs": ["even_vrij", second_need], "needs_words": "rust"},
        behaviour={},
        questions=(),
    )
    answers = iter(replies)
    caregiver = SimulatedCaregiver(persona, lambda _text: next(answers), OFFERS)
    caregiver.button_rate = 1.0
    return caregiver


NEEDS_QUESTION = [
    {
        "text": "Wat zou u nu het meest helpen?",
        "buttons": [
            {"title": "Even vrij zijn", "payload": "Even vrij zijn"},
            {"title": "Hulp in huis", "payload": "Hulp in huis"},
        ],
    }
]


def test_a_second_need_left_by_a_button_is_asked_for_after_the_offers() -> None:
    caregiver = _two_needs_caregiver(
        [
            [{"text": "Respijthulp\nEerste stap: bel."}],
            [{"text": f"Dit past bij uw vraag:\n\n{WMO}\nuitleg"}],
        ]
    )
    turn = caregiver.say(caregiver.answer("needs", Turn("", NEEDS_QUESTION)))
    caregiver.offers_shown = True

    asked = caregiver._after_offers()

    assert asked is not None and asked.user == "en hulp in huis?"
    # The answer to that question shows the offer on a line of its own, below its heading.
    assert caregiver._offer_of_topic_shown("praktische_hulp")
    assert caregiver._offer_of_topic_shown("even_vrij") and turn.text.startswith("Respijthulp")
    assert caregiver._after_offers() is None


def test_a_second_need_without_a_button_is_told_in_own_words_once() -> None:
    caregiver = _two_needs_caregiver(
        [[{"text": "Respijthulp\nEerste stap: bel."}], [{"text": "Kan ik nog iets doen?"}]],
        second_need="regelen_aanvragen",
    )
    caregiver.say(caregiver.answer("needs", Turn("", NEEDS_QUESTION)))
    caregiver.offers_shown = True

    told = caregiver._after_offers()

    assert told is not None and told.user == "rust"
    assert caregiver._after_offers() is None


def test_help_named_in_a_list_with_its_first_step_counts_as_shown() -> None:
    caregiver = _two_needs_caregiver(
        [[{"text": f"U kunt wel met een mens praten:\n- {WMO}: Bel of mail uw gemeente."}]]
    )
    caregiver.say("en hulp in huis?")

    assert caregiver._offer_of_topic_shown("praktische_hulp")
    assert not caregiver._offer_of_topic_shown("even_vrij")


def test_needs_told_in_words_are_not_asked_for_again() -> None:
    caregiver = _two_needs_caregiver([[{"text": "Respijthulp\nEerste stap: bel."}]])
    caregiver.button_rate = 0.0
    caregiver.say(caregiver.answer("needs", Turn("", NEEDS_QUESTION)))
    caregiver.offers_shown = True

    assert caregiver._after_offers() is None
    assert not caregiver._offer_of_topic_shown("praktische_hulp")


def test_an_offer_named_to_a_young_caregiver_in_the_je_form_counts_as_shown() -> None:
    view = knowledge_view()
    caregiver = SimulatedCaregiver(
        load_personas(PERSONA_SETS["dev4"])[0],
        lambda _text: [{"text": "Dagbesteding voor je naaste\nEerste stap: bel."}],
        view,
    )
    caregiver.say("ff chillen")

    assert caregiver._offer_of_topic_shown("even_vrij")


def test_the_other_need_is_no_kind_of_help_an_offer_can_show() -> None:
    # Personas dev39 and dev8 list "anders" among the topics; no offer is of that kind.
    caregiver = _two_needs_caregiver([[{"text": "Respijthulp\nEerste stap: bel."}]])
    caregiver.say("rust")

    assert caregiver.topics_not_shown(["anders", "even_vrij", "praktische_hulp"]) == [
        "praktische_hulp"
    ]
