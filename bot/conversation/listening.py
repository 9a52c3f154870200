"""Situation facts from every message, whatever it was about, so nothing is asked twice.

A fact fills what is still unknown. A later, clear statement of the same fact updates it ("we
wonen nu samen", "het is 20 uur per week"), because the caregiver knows best; who is cared for is
changed only in a correction of the read-back, and living together, once answered, only by a "we"
("we wonen nu samen"): "onze dochter woont bij mij" is about someone else, so a helper named later ("mijn zus helpt ook") does
not replace the person cared for. Lists (illnesses, what is combined with the care, current help)
grow.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.conversation.state import ConversationState, known
from bot.intake.dialogue import YOUNG_AGE_GROUPS
from bot.intake.gemeente import MatchStatus
from bot.intake.quantities import ParseStatus
from bot.intake.situation import SituationFacts, extract_situation


def _merged(existing: Any, new: tuple[str, ...] | list[str]) -> list[str]:
    merged = list(existing) if isinstance(existing, list) else []
    return merged + [value for value in new if value not in merged]


def _found(facts: SituationFacts) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if facts.relation:
        found["relation"] = facts.relation
        found["relation_word"] = getattr(facts, "relation_word", None)
    if facts.conditions or facts.condition_terms:
        found["conditions"] = list(facts.conditions or facts.condition_terms)
    if facts.hours.status is ParseStatus.OK:
        found["hours_per_week"] = facts.hours.hours
    if facts.duration.status is ParseStatus.OK:
        found["duration_months"] = facts.duration.months
    if facts.lives_with_care_recipient is not None:
        found["lives_with_care_recipient"] = facts.lives_with_care_recipient
    if facts.combines_with:
        found["combines_with"] = list(facts.combines_with)
    if facts.age_group:
        found["age_group"] = facts.age_group
    if facts.current_support:
        found["current_support"] = list(facts.current_support)
    caregiver, recipient = facts.gemeenten.caregiver, facts.gemeenten.care_recipient
    if caregiver and caregiver.status is MatchStatus.OK and caregiver.gemeente:
        found["gemeente"] = caregiver.gemeente.code
    if recipient and recipient.status is MatchStatus.OK and recipient.gemeente:
        found["care_recipient_gemeente"] = recipient.gemeente.code
    return found


_LISTS = ("conditions", "combines_with", "current_support")
# Replaced by a later clear statement, also without a correction.
_UPDATABLE = (
    "hours_per_week", "duration_months", "lives_with_care_recipient", "age_group", "gemeente",
    "care_recipient_gemeente",
)  # fmt: skip
# Living together, said of the caregiver and the naaste together: the only way a story changes it.
_WE_LIVE = re.compile(r"\b(?:we|wij) (?:wonen|woonden)\b|\bsamenwon\w*|\bin huis genomen\b")


def listen(
    state: ConversationState,
    text: str,
    today: date,
    overwrite: bool = False,
    replace_known: bool = True,
) -> list[str]:
    """Reads the situation facts in `text` into `state`; returns the names of what changed.

    `replace_known` False: the message answers another question, so it only fills what is still
    unknown ("ja natuurlijk, al 50 jaar" to "woont u samen?" is the marriage, not the care)."""
    if not text.strip() or text.strip().isdigit():
        return []
    situation = extract_situation(text, today)
    if situation.care_recipient_age is not None:
        state.progress.naaste_age = situation.care_recipient_age
    found = _found(situation)
    changed: list[str] = []
    for name, value in found.items():
        if name == "relation_word":
            continue
        current = getattr(state, name)
        if name in _LISTS:
            new = value if overwrite and name == "conditions" else _merged(current, value)
            if known(current) and not overwrite and set(value) <= set(current or []):
                continue
            if new != current:
                setattr(state, name, new)
                changed.append(name)
            continue
        may_replace = overwrite or (replace_known and name in _UPDATABLE) or not known(current)
        if name == "lives_with_care_recipient" and known(current) and not overwrite:
            may_replace = replace_known and bool(_WE_LIVE.search(text.lower()))
        if current is None or (may_replace and value != current):
            setattr(state, name, value)
            changed.append(name)
            if name == "relation":
                state.relation_word = found.get("relation_word")
    # "elke dag na school help ik hem": a pupil, addressed with "je" before the age is asked.
    at_school = isinstance(state.combines_with, list) and "school" in state.combines_with
    pupil = at_school and state.age_group in (None, *YOUNG_AGE_GROUPS)
    if (state.age_group in YOUNG_AGE_GROUPS or pupil) and not state.young_caregiver:
        state.young_caregiver = True
        changed.append("young_caregiver")
    return changed
