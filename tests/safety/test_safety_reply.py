"""The first reply to a safety signal: right numbers, from the data file, never unverified ones."""

from __future__ import annotations

import pytest

from bot.safety import SafetyCategory, SafetySignal, build_safety_reply, detect_safety_signal
from bot.safety.reply import (
    CONTINUE_PAYLOAD,
    URGENT_HANDOFF_PAYLOAD,
    build_unclassified_crisis_reply,
)
from knowledge.helplines import all_helplines, get_helpline

EXAMPLES: dict[SafetyCategory, str] = {
    SafetyCategory.SUICIDE: "ik wil er niet meer zijn",
    SafetyCategory.ACUTE_DANGER: "mijn vader is gevallen en reageert niet meer",
    SafetyCategory.VIOLENCE_BY_CAREGIVER: "ik ben bang dat ik hem iets aandoe",
    SafetyCategory.VIOLENCE_AGAINST_CAREGIVER: "mijn man slaat me als hij in de war is",
    SafetyCategory.ABUSE_OR_NEGLECT: "mijn vader krijgt geen eten",
    SafetyCategory.OVERLOAD: "ik trek het niet meer",
}
CRISIS = [category for category in SafetyCategory if category.is_crisis]


def reply_text(category: SafetyCategory) -> str:
    signal = detect_safety_signal(EXAMPLES[category])
    assert signal is not None and signal.category is category
    return "\n".join(build_safety_reply(signal).messages)


def signal_for(category: SafetyCategory) -> SafetySignal:
    return SafetySignal(
        category=category, urgency=category.urgency, signals=("test",), categories=(category,)
    )


def numbers(helpline_id: str) -> tuple[str, ...]:
    return get_helpline(helpline_id).phones


@pytest.mark.parametrize("category", CRISIS)
def test_every_crisis_reply_offers_112_the_huisarts_and_an_urgent_call(
    category: SafetyCategory,
) -> None:
    reply = build_safety_reply(signal_for(category))
    text = "\n".join(reply.messages)
    assert all(number in text for number in numbers("alarm_112"))
    assert get_helpline("huisarts").how_to_reach in text
    assert "Ik blijf hier. U kunt mij gewoon verder schrijven." in reply.messages[-1]
    assert [(b.title, b.payload) for b in reply.buttons] == [
        ("Ja, graag", URGENT_HANDOFF_PAYLOAD),
        ("Nu niet", CONTINUE_PAYLOAD),
    ]
    assert URGENT_HANDOFF_PAYLOAD == "/request_human"


def test_suicide_reply_gives_113_and_the_chat() -> None:
    text = reply_text(SafetyCategory.SUICIDE)
    line = get_helpline("zelfmoordpreventie_113")
    assert all(number in text for number in line.phones)
    assert line.chat in text
    assert "gratis en anoniem" in text
    assert "dag en nacht" in text


def test_acute_reply_puts_112_right_after_the_acknowledgement() -> None:
    signal = detect_safety_signal(EXAMPLES[SafetyCategory.ACUTE_DANGER])
    assert signal is not None
    messages = build_safety_reply(signal).messages
    assert numbers("alarm_112")[0] in messages[1]
    assert all(number not in messages[0] for number in numbers("alarm_112"))


@pytest.mark.parametrize(
    "category",
    [
        SafetyCategory.VIOLENCE_BY_CAREGIVER,
        SafetyCategory.VIOLENCE_AGAINST_CAREGIVER,
        SafetyCategory.ABUSE_OR_NEGLECT,
    ],
)
def test_violence_replies_give_veilig_thuis(category: SafetyCategory) -> None:
    text = reply_text(category)
    assert all(number in text for number in numbers("veilig_thuis"))
    assert "dag en nacht" in text


def test_caregiver_who_fears_doing_harm_hears_veilig_thuis_is_for_them_too() -> None:
    assert "Veilig Thuis is er ook voor u" in reply_text(SafetyCategory.VIOLENCE_BY_CAREGIVER)


def test_suicide_reply_does_not_send_to_veilig_thuis() -> None:
    text = reply_text(SafetyCategory.SUICIDE)
    assert all(number not in text for number in numbers("veilig_thuis"))


def test_overload_reply_asks_gently_without_crisis_numbers() -> None:
    signal = detect_safety_signal(EXAMPLES[SafetyCategory.OVERLOAD])
    assert signal is not None
    reply = build_safety_reply(signal)
    text = "\n".join(reply.messages)
    for line in all_helplines().values():
        assert all(number not in text for number in line.phones), line.id
    assert "mantelzorgconsulent" in text
    assert reply.buttons[0].payload == "/request_human"


@pytest.mark.parametrize("category", list(SafetyCategory))
def test_no_reply_ever_contains_an_unverified_number(category: SafetyCategory) -> None:
    text = "\n".join(build_safety_reply(signal_for(category)).messages)
    unverified = [line for line in all_helplines().values() if not line.verified]
    assert unverified, "the data file is expected to hold unverified lines"
    for line in unverified:
        for number in line.phones:
            assert number not in text
            assert number.replace(" ", "").replace("-", "") not in text.replace(" ", "").replace(
                "-", ""
            )


def test_reply_numbers_come_from_the_data_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # Change the number in the loaded data: the reply must follow, so nothing is hard-coded.
    import dataclasses

    from knowledge import helplines

    lines = dict(helplines.all_helplines())
    lines["veilig_thuis"] = dataclasses.replace(lines["veilig_thuis"], phones=("0800-9999",))
    monkeypatch.setattr(helplines, "all_helplines", lambda: lines)
    text = "\n".join(
        build_safety_reply(signal_for(SafetyCategory.VIOLENCE_AGAINST_CAREGIVER)).messages
    )
    assert "0800-9999" in text
    assert "0800-2000" not in text


def test_combined_signal_gives_the_help_of_each_category_once() -> None:
    signal = detect_safety_signal("hij slaat me en ik wil dood")
    assert signal is not None
    text = "\n".join(build_safety_reply(signal).messages)
    assert numbers("zelfmoordpreventie_113")[1] in text
    assert numbers("veilig_thuis")[0] in text
    assert text.count("Bel dan meteen 112") == 1


def test_rasa_messages_carry_the_buttons_on_the_last_message() -> None:
    messages = build_safety_reply(signal_for(SafetyCategory.SUICIDE)).to_rasa_messages()
    assert all("text" in message for message in messages)
    assert "buttons" not in messages[0]
    assert messages[-1]["buttons"][0] == {"title": "Ja, graag", "payload": URGENT_HANDOFF_PAYLOAD}


@pytest.mark.parametrize("category", list(SafetyCategory))
def test_replies_are_short_b1_sentences_with_u(category: SafetyCategory) -> None:
    for message in build_safety_reply(signal_for(category)).messages:
        for sentence in message.replace("?", ".").split(". "):
            assert len(sentence.split()) <= 22, sentence
        assert " je " not in f" {message.lower()} "
        assert " jij " not in f" {message.lower()} "


def test_a_crisis_only_the_model_heard_gets_every_help_line() -> None:
    text = "\n".join(build_unclassified_crisis_reply().messages)

    for line_id in ("alarm_112", "zelfmoordpreventie_113", "veilig_thuis"):
        assert all(number in text for number in numbers(line_id)), line_id


def test_a_crisis_the_rules_recognise_gets_its_own_reply() -> None:
    signal = detect_safety_signal("ik heb mijn moeder geslagen")

    assert signal is not None and signal.category is SafetyCategory.VIOLENCE_BY_CAREGIVER
    reply = build_safety_reply(signal)
    assert all(number in "\n".join(reply.messages) for number in numbers("veilig_thuis"))
