from bot.intake.dialogue import summarize, why_we_ask

FACTS = {
    "relation": "ouder",
    "conditions": ["dementie"],
    "hours_per_week": 20.0,
    "duration_months": 36.0,
    "lives_with_care_recipient": False,
    "gemeente": "GM0193",
}


def test_summary_reads_back_in_plain_dutch() -> None:
    summary = summarize(FACTS)

    assert summary.startswith("Dit heb ik begrepen:")
    assert "uw vader of moeder (dementie)" in summary
    assert "ongeveer 20 uur per week" in summary
    assert "3 jaar" in summary
    assert "U woont niet samen." in summary
    assert "de gemeente Zwolle" in summary
    assert summary.endswith("Klopt dat?")


def test_summary_keeps_the_caregivers_own_words() -> None:
    summary = summarize(
        {
            **FACTS,
            "relation": "schoonouder",
            "relation_word": "schoonmoeder",
            "combines_with": [],
            "own_words": {"combines_with": "gepensioneerd"},
        }
    )

    assert "uw schoonmoeder (dementie)" in summary
    assert 'Naast de zorg: "gepensioneerd".' in summary


def test_why_we_ask_explains_the_open_question() -> None:
    assert "mantelzorgwaardering" in why_we_ask("duration_months")
    assert "overslaan" in why_we_ask(None)
