"""Scoring of any burden instrument, shaped to fill the handoff schema's `assessment` object.

Partial answers (the caregiver stopped or skipped a question):
- `completed` is False and `score` is the sum of the answered items (None when none was answered);
- `level` is 'onbekend', EXCEPT when the answered items already reach the threshold: points are
  never negative, so the remaining answers can only raise the score: the result is 'hoog' for sure.
  A partial score in the 'matig' range stays 'onbekend', because it could still end up 'hoog';
  `level_at_least` keeps that it is 'matig' at least, for triage.
An instrument without a threshold (the SRB) never gets a level: its score is reported, not judged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.assessment.instruments import Instrument, Level


@dataclass(frozen=True)
class ItemAnswer:
    id: str
    text: str
    option_id: str
    answer: str  # the option's label, as the caregiver saw it ("Ja", "Min of meer")
    points: int


@dataclass(frozen=True)
class AssessmentResult:
    instrument_id: str
    instrument_name: str
    instrument_short_name: str
    instrument_version: str
    completed: bool
    answered: int
    total_items: int
    score: int | None
    max_score: int
    threshold: int | None
    threshold_validated: bool
    level: Level
    result_text: str
    items: tuple[ItemAnswer, ...]
    # The level the answered items reach already ('matig' for a partial 5 of the CSI): the full
    # level can only be this or higher. Equal to `level` when that is known.
    level_at_least: Level = "onbekend"

    def to_handoff(self, self_rated_burden: int | None = None) -> dict[str, Any]:
        """The handoff schema's `assessment` object; self_rated_burden is a 0-10 SRB answer."""
        return {
            "instrument": {
                "id": self.instrument_id,
                "name": self.instrument_name,
                "version": self.instrument_version,
            },
            "completed": self.completed,
            "score": self.score,
            "max_score": self.max_score,
            "threshold": self.threshold,
            "level": self.level,
            "items": [
                {"id": item.id, "text": item.text, "answer": item.answer, "points": item.points}
                for item in self.items
            ],
            "self_rated_burden": _checked_self_rating(self_rated_burden),
        }


def no_assessment_for_handoff(self_rated_burden: int | None = None) -> dict[str, Any]:
    """The handoff `assessment` object when no instrument was filled in."""
    return {
        "instrument": None,
        "completed": False,
        "score": None,
        "max_score": None,
        "threshold": None,
        "level": "onbekend",
        "items": [],
        "self_rated_burden": _checked_self_rating(self_rated_burden),
    }


def _checked_self_rating(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 10:
        raise ValueError(f"self_rated_burden must be 0-10, got {value}")
    return value


def _level(instrument: Instrument, score: int | None, completed: bool) -> Level:
    if score is None or instrument.threshold is None:
        return "onbekend"
    if score >= instrument.threshold:
        return "hoog"
    if not completed:
        return "onbekend"
    band = instrument.band_for(score)
    return band.level if band else "onbekend"


def score(instrument: Instrument, answers: Mapping[str, str | None]) -> AssessmentResult:
    """Score `answers` (item id -> option id; None or absent = not answered) on `instrument`.

    Raises ValueError for an item or option id the instrument does not have: that is a bug in the
    caller, never something to score around.
    """
    unknown = set(answers) - {item.id for item in instrument.items}
    if unknown:
        raise ValueError(f"instrument '{instrument.id}' has no item(s) {sorted(unknown)}")

    answered: list[ItemAnswer] = []
    for item in instrument.items:
        option_id = answers.get(item.id)
        if option_id is None:
            continue
        try:
            option = instrument.option(option_id)
        except KeyError as exc:
            raise ValueError(str(exc.args[0])) from None
        answered.append(
            ItemAnswer(
                id=item.id,
                text=item.text,
                option_id=option.id,
                answer=option.label,
                points=option.points,
            )
        )

    completed = len(answered) == len(instrument.items)
    total = sum(item.points for item in answered) if answered else None
    level = _level(instrument, total, completed)
    band = instrument.band_for(total) if total is not None and level != "onbekend" else None
    return AssessmentResult(
        instrument_id=instrument.id,
        instrument_name=instrument.name,
        instrument_short_name=instrument.short_name,
        instrument_version=instrument.version,
        completed=completed,
        answered=len(answered),
        total_items=len(instrument.items),
        score=total,
        max_score=instrument.max_score,
        threshold=instrument.threshold,
        threshold_validated=instrument.threshold_validated,
        level=level,
        result_text=band.result_text if band else instrument.no_result_text,
        items=tuple(answered),
        level_at_least=_level(instrument, total, completed=True),
    )
