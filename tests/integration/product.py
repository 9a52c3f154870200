"""Runs the product the way `make run` does (python -m bot.run), on free ports, and talks to it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bot.settings import PROJECT_ROOT, Settings, load_settings
from tests.support import free_port

# Generous: on a loaded 2-core machine Rasa alone can take minutes to load the model.
STARTUP_TIMEOUT_S = 480


@dataclass
class RunningProduct:
    settings: Settings
    process: subprocess.Popen
    log: Path


def start_product(var_dir: Path, extra_environ: Mapping[str, str] | None = None) -> RunningProduct:
    environ = {
        **os.environ,
        **(extra_environ or {}),
        "STEUNWIJZER_VAR_DIR": str(var_dir),
        "STEUNWIJZER_RASA_PORT": str(free_port()),
        "STEUNWIJZER_ACTION_SERVER_PORT": str(free_port()),
        "STEUNWIJZER_WEB_PORT": str(free_port()),
    }
    log = var_dir / "run.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.run"],
            cwd=PROJECT_ROOT,
            env=environ,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal would give it
        )
    return RunningProduct(load_settings(environ), process, log)


def wait_until_ready(product: RunningProduct) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if product.process.poll() is not None:
            pytest.fail(f"bot.run stopped early:\n{product.log.read_text()[-4000:]}")
        if "Steunwijzer is ready." in product.log.read_text():
            return
        time.sleep(1)
    pytest.fail(f"not ready after {STARTUP_TIMEOUT_S} s:\n{product.log.read_text()[-4000:]}")


def stop_process_group(process: subprocess.Popen, sig: signal.Signals) -> None:
    """Sends `sig` to the process's group, and SIGKILL when it has not stopped after 30 s."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, sig)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def kill(product: RunningProduct) -> None:
    """Stops bot.run like Ctrl-C, so honcho stops the servers it started in their own groups."""
    stop_process_group(product.process, signal.SIGINT)


def say(settings: Settings, sender: str, message: str) -> list[dict]:
    response = httpx.post(
        f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
        json={"sender": sender, "message": message},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)
