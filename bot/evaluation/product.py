"""Runs the whole product the way `make run` does (python -m bot.run), on free ports, and talks to it.

Used by the evaluations (`make eval`) and, through tests/integration/product.py, by the tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_ROOT, Settings, load_settings

# Generous: on a loaded 2-core machine Rasa alone can take minutes to load the model.
STARTUP_TIMEOUT_S = 480
READY_LINE = "Steunwijzer is ready."

# Simulated caregivers answer in milliseconds; the product's flood limit is for people.
# Every simulated caregiver talks from 127.0.0.1 and gives the same phone number, so the
# per-address limits and the daily caps on aanmeldingen per number and per address are off.
EVALUATION_ENVIRON = {
    "STEUNWIJZER_FLOOD_MAX_MESSAGES": "1000",
    "STEUNWIJZER_IP_MAX_MESSAGES": "0",
    "STEUNWIJZER_IP_MAX_NEW_CONVERSATIONS": "0",
    "STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY": "0",
    "STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0",
}


class ProductError(RuntimeError):
    """The product stopped early or did not become ready; the message holds the log's tail."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningProduct:
    settings: Settings
    process: subprocess.Popen[bytes]
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
    var_dir.mkdir(parents=True, exist_ok=True)
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


def wait_until_ready(product: RunningProduct, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if product.process.poll() is not None:
            raise ProductError(f"bot.run stopped early:\n{product.log.read_text()[-4000:]}")
        if READY_LINE in product.log.read_text():
            return
        time.sleep(1)
    raise ProductError(f"not ready after {timeout_s:.0f} s:\n{product.log.read_text()[-4000:]}")


def stop_process_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    """Sends `sig` to the process's group, and SIGKILL when it has not stopped after 30 s."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, sig)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def stop_product(product: RunningProduct) -> None:
    """Stops bot.run like Ctrl-C, so honcho stops the servers it started in their own groups."""
    stop_process_group(product.process, signal.SIGINT)


@contextmanager
def evaluated_product(url: str | None, prefix: str) -> Iterator[str]:
    """The Rasa URL to evaluate: `url` when given, else that of the product started here (with
    EVALUATION_ENVIRON, in a fresh folder named after `prefix`) and stopped on leaving."""
    if url is not None:
        yield url
        return
    product = start_product(Path(tempfile.mkdtemp(prefix=prefix)), EVALUATION_ENVIRON)
    wait_until_ready(product)
    try:
        yield f"http://127.0.0.1:{product.settings.rasa_port}"
    finally:
        stop_product(product)


def rest_client_code(label: str) -> str:
    """The REST channel's random-looking client code (bot.channels.rest) for a readable label, so
    that tests and evaluations can name their conversations; one label, one conversation."""
    return hashlib.sha256(label.encode()).hexdigest()[:32]


def rest_say(
    rasa_url: str, sender: str, message: str, timeout_s: float = 60
) -> list[Mapping[str, Any]]:
    """One message over the REST channel, in the conversation labelled `sender`; the replies."""
    request = urllib.request.Request(
        f"{rasa_url}/webhooks/rest/webhook",
        data=json.dumps({"sender": rest_client_code(sender), "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout_s) as response:
        replies: list[Mapping[str, Any]] = json.loads(response.read())
    return replies
