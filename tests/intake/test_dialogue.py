from datetime import date

import pytest

from bot.intake.dialogue import (
    ASK_CORRECTION_TEXT,
    CORRECTION_TEXT,
    DECLINED,
    IMPLAUSIBLE_HOURS_TEXT,
    UNKNOWN,
    Turn,
    correct,
    questions_to_ask,
    read_turn,
    situation_from_slots,
    summarize,
    why_we_ask,
)

TODAY = date(2026, 11, 24)
STORY = (
    "ik zorg al drie jaar voor mijn moeder met dementie, zo'n 20 uur per week naast mijn werk. "
    "ik woon in zwolle"
)


def _read(text: str, asked: str | None = None, intent: str = "tell_situation", **slots):
    return read_turn(Turn(text, intent, requested_slot=asked), slots, TODAY)


def test_a_story_fills_several_questions_at_once() -> None:
    reading = _read(STORY)

    assert reading.slots == {
        "relation": "ouder",
        "conditions": ["dementie"],
        "hours_per_week": 20.0,
        "duration_months": 36.0,
        "combines_with": ["werk"],
        "gemeente": "GM0193",
    }
    assert reading.reply is None


def test_only_the_missing_questions_are_asked_in_order() -> None:
    assert questions_to_ask(_read(STORY).slots) == ["lives_with_care_recipient", "age_group"]


def test_the_naaste_gemeente_is_asked_only_when_they_live_apart() -> None:
    slots = {**_read(STORY).slots, "lives_with_care_recipient": False, "age_group": "25-64"}

    assert questions_to_ask(slots) == ["care_recipient_gemeente"]
    assert questions_to_ask({**slots, "lives_with_care_recipient": True}) == []


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("weet ik niet", "dont_know", UNKNOWN),
        ("zeg ik liever niet", "decline", DECLINED),
        ("/dont_know", "dont_know", UNKNOWN),
    ],
)
def test_not_knowing_or_declining_is_an_answer(text: str, intent: str, expected: str) -> None:
    reading = _read(text, "hours_per_week", intent)

    assert reading.slots["hours_per_week"] == expected
    assert "hours_per_week" not in questions_to_ask(reading.slots)


def test_more_than_168_hours_is_asked_again() -> None:
    reading = _read("200 uur per week", "hours_per_week")

    assert "hours_per_week" not in reading.slots
    assert reading.reply == IMPLAUSIBLE_HOURS_TEXT


def test_a_vague_amount_asks_for_an_estimate() -> None:
    reading = _read("elke dag een paar uur", "hours_per_week")

    assert "hours_per_week" not in reading.slots
    assert "schatting" in reading.reply


@pytest.mark.parametrize(
    ("text", "code"),
    [("amsterdm", "GM0363"), ("den bosch", "GM0796"), ("Scheveningen", "GM0518")],
)
def test_gemeente_answers_forgive_typos_and_place_names(text: str, code: str) -> None:
    assert _read(text, "gemeente").slots["gemeente"] == code


def test_an_ambiguous_place_names_the_candidates() -> None:
    reading = _read("Bergen", "gemeente")

    assert "gemeente" not in reading.slots
    assert "Bergen" in reading.reply


def test_a_correction_is_taken_while_another_question_is_open() -> None:
    reading = _read("nee het is 15 uur", "age_group", intent="deny", hours_per_week=20.0)

    assert reading.slots["hours_per_week"] == 15.0
    assert reading.reply == CORRECTION_TEXT


@pytest.mark.parametrize(
    ("payload", "slot", "value"),
    [
        ('/tell_situation{"answer": "partner"}', "relation", "partner"),
        ('/tell_situation{"answer": "<18"}', "age_group", "<18"),
        ('/tell_situation{"answer": "niets"}', "combines_with", []),
    ],
)
def test_button_answers_fill_the_question_asked(payload: str, slot: str, value: object) -> None:
    answer = payload.split('"answer": "')[1].split('"')[0]
    turn = Turn(payload, "tell_situation", ({"entity": "answer", "value": answer},), slot)

    assert read_turn(turn, {}, TODAY).slots[slot] == value


@pytest.mark.parametrize(("intent", "value"), [("affirm", True), ("deny", False)])
def test_yes_and_no_answer_the_living_together_question(intent: str, value: bool) -> None:
    assert _read(intent, "lives_with_care_recipient", intent).slots == {
        "lives_with_care_recipient": value
    }


def test_a_bare_age_becomes_an_age_group_and_marks_a_young_caregiver() -> None:
    assert _read("17", "age_group").slots == {"age_group": "<18", "young_caregiver": True}


def test_an_illness_in_own_words_is_kept_when_no_label_fits() -> None:
    assert _read("ze heeft een zeldzame spierziekte", "conditions").slots["conditions"]


@pytest.mark.parametrize("intent", ["ask_why", "stop", "pause", "request_human"])
def test_interruptions_are_not_read_as_answers(intent: str) -> None:
    reading = _read("waarom vraag je dat", "hours_per_week", intent)

    assert reading.slots == {}
    assert reading.reply is None


def test_an_answer_we_cannot_read_asks_again() -> None:
    reading = _read("blauw", "relation")

    assert reading.slots == {}
    assert reading.reply == "Ik begreep niet goed voor wie de zorg is."


def test_summary_reads_back_in_plain_dutch() -> None:
    slots = {**_read(STORY).slots, "lives_with_care_recipient": False}

    summary = summarize(slots)

    assert summary.startswith("Dit heb ik begrepen:")
    assert "uw vader of moeder (dementie)" in summary
    assert "ongeveer 20 uur per week" in summary
    assert "3 jaar" in summary
    assert "U woont niet samen." in summary
    assert "de gemeente Zwolle" in summary
    assert summary.endswith("Klopt dat?")


def test_a_correction_after_the_summary_updates_and_reads_back_again() -> None:
    slots = _read(STORY).slots

    correction = correct(Turn("nee het is 15 uur", "deny"), slots, TODAY)

    assert correction.slots == {"hours_per_week": 15.0}
    assert "ongeveer 15 uur per week" in correction.text


def test_a_plain_no_after_the_summary_asks_what_is_wrong() -> None:
    correction = correct(Turn("nee", "deny"), _read(STORY).slots, TODAY)

    assert correction.slots == {}
    assert correction.text == ASK_CORRECTION_TEXT


def test_why_we_ask_explains_the_open_question() -> None:
    assert "mantelzorgwaardering" in why_we_ask("duration_months")
    assert "overslaan" in why_we_ask(None)


def test_triage_sees_unknown_for_sentinels() -> None:
    situation = situation_from_slots(
        {"hours_per_week": UNKNOWN, "duration_months": 36.0, "age_group": DECLINED}
    )

    assert situation.hours_per_week is None
    assert situation.duration_months == 36.0
    assert situation.age_group is None


def test_retry_texts_suit_young_and_older_caregivers_alike() -> None:
    import re

    from bot.intake.dialogue import RETRY_TEXTS

    for text in RETRY_TEXTS.values():
        assert not re.search(r"\b(u|uw|je|jij|jouw)\b", text, re.IGNORECASE), text
