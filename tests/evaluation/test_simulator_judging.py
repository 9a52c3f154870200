"""The simulated caregiver judges a read-back by the gemeente, not by the way it is spelled."""

from __future__ import annotations

import pytest

from bot.evaluation.simulator import _mentioned, _same_gemeente


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
