"""Production fails closed: no server starts without its secrets; development generates them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.run import development_environment
from bot.server_secrets import (
    CONVERSATION_KEY,
    PORTAL,
    MissingSecretError,
    require_server_secrets,
    server_secret,
)
from bot.settings import PROJECT_ROOT, load_settings
from tests.support import development_settings, free_port

LONG_ENOUGH = "a" * 32
PRODUCTION_ASKED = {"STEUNWIJZER_MODE": "production"}


def production_environ(tmp_path: Path, **secrets: str) -> dict[str, str]:
    kept = {k: v for k, v in os.environ.items() if not k.startswith("STEUNWIJZER_")}
    return {
        **kept,
        "STEUNWIJZER_MODE": "production",
        "STEUNWIJZER_VAR_DIR": str(tmp_path),
        **secrets,
    }


def start(argv: list[str], environ: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Starts a server as a deployment does; a refused start ends within the timeout."""
    return subprocess.run(
        [sys.executable, "-m", *argv],
        env=environ,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("argv", "variable"),
    [
        (["bot.action_server", "--actions", "actions"], "STEUNWIJZER_CONVERSATION_KEY_SECRET"),
        pytest.param(
            ["bot.rasa_server", "run", "--model", "models"],
            "STEUNWIJZER_CONVERSATION_KEY_SECRET",
            marks=pytest.mark.rasa,  # loads Rasa in a new process: 15 s
        ),
        (["uvicorn", "bot.web.app:create_app", "--factory"], "STEUNWIJZER_PORTAL_SECRET"),
    ],
    ids=["actions", "rasa", "web"],
)
def test_a_production_server_without_its_secret_does_not_start(
    tmp_path: Path, argv: list[str], variable: str
) -> None:
    ports = ["--port", str(free_port())]

    result = start([*argv, *ports], production_environ(tmp_path))

    assert result.returncode != 0
    assert f"{variable} is not set" in result.stderr
    assert not list(tmp_path.glob("*.secret"))


def test_a_short_secret_is_refused_like_a_missing_one(tmp_path: Path) -> None:
    settings = load_settings(
        production_environ(tmp_path, STEUNWIJZER_CONVERSATION_KEY_SECRET="kort")
    )

    with pytest.raises(MissingSecretError, match="shorter than 32 characters"):
        require_server_secrets(settings, (CONVERSATION_KEY,))
    with pytest.raises(MissingSecretError):
        server_secret(settings, CONVERSATION_KEY)


def test_production_uses_the_configured_secrets(tmp_path: Path) -> None:
    settings = load_settings(
        production_environ(
            tmp_path,
            STEUNWIJZER_CONVERSATION_KEY_SECRET=LONG_ENOUGH,
            STEUNWIJZER_PORTAL_SECRET="b" * 40,
        )
    )

    require_server_secrets(settings, (CONVERSATION_KEY, PORTAL))

    assert server_secret(settings, CONVERSATION_KEY) == LONG_ENOUGH
    assert server_secret(settings, PORTAL) == "b" * 40
    assert not list(tmp_path.glob("*.secret"))


def test_development_generates_each_secret_once_and_keeps_it(tmp_path: Path) -> None:
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})

    first = server_secret(settings, PORTAL)

    assert len(first) >= 32
    assert server_secret(settings, PORTAL) == first
    assert (tmp_path / "portal.secret").read_text().strip() == first
    assert (tmp_path / "portal.secret").stat().st_mode & 0o077 == 0
    assert server_secret(settings, CONVERSATION_KEY) != first


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="STEUNWIJZER_MODE"):
        load_settings({"STEUNWIJZER_MODE": "test"})


@pytest.mark.parametrize(
    ("environ", "mode"),
    [
        ({}, "development"),
        ({"STEUNWIJZER_MODE": ""}, "development"),
        (PRODUCTION_ASKED, "production"),
    ],
)
def test_make_run_is_development_unless_production_is_asked_for(
    environ: dict[str, str], mode: str
) -> None:
    assert load_settings(development_environment(environ)).mode == mode
