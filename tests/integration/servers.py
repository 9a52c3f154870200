"""The product's servers started one at a time, not through `bot.run`: a test can then stop and
start one of them (the action server) or run several Rasa replicas side by side."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.run import ProcessSpec, is_up
from bot.settings import PROJECT_ROOT
from tests.integration.product import STARTUP_TIMEOUT_S, stop_process_group


@dataclass
class Server:
    spec: ProcessSpec
    process: subprocess.Popen
    log: Path

    def log_tail(self, characters: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-characters:]


def start_server(spec: ProcessSpec, environ: Mapping[str, str], log_dir: Path) -> Server:
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{spec.name}.log"
    with log.open("a") as output:
        process = subprocess.Popen(
            spec.argv,
            cwd=PROJECT_ROOT,
            env=dict(environ),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(spec, process, log)


def wait_healthy(server: Server, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    assert server.spec.health_url, f"{server.spec.name} has no health URL"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"{server.spec.name} stopped early:\n{server.log_tail()}")
        if is_up(server.spec.health_url):
            return
        time.sleep(0.5)
    pytest.fail(f"{server.spec.name} not healthy after {timeout_s} s:\n{server.log_tail()}")


def stop_server(server: Server) -> None:
    stop_process_group(server.process, signal.SIGTERM)
