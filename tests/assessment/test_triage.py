"""Triage rule table: when to offer a handoff, and how urgent it is."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from bot.assessment.instruments import load_instrument
from bot.assessment.scoring import AssessmentResult, score
from bot.assessment.triage import (
    DEFAULT,
    Situation,
    TriageRules,
    is_intensive,
    risk_factors,
    triage,
)


def _csi_result(yes_count: int, answered: int | None = None) -> AssessmentResult:
    csi = load_instrument("csi")
    items = csi.items if answered is None else csi.items[:answered]
    return score(csi, {item.id: "ja" if i < yes_count else "nee" for i, item in enumerate(items)})


def _ediz_result(points: int) -> AssessmentResult:
    ediz = load_instrument("ediz")
    return score(
        ediz, {item.id: "ja" if i < points else "nee" for i, item in enumerate(ediz.items)}
    )


LAAG, MATIG, HOOG = _csi_result(2), _csi_result(5), _csi_result(9)

NOTHING_KNOWN = Situation()
INTENSIVE = Situation(hours_per_week=20, duration_months=24)
INTENSIVE_WITH_RISK = replace(INTENSIVE, conditions=("dementie",))
RISK_NOT_INTENSIVE = Situation(hours_per_week=4, duration_months=24, conditions=("dementie",))
RISK_SHORT = Situation(hours_per_week=20, duration_months=2, lives_with_care_recipient=True)


@pytest.mark.parametrize(
    ("situation", "assessment", "asked", "safety", "offer", "urgency"),
    [
        # nothing special
        (NOTHING_KNOWN, None, False, None, False, "normaal"),
        (NOTHING_KNOWN, LAAG, False, None, False, "normaal"),
        (INTENSIVE_WITH_RISK, LAAG, False, None, False, "normaal"),
        # rule: overbelast
        (NOTHING_KNOWN, HOOG, False, None, True, "hoog"),
        (INTENSIVE_WITH_RISK, HOOG, False, None, True, "hoog"),
        # rule: moderate + intensive + risk factor, each condition needed
        (INTENSIVE_WITH_RISK, MATIG, False, None, True, "hoog"),
        (INTENSIVE, MATIG, False, None, False, "normaal"),
        (RISK_NOT_INTENSIVE, MATIG, False, None, False, "normaal"),
        (RISK_SHORT, MATIG, False, None, False, "normaal"),
        (NOTHING_KNOWN, MATIG, False, None, False, "normaal"),
        # rule: asks for a person
        (NOTHING_KNOWN, None, True, None, True, "normaal"),
        (NOTHING_KNOWN, LAAG, True, None, True, "normaal"),
        (NOTHING_KNOWN, HOOG, True, None, True, "hoog"),
        (INTENSIVE_WITH_RISK, MATIG, True, None, True, "hoog"),
        # safety always wins
        (NOTHING_KNOWN, None, False, "acuut", True, "acuut"),
        (NOTHING_KNOWN, LAAG, False, "acuut", True, "acuut"),
        (NOTHING_KNOWN, HOOG, True, "acuut", True, "acuut"),
        (NOTHING_KNOWN, None, False, "hoog", True, "hoog"),
        (NOTHING_KNOWN, LAAG, True, "hoog", True, "hoog"),
        (NOTHING_KNOWN, LAAG, False, "normaal", False, "normaal"),
    ],
)
def test_rule_table(
    situation: Situation,
    assessment: AssessmentResult | None,
    asked: bool,
    safety: str | None,
    offer: bool,
    urgency: str,
) -> None:
    outcome = triage(situation, assessment, asked_for_person=asked, safety_urgency=safety)
    assert (outcome.offer_handoff, outcome.urgency) == (offer, urgency)
    assert bool(outcome.reasons) == offer


def test_burden_level_comes_from_the_assessment() -> None:
    assert triage(None, MATIG, asked_for_person=False, safety_urgency=None).burden_level == "matig"
    assert (
        triage(None, None, asked_for_person=False, safety_urgency=None).burden_level == "onbekend"
    )


def test_partial_assessment_that_reached_the_threshold_offers_a_handoff() -> None:
    outcome = triage(None, _csi_result(7, answered=9), asked_for_person=False, safety_urgency=None)
    assert outcome.offer_handoff and outcome.urgency == "hoog"
    assert "lijst niet af" in outcome.reasons[0]


def test_unfinished_assessment_below_moderate_offers_nothing() -> None:
    outcome = triage(
        INTENSIVE_WITH_RISK, _csi_result(2, answered=9), asked_for_person=False, safety_urgency=None
    )
    assert outcome.burden_level == "onbekend" and not outcome.offer_handoff


def test_unfinished_assessment_that_is_moderate_already_offers_with_intensive_care_and_a_risk() -> (
    None
):
    # Personas dev39: four statements answered "soms wel" twice and skipped, 40 hours a week:
    # every way to finish the check would have offered the steunpunt.
    partial = _csi_result(5, answered=9)
    outcome = triage(INTENSIVE_WITH_RISK, partial, asked_for_person=False, safety_urgency=None)
    assert outcome.burden_level == "onbekend" and partial.level_at_least == "matig"
    assert outcome.offer_handoff and outcome.urgency == "hoog"
    assert "test niet afgemaakt" in outcome.reasons[0]
    assert not triage(INTENSIVE, partial, asked_for_person=False, safety_urgency=None).offer_handoff


def test_reasons_are_short_dutch_labels_for_the_consultant() -> None:
    outcome = triage(INTENSIVE_WITH_RISK, MATIG, asked_for_person=True, safety_urgency=None)
    assert outcome.reasons == (
        "matige belasting, intensieve zorg en een risicofactor",
        "intensieve zorg: meer dan 8 uur per week, langer dan 3 maanden",
        "ziekte met verhoogd risico: dementie",
        "vraagt zelf om contact met een persoon",
    )
    assert all(len(reason) <= 200 for reason in outcome.reasons)  # handoff urgency.signals


def test_overbelast_reason_names_instrument_score_and_cut_off() -> None:
    (reason,) = triage(None, HOOG, asked_for_person=False, safety_urgency=None).reasons
    assert reason == "zwaar belast volgens de test (CSI: score 9 van 13 (grens 7))"


def test_unvalidated_threshold_is_named_as_such() -> None:
    (reason,) = triage(None, _ediz_result(7), asked_for_person=False, safety_urgency=None).reasons
    assert "eigen grens, niet gevalideerd" in reason


def test_safety_reason_comes_first() -> None:
    outcome = triage(None, HOOG, asked_for_person=True, safety_urgency="acuut")
    assert outcome.reasons[0] == "veiligheidssignaal in het gesprek"


@pytest.mark.parametrize(
    ("hours", "months", "intensive"),
    [
        (20, 24, True),
        (8.5, 3.5, True),
        (8, 24, False),  # DESIGN.md: MORE than 8 hours
        (20, 3, False),  # and LONGER than 3 months
        (0, 0, False),
        (None, 24, None),
        (20, None, None),
        (None, None, None),
        (4, None, False),  # known to be light: no need to know the duration
        (None, 2, False),
    ],
)
def test_is_intensive(hours: float | None, months: float | None, intensive: bool | None) -> None:
    assert is_intensive(Situation(hours_per_week=hours, duration_months=months)) is intensive


@pytest.mark.parametrize(
    ("situation", "label"),
    [
        (Situation(age_group="<18"), "jonge mantelzorger (jonger dan 25)"),
        (Situation(age_group="18-24"), "jonge mantelzorger (jonger dan 25)"),
        (Situation(age_group="75+"), "oudere mantelzorger (75 of ouder)"),
        (Situation(lives_with_care_recipient=True), "woont samen met de naaste"),
        (Situation(conditions=("dementie",)), "ziekte met verhoogd risico: dementie"),
        (Situation(conditions=("alzheimer",)), "ziekte met verhoogd risico: alzheimer"),
        (Situation(conditions=("kanker",)), "ziekte met verhoogd risico: kanker"),
        (Situation(conditions=("nah",)), "ziekte met verhoogd risico: nah"),
        (Situation(conditions=("beroerte",)), "ziekte met verhoogd risico: beroerte"),
        (Situation(conditions=("ggz",)), "ziekte met verhoogd risico: ggz"),
        (
            Situation(conditions=("verstandelijke_beperking",)),
            "ziekte met verhoogd risico: verstandelijke beperking",
        ),
        (Situation(conditions=("verslaving",)), "ziekte met verhoogd risico: verslaving"),
        (
            Situation(conditions=("de ziekte van Parkinson",)),
            "ziekte met verhoogd risico: de ziekte van Parkinson",
        ),
        (Situation(conditions=("MS",)), "ziekte met verhoogd risico: MS"),
        (
            Situation(conditions=("psychische problemen",)),
            "ziekte met verhoogd risico: psychische problemen",
        ),
        (Situation(combines_with=("werk",)), "combineert de zorg met werk"),
        (Situation(combines_with=("studie",)), "combineert de zorg met studie"),
        (Situation(combines_with=("kinderen",)), "combineert de zorg met de zorg voor kinderen"),
        (
            Situation(combines_with=("werk", "eigen_gezondheid")),
            "combineert de zorg met werk, eigen gezondheidsproblemen",
        ),
        (Situation(current_support=("geen",)), "geen professionele hulp"),
        (Situation(current_support=("hulp van mijn broer",)), "geen professionele hulp"),
    ],
)
def test_each_risk_factor_is_recognised_and_triggers_the_moderate_rule(
    situation: Situation, label: str
) -> None:
    assert risk_factors(situation) == (label,)
    intensive = replace(situation, hours_per_week=12, duration_months=6)
    outcome = triage(intensive, MATIG, asked_for_person=False, safety_urgency=None)
    assert outcome.offer_handoff and outcome.urgency == "hoog"
    assert label in outcome.reasons


@pytest.mark.parametrize(
    "situation",
    [
        Situation(),
        Situation(age_group="25-64"),
        Situation(age_group="65-74"),
        Situation(age_group=None),
        Situation(lives_with_care_recipient=False),
        Situation(lives_with_care_recipient=None),
        Situation(conditions=("ouderdom",)),
        Situation(conditions=("lichamelijke_beperking",)),
        Situation(conditions=("chronische_ziekte",)),
        Situation(conditions=("gebroken heup",)),
        Situation(combines_with=("andere_zorg",)),
        Situation(current_support=()),  # unknown, not "none"
        Situation(current_support=("thuiszorg",)),
        Situation(current_support=("hulp van mijn broer", "casemanager")),
        Situation(current_support=("Dagbesteding drie dagen",)),
    ],
)
def test_no_risk_factor(situation: Situation) -> None:
    assert risk_factors(situation) == ()
    intensive = replace(situation, hours_per_week=12, duration_months=6)
    assert not triage(intensive, MATIG, asked_for_person=False, safety_urgency=None).offer_handoff


def test_rules_are_configurable() -> None:
    lenient = TriageRules(intensive_hours_above=4, risk_conditions=frozenset({"ouderdom"}))
    situation = Situation(hours_per_week=6, duration_months=12, conditions=("ouderdom",))
    assert not triage(situation, MATIG, asked_for_person=False, safety_urgency=None).offer_handoff
    outcome = triage(situation, MATIG, asked_for_person=False, safety_urgency=None, rules=lenient)
    assert outcome.offer_handoff and outcome.intensive is True


def test_matig_can_also_count_as_overloaded_when_a_deployment_says_so() -> None:
    strict = TriageRules(overloaded_levels=frozenset({"matig", "hoog"}))
    outcome = triage(None, MATIG, asked_for_person=False, safety_urgency=None, rules=strict)
    assert (outcome.offer_handoff, outcome.urgency) == (True, "hoog")


def test_safety_hoog_offer_can_be_switched_off() -> None:
    rules = replace(DEFAULT, offer_on_safety_hoog=False)
    outcome = triage(None, None, asked_for_person=False, safety_urgency="hoog", rules=rules)
    assert not outcome.offer_handoff


@dataclass(frozen=True)
class IntakeFacts:
    """Shaped like another engineer's situation extractor: lists, extra fields."""

    relation: str | None = "ouder"
    hours_per_week: float | None = 30
    duration_months: float | None = 36
    lives_with_care_recipient: bool | None = True
    conditions: list[str] = field(default_factory=lambda: ["dementie", "alzheimer"])
    combines_with: list[str] = field(default_factory=lambda: ["werk"])
    age_group: str | None = "25-64"
    current_support: list[str] = field(default_factory=list)


def test_any_object_with_the_situation_fields_works() -> None:
    outcome = triage(IntakeFacts(), MATIG, asked_for_person=False, safety_urgency=None)
    assert outcome.offer_handoff and outcome.intensive is True
    assert outcome.risk_factors == (
        "woont samen met de naaste",
        "ziekte met verhoogd risico: dementie",
        "ziekte met verhoogd risico: alzheimer",
        "combineert de zorg met werk",
    )
