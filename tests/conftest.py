from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from bot.settings import PROJECT_ROOT, Settings
from tests.chromium import chromium
from tests.integration.product import kill, start_product, wait_until_ready
from tests.pwned_passwords import PwnedPasswords, pwned_passwords_server
from tests.support import development_settings, free_port

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
# The tests run the product as `make run` does; tests of production mode say so themselves.
os.environ.setdefault("STEUNWIJZER_MODE", "development")
TEST_FLOOD_LIMIT = 60
# The shared product stands behind one (pretend) proxy, as behind the Ingress: tests of the
# per-address limits name their client in X-Forwarded-For. Every other test talks from loopback,
# which is exempt, so their conversations do not add up to one client's.
TEST_IP_MAX_MESSAGES = 20
TEST_IP_MAX_NEW_CONVERSATIONS = 8
TEST_ENVIRON = {
    "STEUNWIJZER_FLOOD_MAX_MESSAGES": str(TEST_FLOOD_LIMIT),
    "STEUNWIJZER_IP_MAX_MESSAGES": str(TEST_IP_MAX_MESSAGES),
    "STEUNWIJZER_IP_MAX_NEW_CONVERSATIONS": str(TEST_IP_MAX_NEW_CONVERSATIONS),
    "STEUNWIJZER_IP_LIMIT_EXEMPT": "127.0.0.0/8,::1",
    "STEUNWIJZER_TRUSTED_PROXY_HOPS": "1",
    # The scripted caregivers all give 06 12345678; the cap is tested in tests/handoff.
    "STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY": "0",
}


# What a test needs beyond Python, as markers (registered in pyproject.toml); `make test-fast`
# leaves these out. A whole folder is marked here, and so is every test that uses a fixture which
# starts one of them (fixtures used by fixtures count too). Tests that start PostgreSQL, Redis or
# an SMTP server inside the test itself carry `pytest.mark.servers` in their own module.
FOLDER_MARKERS = {
    "integration": "integration",
    "browser": "browser",
    "rasa": "rasa",
    "scale": "servers",
}
FIXTURE_MARKERS = {
    "trained_model": "rasa",
    "product": "integration",
    "whatsapp_product": "integration",
    "browser": "browser",
}
TESTS_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(TESTS_DIR).parts[0]
        needs = {FOLDER_MARKERS[folder]} if folder in FOLDER_MARKERS else set()
        needs.update(mark for name, mark in FIXTURE_MARKERS.items() if name in item.fixturenames)
        for mark in sorted(needs):
            item.add_marker(mark)


@pytest.fixture(scope="session", autouse=True)
def pwned_passwords() -> Iterator[PwnedPasswords]:
    """Every test, and every process a test starts, checks staff passwords against this loopback
    fake of the breach service, never against the internet."""
    service = PwnedPasswords()
    with pwned_passwords_server(service) as url:
        os.environ["STEUNWIJZER_BREACHED_PASSWORDS_URL"] = url
        yield service


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """One model per test run, reused across runs while config, domain and data are unchanged."""
    from bot.training import ensure_model

    return ensure_model(development_settings().models_dir)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module. Playwright's sync API keeps an event loop running while it is
    open, so it must be closed before tests that run asyncio themselves."""
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A page in the folder's own `context`; a JavaScript error on it fails the test."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def isolated_environ(tmp_path: Path) -> dict[str, str]:
    """Environment for a full product on free ports with its own databases."""
    return {
        **os.environ,
        "STEUNWIJZER_VAR_DIR": str(tmp_path / "var"),
        "STEUNWIJZER_MODELS_DIR": str(PROJECT_ROOT / "models"),
        "STEUNWIJZER_RASA_PORT": str(free_port()),
        "STEUNWIJZER_ACTION_SERVER_PORT": str(free_port()),
        "STEUNWIJZER_WEB_PORT": str(free_port()),
    }


@pytest.fixture
def isolated_settings(isolated_environ: dict[str, str]) -> Settings:
    return development_settings(isolated_environ)


@pytest.fixture(scope="session")
def product(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The whole product (Rasa, actions, web app) on free ports, shared by integration and browser tests.

    Scripted caregivers answer in milliseconds, so a whole intake (about 25 turns) would trip the
    default flood limit meant for scripts; here it sits just above the longest scripted conversation.
    The flood tests read the limit from the settings.
    """
    running = start_product(tmp_path_factory.mktemp("var"), TEST_ENVIRON)
    try:
        wait_until_ready(running)
        yield running.settings
    finally:
        kill(running)
