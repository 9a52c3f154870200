"""Triage: should the assistant offer a call from the steunpunt, and how urgent is it?

Default rules (DESIGN.md §Burden check and triage), checked in this order; all reasons are kept:
1. A safety signal 'acuut' (suicide, danger, violence, abuse) always wins: offer, urgency 'acuut'.
   A safety signal 'hoog' (the safety check's 'overload': "ik kan niet meer") offers a call, urgency
   'hoog'.
2. The instrument says overbelast (level 'hoog'): offer, urgency 'hoog'.
3. A moderate score (level 'matig') with intensive care (> 8 hours a week AND > 3 months) AND at
   least one known risk factor (FACTS.md §1.8): offer, urgency 'hoog' (at risk). A check left
   unfinished counts as moderate when the answered statements reach 'matig' already: the rest can
   only raise the score.
4. The caregiver asks for a person: offer, urgency 'normaal' (unless a rule above raised it).
Unknown facts never count as a risk: intensive care needs both numbers, and "no professional help"
needs an explicit answer (an empty `current_support` means nobody asked).
There is no cut-off for the 0-10 self-rating (SRB): it is reported in the handoff, never used here.

The reasons are short Dutch labels for the consultant (the handoff's `urgency.signals`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.assessment.answers import normalize_text
from bot.assessment.instruments import Level
from bot.assessment.scoring import AssessmentResult
from bot.text.formatting import dutch_number

Urgency = Literal["normaal", "hoog", "acuut"]
_URGENCY_RANK: dict[Urgency, int] = {"normaal": 0, "hoog": 1, "acuut": 2}


class SituationLike(Protocol):
    """What triage reads about the care situation; the intake's own dataclass fits as it is.

    Values follow the handoff schema's `situation` and `caregiver.age_group`; None/empty = unknown.
    """

    @property
    def hours_per_week(self) -> float | None: ...
    @property
    def duration_months(self) -> float | None: ...
    @property
    def lives_with_care_recipient(self) -> bool | None: ...
    @property
    def conditions(self) -> Sequence[str]: ...
    @property
    def combines_with(self) -> Sequence[str]: ...
    @property
    def age_group(self) -> str | None: ...
    @property
    def current_support(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Situation:
    """A plain SituationLike, for callers and tests without the intake module."""

    hours_per_week: float | None = None
    duration_months: float | None = None
    lives_with_care_recipient: bool | None = None
    conditions: tuple[str, ...] = ()
    combines_with: tuple[str, ...] = ()
    age_group: str | None = None
    current_support: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriageRules:
    """The numbers and lists behind triage; a deployment may pass its own."""

    # DESIGN.md: intensive = MORE than 8 hours a week AND LONGER than 3 months.
    intensive_hours_above: float = 8
    intensive_months_above: float = 3
    overloaded_levels: frozenset[Level] = frozenset({"hoog"})
    moderate_levels: frozenset[Level] = frozenset({"matig"})
    # FACTS.md §1.8 risicogroepen: jonge mantelzorgers tot 25 jaar, oudere mantelzorgers vanaf 75.
    young_age_groups: frozenset[str] = frozenset({"<18", "18-24"})
    old_age_groups: frozenset[str] = frozenset({"75+"})
    # FACTS.md §1.8: samenwonen met de naaste.
    lives_together_is_risk: bool = True
    # FACTS.md §1.8: GGZ and VG, and illnesses with a long, progressive or unpredictable course
    # (MS, dementie, CVA, NAH, Parkinson, kanker, verslaving, psychische aandoeningen). Schema
    # labels plus common words, matched as whole words. 'chronische_ziekte' is left out on
    # purpose: too broad to tell apart from ordinary long-term care; add it if the steunpunt wants.
    # fmt: off
    risk_conditions: frozenset[str] = frozenset(
        {
            "dementie", "alzheimer", "vasculaire dementie", "lewy body",
            "kanker", "tumor", "leukemie",
            "nah", "hersenletsel", "niet aangeboren hersenletsel", "cva", "beroerte",
            "herseninfarct", "hersenbloeding",
            "ggz", "psychisch", "psychische", "psychiatrisch", "psychiatrische", "depressie",
            "psychose", "schizofrenie", "bipolair", "borderline",
            "verstandelijke beperking", "verstandelijke_beperking", "verstandelijk beperkt",
            "verslaving", "verslaafd", "alcoholisme",
            "ms", "multiple sclerose", "parkinson", "huntington", "progressief", "progressieve",
        }
    )
    # FACTS.md §1.8: zorg moeilijk te combineren met werk, studie of gezin; eigen gezondheid.
    risk_combinations: frozenset[str] = frozenset(
        {"werk", "studie", "school", "kinderen", "eigen_gezondheid"}
    )
    # FACTS.md §1.8: geen professionele hulp. Counted only when current_support was answered and
    # holds no professional help, or says "geen".
    professional_support_terms: frozenset[str] = frozenset(
        {
            "thuiszorg", "wijkverpleging", "wijkverpleegkundige", "verpleegkundige", "verzorgende",
            "dagbesteding", "dagopvang", "logeeropvang", "respijtzorg", "casemanager",
            "huishoudelijke hulp", "begeleiding", "begeleider", "zorgverlener", "verpleeghuis",
            "pgb", "wmo", "wlz", "mantelzorgmakelaar", "mantelzorgconsulent", "fysiotherapeut",
            "ergotherapeut", "huisarts", "specialist", "zorginstelling", "nachtzorg",
        }
    )
    no_support_markers: frozenset[str] = frozenset(
        {"geen", "geen hulp", "niemand", "niks", "niets", "nee", "geen professionele hulp"}
    )
    # fmt: on
    offer_on_safety_hoog: bool = True


DEFAULT = TriageRules()


# Alike in shape only: a small frozen record, like StaffIdentity and others; it holds different
# things.
@dataclass(frozen=True)
class TriageOutcome:
    burden_level: Level
    offer_handoff: bool
    urgency: Urgency
    reasons: tuple[str, ...]  # short Dutch labels, most important first
    intensive: bool | None
    risk_factors: tuple[str, ...]


def is_intensive(situation: SituationLike, rules: TriageRules = DEFAULT) -> bool | None:
    """More than 8 h/week AND longer than 3 months; None when a number is unknown and it matters."""
    hours, months = situation.hours_per_week, situation.duration_months
    if hours is not None and hours <= rules.intensive_hours_above:
        return False
    if months is not None and months <= rules.intensive_months_above:
        return False
    if hours is None or months is None:
        return None
    return True


def _mentions(text: str, terms: frozenset[str]) -> list[str]:
    normalized = f" {normalize_text(text.replace('_', ' '))} "
    found = [term for term in terms if f" {normalize_text(term.replace('_', ' '))} " in normalized]
    return sorted(found)


def _condition_risks(situation: SituationLike, rules: TriageRules) -> list[str]:
    labels: list[str] = []
    for condition in situation.conditions:
        found = _mentions(condition, rules.risk_conditions)
        if found:
            labels.append(f"ziekte met verhoogd risico: {condition.replace('_', ' ')}")
    return labels


def _lacks_professional_help(situation: SituationLike, rules: TriageRules) -> bool:
    support = [s for s in situation.current_support if s.strip()]
    if not support:
        return False  # unknown: nobody asked, or the caregiver did not say
    if any(normalize_text(s) in rules.no_support_markers for s in support):
        return True
    return not any(_mentions(s, rules.professional_support_terms) for s in support)


_COMBINATION_LABELS = {
    "werk": "werk",
    "studie": "studie",
    "school": "school",
    "kinderen": "de zorg voor kinderen",
    "eigen_gezondheid": "eigen gezondheidsproblemen",
}


def risk_factors(situation: SituationLike, rules: TriageRules = DEFAULT) -> tuple[str, ...]:
    """Known risk factors for overbelasting (FACTS.md §1.8) as short Dutch labels."""
    found: list[str] = []
    if situation.age_group in rules.young_age_groups:
        found.append("jonge mantelzorger (jonger dan 25)")
    if situation.age_group in rules.old_age_groups:
        found.append("oudere mantelzorger (75 of ouder)")
    if rules.lives_together_is_risk and situation.lives_with_care_recipient:
        found.append("woont samen met de naaste")
    found.extend(_condition_risks(situation, rules))
    combined = [c for c in situation.combines_with if c in rules.risk_combinations]
    if combined:
        names = ", ".join(_COMBINATION_LABELS.get(c, c) for c in combined)
        found.append(f"combineert de zorg met {names}")
    if _lacks_professional_help(situation, rules):
        found.append("geen professionele hulp")
    return tuple(found)


def _burden_reason(assessment: AssessmentResult) -> str:
    cut_off = f"grens {assessment.threshold}"
    if not assessment.threshold_validated:
        cut_off += ", eigen grens, niet gevalideerd"
    unfinished = "" if assessment.completed else "; lijst niet af, grens al bereikt"
    return (
        f"{assessment.instrument_short_name}: score {assessment.score} van "
        f"{assessment.max_score} ({cut_off}){unfinished}"
    )


def _raise(current: Urgency, wanted: Urgency) -> Urgency:
    return wanted if _URGENCY_RANK[wanted] > _URGENCY_RANK[current] else current


@dataclass
class _Decision:
    offer: bool = False
    urgency: Urgency = "normaal"
    reasons: list[str] = field(default_factory=list)

    def add(self, urgency: Urgency, reason: str) -> None:
        self.offer = True
        self.urgency = _raise(self.urgency, urgency)
        self.reasons.append(reason)


def triage(
    situation: SituationLike | None,
    assessment: AssessmentResult | None,
    *,
    asked_for_person: bool,
    safety_urgency: Urgency | None,
    rules: TriageRules = DEFAULT,
) -> TriageOutcome:
    """Decide on the handoff offer and its urgency; see the module docstring for the rules."""
    situation = situation or Situation()
    level: Level = assessment.level if assessment else "onbekend"
    intensive = is_intensive(situation, rules)
    risks = risk_factors(situation, rules)
    decision = _Decision()

    if safety_urgency == "acuut":
        decision.add("acuut", "veiligheidssignaal in het gesprek")
    elif safety_urgency == "hoog" and rules.offer_on_safety_hoog:
        decision.add("hoog", "zegt dat het niet meer gaat")
    if assessment is not None and level in rules.overloaded_levels:
        decision.add("hoog", f"zwaar belast volgens de test ({_burden_reason(assessment)})")
    at_least = assessment.level_at_least if assessment is not None else "onbekend"
    moderate = level in rules.moderate_levels or (
        level == "onbekend" and at_least in rules.moderate_levels
    )
    if moderate and intensive and risks:
        decision.add(
            "hoog",
            "matige belasting, intensieve zorg en een risicofactor"
            if level in rules.moderate_levels
            else "minstens matige belasting (test niet afgemaakt), intensieve zorg en een risicofactor",
        )
        decision.reasons.append(
            f"intensieve zorg: meer dan {dutch_number(rules.intensive_hours_above)} uur per week, "
            f"langer dan {dutch_number(rules.intensive_months_above)} maanden"
        )
        decision.reasons.extend(risks)
    if asked_for_person:
        decision.add("normaal", "vraagt zelf om contact met een persoon")

    return TriageOutcome(
        burden_level=level,
        offer_handoff=decision.offer,
        urgency=decision.urgency,
        reasons=tuple(decision.reasons),
        intensive=intensive,
        risk_factors=risks,
    )
