"""`python -m bot.rasa_server run ...`: Rasa's own command line, with a request limit and one fix to
Rasa 3.6 first.

Request limit: Sanic accepts bodies of up to 100 MB. Nothing that reaches this server (a chat
message of at most 20,000 characters, a WhatsApp or Twilio webhook) comes near 64 KB, so a larger
body gets 413 with a short Dutch `{"error": ...}` before it is read. STEUNWIJZER_MAX_REQUEST_BYTES changes it.

Rasa checks every answer of the action server with `jsonschema.validate`, which first checks the
schema itself against the JSON Schema meta-schema, every time: about 25 ms of CPU per custom action
and half of the Rasa server's CPU under load (docs/performance.md). Here the validator is built
once. An answer that does not fit the schema still raises the same `ValidationError` with Rasa's
explanation, so nothing else changes.

Once the model is loaded, its objects are frozen out of the garbage collector's way
(bot.start_up): a full collection over them stopped every turn for 350 ms.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import Any

import rasa.core.run
from jsonschema import ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from sanic import Sanic, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.server_secrets import CONVERSATION_KEY, MissingSecretError, require_server_secrets
from bot.settings import load_settings
from bot.start_up import freeze_start_up_objects


@lru_cache(maxsize=1)
def action_response_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    validator: Validator = validator_class(schema)
    return validator


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


MAX_REQUEST_BYTES = 64 * 1024
TOO_LARGE = "Dit verzoek is te groot. Een chatbericht past ruim in 64 kB."
_rasa_configure_app = rasa.core.run.configure_app


def configure_app_with_request_limit(*args: Any, **kwargs: Any) -> Sanic:
    """Rasa's `configure_app`, and the request limit on the app it made. Set on this app only: an
    environment variable would also reach the action server, whose requests carry whole trackers."""
    app: Sanic = _rasa_configure_app(*args, **kwargs)
    limit = os.environ.get("STEUNWIJZER_MAX_REQUEST_BYTES") or str(MAX_REQUEST_BYTES)
    app.config.REQUEST_MAX_SIZE = int(limit)
    app.error_handler.add(PayloadTooLarge, too_large)
    app.register_listener(freeze_after_loading, "after_server_start")
    return app


async def freeze_after_loading(app: Sanic, _loop: Any) -> None:
    """After Rasa's own `before_server_start` listener has loaded the model (bot.start_up)."""
    freeze_start_up_objects()


def too_large(request: Request, exception: Exception) -> HTTPResponse:
    return response.json({"error": TOO_LARGE}, status=413)


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result
    rasa.core.run.configure_app = configure_app_with_request_limit


def main() -> None:
    from rasa.__main__ import main as rasa_main

    if sys.argv[1:2] == ["run"]:
        try:
            require_server_secrets(load_settings(), (CONVERSATION_KEY,))
        except MissingSecretError as error:
            raise SystemExit(str(error)) from None
    install()
    rasa_main()


if __name__ == "__main__":
    main()
