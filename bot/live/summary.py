"""The structured summary a consultant sees in the live queue: situation, burden, needs and
urgency, made from the conversation's facts when the caregiver agreed to the chat. Only what the
consent covers (the aanmelding's scope without contact details); the name only as given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.assessment.next_step import run_triage
from bot.intake.dialogue import NOT_ANSWERED

MAX_TEXT = 200


def _known(value: Any) -> bool:
    return value not in (None, "", *NOT_ANSWERED) and value != []


def _hours(value: Any) -> str | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return f"{round(value)} uur per week"


def _months(value: Any) -> str | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    if value < 12:
        return f"{max(round(value), 1)} maanden"
    years = round(value / 12)
    return "1 jaar" if years == 1 else f"{years} jaar"


def situation_line(facts: Mapping[str, Any]) -> str:
    parts = []
    relation = facts.get("relation_word") or facts.get("relation")
    if _known(relation):
        parts.append(f"zorgt voor {relation}"[:MAX_TEXT])
    conditions = facts.get("conditions")
    if isinstance(conditions, list) and conditions:
        parts.append(", ".join(str(c) for c in conditions)[:MAX_TEXT])
    for text in (_hours(facts.get("hours_per_week")), _months(facts.get("duration_months"))):
        if text:
            parts.append(text)
    if facts.get("lives_with_care_recipient") is True:
        parts.append("woont samen")
    return "; ".join(parts) if parts else "nog niet verteld"


def live_summary(facts: Mapping[str, Any]) -> dict[str, Any]:
    """What the queue shows; `urgency` as the aanmelding's levels (normaal, hoog, acuut)."""
    triage = run_triage(dict(facts))
    urgency = "acuut" if facts.get("safety_urgency") == "acuut" else str(triage["urgency"])
    result = facts.get("assessment_result") or {}
    needs = [
        str(need.get("category"))
        for need in facts.get("needs") or []
        if isinstance(need, Mapping) and need.get("category")
    ]
    name = facts.get("contact_name")
    return {
        "name": str(name)[:120] if _known(name) else None,
        "gemeente": facts.get("gemeente") if _known(facts.get("gemeente")) else None,
        "situation": situation_line(facts),
        "burden": result.get("level") if isinstance(result, Mapping) else None,
        "needs": list(dict.fromkeys(needs)),
        "urgency": urgency,
    }
