"""Rasa replies as WhatsApp messages, and WhatsApp answers back as Rasa input. No Rasa, no I/O.

Sending: long text is split under the provider's limit; up to 3 buttons become reply buttons (titles
at most 20 characters), 4-10 a list message (row titles at most 24, the full title as the row's
description when it had to be shortened), more a numbered text. Twilio sends every choice as a
numbered text: its interactive messages need pre-registered content templates.

Receiving: a tapped button or list row carries its payload as id (or `choice:<n>` when the payload is
too long for an id); a typed number ("2") picks from the last numbered choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

# Limits of the WhatsApp Cloud API (developers.facebook.com, messages: text, interactive).
WHATSAPP_TEXT_LIMIT = 4096
BUTTON_BODY_LIMIT = 1024
LIST_BODY_LIMIT = 4096
MAX_REPLY_BUTTONS = 3
BUTTON_TITLE_LIMIT = 20
BUTTON_ID_LIMIT = 256
MAX_LIST_ROWS = 10
ROW_TITLE_LIMIT = 24
ROW_DESCRIPTION_LIMIT = 72
ROW_ID_LIMIT = 200
LIST_BUTTON_LABEL = "Kies een antwoord"  # the list's open button, at most 20 characters
# Twilio refuses a Body over 1600 characters (error 21617).
TWILIO_TEXT_LIMIT = 1600

# WhatsApp lets a business send free-form messages only within 24 hours of the user's last message.
REPLY_WINDOW = timedelta(hours=24)

CHOICE_ID_PREFIX = "choice:"
ELLIPSIS = "…"
NUMBERED_HINT = "Typ het nummer of het antwoord."
DEFAULT_CHOICE_TEXT = "Kies een antwoord."

MEDIA_REPLY = {
    "u": (
        "Sorry, ik kan alleen tekst lezen. Een foto, spraakbericht, video, locatie of bestand "
        "kan ik niet openen. Wilt u uw bericht typen?"
    ),
    "je": (
        "Sorry, ik kan alleen tekst lezen. Een foto, spraakbericht, video, locatie of bestand "
        "kan ik niet openen. Wil je je bericht typen?"
    ),
}
MEDIA_WITH_TEXT_REPLY = {
    "u": "Ik kan alleen tekst lezen. Ik lees dus alleen wat u erbij typte.",
    "je": "Ik kan alleen tekst lezen. Ik lees dus alleen wat je erbij typte.",
}

# Where a long text may be cut, best first: between paragraphs, lines, sentences, words.
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", " ")
_TYPED_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)]?\s*")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Choice:
    title: str
    payload: str


def media_reply(*, informal: bool = False, with_text: bool = False) -> str:
    """The friendly "I only read text" reply; `with_text` when the user also typed a caption."""
    replies = MEDIA_WITH_TEXT_REPLY if with_text else MEDIA_REPLY
    return replies["je" if informal else "u"]


def window_open(last_user_message: datetime | None, now: datetime) -> bool:
    """May a free-form message be sent now? Only within 24 hours of the user's last message."""
    return last_user_message is not None and now - last_user_message < REPLY_WINDOW


# --- text ---------------------------------------------------------------------------------------


def _cut_at(text: str, limit: int) -> int:
    """Where to end the first piece of `text` so it is at most `limit` long: at the best break."""
    for mark in _BREAKS:
        position = text.rfind(mark, 0, limit + 1 - len(mark.rstrip()))
        if position > 0:
            return position + len(mark.rstrip())
    return limit


def split_text(text: str, limit: int = WHATSAPP_TEXT_LIMIT) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut between paragraphs where possible."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_at(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def split_tail(text: str, limit: int) -> tuple[str, str]:
    """(head, tail): the tail at most `limit` long and starting at a break, for a message body
    that must hold the end of the text (the question) while the head goes first as plain text."""
    text = text.strip()
    if len(text) <= limit:
        return "", text
    start = len(text) - limit
    for mark in _BREAKS:
        position = text.find(mark, start)
        if position >= 0:
            return text[:position].rstrip(), text[position + len(mark) :].strip()
    return text[:start].rstrip(), text[start:]


def shorten(title: str, limit: int) -> str:
    """`title` in at most `limit` characters: without a part in parentheses if that suffices,
    otherwise cut after a whole word, with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    bare = _PARENTHESES.sub("", title).strip()
    if bare and len(bare) <= limit:
        return bare
    room = limit - len(ELLIPSIS)
    cut = bare.rfind(" ", 0, room + 1)
    head = bare[:cut] if cut > 0 else bare[:room]
    return head.rstrip(" ,;:-") + ELLIPSIS


def unique_titles(titles: Sequence[str], limit: int) -> list[str]:
    """Each title shortened to `limit`; titles that end up equal get a number (WhatsApp refuses
    two buttons with the same title)."""
    short = [shorten(title, limit) for title in titles]
    result: list[str] = []
    for index, title in enumerate(short):
        if short.count(title) > 1:
            suffix = f" {short[: index + 1].count(title)}"
            title = shorten(title, limit - len(suffix)) + suffix
        result.append(title)
    return result


# --- choices out --------------------------------------------------------------------------------


def choices_from_buttons(buttons: Iterable[Mapping[str, Any]]) -> list[Choice]:
    """Rasa buttons ({"title", "payload"}) as choices; a button without payload sends its title."""
    choices = []
    for button in buttons:
        title = str(button.get("title") or "").strip()
        payload = str(button.get("payload") or title).strip()
        if title or payload:
            choices.append(Choice(title or payload, payload))
    return choices


def choice_id(choice: Choice, index: int, limit: int) -> str:
    """The reply id: the payload itself, or `choice:<n>` when the payload is too long for an id."""
    return choice.payload if len(choice.payload) <= limit else f"{CHOICE_ID_PREFIX}{index + 1}"


# Choices that only let the caregiver skip an open question ("Hoeveel uur per week?"). They are
# not numbered, so a typed "2" stays an answer to the question and not "Zeg ik liever niet".
SKIP_PAYLOADS = frozenset({"/dont_know", "/decline"})


def only_skips(payloads: Iterable[str]) -> bool:
    payloads = list(payloads)
    return bool(payloads) and all(payload in SKIP_PAYLOADS for payload in payloads)


def numbered(choices: Sequence[Choice]) -> str:
    lines = [f"{number}. {choice.title}" for number, choice in enumerate(choices, start=1)]
    return "\n".join([*lines, "", NUMBERED_HINT])


def uses_numbered_text(count: int) -> bool:
    """On WhatsApp a list holds at most 10 rows; more choices are sent as a numbered text."""
    return count > MAX_LIST_ROWS


def _text_message(body: str) -> dict[str, Any]:
    return {"type": "text", "text": {"body": body}}


def _reply_buttons(body: str, choices: Sequence[Choice]) -> dict[str, Any]:
    titles = unique_titles([choice.title for choice in choices], BUTTON_TITLE_LIMIT)
    buttons = [
        {
            "type": "reply",
            "reply": {"id": choice_id(choice, index, BUTTON_ID_LIMIT), "title": title},
        }
        for index, (choice, title) in enumerate(zip(choices, titles, strict=True))
    ]
    return {
        "type": "interactive",
        "interactive": {"type": "button", "body": {"text": body}, "action": {"buttons": buttons}},
    }


def _list(body: str, choices: Sequence[Choice]) -> dict[str, Any]:
    titles = unique_titles([choice.title for choice in choices], ROW_TITLE_LIMIT)
    rows = []
    for index, (choice, title) in enumerate(zip(choices, titles, strict=True)):
        row = {"id": choice_id(choice, index, ROW_ID_LIMIT), "title": title}
        if title != choice.title:
            row["description"] = shorten(choice.title, ROW_DESCRIPTION_LIMIT)
        rows.append(row)
    return {
        "type": "interactive",
        "interactive": {
            "type": "list",
            "body": {"text": body},
            "action": {"button": LIST_BUTTON_LABEL, "sections": [{"rows": rows}]},
        },
    }


def whatsapp_messages(
    text: str | None, buttons: Iterable[Mapping[str, Any]] = ()
) -> list[dict[str, Any]]:
    """One Rasa reply as Cloud API message bodies (without `to`), in the order to send them."""
    choices = choices_from_buttons(buttons)
    text = (text or "").strip()
    if not choices:
        return [_text_message(piece) for piece in split_text(text)]
    if uses_numbered_text(len(choices)):
        return [_text_message(piece) for piece in split_text(f"{text}\n\n{numbered(choices)}")]
    few = len(choices) <= MAX_REPLY_BUTTONS
    head, body = split_tail(text, BUTTON_BODY_LIMIT if few else LIST_BODY_LIMIT)
    messages = [_text_message(piece) for piece in split_text(head)]
    body = body or DEFAULT_CHOICE_TEXT
    messages.append(_reply_buttons(body, choices) if few else _list(body, choices))
    return messages


def numbered_messages(
    text: str | None, buttons: Iterable[Mapping[str, Any]] = (), limit: int = TWILIO_TEXT_LIMIT
) -> list[str]:
    """One Rasa reply as plain texts with numbered choices (Twilio), each at most `limit` long;
    the choices stay together in the last text."""
    choices = choices_from_buttons(buttons)
    text = (text or "").strip()
    if not choices:
        return split_text(text, limit)
    if only_skips(choice.payload for choice in choices):
        options = "U kunt ook antwoorden: " + " of ".join(f"'{c.title}'" for c in choices) + "."
    else:
        options = numbered(choices)
    if len(options) + 2 > limit:
        return split_text(f"{text}\n\n{options}", limit)
    head, tail = split_tail(text, limit - len(options) - 2)
    return [*split_text(head, limit), f"{tail}\n\n{options}".strip()]


# --- answers in ---------------------------------------------------------------------------------


def number_typed(text: str) -> int | None:
    """The number when a message is just a number ("2", "2.", " 2) "), else None."""
    match = _TYPED_NUMBER.fullmatch(text)
    return int(match.group(1)) if match else None


def typed_number(text: str, choices: Sequence[str]) -> str | None:
    """The payload the user picked by typing its number, else None."""
    number = number_typed(text)
    if number is None or not 1 <= number <= len(choices) or only_skips(choices):
        return None
    return choices[number - 1]


def reply_payload(reply_id: str, choices: Sequence[str]) -> str | None:
    """The payload for a tapped button or list row; None for a `choice:<n>` no longer on offer."""
    if not reply_id.startswith(CHOICE_ID_PREFIX):
        return reply_id
    number = reply_id.removeprefix(CHOICE_ID_PREFIX)
    if number.isdigit() and 1 <= int(number) <= len(choices):
        return choices[int(number) - 1]
    return None


def last_offered_payloads(events: Sequence[Mapping[str, Any]]) -> list[str]:
    """Payloads of the buttons in the bot's last turn (tracker events as dicts), newest message
    with buttons first; [] when that turn offered none."""
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            return []
        if kind == "bot":
            buttons = (event.get("data") or {}).get("buttons") or []
            if buttons:
                return [choice.payload for choice in choices_from_buttons(buttons)]
    return []
