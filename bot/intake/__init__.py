"""Deterministic intake understanding: situation facts from a caregiver's Dutch free text.

Rasa classifies intents; this package reads the facts (hours, duration, gemeente, relation, ...)
so the conversation asks only what is still missing. Pure Python, no Rasa imports.
"""

# Alike in shape only: the package's public names, re-exported (imports below); bot.intake.situation
# imports some of the same names.
from bot.intake.gemeente import (
    GemeenteMatch,
    GemeenteMention,
    GemeenteMentions,
    MatchStatus,
    find_gemeente_mentions,
    match_gemeente,
)
from bot.intake.quantities import (
    DurationResult,
    HoursResult,
    ParseStatus,
    is_intensive,
    parse_duration_months,
    parse_hours_per_week,
)
from bot.intake.situation import SituationFacts, extract_situation

__all__ = [
    "DurationResult",
    "GemeenteMatch",
    "GemeenteMention",
    "GemeenteMentions",
    "HoursResult",
    "MatchStatus",
    "ParseStatus",
    "SituationFacts",
    "extract_situation",
    "find_gemeente_mentions",
    "is_intensive",
    "match_gemeente",
    "parse_duration_months",
    "parse_hours_per_week",
]
