import os
import re
import subprocess
import sys

from bot.settings import PROJECT_ROOT

# Rasa's built-in actions speak these; its validator does not know and calls them unused.
SPOKEN_BY_BUILT_IN_ACTIONS = {"utter_ask_rephrase", "utter_default", "utter_restart"}


def test_domain_rules_stories_and_nlu_data_are_consistent() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rasa", "data", "validate", "--fail-on-warnings"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        timeout=600,
    )
    output = result.stdout + result.stderr

    assert result.returncode == 0, output
    unused = set(re.findall(r"The utterance '(\w+)' is not used", output))
    assert unused <= SPOKEN_BY_BUILT_IN_ACTIONS, output
    other_warnings = [
        line
        for line in output.splitlines()
        if "rasa/validator" in line or "is not used in any story" in line
        if not any(name in line for name in SPOKEN_BY_BUILT_IN_ACTIONS)
    ]
    assert other_warnings == []
