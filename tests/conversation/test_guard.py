"""No dead ends, for every question the assistant asks (issue 14).

- every button title of every question, typed, is understood;
- three unreadable answers to any question lead on;
- a person, erasure of my data and stop get through in the middle of any question.
"""

from __future__ import annotations

import pytest

from bot.conversation.questions import QUESTIONS
from bot.conversation.state import (
    CHECK_ACCEPTED,
    CHECK_DONE,
    HANDOFF_ACTIVE,
    OFFER_ASKED,
    ConversationState,
    Progress,
)
from bot.conversation.words import is_gibberish
from bot.handoff.dialogue import GIVEN
from tests.conversation.conftest import Chat

ZWOLLE = "GM0193"
KAMPEN = "GM0166"
STEUNPUNT_ZWOLLE = "gm0193_steunpunt"
INTAKE_DONE = {
    "relation": "ouder",
    "conditions": ["dementie"],
    "hours_per_week": 14.0,
    "duration_months": 36.0,
    "lives_with_care_recipient": False,
    "combines_with": ["werk"],
    "age_group": "25-64",
    "gemeente": ZWOLLE,
    "care_recipient_gemeente": KAMPEN,
}
HANDOFF = {"handoff_steunpunt": STEUNPUNT_ZWOLLE, "handoff_consent": GIVEN}
CONTACT = {**HANDOFF, "contact_name": "Ria", "contact_phone": "+31612345678"}
CHECK_ANSWERS = {f"csi_{n:02d}": "ja" for n in range(1, 14)}

# Each question with the state in which the assistant asks it.
SETUPS: dict[str, tuple[dict, dict]] = {
    "relation": ({}, {"intake_started": True}),
    "hours_per_week": ({"relation": "ouder"}, {"intake_started": True}),
    "hours_proposal": ({"relation": "ouder"}, {"intake_started": True, "context": {"estimate": 14}}),
    "duration_months": ({"relation": "ouder", "hours_per_week": 10.0}, {"intake_started": True}),
    "duration_proposal": ({"relation": "ouder"}, {"intake_started": True, "context": {"estimate": 36}}),
    "lives_with_care_recipient": ({"relation": "ouder"}, {"intake_started": True}),
    "combines_with": ({"relation": "ouder"}, {"intake_started": True}),
    "conditions": ({"relation": "ouder"}, {"intake_started": True}),
    "age_group": ({"relation": "ouder"}, {"intake_started": True}),
    "gemeente": ({"relation": "ouder"}, {"intake_started": True}),
    "care_recipient_gemeente": (
        {"relation": "ouder", "lives_with_care_recipient": False, "gemeente": ZWOLLE},
        {"intake_started": True},
    ),
    "summary": (INTAKE_DONE, {"intake_started": True}),
    "summary_correction": (INTAKE_DONE, {"intake_started": True}),
    "check_offer": (INTAKE_DONE, {"intake_started": True, "summary_confirmed": True}),
    "assessment_item": (INTAKE_DONE, {"intake_started": True, "summary_confirmed": True, "check": CHECK_ACCEPTED}),
    "needs": (
        {**INTAKE_DONE, "assessment_answers": CHECK_ANSWERS},
        {"intake_started": True, "summary_confirmed": True, "check": CHECK_DONE, "check_reported": True},
    ),
    "steunpunt_offer": (
        {**INTAKE_DONE, "needs": [{"category": "even_vrij", "text": "rust"}],
         "triage_outcome": {"offer_handoff": True}},
        {"intake_started": True, "summary_confirmed": True, "check": CHECK_DONE,
         "check_reported": True, "offers_shown": True, "steunpunt_offer": OFFER_ASKED},
    ),
    "handoff_steunpunt": ({}, {"handoff": HANDOFF_ACTIVE}),
    "handoff_consent": ({"handoff_steunpunt": STEUNPUNT_ZWOLLE}, {"handoff": HANDOFF_ACTIVE}),
    "live_choice": ({"handoff_steunpunt": STEUNPUNT_ZWOLLE}, {"handoff": HANDOFF_ACTIVE}),
    "contact_name": (HANDOFF, {"handoff": HANDOFF_ACTIVE}),
    "contact_phone": ({**HANDOFF, "contact_name": "Ria"}, {"handoff": HANDOFF_ACTIVE}),
    "contact_preferred_channel": (
        {**CONTACT, "contact_email": "ria@example.org"}, {"handoff": HANDOFF_ACTIVE}
    ),
    "contact_preferred_time": (CONTACT, {"handoff": HANDOFF_ACTIVE}),
    "contact_confirmed": ({**CONTACT, "contact_preferred_time": "any"}, {"handoff": HANDOFF_ACTIVE}),
    "contact_correction": ({**CONTACT, "contact_preferred_time": "any"}, {"handoff": HANDOFF_ACTIVE}),
    "erase_confirm": (INTAKE_DONE, {"intake_started": True}),
    "start_over_confirm": (INTAKE_DONE, {"intake_started": True}),
    "resume_offer": (
        {"relation": "ouder", **CONTACT, "contact_preferred_time": "any", "contact_confirmed": True,
         "handoff_reference": "MZ-TEST01"},
        {"intake_started": True, "handoff": "done", "paused": True},
    ),
}  # fmt: skip


def test_every_question_has_a_setup() -> None:
    assert set(SETUPS) == set(QUESTIONS)


def asked(chat: Chat, question: str) -> Chat:
    facts, progress = SETUPS[question]
    chat.state = ConversationState(**facts, progress=Progress(**progress))
    chat.state.progress.asking = question
    message = QUESTIONS[question].ask(chat.state, chat.services, chat.state.progress.context)
    chat.state.progress.buttons = [[b.title, b.payload] for b in message.buttons]
    return chat


def _snapshot(chat: Chat) -> tuple:
    progress = chat.state.progress
    return (
        chat.state.facts(),
        progress.asking,
        progress.summary_confirmed,
        progress.check,
        progress.steunpunt_offer,
        progress.handoff,
    )


def _all_title_cases() -> list[tuple[str, str]]:
    from bot.conversation.questions import QUESTIONS as catalogue

    cases = []
    for question, (facts, progress) in SETUPS.items():
        state = ConversationState(**facts, progress=Progress(**progress))
        message = catalogue[question].ask(state, _StaticServices(), progress.get("context", {}))
        cases += [(question, button.title) for button in message.buttons]
    return cases


class _StaticServices:
    """Just enough to build the questions' buttons while collecting the test cases."""

    def instrument(self):
        from bot.assessment.instruments import load_instrument

        return load_instrument("csi")

    def steunpunt(self, steunpunt_id):
        from knowledge.files import default_content_paths, read_content_files

        for content in read_content_files(default_content_paths()):
            for steunpunt in content.steunpunten:
                if steunpunt.id == steunpunt_id:
                    return steunpunt
        return None

    def steunpunt_for(self, code):
        return self.steunpunt(STEUNPUNT_ZWOLLE) if code == ZWOLLE else None

    def gemeente_name(self, code):
        return {ZWOLLE: "Zwolle", KAMPEN: "Kampen"}.get(code)


@pytest.mark.parametrize(("question", "title"), _all_title_cases())
def test_a_typed_button_title_is_understood(chat: Chat, question: str, title: str) -> None:
    asked(chat, question)
    before = _snapshot(chat)

    reply = chat.say(title.lower() if len(title) > 3 else title)

    assert chat.state.progress.attempts == 0, reply
    assert "begreep" not in reply and "begrijp het nog niet" not in reply, reply
    if title == "Wat wordt er gedeeld?":
        assert "alleen dit van mij" in reply
    else:
        assert _snapshot(chat) != before, reply


UNREADABLE = ("blub", "qwerty zxcv", "hmmm ??")


@pytest.mark.parametrize("question", list(SETUPS))
def test_three_unreadable_answers_lead_on(chat: Chat, question: str) -> None:
    asked(chat, question)
    replies, buttons = [], []
    for text in UNREADABLE:
        replies.append(chat.say(text))
        buttons.append(chat.buttons)

    assert chat.state.progress.asking != question or _moved_on_within(chat, question), replies
    if question in TAKES_OWN_WORDS:
        return
    assert "Sla over" in buttons[1], (replies, buttons)
    assert len(set(replies)) == 3, replies


# Questions whose answer may be anything in the caregiver's own words.
TAKES_OWN_WORDS = {"conditions", "needs", "contact_name", "contact_preferred_time"}


def _moved_on_within(chat: Chat, question: str) -> bool:
    """An item of the check stays the question 'assessment_item' while the items go on."""
    return question == "assessment_item" and len(chat.state.assessment_answers or {}) == 1


@pytest.mark.parametrize(
    "question", [q for q in SETUPS if q not in ("erase_confirm", "start_over_confirm")]
)
def test_erasure_gets_through_any_question(chat: Chat, question: str) -> None:
    asked(chat, question)

    reply = chat.say("verwijder mijn gegevens", "erase_data")

    assert chat.asking == "erase_confirm", reply
    chat.say("Nee, toch niet")
    assert chat.asking in (question, _next_after_cancel(question)), chat.text


def _next_after_cancel(question: str) -> str:
    return {"summary_correction": "summary"}.get(question, question)


PERSON_QUESTIONS = {
    "steunpunt_offer",
    "live_choice",
    *[q for q in SETUPS if q.startswith(("handoff_", "contact_"))],
}


@pytest.mark.parametrize("question", [q for q in SETUPS if q not in PERSON_QUESTIONS])
def test_a_request_for_a_person_gets_through_any_question(chat: Chat, question: str) -> None:
    asked(chat, question)

    reply = chat.say("ik wil met iemand van het steunpunt praten", "request_human")

    if chat.state.handoff_reference:
        assert "al aangemeld" in reply, reply
        return
    assert chat.state.progress.handoff == HANDOFF_ACTIVE, reply
    assert chat.asking in ("handoff_steunpunt", "handoff_consent"), reply


@pytest.mark.parametrize("question", [q for q in SETUPS if q not in ("erase_confirm",)])
def test_stop_gets_through_any_question(chat: Chat, question: str) -> None:
    asked(chat, question)

    reply = chat.say("stop", "stop")

    stopped = chat.state.progress.paused or chat.state.progress.handoff in ("declined",)
    assert stopped, reply
    assert "stoppen" in reply or "niets door" in reply, reply


@pytest.mark.parametrize("text", ["qwxzv plork", "zrrb vlimp"])
def test_keyboard_noise_is_not_acted_on_whatever_intent_the_model_guessed(
    chat: Chat, text: str
) -> None:
    reply = chat.say(text, "pause", confidence=0.55)
    assert "andere woorden" in reply
    assert not chat.state.progress.paused


@pytest.mark.parametrize("intent", ["affirm", "deny", "dont_know", "decline"])
def test_keyboard_noise_heard_as_an_answer_is_asked_again_in_other_words(
    chat: Chat, intent: str
) -> None:
    reply = chat.say("qwxzv plork", intent, confidence=0.22)
    assert "andere woorden" in reply, reply


@pytest.mark.parametrize("text", ["mantelzorgr", "ik weet het niet", "Ommen", "werk"])
def test_words_the_assistant_knows_are_not_noise(text: str) -> None:
    assert not is_gibberish(text)


def test_the_naastes_gemeente_told_as_also_mine_is_the_caregivers(chat: Chat) -> None:
    asked(chat, "care_recipient_gemeente")
    chat.state.gemeente = ZWOLLE

    chat.say("ook")

    assert chat.state.care_recipient_gemeente == ZWOLLE
