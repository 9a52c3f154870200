"""Helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from bot.evaluation.product import free_port

__all__ = ["free_port"]
