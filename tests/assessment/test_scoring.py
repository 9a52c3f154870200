"""Scoring of every instrument: all-0, all-max, at the threshold, one below, partial answers."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
import pytest

from bot.assessment.instruments import Instrument, load_instrument
from bot.assessment.scoring import AssessmentResult, no_assessment_for_handoff, score
from bot.settings import PROJECT_ROOT

THRESHOLDED = ["csi", "ediz"]
ALL = ["csi", "ediz", "srb"]


def _min_option(instrument: Instrument) -> str:
    return min(instrument.options, key=lambda option: option.points).id


def _max_option(instrument: Instrument) -> str:
    return max(instrument.options, key=lambda option: option.points).id


def _answers(instrument: Instrument, high: int, answered: int | None = None) -> dict[str, str]:
    """`high` items at the maximum, the rest at the minimum; only the first `answered` items."""
    items = instrument.items[: len(instrument.items) if answered is None else answered]
    return {
        item.id: _max_option(instrument) if index < high else _min_option(instrument)
        for index, item in enumerate(items)
    }


@lru_cache(maxsize=1)
def _assessment_schema() -> dict[str, Any] | None:
    # The contract lives in the shared folder next to the repository.
    for path in (
        PROJECT_ROOT / "contracts" / "handoff.schema.json",
        PROJECT_ROOT.parent / "shared" / "contracts" / "handoff.schema.json",
    ):
        if path.exists():
            schema = json.loads(path.read_text(encoding="utf-8"))
            return {**schema["properties"]["assessment"], "$defs": schema["$defs"]}
    return None


def _assert_fits_handoff_schema(document: dict[str, Any]) -> None:
    schema = _assessment_schema()
    if schema is None:
        pytest.skip("handoff.schema.json not found next to the repository")
    jsonschema.Draft202012Validator(schema).validate(document)


@pytest.mark.parametrize("instrument_id", ALL)
def test_all_lowest_answers_score_zero(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    result = score(instrument, _answers(instrument, high=0))
    assert result.score == 0
    assert result.completed is True
    assert result.answered == result.total_items == len(instrument.items)
    assert result.level == ("laag" if instrument.threshold else "onbekend")


@pytest.mark.parametrize("instrument_id", ALL)
def test_all_highest_answers_score_the_maximum(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    result = score(instrument, _answers(instrument, high=len(instrument.items)))
    assert result.score == result.max_score == instrument.max_score
    assert result.level == ("hoog" if instrument.threshold else "onbekend")


@pytest.mark.parametrize("instrument_id", THRESHOLDED)
def test_exactly_at_the_threshold_is_hoog(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    assert instrument.threshold is not None
    result = score(instrument, _answers(instrument, high=instrument.threshold))
    assert result.score == instrument.threshold
    assert result.level == "hoog"
    assert result.result_text == instrument.bands[-1].result_text


@pytest.mark.parametrize("instrument_id", THRESHOLDED)
def test_one_below_the_threshold_is_matig(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    assert instrument.threshold is not None
    result = score(instrument, _answers(instrument, high=instrument.threshold - 1))
    assert result.score == instrument.threshold - 1
    assert result.level == "matig"


@pytest.mark.parametrize(
    ("instrument_id", "high", "level"),
    [
        ("csi", 0, "laag"),
        ("csi", 3, "laag"),
        ("csi", 4, "matig"),
        ("csi", 6, "matig"),
        ("csi", 7, "hoog"),
        ("csi", 13, "hoog"),
        ("ediz", 2, "laag"),
        ("ediz", 3, "matig"),
        ("ediz", 5, "matig"),
        ("ediz", 6, "hoog"),
    ],
)
def test_band_edges(instrument_id: str, high: int, level: str) -> None:
    instrument = load_instrument(instrument_id)
    assert score(instrument, _answers(instrument, high=high)).level == level


def test_ediz_min_of_meer_counts_one_point_and_nee_zero() -> None:
    ediz = load_instrument("ediz")
    answers = dict(
        zip(
            [i.id for i in ediz.items],
            ["nee_zeker", "nee", "min_of_meer", "ja", "ja_zeker", "nee", "nee", "nee", "nee"],
            strict=True,
        )
    )
    result = score(ediz, answers)
    assert result.score == 3
    assert [item.points for item in result.items] == [0, 0, 1, 1, 1, 0, 0, 0, 0]
    assert result.items[2].answer == "Min of meer"


@pytest.mark.parametrize("instrument_id", ALL)
def test_partial_below_the_threshold_is_not_completed_and_onbekend(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    # One item left open; for the one-item SRB that means nothing answered.
    result = score(instrument, _answers(instrument, high=0, answered=len(instrument.items) - 1))
    assert result.completed is False
    assert result.level == "onbekend"
    assert result.result_text == instrument.no_result_text


def test_partial_that_already_reaches_the_threshold_is_hoog() -> None:
    csi = load_instrument("csi")
    result = score(csi, _answers(csi, high=7, answered=8))
    assert result.completed is False
    assert result.score == 7
    assert result.level == "hoog"


def test_partial_in_the_matig_range_stays_onbekend() -> None:
    csi = load_instrument("csi")
    result = score(csi, _answers(csi, high=5, answered=10))
    assert (result.completed, result.score, result.level) == (False, 5, "onbekend")


def test_nothing_answered_has_no_score() -> None:
    result = score(load_instrument("csi"), {})
    assert (result.score, result.level, result.completed, result.items) == (
        None,
        "onbekend",
        False,
        (),
    )


def test_skipped_items_given_as_none_count_as_unanswered() -> None:
    csi = load_instrument("csi")
    answers: dict[str, str | None] = {**_answers(csi, high=13), "csi_05": None}
    result = score(csi, answers)
    assert (result.answered, result.score, result.completed) == (12, 12, False)
    assert result.level == "hoog"


def test_srb_reports_its_score_and_never_a_level() -> None:
    srb = load_instrument("srb")
    for value in range(11):
        result = score(srb, {"srb_01": str(value)})
        assert (result.score, result.level, result.threshold) == (value, "onbekend", None)


@pytest.mark.parametrize(
    "answers", [{"csi_99": "ja"}, {"csi_01": "misschien"}, {"csi_01": "min_of_meer"}]
)
def test_unknown_items_or_options_are_a_caller_bug(answers: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        score(load_instrument("csi"), answers)


@pytest.mark.parametrize(
    ("instrument_id", "high", "answered"),
    [("csi", 8, None), ("csi", 2, 5), ("ediz", 4, None), ("srb", 1, None), ("csi", 0, 0)],
)
def test_result_fills_the_handoff_assessment_object(
    instrument_id: str, high: int, answered: int | None
) -> None:
    instrument = load_instrument(instrument_id)
    result: AssessmentResult = score(instrument, _answers(instrument, high, answered))
    document = result.to_handoff(self_rated_burden=6)
    _assert_fits_handoff_schema(document)
    assert document["instrument"] == {
        "id": instrument.id,
        "name": instrument.name,
        "version": instrument.version,
    }
    assert document["self_rated_burden"] == 6
    assert len(document["items"]) == result.answered


def test_handoff_without_any_instrument_fits_the_schema() -> None:
    document = no_assessment_for_handoff()
    _assert_fits_handoff_schema(document)
    assert document["instrument"] is None and document["level"] == "onbekend"


@pytest.mark.parametrize("bad", [-1, 11])
def test_self_rated_burden_outside_zero_to_ten_is_refused(bad: int) -> None:
    with pytest.raises(ValueError):
        no_assessment_for_handoff(self_rated_burden=bad)
