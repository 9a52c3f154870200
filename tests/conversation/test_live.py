"""A consultant joins the chat (bot.live): what the caregiver hears, and the assistant's silence
while the consultant answers. The engine against the real SQLite application database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import delete, select

from bot.db import session_factory_for
from bot.handoff.models import Handoff
from bot.insights.models import InsightEvent
from bot.keys import conversation_key_for
from bot.live import store as live
from bot.live.models import LiveChat, LiveConsultant, LiveMessage
from bot.settings import Settings
from tests.conversation.conftest import NOW, Chat

STEUNPUNT = "gm0193_steunpunt"
CHAT_NOW = '/request_human{"answer": "live_chat"}'
CALL_BACK = '/request_human{"answer": "live_callback"}'


@pytest.fixture
def sessions(prepared_settings: Settings) -> Iterator:
    factory = session_factory_for(prepared_settings.database_url)
    yield factory
    with factory() as session, session.begin():
        session.execute(delete(LiveMessage))
        session.execute(delete(LiveChat))
        session.execute(delete(LiveConsultant))


@pytest.fixture
def ria_available(sessions) -> None:
    with sessions() as session, session.begin():
        live.set_available(session, "ria", STEUNPUNT, True, NOW)


def key(chat: Chat, settings: Settings) -> str:
    return conversation_key_for(chat.services.sender_id, settings)


def ask_for_a_person_in_zwolle(chat: Chat) -> None:
    chat.say("ik wil iemand spreken", "request_human")
    if chat.asking == "handoff_steunpunt":
        chat.say("Zwolle")


def waiting_chat(chat: Chat, sessions) -> None:
    ask_for_a_person_in_zwolle(chat)
    chat.say(CHAT_NOW)
    chat.say("Ja, dat is goed")


def taken_chat(chat: Chat, sessions) -> str:
    """A chat the caregiver started and consultant Ria took; its id."""
    waiting_chat(chat, sessions)
    with sessions() as session, session.begin():
        chat_id = live.queue(session, STEUNPUNT)[0].id
        live.take(session, chat_id, "ria", STEUNPUNT, NOW)
    return chat_id


def test_with_someone_available_in_opening_hours_a_person_offers_chat_or_call_back(
    chat: Chat, ria_available: None
) -> None:
    ask_for_a_person_in_zwolle(chat)

    assert chat.asking == "live_choice"
    assert chat.buttons == ["Nu chatten met een consulent", "Laat mij terugbellen"]
    assert "Steunpunt Mantelzorg Zwolle" in chat.text


def test_with_nobody_available_it_says_so_and_goes_on_with_the_aanmelding(
    chat: Chat, sessions
) -> None:
    ask_for_a_person_in_zwolle(chat)

    assert "geen consulent" in chat.text and "vrij om te chatten" in chat.text
    assert chat.asking == "handoff_consent"
    assert "Nu chatten met een consulent" not in chat.buttons


def test_outside_opening_hours_it_names_the_hours(chat: Chat, ria_available: None) -> None:
    chat.services.moment = NOW.replace(hour=20)  # 21.00 in Zwolle

    ask_for_a_person_in_zwolle(chat)

    assert "gesloten" in chat.text and "9.00 tot 12.00" in chat.text
    assert chat.asking == "handoff_consent"


def test_call_back_is_todays_aanmelding(chat: Chat, ria_available: None) -> None:
    ask_for_a_person_in_zwolle(chat)
    chat.say(CALL_BACK)

    assert chat.asking == "handoff_consent"
    assert "Niet het hele gesprek" in chat.text


def test_the_chat_needs_consent_first_and_then_waits_in_the_queue(
    chat: Chat, ria_available: None, sessions, prepared_settings: Settings
) -> None:
    ask_for_a_person_in_zwolle(chat)
    chat.say(CHAT_NOW)
    assert chat.asking == "handoff_consent"
    assert "komt dan in dit gesprek" in chat.text
    with sessions() as session:
        assert live.open_chat(session, key(chat, prepared_settings)) is None

    chat.say("Ja, dat is goed")

    assert "Ik zoek een consulent" in chat.text
    with sessions() as session:
        waiting = live.queue(session, STEUNPUNT)
    assert [c.status for c in waiting] == ["waiting"]
    assert waiting[0].summary["urgency"] in ("normaal", "hoog", "acuut")
    assert waiting[0].channel == "rest"


def test_no_consent_no_chat(chat: Chat, ria_available: None, sessions) -> None:
    ask_for_a_person_in_zwolle(chat)
    chat.say(CHAT_NOW)
    chat.say("Nee, liever niet")

    with sessions() as session:
        assert live.queue(session, STEUNPUNT) == []


def test_while_a_consultant_answers_the_assistant_is_silent_and_relays(
    chat: Chat, ria_available: None, sessions, prepared_settings: Settings
) -> None:
    waiting_chat(chat, sessions)
    with sessions() as session, session.begin():
        chat_id = live.queue(session, STEUNPUNT)[0].id
        assert live.take(session, chat_id, "ria", STEUNPUNT, NOW)

    chat.say("Hallo, ik ben zo moe van alles", "express_burden")

    assert chat.messages == []
    with sessions() as session:
        said = live.messages(session, chat_id)
    assert [(m.author, m.text, m.crisis) for m in said] == [
        ("caregiver", "Hallo, ik ben zo moe van alles", False)
    ]


def test_a_crisis_during_the_chat_is_flagged_and_the_help_lines_are_sent(
    chat: Chat, ria_available: None, sessions
) -> None:
    chat_id = taken_chat(chat, sessions)

    chat.say("ik wil er niet meer zijn, ik maak er een eind aan", "safety_crisis")

    assert "113" in chat.text
    with sessions() as session:
        [message] = live.messages(session, chat_id)
    assert message.crisis is True


def test_after_the_consultant_ends_the_assistant_answers_again(
    chat: Chat, ria_available: None, sessions
) -> None:
    chat_id = taken_chat(chat, sessions)
    with sessions() as session, session.begin():
        assert live.end(session, chat_id, "ria", "assistant", NOW)

    chat.say("hallo", "greet")

    assert chat.messages
    assert chat.state.progress.live is None
    assert chat.state.progress.handoff is None


def test_nobody_in_time_offers_the_call_back_and_stores_it_with_what_was_written(
    chat: Chat, ria_available: None, sessions, prepared_settings: Settings
) -> None:
    waiting_chat(chat, sessions)
    chat.say("mijn moeder heeft dementie en ik kan niet meer", "tell_situation")
    assert chat.messages == [] or "113" not in chat.text
    with sessions() as session, session.begin():
        expired = live.expire_waiting(session, NOW + timedelta(minutes=4), timedelta(minutes=3))
    assert len(expired) == 1
    with sessions() as session:
        [outgoing] = live.undelivered(session, ("rest",), NOW + timedelta(minutes=4))
    assert "terugbelt" in outgoing.text
    assert ("Laat mij terugbellen", CALL_BACK) in outgoing.buttons

    chat.say(CALL_BACK)
    for answer in ("Riek", "06 23456781", "Ochtend", "Ja, dat klopt"):
        chat.say(answer)

    assert chat.state.handoff_reference
    with sessions() as session:
        stored = session.scalar(
            select(LiveChat).where(LiveChat.conversation_key == key(chat, prepared_settings))
        )
        assert stored.handoff_reference == chat.state.handoff_reference
        texts = [m.text for m in live.messages(session, stored.id)]
        session.execute(delete(LiveMessage))
        session.execute(delete(LiveChat))
        session.execute(delete(Handoff).where(Handoff.reference == chat.state.handoff_reference))
        session.commit()
    assert "mijn moeder heeft dementie en ik kan niet meer" in texts


def test_the_consultants_aanmelding_asks_only_name_and_number_and_keeps_the_transcript(
    chat: Chat, ria_available: None, sessions, prepared_settings: Settings
) -> None:
    chat_id = taken_chat(chat, sessions)
    chat.say("ik red het echt niet meer met mijn vader", "express_burden")
    with sessions() as session, session.begin():
        assert live.end(session, chat_id, "ria", "aanmelding", NOW)

    chat.say(CALL_BACK)
    assert chat.asking == "contact_name"
    for answer in ("Riek", "06 23456782", "Ochtend", "Ja, dat klopt"):
        chat.say(answer)

    reference = chat.state.handoff_reference
    assert reference and reference in chat.text
    with sessions() as session:
        stored = session.get(LiveChat, chat_id)
        assert stored.handoff_reference == reference
        session.execute(delete(LiveMessage))
        session.execute(delete(LiveChat))
        session.execute(delete(Handoff).where(Handoff.reference == reference))
        session.commit()


def test_erasure_in_the_chat_deletes_the_live_transcript_too(
    chat: Chat, ria_available: None, sessions
) -> None:
    chat_id = taken_chat(chat, sessions)
    with sessions() as session, session.begin():
        live.end(session, chat_id, "ria", "assistant", NOW)
    chat.say("verwijder mijn gegevens", "erase_data")
    chat.say("Ja, verwijder alles")

    with sessions() as session:
        assert session.get(LiveChat, chat_id) is None
        assert live.messages(session, chat_id) == []


def test_a_request_is_counted_once_for_the_insights(
    chat: Chat, ria_available: None, sessions
) -> None:
    def requests() -> list[tuple[str | None, str | None]]:
        chat.flush_insights()
        with sessions() as session:
            query = select(InsightEvent.gemeente, InsightEvent.channel).where(
                InsightEvent.kind == "live_requested"
            )
            return [tuple(row) for row in session.execute(query)]

    before = requests()
    waiting_chat(chat, sessions)
    assert requests() == [*before, ("GM0193", "rest")]
    assert chat.services.request_live_chat(chat.state.facts())  # the open chat, reused
    assert requests() == [*before, ("GM0193", "rest")]


def test_the_live_chat_state_is_read_only_once_a_person_was_asked_for(
    chat: Chat, sessions, ria_available: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A database read on every turn of every conversation cost about 6 ms per turn (issue 18).
    reads: list[int] = []
    read = chat.services.live_chat
    monkeypatch.setattr(chat.services, "live_chat", lambda: reads.append(1) or read())
    chat.say("ik zorg voor mijn moeder, ze heeft dementie")
    chat.say("ze woont in Zwolle")
    assert reads == []

    waiting_chat(chat, sessions)
    chat.say("is er al iemand?")

    assert reads
    assert chat.messages == []  # waiting for the consultant: the assistant is silent
