import os
import re
import subprocess
import sys

import yaml

from bot.conversation.forms import PAUSE_RESPONSE, STOP_RESPONSE
from bot.settings import PROJECT_ROOT


def _spoken_outside_rules() -> set[str]:
    """Responses that forms and actions speak; Rasa's validator only looks at rules and stories."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    form_questions = {
        f"utter_ask_{slot}" for form in domain["forms"].values() for slot in form["required_slots"]
    }
    built_in_actions = {"utter_ask_rephrase", "utter_default", "utter_restart"}
    return form_questions | built_in_actions | {PAUSE_RESPONSE, STOP_RESPONSE}


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
    assert unused <= _spoken_outside_rules(), output
    other_warnings = [
        line
        for line in output.splitlines()
        if "UserWarning" in line and "The utterance" not in line
    ]
    assert other_warnings == [], output
