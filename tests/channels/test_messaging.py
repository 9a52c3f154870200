"""Rasa replies as WhatsApp messages and answers back: splitting, buttons, lists, numbers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from bot.channels.messaging import (
    LIST_BUTTON_LABEL,
    NUMBERED_HINT,
    TWILIO_TEXT_LIMIT,
    WHATSAPP_TEXT_LIMIT,
    last_offered_payloads,
    media_reply,
    numbered_messages,
    reply_payload,
    shorten,
    split_text,
    typed_number,
    unique_titles,
    whatsapp_messages,
    window_open,
)
from tests.channels.fakes import graph_problems

NOW = datetime(2026, 11, 24, 13, 0, tzinfo=timezone.utc)
YES_NO = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]
AGE_BUTTONS = [
    {"title": "Jonger dan 18", "payload": '/tell_situation{"answer": "<18"}'},
    {"title": "18 tot 25", "payload": '/tell_situation{"answer": "18-24"}'},
    {"title": "25 tot 65", "payload": '/tell_situation{"answer": "25-64"}'},
    {"title": "65 tot 75", "payload": '/tell_situation{"answer": "65-74"}'},
    {"title": "75 of ouder", "payload": '/tell_situation{"answer": "75+"}'},
    {"title": "Zeg ik liever niet", "payload": "/decline"},
]
PARAGRAPH = "Mantelzorg is zorg voor iemand uit uw omgeving. " * 20  # ~1000 characters


def _buttons(count: int, title: str = "Keuze") -> list[dict[str, str]]:
    return [{"title": f"{title} {n}", "payload": f'/choose{{"n": {n}}}'} for n in range(count)]


def _words(text: str) -> list[str]:
    return text.split()


# --- splitting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Kort bericht.", WHATSAPP_TEXT_LIMIT),
        ("\n\n".join([PARAGRAPH] * 6), WHATSAPP_TEXT_LIMIT),
        ("\n".join([PARAGRAPH] * 9), WHATSAPP_TEXT_LIMIT),
        (PARAGRAPH * 7, WHATSAPP_TEXT_LIMIT),
        ("x" * 10_000, WHATSAPP_TEXT_LIMIT),
        ("Hoe gaat het? " * 300, TWILIO_TEXT_LIMIT),
        ("é" * 5000 + " ✓", WHATSAPP_TEXT_LIMIT),
    ],
)
def test_split_pieces_fit_and_lose_no_word(text: str, limit: int) -> None:
    pieces = split_text(text, limit)

    assert all(0 < len(piece) <= limit for piece in pieces)
    assert "".join(_words(" ".join(pieces))) == "".join(_words(text))
    # Cutting at breaks wastes little room: never twice the pieces a hard cut would need.
    assert len(pieces) <= 2 * -(-len(text.strip()) // limit)


def test_text_of_exactly_the_limit_is_one_message() -> None:
    assert split_text("a" * WHATSAPP_TEXT_LIMIT) == ["a" * WHATSAPP_TEXT_LIMIT]
    assert len(split_text("a" * (WHATSAPP_TEXT_LIMIT + 1))) == 2


def test_long_text_is_cut_between_paragraphs() -> None:
    paragraphs = [PARAGRAPH.strip()] * 6

    pieces = split_text("\n\n".join(paragraphs))

    assert len(pieces) == 2
    assert all(piece.endswith("omgeving.") for piece in pieces)
    assert pieces[0].count("\n\n") == 3  # four paragraphs of ~1000 characters fit in 4096


def test_without_paragraphs_a_cut_falls_after_a_sentence() -> None:
    pieces = split_text(PARAGRAPH * 5)

    assert pieces[0].endswith(".")


def test_empty_text_is_no_message() -> None:
    assert split_text("   ") == []
    assert whatsapp_messages("") == []


# --- titles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "limit", "expected"),
    [
        ("Ja, doe maar", 20, "Ja, doe maar"),
        ("Nee, iets klopt niet", 20, "Nee, iets klopt niet"),  # exactly 20
        ("Ik wil iemand spreken", 20, "Ik wil iemand…"),
        ("Overzicht om te bewaren", 20, "Overzicht om te…"),
        ("Beroerte of hersenletsel", 20, "Beroerte of…"),
        ("Beroerte of hersenletsel", 24, "Beroerte of hersenletsel"),
        ("Dagbesteding (voorbeeld)", 20, "Dagbesteding"),
        ("Meer over Respijtzorg Zwolle (voorbeeld)", 24, "Meer over Respijtzorg…"),
        ("Mantelzorgwaardering,   gemeente", 20, "Mantelzorgwaarderin…"),
        ("Ontspanningsmogelijkheden", 20, "Ontspanningsmogelij…"),
    ],
)
def test_titles_are_shortened_after_a_whole_word(title: str, limit: int, expected: str) -> None:
    assert shorten(title, limit) == expected
    assert len(shorten(title, limit)) <= limit


def test_titles_that_become_equal_stay_apart() -> None:
    titles = unique_titles(["Meer over dagbesteding A", "Meer over dagbesteding B", "Ja"], limit=20)

    assert len(set(titles)) == 3
    assert all(len(title) <= 20 for title in titles)
    assert titles[2] == "Ja"


# --- Rasa buttons as WhatsApp messages -----------------------------------------------------------


def test_two_buttons_become_reply_buttons_with_the_payload_as_id() -> None:
    [message] = whatsapp_messages("Woont u samen met degene voor wie u zorgt?", YES_NO)

    interactive = message["interactive"]
    assert interactive["type"] == "button"
    assert interactive["body"]["text"] == "Woont u samen met degene voor wie u zorgt?"
    assert [b["reply"] for b in interactive["action"]["buttons"]] == [
        {"id": "/affirm", "title": "Ja"},
        {"id": "/deny", "title": "Nee"},
    ]


def test_a_long_button_title_is_shortened_to_20() -> None:
    buttons = [{"title": "Ik wil iemand spreken", "payload": "/request_human"}]

    [message] = whatsapp_messages("Wat wilt u doen?", buttons)

    [button] = message["interactive"]["action"]["buttons"]
    assert button["reply"] == {"id": "/request_human", "title": "Ik wil iemand…"}


def test_six_choices_become_a_list_with_short_row_titles() -> None:
    [message] = whatsapp_messages("Hoe oud bent u?", AGE_BUTTONS)

    interactive = message["interactive"]
    assert interactive["type"] == "list"
    assert interactive["action"]["button"] == LIST_BUTTON_LABEL
    rows = interactive["action"]["sections"][0]["rows"]
    assert [row["title"] for row in rows] == [b["title"] for b in AGE_BUTTONS]
    assert [row["id"] for row in rows] == [b["payload"] for b in AGE_BUTTONS]
    assert all("description" not in row for row in rows)


def test_a_shortened_row_keeps_its_full_title_as_description() -> None:
    buttons = [
        {
            "title": "Meer over Respijtzorg Zwolle (voorbeeld)",
            "payload": '/ask_offer{"offer": "a"}',
        },
        *_buttons(3),
    ]

    [message] = whatsapp_messages("Dit past bij u.", buttons)

    row = message["interactive"]["action"]["sections"][0]["rows"][0]
    assert row["title"] == "Meer over Respijtzorg…"
    assert row["description"] == "Meer over Respijtzorg Zwolle (voorbeeld)"


@pytest.mark.parametrize(
    ("count", "kind"), [(1, "button"), (3, "button"), (4, "list"), (10, "list")]
)
def test_choice_count_decides_buttons_or_list(count: int, kind: str) -> None:
    [message] = whatsapp_messages("Kies maar.", _buttons(count))

    assert message["interactive"]["type"] == kind


def test_more_than_ten_choices_become_a_numbered_text() -> None:
    [message] = whatsapp_messages("Welke gemeente?", _buttons(12))

    body = message["text"]["body"]
    assert body.startswith("Welke gemeente?\n\n1. Keuze 0\n2. Keuze 1\n")
    assert "12. Keuze 11" in body
    assert body.endswith(NUMBERED_HINT)


def test_a_long_text_goes_first_and_the_question_carries_the_buttons() -> None:
    text = "\n\n".join([PARAGRAPH.strip()] * 3 + ["Wilt u verder?"])

    messages = whatsapp_messages(text, YES_NO)

    assert [m["type"] for m in messages] == ["text", "interactive"]
    head, body = messages[0]["text"]["body"], messages[1]["interactive"]["body"]["text"]
    assert len(body) <= 1024
    assert body.startswith("Mantelzorg is") and body.endswith("omgeving.\n\nWilt u verder?")
    assert head.endswith("omgeving.")
    assert _words(head) + _words(body) == _words(text)


def test_a_payload_too_long_for_an_id_is_numbered() -> None:
    buttons = [{"title": "Lang", "payload": "/x" + "y" * 300}, *YES_NO]

    [message] = whatsapp_messages("Kies.", buttons)

    ids = [b["reply"]["id"] for b in message["interactive"]["action"]["buttons"]]
    assert ids == ["choice:1", "/affirm", "/deny"]


def test_buttons_without_text_still_get_a_body() -> None:
    [message] = whatsapp_messages(None, YES_NO)

    assert message["interactive"]["body"]["text"]


@pytest.mark.parametrize(
    ("text", "buttons"),
    [
        ("Hallo", []),
        ("Woont u samen?", YES_NO),
        ("Hoe oud bent u?", AGE_BUTTONS),
        ("x" * 5000, YES_NO),
        (PARAGRAPH * 6, AGE_BUTTONS),
        ("Kies", _buttons(3, "Een heel erg lange titel")),
        ("Kies", _buttons(10, "Een heel erg lange titel voor een rij")),
        ("Kies", _buttons(25)),
        ("", [{"title": "Zonder payload"}]),
    ],
)
def test_every_rendered_message_is_one_the_cloud_api_accepts(
    text: str, buttons: list[dict[str, Any]]
) -> None:
    for message in whatsapp_messages(text, buttons):
        body = {"messaging_product": "whatsapp", "to": "31612345678", **message}
        assert graph_problems(body) == [], body


# --- Twilio: numbered text ----------------------------------------------------------------------


def test_twilio_choices_are_numbered_in_the_last_message() -> None:
    [body] = numbered_messages("Woont u samen met degene voor wie u zorgt?", YES_NO)

    assert body == (
        "Woont u samen met degene voor wie u zorgt?\n\n1. Ja\n2. Nee\n\n" + NUMBERED_HINT
    )


@pytest.mark.parametrize("length", [1500, 1600, 3000, 9000])
def test_twilio_messages_stay_under_1600(length: int) -> None:
    text = ("Dit is een zin over zorg. " * 400)[:length]

    bodies = numbered_messages(text, AGE_BUTTONS)

    assert all(len(body) <= TWILIO_TEXT_LIMIT for body in bodies)
    assert bodies[-1].endswith("6. Zeg ik liever niet\n\n" + NUMBERED_HINT)


# --- answers back -------------------------------------------------------------------------------

AGE_PAYLOADS = [b["payload"] for b in AGE_BUTTONS]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3", AGE_PAYLOADS[2]),
        (" 3 ", AGE_PAYLOADS[2]),
        ("3.", AGE_PAYLOADS[2]),
        ("6)", "/decline"),
        ("1", AGE_PAYLOADS[0]),
        ("0", None),
        ("7", None),
        ("52", None),
        ("20 uur", None),
        ("drie", None),
        ("3 of 4", None),
        ("", None),
    ],
)
def test_a_typed_number_picks_a_choice(typed: str, expected: str | None) -> None:
    assert typed_number(typed, AGE_PAYLOADS) == expected


@pytest.mark.parametrize(
    ("reply_id", "expected"),
    [
        ("/affirm", "/affirm"),
        ('/tell_situation{"answer": "25-64"}', '/tell_situation{"answer": "25-64"}'),
        ("choice:2", AGE_PAYLOADS[1]),
        ("choice:9", None),
        ("choice:x", None),
    ],
)
def test_a_reply_id_is_the_payload(reply_id: str, expected: str | None) -> None:
    assert reply_payload(reply_id, AGE_PAYLOADS) == expected


def test_the_choices_on_offer_are_those_of_the_bots_last_turn() -> None:
    events = [
        {"event": "user", "text": "hoi"},
        {"event": "bot", "text": "Woont u samen?", "data": {"buttons": YES_NO}},
        {"event": "user", "text": "nee"},
        {"event": "bot", "text": "Dank u.", "data": {}},
        {"event": "bot", "text": "Hoe oud bent u?", "data": {"buttons": AGE_BUTTONS}},
        {"event": "action", "name": "action_listen"},
    ]

    assert last_offered_payloads(events) == AGE_PAYLOADS
    assert last_offered_payloads(events[:4]) == []  # the last turn had no buttons
    assert last_offered_payloads([]) == []


# --- window and media ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ago", "is_open"),
    [
        (timedelta(0), True),
        (timedelta(hours=23, minutes=59), True),
        (timedelta(hours=24), False),
        (timedelta(days=3), False),
    ],
)
def test_free_form_replies_only_within_24_hours(ago: timedelta, is_open: bool) -> None:
    assert window_open(NOW - ago, NOW) is is_open


def test_never_written_is_a_closed_window() -> None:
    assert window_open(None, NOW) is False


def test_media_reply_is_friendly_dutch_and_follows_u_or_je() -> None:
    formal, informal = media_reply(), media_reply(informal=True)

    assert "alleen tekst" in formal and "alleen tekst" in informal
    assert "Wilt u" in formal and " je " in informal and " u " not in informal
    assert "erbij typte" in media_reply(with_text=True)


SKIPS = [
    {"title": "Weet ik niet", "payload": "/dont_know"},
    {"title": "Zeg ik liever niet", "payload": "/decline"},
]


def test_skip_choices_of_an_open_question_are_not_numbered_so_a_number_stays_an_answer() -> None:
    [message] = numbered_messages("Hoeveel uur per week zorgt u ongeveer?", SKIPS)
    assert "1." not in message and "'Weet ik niet' of 'Zeg ik liever niet'" in message
    assert typed_number("2", ["/dont_know", "/decline"]) is None
    assert typed_number("2", ["/affirm", "/deny"]) == "/deny"
