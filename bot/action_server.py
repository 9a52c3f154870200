"""`python -m bot.action_server --actions actions --port 5055`: rasa-sdk's own command line, after
the start check of bot.server_secrets (the actions key conversations with the conversation key)."""

from __future__ import annotations

from rasa_sdk.__main__ import main_from_args
from rasa_sdk.endpoint import create_argument_parser

from bot.server_secrets import CONVERSATION_KEY, MissingSecretError, require_server_secrets
from bot.settings import load_settings


def main() -> None:
    args = create_argument_parser().parse_args()
    try:
        require_server_secrets(load_settings(), (CONVERSATION_KEY,))
    except MissingSecretError as error:
        raise SystemExit(str(error)) from None
    main_from_args(args)


if __name__ == "__main__":
    main()
