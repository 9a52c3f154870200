"""`make run`: prepare the databases, train if needed, start every process, stop them together.

Processes: the Rasa server, the action server, the web app, and the worker that delivers the
handoff outbox.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import signal
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.prepare import prepare_databases, seed_demo_insights
from bot.settings import DEVELOPMENT, PROJECT_ROOT, Settings, load_settings, rasa_environment
from bot.training import ensure_model

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProcessSpec:
    name: str
    argv: tuple[str, ...]
    health_url: str | None  # None: a process without HTTP (the worker)


def process_specs(settings: Settings, model: Path) -> list[ProcessSpec]:
    python = sys.executable
    return [
        ProcessSpec(
            name="rasa",
            argv=(
                python, "-m", "bot.rasa_server", "run",
                "--model", str(model),
                "--endpoints", "endpoints.yml",
                "--credentials", "credentials.yml",
                "--interface", settings.rasa_host,
                "--port", str(settings.rasa_port),
            ),
            health_url=f"http://{settings.rasa_host}:{settings.rasa_port}/",
        ),
        ProcessSpec(
            name="actions",
            argv=(
                python, "-m", "bot.action_server",
                "--actions", "actions",
                "--port", str(settings.action_server_port),
            ),
            health_url=f"http://{settings.action_server_host}:{settings.action_server_port}/health",
        ),
        ProcessSpec(
            name="web",
            argv=(
                python, "-m", "uvicorn", "bot.web.app:create_app", "--factory",
                "--host", settings.web_host,
                "--port", str(settings.web_port),
            ),
            health_url=f"http://{settings.web_host}:{settings.web_port}/health",
        ),
        ProcessSpec(
            name="worker",
            argv=(python, "-m", "bot.worker"),
            health_url=None,
        ),
    ]  # fmt: skip


def development_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """`environ` (the process's own by default) with this launcher's defaults where it has no
    value: development mode (generated secrets, demo data) and the REST channel."""
    environ = os.environ if environ is None else environ
    defaults = {"STEUNWIJZER_MODE": DEVELOPMENT, "STEUNWIJZER_REST_CHANNEL": "on"}
    return {**environ, **{name: value for name, value in defaults.items() if not environ.get(name)}}


def process_environment(
    settings: Settings, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The servers' environment: the development environment plus what Rasa needs."""
    return {
        **development_environment(environ),
        **rasa_environment(settings),
        # rasa-sdk has no --interface flag; Sanic reads the bind address from here.
        "SANIC_HOST": settings.action_server_host,
        "PYTHONUNBUFFERED": "1",
    }


def is_up(url: str) -> bool:
    """The health URL answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            status: int = response.status
            return status == 200
    except (urllib.error.URLError, OSError):
        return False


def announce_when_ready(settings: Settings, timeout_s: float = 300.0) -> None:
    """Runs as its own process next to the servers: tells the person where to go, then waits."""
    specs = process_specs(settings, Path("-"))
    deadline = time.monotonic() + timeout_s
    while not all(is_up(spec.health_url) for spec in specs if spec.health_url):
        if time.monotonic() > deadline:
            print("Steunwijzer did not start in time; see the messages above.", flush=True)
            sys.exit(1)
        time.sleep(1)
    print(
        "\n"
        f"  Steunwijzer is ready.\n"
        f"  Demo page:      http://localhost:{settings.web_port}/\n"
        f"  Chat (REST):    {settings.public_rasa_url}/webhooks/rest/webhook\n"
        f"  Action server:  http://{settings.action_server_host}:{settings.action_server_port}"
        " (private)\n"
        f"  E-mail notices: {settings.smtp_host or settings.outbox_dir} (worker)\n"
        "  Stop with Ctrl-C.\n",
        flush=True,
    )
    signal.pause()


def run(settings: Settings) -> int:
    from honcho.manager import Manager

    prepare_databases(settings)
    if settings.is_development and settings.insights:
        seed_demo_insights(settings)
    model = ensure_model(settings.models_dir)
    env = process_environment(settings)
    manager = Manager()
    for spec in process_specs(settings, model):
        manager.add_process(spec.name, shlex.join(spec.argv), env=env, cwd=str(PROJECT_ROOT))
    manager.add_process(
        "ready", shlex.join((sys.executable, "-m", "bot.run", "--announce")), env=env
    )
    manager.loop()
    stopped_on_request = manager.returncode in (130, 143)  # SIGINT (Ctrl-C) or SIGTERM
    return 0 if stopped_on_request else (manager.returncode or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--announce", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    settings = load_settings(development_environment())
    try:
        if args.announce:
            announce_when_ready(settings)
            return
        sys.exit(run(settings))
    except KeyboardInterrupt:
        # Ctrl-C while preparing or training: the servers were not started yet.
        print("Stopped.", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
