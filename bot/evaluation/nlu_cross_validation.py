"""Cross-validated NLU figures: intent and entity precision, recall and F1 per class, and the errors.

Usage: python -m bot.evaluation.nlu_cross_validation [--folds 5] [--out results/nlu]
Runs `rasa test nlu --cross-validation` on data/nlu with config.yml and prints what it measured.
Targets (issue 3): intent macro-F1 >= 0.90, entity F1 >= 0.85.
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
ENTITY_TARGET = 0.85


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


def report(out: Path) -> bool:
    intents = json.loads((out / "intent_report.json").read_text())
    entity_file = out / "DIETClassifier_report.json"
    entities = json.loads(entity_file.read_text()) if entity_file.exists() else {}
    _table("Intents", intents)
    _table("Entities", entities)
    _errors(out / "intent_errors.json")
    intent_f1: float = intents["macro avg"]["f1-score"]
    entity_f1: float = entities.get("micro avg", entities.get("weighted avg", {})).get(
        "f1-score", 0.0
    )
    print(f"\nIntent macro-F1: {intent_f1:.3f} (target {INTENT_TARGET})")
    print(f"Entity micro-F1: {entity_f1:.3f} (target {ENTITY_TARGET})")
    return intent_f1 >= INTENT_TARGET and entity_f1 >= ENTITY_TARGET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "nlu")
    parser.add_argument("--report-only", action="store_true", help="print an earlier run")
    args = parser.parse_args()
    if not args.report_only:
        run_cross_validation(args.folds, args.out)
    sys.exit(0 if report(args.out) else 1)


if __name__ == "__main__":
    main()
