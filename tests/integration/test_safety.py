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
        ("het hoeft voor mij niet meer", "zelfmoordpreventie_113"),
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
