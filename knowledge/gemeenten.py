"""The 342 gemeenten: knowledge/data/gemeenten.csv (CBS code, name, provincie, bestuurscentrum),
and where the other names of places are kept (knowledge/data/woonplaatsen.yml).

The intake finds a gemeente in a caregiver's words (`bot.intake.gemeente`); the knowledge base,
the search and the handoff name gemeenten by their CBS code and read their names here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
GEMEENTEN_CSV = DATA_DIR / "gemeenten.csv"
WOONPLAATSEN_YML = DATA_DIR / "woonplaatsen.yml"


@dataclass(frozen=True)
class Gemeente:
    """One of the 342 gemeenten, with its CBS code (e.g. GM0344)."""

    code: str
    name: str
    provincie: str


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_gemeenten(path: Path = GEMEENTEN_CSV) -> tuple[Gemeente, ...]:
    """All gemeenten from the csv (code, naam, provincie, bestuurscentrum, inwoners)."""
    return tuple(Gemeente(row["code"], row["naam"], row["provincie"]) for row in read_csv(path))


@lru_cache(maxsize=1)
def gemeenten_by_code() -> dict[str, Gemeente]:
    """CBS code -> gemeente, read from the csv once."""
    return {gemeente.code: gemeente for gemeente in load_gemeenten()}


@lru_cache(maxsize=1)
def gemeente_names() -> dict[str, str]:
    """CBS code -> official name, for every gemeente."""
    return {code: gemeente.name for code, gemeente in gemeenten_by_code().items()}
