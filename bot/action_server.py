"""`python -m bot.action_server --actions actions --port 5055`: rasa-sdk's own command line, after
the start check of bot.server_secrets (the actions key conversations with the conversation key) and
a warm-up, so the first caregiver does not wait for what every later one finds ready; then the
start-up objects are frozen out of the garbage collector's way (bot.start_up)."""

from __future__ import annotations

import logging

from rasa_sdk.__main__ import main_from_args
from rasa_sdk.endpoint import create_argument_parser
from sqlalchemy.exc import SQLAlchemyError

from bot.conversation.services import warm_up
from bot.server_secrets import CONVERSATION_KEY, MissingSecretError, require_server_secrets
from bot.settings import load_settings
from bot.start_up import freeze_start_up_objects

logger = logging.getLogger(__name__)


def main() -> None:
    args = create_argument_parser().parse_args()
    settings = load_settings()
    try:
        require_server_secrets(settings, (CONVERSATION_KEY,))
    except MissingSecretError as error:
        raise SystemExit(str(error)) from None
    try:
        warm_up(settings)
    except SQLAlchemyError:
        # A database that is not there yet costs the first caregiver the wait, not the start.
        logger.warning("warm-up: the knowledge base could not be read; it is read at first use")
    freeze_start_up_objects()
    main_from_args(args)


if __name__ == "__main__":
    main()
