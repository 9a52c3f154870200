"""Helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from bot.evaluation.product import free_port
from bot.settings import DEVELOPMENT, Settings, load_settings

__all__ = ["development_settings", "free_port"]


def development_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings as `make run` has them: development mode (generated secrets, demo data) unless
    `environ` (the process's own by default) says otherwise. Tests of production mode use
    load_settings themselves."""
    environ = os.environ if environ is None else environ
    return load_settings({"STEUNWIJZER_MODE": DEVELOPMENT, **environ})
