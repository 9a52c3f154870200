"""Dates in the reviewed data files: YAML gives a date for 2026-11-24, a string when quoted."""

from __future__ import annotations

import datetime as dt
from typing import Any


def parse_date(value: Any) -> dt.date | None:
    """A plain date (YYYY-MM-DD) or None; a date-time is not a date here."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
