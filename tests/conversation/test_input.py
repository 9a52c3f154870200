from __future__ import annotations

import pytest

from bot.conversation.input import (
    MAX_MODEL_CHARS,
    clean,
    for_the_model,
    is_other_language,
    other_language_reply,
    reads_as_dutch,
)
from knowledge.helplines import all_helplines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik zorg\x00 voor\x07 mijn moeder", "ik zorg voor mijn moeder"),
        ("zero\u200bwidth", "zero width"),
        ("  veel    spaties\t\t", "veel spaties"),
        ("regel\r\nnog een", "regel \nnog een"),
        ("cafe\u0301", "café"),
        ("\x1b[31mrood\x1b[0m", "[31mrood [0m"),
    ],
)
def test_control_characters_and_odd_spaces_are_cleaned(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_a_long_message_is_cut_after_a_whole_word_for_the_model() -> None:
    text = "mantelzorg " * 3000
    shortened = for_the_model(text)
    assert len(shortened) <= MAX_MODEL_CHARS
    assert shortened.endswith("mantelzorg")
    assert for_the_model("kort") == "kort"


@pytest.mark.parametrize(
    "text",
    [
        "I need help with my mother",
        "my husband has dementia, what can I do?",
        "Ich brauche Hilfe für meine Mutter",
        "Merci pour votre aide, nous sommes fatigués",
        "أحتاج مساعدة لأمي من فضلك",
        "Потрібна допомога для мами",
        "Sprechen Sie Englisch?",
        "necesito ayuda por favor",
        "Babam için yardım lazım",
        "Czy ktoś mówi po polsku?",
    ],
)
def test_other_languages_are_recognised(text: str) -> None:
    assert is_other_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik zorg voor mijn moeder",
        "hello",
        "ok",
        "Ik heb een burn-out and I need help",
        "mijn moeder heeft dementie, wat kan ik doen?",
        "was de was maar niet",
        "mijn moeder is Duitse, kan iemand met haar Duits spreken?",
        "hij komt uit Polen en spreekt weinig Nederlands",
        "🙂🙂🙂",
        "",
    ],
)
def test_dutch_short_and_mixed_messages_count_as_dutch(text: str) -> None:
    assert not is_other_language(text)


def test_the_bilingual_reply_takes_its_numbers_from_the_help_lines() -> None:
    helplines = all_helplines()
    reply = other_language_reply(helplines)
    assert "Ik begrijp alleen Nederlands." in reply and "I only understand Dutch." in reply
    assert helplines["alarm_112"].phones[0] in reply
    assert all(phone in reply for phone in helplines["zelfmoordpreventie_113"].phones)


@pytest.mark.parametrize(
    ("text", "dutch"),
    [
        ("my mother fell twice this month. ik wil een alarmknop voor haar, hoe moet dat?", True),
        ("Mijn moeder is dement en ik weet niet wat ik moet doen, please help", True),
        ("my husband has dementia and I am very tired", False),
        ("Ich brauche Hilfe für meine Mutter", False),
        ("werk", False),
    ],
)
def test_a_message_with_a_dutch_clause_reads_as_dutch(text: str, dutch: bool) -> None:
    assert reads_as_dutch(text) is dutch
