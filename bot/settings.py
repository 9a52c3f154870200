"""Runtime configuration, read from the environment once, in one place.

Every variable is listed with its meaning in `.env.example`. The defaults are the embedded set-up:
SQLite files under `var/`, everything on loopback, nothing leaves the machine.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    models_dir: Path
    database_url: str
    tracker_store_url: str
    rasa_host: str
    rasa_port: int
    action_server_host: str
    action_server_port: int
    web_host: str
    web_port: int
    public_rasa_url: str
    # Which burden instrument (knowledge/instruments/<id>.yml) the burden check uses.
    assessment_instrument: str

    @property
    def action_endpoint_url(self) -> str:
        return f"http://{self.action_server_host}:{self.action_server_port}/webhook"


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    var_dir = Path(env.get("STEUNWIJZER_VAR_DIR", PROJECT_ROOT / "var")).resolve()
    rasa_port = int(env.get("STEUNWIJZER_RASA_PORT", "5005"))
    return Settings(
        var_dir=var_dir,
        models_dir=Path(env.get("STEUNWIJZER_MODELS_DIR", PROJECT_ROOT / "models")).resolve(),
        database_url=env.get("STEUNWIJZER_DATABASE_URL") or _sqlite_url(var_dir / "app.db"),
        tracker_store_url=(
            env.get("STEUNWIJZER_TRACKER_STORE_URL") or _sqlite_url(var_dir / "tracker.db")
        ),
        rasa_host=env.get("STEUNWIJZER_RASA_HOST", "127.0.0.1"),
        rasa_port=rasa_port,
        action_server_host=env.get("STEUNWIJZER_ACTION_SERVER_HOST", "127.0.0.1"),
        action_server_port=int(env.get("STEUNWIJZER_ACTION_SERVER_PORT", "5055")),
        web_host=env.get("STEUNWIJZER_WEB_HOST", "127.0.0.1"),
        web_port=int(env.get("STEUNWIJZER_WEB_PORT", "8000")),
        public_rasa_url=env.get("STEUNWIJZER_PUBLIC_RASA_URL", f"http://localhost:{rasa_port}"),
        assessment_instrument=env.get("STEUNWIJZER_ASSESSMENT_INSTRUMENT", "csi"),
    )


def rasa_environment(settings: Settings) -> dict[str, str]:
    """Variables that `endpoints.yml` interpolates; Rasa has no defaults for `${VAR}`."""
    return {
        "STEUNWIJZER_TRACKER_STORE_URL": settings.tracker_store_url,
        "STEUNWIJZER_ACTION_ENDPOINT_URL": settings.action_endpoint_url,
        "RASA_TELEMETRY_ENABLED": "false",
    }
