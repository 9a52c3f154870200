"""Instrument files load, carry the validated wording, and bad files give clear errors."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.assessment.dialogue import needs_pointed_to
from bot.assessment.instruments import (
    InstrumentError,
    available_instruments,
    default_directory,
    load_instrument,
    load_instrument_file,
)

# FACTS.md §1.4, verbatim: the CSI must never drift from the published Dutch wording.
CSI_ITEMS = [
    "Mijn nachtrust is verstoord",
    "Hem of haar helpen kost me nogal wat moeite en tijd",
    "Ik vind het lichamelijk zwaar",
    "Het beperkt me in andere dingen die ik wil doen",
    "Wij hebben onze dagelijkse manier van doen moeten aanpassen",
    "Wij hebben onze plannen moeten wijzigen",
    "Er zijn ook andere zaken waaraan ik mijn tijd moet besteden",
    "Emotioneel gedragen we ons anders ten opzichte van elkaar",
    "Het gedrag van mijn man/vrouw maakt me soms van streek",
    "Het is pijnlijk te moeten zien dat hij/zij een ander persoon is geworden",
    "Ik heb mijn werk/baan moeten aanpassen aan de situatie",
    "Ik word geheel door deze situatie in beslag genomen",
    "We leven onder financiële druk",
]

# FACTS.md §1.1, verbatim, with item 6 spelled correctly.
EDIZ_ITEMS = [
    "Door de situatie van mijn naaste kom ik te weinig aan mijn leven toe",
    "Het combineren van de verantwoordelijkheid voor mijn naaste en de verantwoordelijkheid voor "
    "mijn werk en/of gezin valt niet mee",
    "Door mijn betrokkenheid bij mijn naaste doe ik anderen tekort",
    "Ik moet altijd maar klaarstaan voor mijn naaste",
    "Mijn zelfstandigheid komt in de knel",
    "De situatie van mijn naaste eist voortdurend mijn aandacht",
    "Door mijn betrokkenheid bij mijn naaste krijg ik conflicten thuis en/of op mijn werk",
    "De situatie van mijn naaste laat mij nooit los",
    "Ik voel me over het geheel genomen erg onder druk staan door de situatie van mijn naaste",
]


def test_the_three_instruments_are_available() -> None:
    assert available_instruments() == ("csi", "ediz", "srb")


@pytest.mark.parametrize("instrument_id", ["csi", "ediz", "srb"])
def test_every_instrument_file_loads_and_validates(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    assert instrument.id == instrument_id
    assert instrument.sources and instrument.licence and instrument.adaptation
    assert instrument.intro and instrument.no_result_text


def test_csi_items_are_the_published_dutch_wording() -> None:
    csi = load_instrument("csi")
    assert [item.text for item in csi.items] == CSI_ITEMS
    assert [item.number for item in csi.items] == list(range(1, 14))
    assert "naaste" not in csi.item("csi_09").text  # FACTS.md: do not reword item 9


def test_csi_is_ja_nee_with_the_validated_cut_off_of_seven() -> None:
    csi = load_instrument("csi")
    assert [(o.id, o.label, o.points) for o in csi.options] == [("ja", "Ja", 1), ("nee", "Nee", 0)]
    assert csi.threshold == 7
    assert csi.threshold_validated is True
    assert csi.max_score == 13
    assert csi.wording_verified is True


def test_csi_lower_bands_are_marked_as_the_deployments_own() -> None:
    bands = {band.level: band for band in load_instrument("csi").bands}
    assert bands["hoog"].validated and bands["hoog"].min_score == 7
    assert not bands["matig"].validated and not bands["laag"].validated
    assert "NOT validated" in (bands["matig"].note or "")


def test_csi_intro_says_what_it_is_how_many_questions_and_how_long() -> None:
    intro = load_instrument("csi").intro
    for fact in ("13", "5 minuten", "ja of nee", "Caregiver Strain Index"):
        assert fact in intro


def test_ediz_items_answers_and_scoring_follow_the_source() -> None:
    ediz = load_instrument("ediz")
    assert [item.text for item in ediz.items] == EDIZ_ITEMS
    assert "voortdurend" in ediz.item("ediz_06").text
    assert "typo" in (ediz.item("ediz_06").note or "")
    assert [(o.label, o.points) for o in ediz.options] == [
        ("Nee!", 0),
        ("Nee", 0),
        ("Min of meer", 1),
        ("Ja", 1),
        ("Ja!", 1),
    ]
    assert ediz.max_score == 9


def test_ediz_threshold_is_marked_as_not_validated() -> None:
    ediz = load_instrument("ediz")
    assert ediz.threshold is not None
    assert ediz.threshold_validated is False
    assert "NOT VALIDATED" in ediz.threshold_note
    assert all(not band.validated for band in ediz.bands)


def test_srb_has_no_cut_off_and_unverified_wording() -> None:
    srb = load_instrument("srb")
    assert srb.threshold is None and srb.bands == ()
    assert srb.wording_verified is False
    assert "UNVERIFIED" in srb.wording_note
    assert [o.value for o in srb.options] == list(range(11))
    assert srb.is_numeric_scale and srb.max_score == 10


@pytest.mark.parametrize("instrument_id", ["csi", "ediz", "srb"])
def test_result_texts_never_speak_of_a_diagnosis(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    texts = [band.result_text for band in instrument.bands] + [instrument.no_result_text]
    for text in texts:
        lowered = text.lower()
        assert "diagnose" not in lowered and "u bent overbelast" not in lowered
        assert "Dank u wel" in text


def test_load_instrument_is_cached() -> None:
    assert load_instrument("csi") is load_instrument("csi")


@pytest.mark.parametrize("bad_id", ["../csi", "CSI", "", "csi.yml", "a/b"])
def test_load_instrument_refuses_ids_that_are_not_ids(bad_id: str) -> None:
    with pytest.raises(InstrumentError) as caught:
        load_instrument(bad_id)
    assert caught.value.field == "id"


def test_unknown_instrument_names_the_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InstrumentError) as caught:
        load_instrument("zarit", directory=tmp_path)
    assert caught.value.field == "(file)"
    assert "zarit.yml" in str(caught.value)


def _csi_data() -> dict[str, Any]:
    return yaml.safe_load((default_directory() / "csi.yml").read_text(encoding="utf-8"))


_DELETE = object()


def _set(path: str, value: Any) -> Any:
    """A mutation that sets (or deletes) the value at a dotted path such as "items.2.text"."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return mutate


def _duplicate_item(data: dict[str, Any]) -> None:
    data["items"][1]["id"] = data["items"][0]["id"]


def _same_meaning_twice(data: dict[str, Any]) -> None:
    data["options"][1]["matches"] = ["agree"]


def _threshold_moved(data: dict[str, Any]) -> None:
    data["threshold"] = 8


def _no_threshold_but_bands(data: dict[str, Any]) -> None:
    data["threshold"] = None
    data["threshold_validated"] = False


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (_set("items.2.text", _DELETE), "items[2].text", "required"),
        (_set("name", _DELETE), "name", "required"),
        (_set("options.0.points", -1), "options[0].points", "minimum"),
        (_set("options.0.points", "een"), "options[0].points", "integer"),
        (_set("options.0.matches", ["yes"]), "options[0].matches[0]", "yes"),
        (_set("threshold", 99), "threshold", "above the maximum 13"),
        (_set("bands.1.min", 5), "bands[1].min", "contiguous"),
        (_set("bands.2.max", 12), "bands[2].max", "maximum score 13"),
        (_set("bands.2.validated", False), "bands[2].validated", "threshold_validated"),
        (_set("bands.0.level", "hoog"), "bands", "ordered"),
        (_set("id", "ediz"), "id", "file name"),
        (_set("cutoff", 7), "(top level)", "cutoff"),
        (_set("sources", []), "sources", "too short"),
        (_duplicate_item, "items", "duplicate"),
        (_same_meaning_twice, "options", "more than one option"),
        (_threshold_moved, "bands[2].min", "must start at 8"),
        (_no_threshold_but_bands, "bands", "empty"),
    ],
)
def test_bad_instrument_files_name_the_file_and_the_field(
    tmp_path: Path, mutate: Any, field: str, words: str
) -> None:
    data = copy.deepcopy(_csi_data())
    mutate(data)
    path = tmp_path / "csi.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InstrumentError) as caught:
        load_instrument_file(path)
    assert caught.value.field == field
    assert str(path) in str(caught.value)
    assert words in str(caught.value)


def test_invalid_yaml_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "csi.yml"
    path.write_text("id: csi\nitems: [unclosed\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="not valid YAML") as caught:
        load_instrument_file(path)
    assert caught.value.field == "(file)"


def test_unquoted_yes_in_yaml_is_caught(tmp_path: Path) -> None:
    # YAML 1.1 reads a bare `yes` as true; the meaning names avoid it and the schema catches it.
    data = _csi_data()
    text = yaml.safe_dump(data, allow_unicode=True).replace("- agree\n", "- yes\n", 1)
    path = tmp_path / "csi.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentError) as caught:
        load_instrument_file(path)
    assert caught.value.field.startswith("options[0].matches")


def test_financial_pressure_points_to_money_when_it_applies() -> None:
    csi = load_instrument("csi")
    yes, no = ({"csi_13": option.id} for option in csi.options)  # ja, nee
    assert needs_pointed_to(csi, yes) == ["financieel"]
    assert needs_pointed_to(csi, no) == []
