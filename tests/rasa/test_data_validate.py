import os
import subprocess
import sys

import yaml

from bot.conversation.state import ConversationState
from bot.settings import PROJECT_ROOT


def test_domain_rules_and_nlu_data_are_consistent() -> None:
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
    assert [line for line in output.splitlines() if "UserWarning" in line] == [], output


def test_the_domain_has_one_slot_per_field_of_the_conversation_state() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())

    assert set(domain["slots"]) == set(ConversationState.slot_names())


def test_every_intent_goes_to_the_conversation() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    rules = yaml.safe_load((PROJECT_ROOT / "data" / "rules" / "conversation.yml").read_text())
    [rule] = rules["rules"]
    routed = {step["intent"] for step in rule["steps"][0]["or"]}

    assert routed == set(domain["intents"])
    assert rule["steps"][1] == {"action": "action_respond"}
