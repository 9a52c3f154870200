"""`python -m bot.rasa_server run ...`: Rasa's own command line, with one fix to Rasa 3.6 first.

Rasa checks every answer of the action server with `jsonschema.validate`, which first checks the
schema itself against the JSON Schema meta-schema, every time: about 25 ms of CPU per custom action
and half of the Rasa server's CPU under load (docs/performance.md). Here the validator is built
once. An answer that does not fit the schema still raises the same `ValidationError` with Rasa's
explanation, so nothing else changes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def action_response_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the validator built once."""
    try:
        action_response_validator().validate(result)
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from "
            f"the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise
    return True


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]


def main() -> None:
    from rasa.__main__ import main as rasa_main

    install()
    rasa_main()


if __name__ == "__main__":
    main()
