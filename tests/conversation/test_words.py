from __future__ import annotations

import pytest

from bot.conversation.words import asked_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kan iemand ook met mij praten in Engels?", "Engels"),
        ("Spreekt het steunpunt ook Turks?", "Turks"),
        ("ik spreek slecht Nederlands, kan het in het Arabisch?", "Arabisch"),
        ("Is er iemand die Pools spreekt?", "Pools"),
        # Not a question about the language of the help.
        ("ik woon in Friesland", None),
        ("mijn moeder is Turks, wat is er voor haar?", None),
        ("mijn vader praat alleen nog Fries", None),
    ],
)
def test_asked_language(text: str, language: str | None) -> None:
    assert asked_language(text) == language
