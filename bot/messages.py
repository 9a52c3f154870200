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


# What the action sends when a consultant answers the message (bot.live): no words of the
# assistant. The channels count it as the turn's answer (so no "that did not work" follows) and
# show the caregiver nothing.
SILENT = {"steunwijzer": "silent"}


def is_silent(custom: object) -> bool:
    return custom == SILENT
