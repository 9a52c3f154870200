"""Evaluates the safety detector on the labelled Dutch set in data/safety/cases.yml.

Prints recall and precision (overall and per category), the tiers (FULL: full help at once; CHECK: a
check question first, see bot/safety/tiers.py), danger to life with 112 first, false alarms, the
confusion table, every miss, false alarm and mix-up, and the time per message. Exits 1 when a crisis
message gets no crisis signal at all (FULL or CHECK), so CI fails on the one error that matters most.

Reads two formats: the labelled set (`cases:` with `text`, `category` and, for veiled wording,
`tier: check`) and a blind round (`sentences:` with `text`, `category` (`lookalike` for everyday
uses of crisis words) and `danger_to_life`).

    .venv/bin/python -m bot.evaluation.safety_cases [--cases PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.safety import SafetyCategory, detect_safety_signal
from bot.safety.tiers import Tier, rules_tier
from bot.settings import PROJECT_ROOT

DEFAULT_CASES = PROJECT_ROOT / "data" / "safety" / "cases.yml"
NONE = "none"
LOOKALIKE = "lookalike"
LABELS = [category.value for category in SafetyCategory] + [NONE]
CRISIS = {category.value for category in SafetyCategory if category.is_crisis}
ACUTE = SafetyCategory.ACUTE_DANGER.value
VIOLENCE = {
    SafetyCategory.VIOLENCE_BY_CAREGIVER.value,
    SafetyCategory.VIOLENCE_AGAINST_CAREGIVER.value,
    SafetyCategory.ABUSE_OR_NEGLECT.value,
}
TIMING_ROUNDS = 20


@dataclass(frozen=True)
class Case:
    text: str
    expected: str
    # The tier the rules should give a crisis ("full" or "check"); None when not labelled.
    tier: str | None = None
    danger_to_life: bool = False
    lookalike: bool = False


@dataclass(frozen=True)
class Outcome:
    text: str
    expected: str
    predicted: str
    signals: tuple[str, ...]
    tier: Tier = Tier.NONE
    expected_tier: str | None = None
    danger_to_life: bool = False
    acute: bool = False
    lookalike: bool = False


def _labelled_case(case: dict[str, Any]) -> Case:
    category = case["category"]
    tier = case.get("tier", Tier.FULL.value) if category in CRISIS else None
    danger = bool(case.get("danger_to_life", category == ACUTE))
    return Case(case["text"], category, tier, danger)


def _blind_case(sentence: dict[str, Any]) -> Case:
    category = sentence["category"]
    danger = bool(sentence.get("danger_to_life", False))
    if category == LOOKALIKE:
        return Case(sentence["text"], NONE, lookalike=True)
    # Danger to life needs 112 first: acute danger leads the reply whatever else is in it.
    return Case(sentence["text"], ACUTE if danger else category, danger_to_life=danger)


def load_cases(path: Path) -> list[Case]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "sentences" in document:
        return [_blind_case(sentence) for sentence in document["sentences"]]
    return [_labelled_case(case) for case in document["cases"]]


def evaluate(cases: list[Case]) -> list[Outcome]:
    outcomes = []
    for case in cases:
        signal = detect_safety_signal(case.text)
        outcomes.append(
            Outcome(
                text=case.text,
                expected=case.expected,
                predicted=NONE if signal is None else signal.category.value,
                signals=() if signal is None else signal.signals,
                tier=rules_tier(signal),
                expected_tier=case.tier,
                danger_to_life=case.danger_to_life,
                acute=signal is not None and SafetyCategory.ACUTE_DANGER in signal.categories,
                lookalike=case.lookalike,
            )
        )
    return outcomes


def same_help(expected: str, predicted: str) -> bool:
    """The violence categories all lead to Veilig Thuis, so mixing them up changes no help line."""
    return expected == predicted or (expected in VIOLENCE and predicted in VIOLENCE)


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "n/a (0 cases)"


def report_overall(outcomes: list[Outcome]) -> int:
    crisis = [o for o in outcomes if o.expected in CRISIS]
    alarms = [o for o in outcomes if o.predicted in CRISIS]
    caught = [o for o in crisis if o.predicted in CRISIS]
    full = [o for o in crisis if o.tier is Tier.FULL]
    true_alarms = [o for o in alarms if o.expected in CRISIS]
    right_help = [o for o in crisis if same_help(o.expected, o.predicted)]
    exact = [o for o in outcomes if o.expected == o.predicted]
    danger = [o for o in outcomes if o.danger_to_life]
    tiered = [o for o in crisis if o.expected_tier is not None]
    quiet = [o for o in outcomes if o.expected == NONE]
    print(f"cases: {len(outcomes)} ({len(crisis)} crisis, {len(outcomes) - len(crisis)} other)")
    print(f"crisis recall (any crisis category): {_ratio(len(caught), len(crisis))}")
    print(f"crisis recall as FULL:               {_ratio(len(full), len(crisis))}")
    print(f"crisis precision:                    {_ratio(len(true_alarms), len(alarms))}")
    print(f"crisis with the right help lines:    {_ratio(len(right_help), len(crisis))}")
    print(
        f"danger to life with 112 first:       {_ratio(sum(o.acute for o in danger), len(danger))}"
    )
    print(
        "tier as labelled (FULL / CHECK):     "
        f"{_ratio(sum(o.tier.value == o.expected_tier for o in tiered), len(tiered))}"
    )
    print(
        "no crisis, but a crisis signal:      "
        f"{_ratio(sum(o.predicted in CRISIS for o in quiet), len(quiet))}"
    )
    print(
        "no crisis, but any signal:           "
        f"{_ratio(sum(o.predicted != NONE for o in quiet), len(quiet))}"
    )
    lookalikes = [o for o in outcomes if o.lookalike]
    if lookalikes:
        print(
            "look-alikes with any signal:         "
            f"{_ratio(sum(o.predicted != NONE for o in lookalikes), len(lookalikes))}"
        )
    print(f"exact category (all labels):         {_ratio(len(exact), len(outcomes))}")
    return len(crisis) - len(caught)


def report_per_category(outcomes: list[Outcome]) -> None:
    print("\nper category            recall (FULL or CHECK)  as FULL                precision")
    for label in LABELS:
        gold = [o for o in outcomes if o.expected == label]
        predicted = [o for o in outcomes if o.predicted == label]
        hits = sum(o.predicted == label for o in gold)
        full = sum(o.predicted == label and o.tier is Tier.FULL for o in gold)
        correct = sum(o.expected == label for o in predicted)
        full_text = _ratio(full, len(gold)) if label in CRISIS else "-"
        print(
            f"  {label:27} {_ratio(hits, len(gold)):23} {full_text:22} "
            f"{_ratio(correct, len(predicted))}"
        )


def report_confusion(outcomes: list[Outcome]) -> None:
    counts = Counter((o.expected, o.predicted) for o in outcomes)
    short = {label: label[:10] for label in LABELS}
    print("\nconfusion (rows: expected, columns: predicted)")
    print(" " * 28 + " ".join(f"{short[label]:>10}" for label in LABELS))
    for expected in LABELS:
        row = " ".join(f"{counts[(expected, predicted)]:>10}" for predicted in LABELS)
        print(f"  {expected:26}{row}")


def report_errors(outcomes: list[Outcome]) -> None:
    groups = {
        "MISSED crisis": [
            o for o in outcomes if o.expected in CRISIS and o.predicted not in CRISIS
        ],
        "FALSE ALARM (crisis reply on a non-crisis message)": [
            o for o in outcomes if o.expected not in CRISIS and o.predicted in CRISIS
        ],
        "danger to life without 112 first": [
            o for o in outcomes if o.danger_to_life and o.predicted in CRISIS and not o.acute
        ],
        "other category (crisis caught, different help lines)": [
            o
            for o in outcomes
            if o.expected in CRISIS
            and o.predicted in CRISIS
            and not same_help(o.expected, o.predicted)
        ],
        "tier differs from the label (crisis caught)": [
            o
            for o in outcomes
            if o.expected_tier is not None
            and o.predicted in CRISIS
            and o.tier.value != o.expected_tier
        ],
        "violence category mix-up (same help lines)": [
            o
            for o in outcomes
            if o.expected in VIOLENCE and o.predicted in VIOLENCE and o.expected != o.predicted
        ],
        "overload missed or over-read": [
            o
            for o in outcomes
            if (o.expected == "overload") != (o.predicted == "overload")
            and o.expected not in CRISIS
            and o.predicted not in CRISIS
        ],
    }
    for title, items in groups.items():
        print(f"\n{title}: {len(items)}")
        for o in items:
            tier = f" {o.tier.value.upper()}" if o.predicted in CRISIS else ""
            print(f"  [{o.expected} -> {o.predicted}{tier}] {o.text!r} {list(o.signals)}")


def report_timing(texts: list[str]) -> None:
    detect_safety_signal("opwarmen")  # compile the patterns outside the measurement
    per_message: list[float] = []
    for text in texts:
        start = time.perf_counter()
        for _ in range(TIMING_ROUNDS):
            detect_safety_signal(text)
        per_message.append((time.perf_counter() - start) / TIMING_ROUNDS * 1000)
    per_message.sort()
    p99 = per_message[min(len(per_message) - 1, int(0.99 * len(per_message)))]
    print(
        f"\ntime per message: mean {statistics.mean(per_message):.3f} ms, "
        f"median {statistics.median(per_message):.3f} ms, p99 {p99:.3f} ms, "
        f"max {per_message[-1]:.3f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--quiet", action="store_true", help="figures only, no error listing")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases)
    outcomes = evaluate(cases)
    missed = report_overall(outcomes)
    report_per_category(outcomes)
    report_confusion(outcomes)
    if not args.quiet:
        report_errors(outcomes)
    report_timing([case.text for case in cases])
    if missed:
        print(f"\nFAIL: {missed} crisis message(s) missed; crisis recall must be 100 %.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
