"""scripts/eval_safety.py: figures on the labelled set and a failing exit code on a missed crisis."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_safety.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_labelled_set_passes_with_full_recall() -> None:
    result = run("--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "crisis recall (any crisis category): " in result.stdout
    assert "= 100.0 %" in result.stdout
    assert "time per message" in result.stdout


def test_a_missed_crisis_fails_and_is_listed(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yml"
    cases.write_text(
        "version: 1\n"
        "cases:\n"
        '  - {text: "ik wil dood", category: suicide}\n'
        '  - {text: "de lucht is blauw", category: suicide}\n'
        '  - {text: "ik ben doodmoe", category: none}\n',
        encoding="utf-8",
    )
    result = run("--cases", str(cases))
    assert result.returncode == 1
    assert "MISSED crisis: 1" in result.stdout
    assert "de lucht is blauw" in result.stdout
    assert "1/2 = 50.0 %" in result.stdout
