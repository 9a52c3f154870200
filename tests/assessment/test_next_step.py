"""The facts as triage reads them (bot.assessment.next_step)."""

from bot.assessment.next_step import situation_from_slots
from bot.intake.dialogue import DECLINED, UNKNOWN


def test_triage_sees_unknown_for_sentinels() -> None:
    situation = situation_from_slots(
        {"hours_per_week": UNKNOWN, "duration_months": 36.0, "age_group": DECLINED}
    )

    assert situation.hours_per_week is None
    assert situation.duration_months == 36.0
    assert situation.age_group is None
