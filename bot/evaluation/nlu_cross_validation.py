"""Cross-validated NLU figures: intent precision, recall and F1 per class, and the errors.

Usage: python -m bot.evaluation.nlu_cross_validation [--folds 5] [--runs 3] [--out results/nlu]
Runs `rasa test nlu --cross-validation` on data/nlu with config.yml and prints what it measured.
Rasa draws the folds at random, and one run's macro-F1 moves by about half a point from the next:
the figure is the mean of several runs (each in its own directory under --out), each run printed.
Target: intent macro-F1 >= 0.90. The NLU has no entity model: the conversation reads the facts from
the words itself (bot/intake).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_ROOT

INTENT_TARGET = 0.90


def run_cross_validation(folds: int, out: Path) -> None:
    subprocess.run(
        [
            sys.executable, "-m", "rasa", "test", "nlu",
            "--config", "config.yml",
            "--nlu", "data/nlu",
            "--cross-validation", "--folds", str(folds),
            "--out", str(out),
            "--no-plot",
        ],
        cwd=PROJECT_ROOT,
        check=True,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )  # fmt: skip


def _table(title: str, report: dict[str, Any]) -> None:
    print(f"\n{title}")
    print(f"  {'class':<26}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for name, row in sorted(report.items()):
        if isinstance(row, dict) and "f1-score" in row and not name.endswith("avg"):
            print(
                f"  {name:<26}{row['precision']:>10.3f}{row['recall']:>10.3f}"
                f"{row['f1-score']:>10.3f}{row['support']:>10}"
            )


def _errors(path: Path, limit: int = 40) -> None:
    if not path.exists():
        return
    errors = json.loads(path.read_text())
    print(f"\nIntent errors ({len(errors)}, first {min(limit, len(errors))}):")
    for error in errors[:limit]:
        predicted = error["intent_prediction"]
        print(
            f"  {error['intent']:>18} -> {predicted['name']:<18} "
            f"({predicted['confidence']:.2f}) {error['text']}"
        )


def run_macro_f1(out: Path) -> float:
    intents = json.loads((out / "intent_report.json").read_text())
    return float(intents["macro avg"]["f1-score"])


def report(runs: list[Path]) -> bool:
    """The last run in full, every run's macro-F1, and whether their mean meets the target."""
    last = runs[-1]
    _table("Intents", json.loads((last / "intent_report.json").read_text()))
    _errors(last / "intent_errors.json")
    scores = [run_macro_f1(run) for run in runs]
    for run, score in zip(runs, scores, strict=True):
        print(f"{run.name}: intent macro-F1 {score:.3f}")
    mean = sum(scores) / len(scores)
    print(f"\nIntent macro-F1: {mean:.3f}, mean of {len(scores)} runs (target {INTENT_TARGET})")
    return mean >= INTENT_TARGET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "nlu")
    parser.add_argument("--report-only", action="store_true", help="print earlier runs")
    args = parser.parse_args()
    runs = [args.out / f"run{number}" for number in range(1, args.runs + 1)]
    if not args.report_only:
        for run in runs:
            run_cross_validation(args.folds, run)
    sys.exit(0 if report(runs) else 1)


if __name__ == "__main__":
    main()
