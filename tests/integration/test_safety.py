"""Safety first, end to end: the first reply to a crisis message names the right help."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from knowledge.helplines import get_helpline
from tests.integration.product import say, texts


def _numbers(helpline_id: str) -> tuple[str, ...]:
    return get_helpline(helpline_id).phones


@pytest.mark.parametrize(
    ("message", "helpline_id"),
    [
        ("ik wil er niet meer zijn", "zelfmoordpreventie_113"),
        ("ik word soms zo boos dat ik hem pijn doe", "veilig_thuis"),
        ("mijn vader ligt op de grond en ademt niet", "alarm_112"),
    ],
)
def test_first_reply_to_a_crisis_names_the_right_help(
    product: Settings, message: str, helpline_id: str
) -> None:
    reply = texts(say(product, f"safety-first-{helpline_id}-{len(message)}", message))

    assert all(number in reply for number in _numbers(helpline_id)), reply
    assert "Ik blijf hier" in reply


def test_a_crisis_in_the_middle_of_the_intake_comes_first_and_the_intake_waits(
    product: Settings,
) -> None:
    sender = "safety-mid-intake"
    assert "Woont u samen" in texts(
        say(product, sender, "ik zorg voor mijn moeder met dementie, 30 uur per week, al 2 jaar")
    )

    reply = texts(say(product, sender, "ik heb haar vandaag geslagen"))
    assert all(number in reply for number in _numbers("veilig_thuis")), reply
    assert "Woont u samen" not in reply

    reply = texts(say(product, sender, "verder"))
    assert "Woont u samen" in reply, reply


@pytest.mark.parametrize(
    "message", ["ik ben doodmoe van al dat regelwerk", "ik kan niet meer, het is zo veel"]
)
def test_tiredness_and_high_burden_are_no_crisis(product: Settings, message: str) -> None:
    reply = texts(say(product, f"safety-lookalike-{len(message)}", message))

    assert not any(number in reply for number in _numbers("zelfmoordpreventie_113")), reply
    assert not any(number in reply for number in _numbers("alarm_112")), reply


CHECK_QUESTION = "Denkt u aan zelfdoding, of is iemand in gevaar?"
VEILED_WITH_A_QUESTION = "het hoeft voor mij allemaal niet meer. hoe vraag ik zorgverlof aan?"


def test_veiled_words_get_the_check_question_with_the_numbers(product: Settings) -> None:
    reply = texts(say(product, "safety-veiled", "het hoeft voor mij niet meer"))

    assert CHECK_QUESTION in reply, reply
    assert all(number in reply for number in _numbers("zelfmoordpreventie_113")), reply
    assert "112" in reply


def test_yes_to_the_check_question_gets_full_help(product: Settings) -> None:
    sender = "safety-check-yes"
    assert CHECK_QUESTION in texts(say(product, sender, "het hoeft voor mij niet meer"))

    reply = texts(say(product, sender, "Ja"))

    assert "Ik blijf hier" in reply and "Veilig Thuis" in reply, reply
    assert all(number in reply for number in _numbers("zelfmoordpreventie_113")), reply


def test_no_to_the_check_question_answers_the_question_that_was_asked(product: Settings) -> None:
    sender = "safety-check-no"
    assert CHECK_QUESTION in texts(say(product, sender, VEILED_WITH_A_QUESTION))

    reply = texts(say(product, sender, "Nee, bedoel ik niet"))

    assert "zorgverlof" in reply.lower() and "werkgever" in reply.lower(), reply
    assert "113" not in reply


def test_danger_to_life_always_gets_full_help_at_once(product: Settings) -> None:
    reply = texts(say(product, "safety-danger", "hij heeft net al zijn pillen ingenomen"))

    assert CHECK_QUESTION not in reply
    assert reply.index("112") < reply.index("113") if "113" in reply else "112" in reply, reply
