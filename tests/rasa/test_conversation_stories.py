import os
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT


def test_first_conversation_stories_pass_end_to_end(trained_model: Path, tmp_path: Path) -> None:
    """Runs the test stories through the trained model: NLU and dialogue predictions together."""
    result = subprocess.run(
        [
            sys.executable, "-m", "rasa", "test", "core",
            "--model", str(trained_model),
            "--stories", "tests/conversations",
            "--out", str(tmp_path / "results"),
            "--fail-on-prediction-errors",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        timeout=900,
    )  # fmt: skip

    failed = tmp_path / "results" / "failed_test_stories.yml"
    details = (
        failed.read_text() if failed.exists() else result.stdout[-3000:] + result.stderr[-3000:]
    )
    assert result.returncode == 0, details
