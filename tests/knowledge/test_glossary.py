"""The glossary: reviewed data that stays B1 and sourced, and a lookup that finds what people mean."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.glossary import (
    UNKNOWN_TERM_REPLY,
    GlossaryDataError,
    explain,
    find_term,
    load_glossary,
)

FACTS_FILE = Path(__file__).resolve().parents[3] / "shared" / "domain" / "FACTS.md"

REQUIRED_IDS = {
    "respijtzorg",
    "mantelzorg",
    "mantelzorger",
    "mantelzorgconsulent",
    "dagbesteding",
    "logeeropvang",
    "wmo",
    "pgb",
    "casemanager",
    "mantelzorgmakelaar",
    "mantelzorgwaardering",
    "clientondersteuning",
    "wlz",
    "zorgverlof",
}
# FACTS.md supports these too (§3.1, §3.2, §4, §2 "Jonge mantelzorgers" and §1.8 for feelings; §2
# for "mantelzorg is vrijwillig en onbetaald"; §3.4 for wijkverpleging in the basisverzekering;
# §3.2-3.4 for thuiszorg, the word people use for both; §1.7 for overbelasting; §1.8 names NAH
# among the conditions, and its source spells the words out).
OPTIONAL_IDS = {
    "wijkverpleging",
    "thuiszorg",
    "mantelzorg_is_vrijwillig",
    "gevoelens",
    "calamiteitenverlof",
    "keukentafelgesprek",
    "odensehuis",
    "alzheimer_cafe",
    "jonge_mantelzorger",
    "overbelasting",
    "nah",
}
ALL_IDS = sorted(REQUIRED_IDS | OPTIONAL_IDS)


def _terms_by_id() -> dict[str, Any]:
    return {term.id: term for term in load_glossary()}


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.?!])\s+", text.strip()) if part]


# --- the product's data file ----------------------------------------------------------------------


def test_file_has_every_term_once() -> None:
    ids = [term.id for term in load_glossary()]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(ALL_IDS)


def test_load_is_cached() -> None:
    assert load_glossary() is load_glossary()


@pytest.mark.parametrize("term_id", ALL_IDS)
def test_entry_is_complete_and_checked(term_id: str) -> None:
    term = _terms_by_id()[term_id]
    assert term.text.strip()
    assert term.names
    assert term.source and all(source.strip() for source in term.source)
    assert dt.date(2026, 11, 24) <= term.last_checked <= dt.date.today()


@pytest.mark.parametrize("term_id", ALL_IDS)
def test_text_is_short_b1_dutch(term_id: str) -> None:
    text = _terms_by_id()[term_id].text
    sentences = _sentences(text)
    assert 2 <= len(sentences) <= 4, sentences
    longest = max(sentences, key=lambda sentence: len(sentence.split()))
    assert len(longest.split()) <= 20, longest
    # Formal "u", never "je"/"jij" (that is only for a caregiver who asks for it).
    assert not re.search(r"\b(je|jij|jou|jouw)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("term_id", ALL_IDS)
def test_text_holds_no_phone_numbers_links_or_amounts(term_id: str) -> None:
    text = _terms_by_id()[term_id].text
    assert not re.search(r"\b0\d{2,3}[- ]?\d{3}|\b0[89]00\b|\b11[23]\b", text), text
    assert not re.search(r"https?://|www\.|\.nl\b", text), text
    # Amounts differ per gemeente and per year; FACTS.md leaves the current ones unverified.
    assert "€" not in text and "euro" not in text.lower()


def test_unverified_points_stay_out_of_the_text() -> None:
    terms = _terms_by_id()
    assert terms["casemanager"].unverified, "FACTS.md §3.4: 'geen eigen risico' is UNVERIFIED"
    assert "eigen risico" not in terms["casemanager"].text.lower()
    assert terms["wmo"].unverified, "FACTS.md §3.2: the abonnementstarief amount is UNVERIFIED"
    for term in terms.values():
        assert "respijtwijzer" not in term.text.lower(), term.id
        assert "eigen risico" not in term.text.lower(), term.id


@pytest.mark.skipif(not FACTS_FILE.exists(), reason="shared FACTS.md is not next to the repository")
@pytest.mark.parametrize("term_id", ALL_IDS)
def test_every_source_is_cited_in_facts(term_id: str) -> None:
    facts = FACTS_FILE.read_text(encoding="utf-8")
    for source in _terms_by_id()[term_id].source:
        # "..." marks where FACTS.md itself shortened the address.
        for part in source.split("..."):
            assert part.strip("/") in facts, f"{term_id}: {source!r} is not in FACTS.md"


def test_every_id_and_name_finds_its_own_term() -> None:
    wrong = [
        (name, found.id if found else None, term.id)
        for term in load_glossary()
        for name in (term.id, *term.names)
        if (found := find_term(name)) is None or found.id != term.id
    ]
    assert wrong == []


# --- finding the term people mean -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # ids
        ("respijtzorg", "respijtzorg"),
        ("pgb", "pgb"),
        ("alzheimer_cafe", "alzheimer_cafe"),
        ("jonge_mantelzorger", "jonge_mantelzorger"),
        # variants, accents, capitals and punctuation
        ("respijt zorg", "respijtzorg"),
        ("vervangende mantelzorg", "respijtzorg"),
        ("Ik wil even vrij", "respijtzorg"),
        ("cliëntondersteuning", "clientondersteuning"),
        ("Client Ondersteuning", "clientondersteuning"),
        ("WMO", "wmo"),
        ("w.m.o.?", "wmo"),
        ("persoonsgebonden budget", "pgb"),
        ("P.G.B.", "pgb"),
        ("casemanager dementie", "casemanager"),
        ("mantelzorgcompliment", "mantelzorgwaardering"),
        ("Alzheimer-Café", "alzheimer_cafe"),
        ("odense huis", "odensehuis"),
        ("kortdurend verblijf", "logeeropvang"),
        ("mantel zorg makelaar", "mantelzorgmakelaar"),
        # typos
        ("wat is respijtzrog", "respijtzorg"),
        ("dagbestedig", "dagbesteding"),
        ("wat is een casemanger?", "casemanager"),
        ("mantelzorgmakelar", "mantelzorgmakelaar"),
        ("keukentafelgespek", "keukentafelgesprek"),
        ("calamiteitenferlof", "calamiteitenverlof"),
        ("cliëntondersteunig", "clientondersteuning"),
        ("mantelzorgwaardring", "mantelzorgwaardering"),
        ("logeeropfang", "logeeropvang"),
        # whole questions
        ("wat is een pgb", "pgb"),
        ("wat betekent dagbesteding eigenlijk?", "dagbesteding"),
        ("Wat houdt het keukentafelgesprek in?", "keukentafelgesprek"),
        ("Kunt u uitleggen wat de Wlz is?", "wlz"),
        ("wat valt er onder thuiszorg?", "thuiszorg"),
        ("wat bedoelen ze met zorgverlof", "zorgverlof"),
        ("Wat is calamiteitenverlof precies?", "calamiteitenverlof"),
        ("wat is een mantelzorgconsulent", "mantelzorgconsulent"),
        ("Wat doet het steunpunt mantelzorg?", "mantelzorgconsulent"),
        ("Hoe zit het met de mantelzorgwaardering?", "mantelzorgwaardering"),
        ("wat is mantelzorg", "mantelzorg"),
        ("ben ik eigenlijk wel een mantelzorger?", "mantelzorger"),
        ("ben ik verplicht om voor mijn ex te zorgen?", "mantelzorg_is_vrijwillig"),
        ("wat is een jonge mantelzorger", "jonge_mantelzorger"),
        ("Wat is een Odensehuis?", "odensehuis"),
        # a broad word next to a specific one: the specific one is meant
        ("Ik ben mantelzorger, wat is respijtzorg?", "respijtzorg"),
        ("ik ben mantelzorger en wat is respijtzrog dan?", "respijtzorg"),
        ("Wat is respijtzorg voor jonge mantelzorgers?", "respijtzorg"),
        ("wat is het verschil tussen de Wmo en de Wlz", "wmo"),
        ("gaat het wmo gesprek bij mij thuis?", "keukentafelgesprek"),
        # Personas dev22.
        ("wat is NAH precies, dokter zegt dat steeds", "nah"),
        ("moet schoonvader betalen voor hulp met wassen?", "wijkverpleging"),
        (
            "mag ik gewoon niet meer opnemen als hij 's nachts belt? voelt zo egoistisch",
            "gevoelens",
        ),
    ],
)
def test_find_term(message: str, expected: str) -> None:
    term = find_term(message)
    assert term is not None, message
    assert term.id == expected


@pytest.mark.parametrize(
    "message",
    [
        "wat is het weer",
        "hoe laat is het?",
        "ik ben zo moe",
        "mijn moeder heeft parkinson",
        "wat is dementie",
        "wat is alzheimer",
        "wat is een mantelzorgwoning",
        "wat kost een parkeervergunning",
        "wat is besteding",
        "wat is een verpleeghuis",
        # Abbreviations one letter from wmo, wlz or pgb are other things.
        "wat doet de WHO",
        "wat is de GGD",
        "verlof",
        "wie ben jij eigenlijk",
        "ik wil graag met iemand praten",
        "",
        "   ?! ",
    ],
)
def test_find_term_finds_nothing_for_other_words(message: str) -> None:
    assert find_term(message) is None


def test_explain_gives_the_term_text() -> None:
    text = explain("wat is respijtzrog?")
    assert text == _terms_by_id()["respijtzorg"].text
    assert text.startswith("Respijtzorg is")


@pytest.mark.parametrize("message", ["wat is het weer", "wat is een zorgdomein-koppeling", ""])
def test_explain_unknown_word_points_to_the_steunpunt(message: str) -> None:
    reply = explain(message)
    assert reply == UNKNOWN_TERM_REPLY
    assert reply.startswith("Dat woord ken ik nog niet.")
    assert "steunpunt mantelzorg" in reply


# --- refusing a bad file --------------------------------------------------------------------------


# Marks a field that _entry leaves out altogether.
_DROP = object()


def _entry(term_id: str = "respijtzorg", **changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": term_id,
        "names": [term_id],
        "text": "Een korte uitleg. Nog een zin.",
        "source": ["example.nl/bron"],
        "last_checked": dt.date(2026, 11, 24),
    }
    entry.update(changes)
    return {key: value for key, value in entry.items() if value is not _DROP}


def _write(tmp_path: Path, entries: list[dict[str, Any]], **top: Any) -> Path:
    path = tmp_path / "begrippen.yml"
    document = {"version": 1, "begrippen": entries, **top}
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


def test_a_valid_small_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(), _entry("pgb", last_checked="2026-11-24")])
    terms = load_glossary(path)
    assert [term.id for term in terms] == ["respijtzorg", "pgb"]
    assert terms[1].last_checked == dt.date(2026, 11, 24)


def test_an_entry_marks_itself_a_feeling(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(), _entry("gevoelens", feeling=True, names=["schuldig"])])
    assert [term.feeling for term in load_glossary(path)] == [False, True]
    assert [term.id for term in load_glossary() if term.feeling] == ["gevoelens"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", _DROP),
        ("source", _DROP),
        ("last_checked", _DROP),
        ("names", _DROP),
        ("text", "   "),
        ("text", None),
        ("source", []),
        ("source", [""]),
        ("last_checked", "gisteren"),
        ("last_checked", None),
        ("names", []),
    ],
)
def test_bad_entry_names_file_entry_and_field(tmp_path: Path, field: str, value: Any) -> None:
    path = _write(tmp_path, [_entry("pgb"), _entry(**{field: value})])
    with pytest.raises(GlossaryDataError) as caught:
        load_glossary(path)
    message = str(caught.value)
    assert str(path) in message
    assert "'respijtzorg'" in message
    assert f"'{field}" in message


def test_entry_without_id_is_named_by_position(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry("pgb"), _entry(id=_DROP)])
    with pytest.raises(GlossaryDataError, match=r"entry #2: field 'id': missing"):
        load_glossary(path)


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(tekst="typo in the field name")])
    with pytest.raises(GlossaryDataError, match="tekst"):
        load_glossary(path)


def test_duplicate_id_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry("pgb"), _entry("pgb")])
    with pytest.raises(GlossaryDataError, match="'pgb' occurs twice"):
        load_glossary(path)


def test_name_shared_by_two_terms_is_refused(tmp_path: Path) -> None:
    # "Respijt zorg" folds to the same key as "respijtzorg", so a lookup could not choose.
    path = _write(tmp_path, [_entry(), _entry("dagbesteding", names=["Respijt zorg"])])
    with pytest.raises(GlossaryDataError, match=r"'dagbesteding': field 'names'.*'respijtzorg'"):
        load_glossary(path)


def test_missing_list_and_broken_yaml_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "begrippen.yml"
    path.write_text("version: 1\n", encoding="utf-8")
    with pytest.raises(GlossaryDataError, match="begrippen"):
        load_glossary(path)
    broken = tmp_path / "broken.yml"
    broken.write_text("begrippen: [\n", encoding="utf-8")
    with pytest.raises(GlossaryDataError, match=re.escape(str(broken))):
        load_glossary(broken)
