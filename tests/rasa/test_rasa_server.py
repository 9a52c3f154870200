"""Our Rasa command (`python -m bot.rasa_server`): the action server's answers are still checked,
but the schema is checked once instead of on every custom action."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot import rasa_server

VALID = {
    "events": [{"event": "slot", "name": "contact_name", "value": "Ans", "timestamp": None}],
    "responses": [{"text": "Dank u.", "buttons": [{"title": "Ja", "payload": "/affirm"}]}],
}


@pytest.fixture
def action(monkeypatch: pytest.MonkeyPatch) -> RemoteAction:
    # Registers Rasa's own method so the monkeypatch puts it back after the test.
    monkeypatch.setattr(
        RemoteAction, "_validate_action_result", RemoteAction._validate_action_result
    )
    return RemoteAction("action_submit_handoff", EndpointConfig("http://127.0.0.1:1/webhook"))


@pytest.fixture
def schema_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts how often the response schema itself is checked against the meta-schema."""
    validator_class = validator_for(RemoteAction.action_response_format_spec())
    original = validator_class.check_schema.__func__
    calls: list[int] = []

    def counting(cls: type, schema: dict) -> None:
        calls.append(1)
        original(cls, schema)

    monkeypatch.setattr(validator_class, "check_schema", classmethod(counting))
    rasa_server.action_response_validator.cache_clear()
    return calls


def test_rasa_itself_checks_the_schema_on_every_custom_action(
    action: RemoteAction, schema_checks: list[int]
) -> None:
    for _ in range(10):
        action._validate_action_result(VALID)
    assert len(schema_checks) == 10


def test_ours_checks_the_schema_once(action: RemoteAction, schema_checks: list[int]) -> None:
    rasa_server.install()
    for _ in range(10):
        assert action._validate_action_result(VALID) is True
    assert len(schema_checks) == 1


@pytest.mark.parametrize(
    "answer",
    [
        {"events": "not a list"},
        {"events": [{"name": "no event type"}]},
        {"responses": "not a list"},
    ],
)
def test_an_answer_that_does_not_fit_is_still_refused_with_rasas_explanation(
    action: RemoteAction, answer: dict
) -> None:
    rasa_server.install()
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(answer)
