"""Ordinary caregiver messages for the crisis model's negatives, from the development personas.

The crisis model learned "not a crisis" mostly from the intent model's examples: short, and
rarely emotional. Long, heavy but ordinary messages ("dat iemand mijn vrouw en mij eens serieus
neemt", "ik ben bang dat ik straks ziek thuis kom te zitten") then looked like a crisis to it, and
the caregiver was asked whether they think of suicide. The development personas hold such messages
in the writers' own words: every opening, answer, question and detail of a persona, but not a crisis
message, nor the opening of a persona who has one. A message that a held-out persona says as well
("yo is dit ook voor jongeren") is left out, so that no held-out words are trained on.

    python -m bot.evaluation.ordinary_messages      # rewrites data/safety/ordinary.yml
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.evaluation.personas import PERSONA_SETS
from bot.safety.model import ORDINARY_FILE

# Shorter answers ("ja", "nee hoor", "Zwolle") are what the intent examples already hold.
MIN_WORDS = 4


def _texts(persona: dict[str, Any]) -> Iterator[str]:
    behaviour = persona.get("behaviour") or {}
    if not behaviour.get("crisis_message"):
        # A crisis persona's opening may already tell the crisis ("ze slaat naar me").
        yield persona.get("opening") or ""
    for key, value in (persona.get("facts") or {}).items():
        if key.endswith("_words"):
            yield from [value] if isinstance(value, str) else [str(v) for v in value or []]
    yield from (question["ask"] for question in behaviour.get("questions") or [])
    yield behaviour.get("detail_after_offers") or ""


def ordinary_messages() -> list[str]:
    """Every message of a development persona, once, in file order; a persona's crisis message
    (`behaviour.crisis_message`) is not among them."""
    found: dict[str, None] = {}
    for text in _all_texts("dev"):
        if len(text.split()) >= MIN_WORDS:
            found.setdefault(text)
    held_out = set(_all_texts("heldout"))
    return [text for text in found if text not in held_out]


def _all_texts(kind: str) -> Iterator[str]:
    for name, path in PERSONA_SETS.items():
        if name.startswith(kind):
            for persona in yaml.safe_load(path.read_text(encoding="utf-8"))["personas"]:
                yield from (" ".join(text.split()) for text in _texts(persona))


def write(path: Path = ORDINARY_FILE) -> int:
    messages = ordinary_messages()
    header = (
        "# Ordinary caregiver messages: negatives for the crisis model (bot/safety/model.py).\n"
        "# Generated from the development personas by `python -m bot.evaluation.ordinary_messages`;\n"
        "# edit the personas, not this file. No held-out message is among them.\n"
    )
    body = yaml.safe_dump({"version": 1, "messages": messages}, allow_unicode=True, width=100)
    path.write_text(header + body, encoding="utf-8")
    return len(messages)


if __name__ == "__main__":
    print(f"{write()} messages written to {ORDINARY_FILE}")
