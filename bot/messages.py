"""What the assistant says: a text and, optionally, buttons (title shown, payload sent)."""

from __future__ import annotations

from dataclasses import dataclass


# Alike in shape only: small frozen records, like those elsewhere in bot/; each holds different
# things.
@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class BotMessage:
    text: str
    buttons: tuple[Button, ...] = ()
