import pytest

from bot.intake.young_helpers import young_helper_at_home


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("mijn dochter is 13 zij helpt ook veel met mama", "dochter"),
        ("onze zoon van 15 helpt ook mee met opa", "zoon"),
        ("mijn kinderen (12 en 14) helpen ook veel", "kinderen"),
        ("me jongste is 11 en moet vaak oppassen op zn broertje", "jongste"),
        ("mijn dochter (16) springt vaak bij als ik werk", "dochter"),
    ],
)
def test_a_child_under_18_who_helps_is_heard(text: str, child: str) -> None:
    assert young_helper_at_home(text) == child


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter van 15 zit op de havo",  # no help told
        "mijn zoon helpt",  # no age
        "mijn dochter is 24 en helpt ook",  # an adult
        "Ik zorg voor mijn zoon van 12, ik moet hem overal mee helpen",  # the child cared for
        "Ik ben 45. Mijn dochter helpt soms",  # the age is the writer's, in another sentence
    ],
)
def test_no_young_helper_without_a_child_under_18_who_helps(text: str) -> None:
    assert young_helper_at_home(text) is None
