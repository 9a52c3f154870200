"""The running product for tests: bot.evaluation.product, with failures reported through pytest."""

from __future__ import annotations

import httpx
import pytest

from bot.channels.rest import conversation_id
from bot.evaluation.product import (
    STARTUP_TIMEOUT_S,
    ProductError,
    RunningProduct,
    rest_client_code,
    start_product,
    stop_process_group,
    stop_product,
)
from bot.evaluation.product import wait_until_ready as _wait_until_ready
from bot.settings import Settings

__all__ = [
    "STARTUP_TIMEOUT_S",
    "RunningProduct",
    "kill",
    "rest_client_code",
    "rest_conversation_id",
    "say",
    "start_product",
    "stop_process_group",
    "texts",
    "wait_until_ready",
]


def wait_until_ready(product: RunningProduct) -> None:
    try:
        _wait_until_ready(product)
    except ProductError as error:
        pytest.fail(str(error))


def kill(product: RunningProduct) -> None:
    stop_product(product)


def rest_conversation_id(label: str) -> str:
    """Rasa's sender id (the tracker's) of the REST conversation that `say` calls `label`."""
    return conversation_id(rest_client_code(label))


def say(settings: Settings, sender: str, message: str) -> list[dict]:
    """One message in the REST conversation labelled `sender`; the replies."""
    response = httpx.post(
        f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
        json={"sender": rest_client_code(sender), "message": message},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)
