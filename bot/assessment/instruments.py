"""Burden instruments as reviewed data files: typed models, loading and validation.

An instrument file (`knowledge/instruments/<id>.yml`) holds the validated wording, the answer
options with their points, the threshold and the bands. The structure is checked with a JSON
Schema, the meaning (ids unique, bands contiguous, threshold consistent) with small checks below.
Every problem is reported as `InstrumentError` naming the file and the field, so a reviewer who
edits a file sees at once what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import jsonschema
import yaml

from bot.settings import PROJECT_ROOT
from knowledge.offer import NeedCategory

Level = Literal["laag", "matig", "hoog", "onbekend"]
BandLevel = Literal["laag", "matig", "hoog"]

# What a free answer means, independent of the instrument; each option says which meanings it takes.
AnswerMeaning = Literal["agree_strong", "agree", "partly", "disagree", "disagree_strong"]
ANSWER_MEANINGS: tuple[AnswerMeaning, ...] = (
    "agree_strong",
    "agree",
    "partly",
    "disagree",
    "disagree_strong",
)

_BAND_ORDER: tuple[BandLevel, ...] = ("laag", "matig", "hoog")
_ID = r"^[a-z][a-z0-9_]{0,39}$"
_ID_PATTERN = re.compile(_ID)


def default_directory() -> Path:
    return PROJECT_ROOT / "knowledge" / "instruments"


class InstrumentError(ValueError):
    """An instrument file is missing or wrong; names the file and the field."""

    def __init__(self, source: str | Path, field: str, problem: str) -> None:
        self.source = str(source)
        self.field = field
        self.problem = problem
        super().__init__(f"{self.source}: field '{field}': {problem}")


# Alike in shape only: small frozen records, like those elsewhere in bot/; each holds different
# things.
@dataclass(frozen=True)
class Source:
    url: str
    supports: str


@dataclass(frozen=True)
class AnswerOption:
    id: str
    label: str
    points: int
    matches: tuple[AnswerMeaning, ...]
    value: int | None = None  # set on numeric scales (0-10), where the caregiver answers a number


# Alike in shape only: the instrument is read into small frozen records, one per part.
@dataclass(frozen=True)
class Item:
    id: str
    number: int
    text: str
    note: str | None = None
    # Plain words for what the statement means, said only when asked (never instead of it).
    explanation: str | None = None
    # The kind of help a statement that applies points to ("We leven onder financiële druk":
    # money); the offers then also cover it, though the caregiver did not name it.
    points_to_need: NeedCategory | None = None


@dataclass(frozen=True)
class Band:
    level: BandLevel
    min_score: int
    max_score: int
    validated: bool
    result_text: str
    note: str | None = None

    def contains(self, score: int) -> bool:
        return self.min_score <= score <= self.max_score


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    version: str
    reference: str
    sources: tuple[Source, ...]
    licence: str
    adaptation: str
    wording_verified: bool
    wording_note: str
    intro: str
    duration_minutes: int
    item_prompt: str
    options: tuple[AnswerOption, ...]
    items: tuple[Item, ...]
    threshold: int | None
    threshold_validated: bool
    threshold_note: str
    bands: tuple[Band, ...]
    no_result_text: str

    @property
    def max_score(self) -> int:
        return len(self.items) * max(option.points for option in self.options)

    @property
    def is_numeric_scale(self) -> bool:
        return all(option.value is not None for option in self.options)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(f"instrument '{self.id}' has no item '{item_id}'")

    def option(self, option_id: str) -> AnswerOption:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(f"instrument '{self.id}' has no answer option '{option_id}'")

    def band_for(self, score: int) -> Band | None:
        return next((band for band in self.bands if band.contains(score)), None)


_TEXT = {"type": "string", "minLength": 1}
_INT = {"type": "integer"}

# Structure of an instrument file; meaning checks a schema cannot express are in _check_meaning.
INSTRUMENT_FILE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "id",
        "name",
        "short_name",
        "version",
        "reference",
        "sources",
        "licence",
        "adaptation",
        "wording_verified",
        "wording_note",
        "intro",
        "duration_minutes",
        "item_prompt",
        "options",
        "items",
        "threshold",
        "threshold_validated",
        "threshold_note",
        "bands",
        "no_result_text",
    ],
    "properties": {
        "id": {"type": "string", "pattern": _ID},
        "name": _TEXT,
        "short_name": _TEXT,
        "version": _TEXT,
        "reference": _TEXT,
        "sources": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["url", "supports"],
                "properties": {"url": _TEXT, "supports": _TEXT},
            },
        },
        "licence": _TEXT,
        "adaptation": _TEXT,
        "wording_verified": {"type": "boolean"},
        "wording_note": _TEXT,
        "intro": _TEXT,
        "duration_minutes": {"type": "integer", "minimum": 1},
        "item_prompt": _TEXT,
        "options": {
            "type": "array",
            "minItems": 2,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "label", "points", "matches"],
                "properties": {
                    "id": {"type": "string", "pattern": r"^[a-z0-9_]{1,40}$"},
                    "label": _TEXT,
                    "points": {"type": "integer", "minimum": 0},
                    "value": _INT,
                    "matches": {
                        "type": "array",
                        "uniqueItems": True,
                        "items": {"enum": list(ANSWER_MEANINGS)},
                    },
                },
            },
        },
        "items": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "number", "text"],
                "properties": {
                    "id": {"type": "string", "pattern": _ID},
                    "number": {"type": "integer", "minimum": 1},
                    "text": _TEXT,
                    "note": _TEXT,
                    "explanation": _TEXT,
                    "points_to_need": {"enum": list(get_args(NeedCategory))},
                },
            },
        },
        "threshold": {"type": ["integer", "null"], "minimum": 1},
        "threshold_validated": {"type": "boolean"},
        "threshold_note": _TEXT,
        "bands": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["level", "min", "max", "validated", "result_text"],
                "properties": {
                    "level": {"enum": list(_BAND_ORDER)},
                    "min": {"type": "integer", "minimum": 0},
                    "max": {"type": "integer", "minimum": 0},
                    "validated": {"type": "boolean"},
                    "note": _TEXT,
                    "result_text": _TEXT,
                },
            },
        },
        "no_result_text": _TEXT,
    },
}


def _field_path(parts: Iterable[str | int]) -> str:
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "(top level)"


def _check_structure(data: Any, source: Path) -> None:
    validator = jsonschema.Draft202012Validator(INSTRUMENT_FILE_SCHEMA)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return
    parts: list[str | int] = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        # Name the missing field itself, not its parent.
        missing = [name for name in error.validator_value if name not in error.instance]
        parts.append(missing[0])
        raise InstrumentError(source, _field_path(parts), "is required")
    raise InstrumentError(source, _field_path(parts), error.message)


def _duplicates(values: Sequence[Any]) -> list[Any]:
    seen: set[Any] = set()
    dupes: list[Any] = []
    for value in values:
        if value in seen:
            dupes.append(value)
        seen.add(value)
    return dupes


def _check_meaning(data: dict[str, Any], source: Path) -> None:
    if data["id"] != source.stem:
        raise InstrumentError(source, "id", f"'{data['id']}' must equal the file name")

    options, items, bands = data["options"], data["items"], data["bands"]
    for field, values in (
        ("options", [o["id"] for o in options]),
        ("items", [i["id"] for i in items]),
        ("items", [i["number"] for i in items]),
    ):
        if dupes := _duplicates(values):
            raise InstrumentError(source, field, f"duplicate {dupes[0]!r}")
    meanings = [meaning for option in options for meaning in option["matches"]]
    if dupes := _duplicates(meanings):
        raise InstrumentError(
            source, "options", f"meaning '{dupes[0]}' is matched by more than one option"
        )
    with_value = [o for o in options if "value" in o]
    if with_value and len(with_value) != len(options):
        raise InstrumentError(source, "options", "give 'value' on every option or on none")
    if dupes := _duplicates([o["value"] for o in with_value]):
        raise InstrumentError(source, "options", f"duplicate value {dupes[0]!r}")

    max_score = len(items) * max(o["points"] for o in options)
    threshold = data["threshold"]
    if threshold is None:
        # No cut-off means no levels: bands would pretend a classification the instrument lacks.
        if bands:
            raise InstrumentError(source, "bands", "must be empty when threshold is null")
        if data["threshold_validated"]:
            raise InstrumentError(source, "threshold_validated", "must be false without threshold")
        return
    if threshold > max_score:
        raise InstrumentError(source, "threshold", f"{threshold} is above the maximum {max_score}")
    _check_bands(bands, threshold, max_score, data["threshold_validated"], source)


def _check_bands(
    bands: list[dict[str, Any]], threshold: int, max_score: int, validated: bool, source: Path
) -> None:
    levels = [band["level"] for band in bands]
    if not levels or levels[-1] != "hoog" or levels != [lv for lv in _BAND_ORDER if lv in levels]:
        raise InstrumentError(
            source, "bands", "must be ordered laag, matig, hoog (each once) and end with 'hoog'"
        )
    expected_min = 0
    for index, band in enumerate(bands):
        if band["min"] != expected_min or band["max"] < band["min"]:
            raise InstrumentError(
                source,
                f"bands[{index}].min",
                f"bands must be contiguous from 0: expected min {expected_min}",
            )
        expected_min = band["max"] + 1
    if expected_min - 1 != max_score:
        raise InstrumentError(
            source, f"bands[{len(bands) - 1}].max", f"must end at the maximum score {max_score}"
        )
    if bands[-1]["min"] != threshold:
        raise InstrumentError(
            source, f"bands[{len(bands) - 1}].min", f"the 'hoog' band must start at {threshold}"
        )
    if bands[-1]["validated"] != validated:
        raise InstrumentError(
            source,
            f"bands[{len(bands) - 1}].validated",
            "must equal threshold_validated: the 'hoog' band is the threshold",
        )


def _build(data: dict[str, Any]) -> Instrument:
    return Instrument(
        id=data["id"],
        name=data["name"],
        short_name=data["short_name"],
        version=data["version"],
        reference=data["reference"],
        sources=tuple(Source(url=s["url"], supports=s["supports"]) for s in data["sources"]),
        licence=data["licence"],
        adaptation=data["adaptation"],
        wording_verified=data["wording_verified"],
        wording_note=data["wording_note"],
        intro=data["intro"],
        duration_minutes=data["duration_minutes"],
        item_prompt=data["item_prompt"],
        # Alike in shape only: each part of the instrument file read field by field into its own
        # record; the fields differ.
        options=tuple(
            AnswerOption(
                id=o["id"],
                label=o["label"],
                points=o["points"],
                matches=tuple(o["matches"]),
                value=o.get("value"),
            )
            for o in data["options"]
        ),
        items=tuple(
            Item(
                id=i["id"],
                number=i["number"],
                text=i["text"],
                note=i.get("note"),
                explanation=i.get("explanation"),
                points_to_need=i.get("points_to_need"),
            )
            for i in data["items"]
        ),
        threshold=data["threshold"],
        threshold_validated=data["threshold_validated"],
        threshold_note=data["threshold_note"],
        bands=tuple(
            Band(
                level=b["level"],
                min_score=b["min"],
                max_score=b["max"],
                validated=b["validated"],
                result_text=b["result_text"],
                note=b.get("note"),
            )
            for b in data["bands"]
        ),
        no_result_text=data["no_result_text"],
    )


def load_instrument_file(path: Path) -> Instrument:
    """Read and validate one instrument file; raises InstrumentError naming file and field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InstrumentError(path, "(file)", "does not exist") from None
    except yaml.YAMLError as exc:
        raise InstrumentError(path, "(file)", f"is not valid YAML: {exc}") from None
    _check_structure(data, path)
    _check_meaning(data, path)
    return _build(data)


@lru_cache(maxsize=32)
def _load_cached(instrument_id: str, directory: Path) -> Instrument:
    return load_instrument_file(directory / f"{instrument_id}.yml")


def load_instrument(instrument_id: str, directory: Path | None = None) -> Instrument:
    """The validated instrument `instrument_id` (e.g. 'csi'); loaded once, then cached."""
    folder = (directory or default_directory()).resolve()
    if not _ID_PATTERN.match(instrument_id):
        # Also keeps an id from a conversation slot from reaching outside the folder.
        raise InstrumentError(folder / f"{instrument_id}.yml", "id", "is not a valid instrument id")
    return _load_cached(instrument_id, folder)


def available_instruments(directory: Path | None = None) -> tuple[str, ...]:
    """Ids of the instrument files in the folder, sorted; not validated until loaded."""
    folder = directory or default_directory()
    return tuple(sorted(path.stem for path in folder.glob("*.yml") if _ID_PATTERN.match(path.stem)))
