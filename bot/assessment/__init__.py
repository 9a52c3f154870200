"""Burden check: instruments as data, scoring, free-answer understanding, triage and needs."""

from bot.assessment.answers import interpret_answer
from bot.assessment.instruments import (
    Instrument,
    InstrumentError,
    available_instruments,
    load_instrument,
)
from bot.assessment.needs import Need, classify_needs
from bot.assessment.scoring import AssessmentResult, no_assessment_for_handoff, score
from bot.assessment.triage import DEFAULT, Situation, TriageOutcome, TriageRules, triage

__all__ = [
    "DEFAULT",
    "AssessmentResult",
    "Instrument",
    "InstrumentError",
    "Need",
    "Situation",
    "TriageOutcome",
    "TriageRules",
    "available_instruments",
    "classify_needs",
    "interpret_answer",
    "load_instrument",
    "no_assessment_for_handoff",
    "score",
    "triage",
]
