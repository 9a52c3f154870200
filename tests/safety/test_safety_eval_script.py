"""python -m bot.evaluation.safety_cases: figures on the labelled set and a failing exit code on a
missed crisis."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.evaluation.safety_cases", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT_ROOT,
    )


# The whole labelled set with its timing rounds (20 s); test_safety_detector checks every case of
# the same set one by one, so the quick loop leaves this run out.
@pytest.mark.slow
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


def test_a_blind_round_is_read_with_tiers_danger_to_life_and_look_alikes(tmp_path: Path) -> None:
    cases = tmp_path / "round.yml"
    cases.write_text(
        "sentences:\n"
        '  - {text: "ik wil dood", category: suicide, danger_to_life: false}\n'
        '  - {text: "het hoeft voor mij niet meer", category: suicide, danger_to_life: false}\n'
        '  - {text: "mijn vader ligt op de grond en ademt niet", category: acute_danger,'
        " danger_to_life: true}\n"
        '  - {text: "ik schrok me dood", category: lookalike, danger_to_life: false}\n'
        '  - {text: "ik ben op", category: overload, danger_to_life: false}\n',
        encoding="utf-8",
    )
    result = run("--cases", str(cases), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "crisis recall (any crisis category): 3/3 = 100.0 %" in result.stdout
    assert "crisis recall as FULL:               2/3 = 66.7 %" in result.stdout
    assert "danger to life with 112 first:       1/1 = 100.0 %" in result.stdout
    assert "look-alikes with any signal:         0/1 = 0.0 %" in result.stdout


def test_a_tier_that_differs_from_the_label_is_listed(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yml"
    cases.write_text(
        "version: 1\n"
        "cases:\n"
        '  - {text: "het hoeft voor mij niet meer", category: suicide}\n'
        '  - {text: "ik wil dood", category: suicide}\n',
        encoding="utf-8",
    )
    result = run("--cases", str(cases))
    assert result.returncode == 0
    assert "tier as labelled (FULL / CHECK):     1/2 = 50.0 %" in result.stdout
    assert "tier differs from the label (crisis caught): 1" in result.stdout
