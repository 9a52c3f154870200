"""The safety categories, their order of precedence and their urgency."""

from __future__ import annotations

from enum import Enum
from typing import Literal

Urgency = Literal["acuut", "hoog"]


class SafetyCategory(str, Enum):
    # Declared in order of precedence: when one message shows several, the first one leads the reply.
    # Acute danger leads because 112 must come first when a life is at risk right now.
    ACUTE_DANGER = "acute_danger"
    SUICIDE = "suicide"
    # Before the other violence categories: a caregiver who says they hurt the naaste needs to hear
    # that Veilig Thuis is there for them too, even when they also describe being hit.
    VIOLENCE_BY_CAREGIVER = "violence_by_caregiver"
    VIOLENCE_AGAINST_CAREGIVER = "violence_against_caregiver"
    ABUSE_OR_NEGLECT = "abuse_or_neglect"
    # Not a crisis: high burden, asked about gently.
    OVERLOAD = "overload"

    @property
    def is_crisis(self) -> bool:
        return self is not SafetyCategory.OVERLOAD

    @property
    def urgency(self) -> Urgency:
        return "acuut" if self.is_crisis else "hoog"

    @property
    def is_violence(self) -> bool:
        return self in VIOLENCE_CATEGORIES


VIOLENCE_CATEGORIES: frozenset[SafetyCategory] = frozenset(
    {
        SafetyCategory.VIOLENCE_BY_CAREGIVER,
        SafetyCategory.VIOLENCE_AGAINST_CAREGIVER,
        SafetyCategory.ABUSE_OR_NEGLECT,
    }
)

PRECEDENCE: tuple[SafetyCategory, ...] = tuple(SafetyCategory)
