"""Start-up objects out of the garbage collector's way (bot.start_up), in both servers."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.rasa_server import configure_app_with_request_limit, freeze_after_loading
from bot.start_up import freeze_start_up_objects


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_objects_alive_at_start_up_are_left_out_of_later_collections(unfrozen: None) -> None:
    loaded_model = [object() for _ in range(10_000)]

    freeze_start_up_objects()

    assert gc.get_freeze_count() >= len(loaded_model)


def test_the_rasa_server_freezes_once_the_model_is_loaded() -> None:
    app = configure_app_with_request_limit()

    # Sanic 21.12 keeps "after_server_start" listeners as signals on "server.init.after".
    after_start = [
        signal.handler.keywords.get("listener")
        for signal in app._future_signals
        if signal.event == "server.init.after"
    ]
    assert freeze_after_loading in after_start
