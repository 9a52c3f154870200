from __future__ import annotations

import pytest

from bot.handoff.summary import MAX_LENGTH, MIN_LENGTH, summary_text
from tests.handoff.conftest import ALL_SCOPES, COMPLETE_FACTS, make_document
from tests.handoff.test_document import CONTACTS, SCOPES, SITUATIONS


def test_complete_summary_reads_as_a_consultant_needs_it() -> None:
    lines = make_document()["summary_text"].splitlines()

    assert lines[0].startswith("Urgentie: hoog. Waarom: zwaar belast volgens de test")
    assert lines[1] == (
        "Aangemeld op 24 november 2026 om 14.05 uur via de chat op de website, gemeente Zwolle. "
        "De naaste woont in de gemeente Kampen."
    )
    assert lines[2] == "Wie: Fatima El Amrani, 25 tot 65 jaar, zorgt voor een ouder."
    assert lines[3].startswith(
        "Situatie: ziekte of beperking: dementie; 20 uur per week; al ongeveer 2 jaar; "
        "woont niet samen. Combineert de zorg met werk en de zorg voor kinderen. "
        "Hulp die er al is: thuiszorg. Intensieve mantelzorg"
    )
    assert lines[3].endswith(": ja.")
    assert "score 9 van 13 (grens 7), niveau hoog (overbelast)" in lines[4]
    assert "Zwaar: Mijn nachtrust is verstoord;" in lines[4]
    assert lines[4].endswith("Zelf ingeschat: 8 van 10.")
    assert lines[5] == (
        "Hulpvraag in eigen woorden: “Even een dag vrij, mijn moeder naar de dagbesteding” "
        "(even vrij (respijtzorg) en zorg voor de naaste)."
    )
    assert lines[6] == "Al voorgesteld: Dagbesteding in Zwolle (Zorggroep)."
    assert lines[7] == (
        "Contact: telefoon 06 12345678, e-mail fatima.elamrani@gmail.com. Liefst bellen. "
        "Wanneer: 's middags na 14 uur."
    )


def test_acuut_comes_first_and_stands_out() -> None:
    text = make_document({"gemeente": "GM0193", "safety_urgency": "acuut"})["summary_text"]

    assert text.splitlines()[0] == "LET OP, urgentie ACUUT: veiligheidssignaal in het gesprek."


def test_parts_without_consent_say_so_and_show_nothing() -> None:
    text = make_document(scope=("contact",))["summary_text"]

    assert "Situatie: niet gedeeld (geen toestemming)." in text
    assert "Belasting: niet gedeeld (geen toestemming)." in text
    assert "Hulpvraag: niet gedeeld (geen toestemming)." in text
    for withheld in ("dementie", "ouder", "CSI", "dagbesteding", "Kampen", "25 tot 65"):
        assert withheld not in text


def test_unknowns_say_onbekend() -> None:
    text = make_document({"gemeente": "GM0193"})["summary_text"]

    assert "voor wie is onbekend" in text
    assert (
        "ziekte of beperking onbekend; uren onbekend; hoe lang onbekend; samenwonen onbekend"
        in text
    )
    assert (
        "Intensieve mantelzorg (meer dan 8 uur per week, langer dan 3 maanden): onbekend." in text
    )
    assert "Belasting: geen vragenlijst ingevuld." in text
    assert "Hulpvraag: niet genoemd." in text
    assert "Al voorgesteld: nog niets." in text


@pytest.mark.parametrize(
    ("months", "words"),
    [
        (0.5, "korter dan een maand"),
        (1, "al 1 maand"),
        (7, "al 7 maanden"),
        (14, "al ongeveer een jaar"),
        (40, "al ongeveer 3 jaar"),
    ],
)
def test_duration_in_words(months: float, words: str) -> None:
    text = make_document({"gemeente": "GM0193", "duration_months": months})["summary_text"]

    assert words in text


@pytest.mark.parametrize("facts", SITUATIONS.values(), ids=SITUATIONS.keys())
@pytest.mark.parametrize("scope", SCOPES, ids=["+".join(s) for s in SCOPES])
def test_summary_length_is_within_the_schema(facts: dict, scope: tuple[str, ...]) -> None:
    text = make_document(facts, scope=scope)["summary_text"]

    assert MIN_LENGTH <= len(text) <= MAX_LENGTH


@pytest.mark.parametrize("contact", CONTACTS, ids=lambda c: c.preferred_channel or "no preference")
def test_summary_tells_how_to_reach_the_caregiver(contact) -> None:
    text = make_document(contact=contact)["summary_text"]
    contact_line = text.splitlines()[-1]

    assert contact_line.startswith("Contact: ")
    assert ("telefoon 0" in contact_line) == bool(contact.phone)
    assert ("e-mail " in contact_line) == bool(contact.email)


def test_very_long_conversations_are_cut_to_4000_characters() -> None:
    needs = [{"category": "anders", "text": f"{i} " + "veel te vertellen " * 27} for i in range(40)]

    text = make_document({**COMPLETE_FACTS, "needs": needs}, scope=ALL_SCOPES)["summary_text"]

    assert len(text) == MAX_LENGTH
    assert text.startswith("Urgentie: hoog.")
    # The caregiver's words are shortened; how to call them is kept whole.
    assert "…" in text.splitlines()[5]
    assert text.splitlines()[-1].startswith("Contact: telefoon 06 12345678")


def test_summary_can_be_rebuilt_from_the_stored_document() -> None:
    document = make_document()

    assert summary_text(document) == document["summary_text"]
