from __future__ import annotations

import pytest

from bot.conversation.words import about_how_many_left, asked_language


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


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("hoeveel vragen nog?", True),
        ("zijn we bijna klaar?", True),
        ("duurt het nog lang?", True),
        ("hoeveel uur zorg ik nog?", False),
        ("ik wil stoppen", False),
    ],
)
def test_about_how_many_left(text: str, asks: bool) -> None:
    assert about_how_many_left(text) is asks
