from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.integration.product import kill, start_product, wait_until_ready


@pytest.fixture(scope="session")
def product(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    running = start_product(tmp_path_factory.mktemp("var"))
    try:
        wait_until_ready(running)
        yield running.settings
    finally:
        kill(running)
