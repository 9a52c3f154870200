"""The conversation records anonymous, coded events as it goes (bot.conversation.insights), and
nothing of the caregiver's words, contact details or sender id."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import delete, select

from bot.conversation.services import DatabaseServices
from bot.db import session_factory_for
from bot.insights.buffer import buffer_for
from bot.insights.events import CODES, GEMEENTE_PATTERN, Event
from bot.insights.models import InsightEvent
from bot.settings import Settings
from knowledge.advice import offer_index
from tests.conversation.conftest import NOW, Chat
from tests.conversation.test_engine import STORY


def DATABASE(chat: Chat) -> str:
    return chat.services.settings.database_url


COLUMNS = [column.name for column in InsightEvent.__table__.columns]


def _events(chat: Chat) -> list[dict[str, object]]:
    chat.flush_insights()
    sessions = session_factory_for(chat.services.settings.database_url)
    with sessions() as session:
        rows = session.execute(select(InsightEvent).order_by(InsightEvent.id)).scalars()
        return [{name: getattr(row, name) for name in COLUMNS} for row in rows]


def _clear(chat: Chat) -> None:
    chat.flush_insights()  # an earlier test's events, not yet written, would count in this one
    sessions = session_factory_for(chat.services.settings.database_url)
    with sessions() as session, session.begin():
        session.execute(delete(InsightEvent))


def _full_conversation_with_a_handoff(chat: Chat, phone: str) -> None:
    """`phone`: one per test, so the daily cap per number (in the shared database) never stops it."""
    chat.say(STORY, "tell_situation")
    chat.say("elke dag een paar uur")
    chat.say("Ja")
    chat.say("Nee")
    chat.say("25 tot 65")
    chat.say("Zwolle")
    chat.say("kampen")
    chat.say("Ja, dat klopt")
    chat.say("Ja, doe maar")
    for _ in range(13):
        chat.say("Ja")
    chat.say("Even vrij zijn")
    chat.say("Ja, graag")
    chat.say("Ja, dat is goed")
    chat.say("Ria")
    chat.say(phone)
    chat.say("Ochtend")
    chat.say("Ja, dat klopt")
    assert chat.state.handoff_reference


def test_a_full_conversation_records_each_moment_once(chat: Chat) -> None:
    _clear(chat)
    _full_conversation_with_a_handoff(chat, "06 19191901")
    events = _events(chat)
    kinds = [event["kind"] for event in events]
    assert kinds.count("conversation") == 1
    assert kinds.count("intake") == 1
    assert kinds.count("check") == 1
    assert kinds.count("handoff") == 1
    assert "need" in kinds and "offer_shown" in kinds
    # Every event: the caregiver's gemeente and the Monday of the week (NOW is Tuesday 1 Dec).
    assert {event["gemeente"] for event in events} == {"GM0193"}
    assert {event["week"] for event in events} == {date(2026, 11, 30)}
    (conversation,) = [e for e in events if e["kind"] == "conversation"]
    assert conversation["channel"] == "rest"
    (intake,) = [e for e in events if e["kind"] == "intake"]
    assert intake["relation"] == "ouder"
    assert intake["condition"] == "dementie"
    assert intake["hours_band"] == "8_20"
    assert intake["age_group"] == "25-64"
    assert intake["besides"] == "werk"
    (check,) = [e for e in events if e["kind"] == "check"]
    assert check["band"] == "hoog" and check["instrument"]
    (need,) = [e for e in events if e["kind"] == "need" and e["need"] == "even_vrij"]
    assert need["met"] is True  # Zwolle's demo data has local respijtzorg
    (handoff,) = [e for e in events if e["kind"] == "handoff"]
    assert handoff["urgency"] == "hoog"
    assert not any(e["demo"] for e in events)


def test_no_event_holds_words_contact_data_or_the_sender(chat: Chat) -> None:
    _clear(chat)
    _full_conversation_with_a_handoff(chat, "06 19191902")
    offer_ids = {offer.id for offer in offer_index(session_factory_for(DATABASE(chat))).offers}
    contact = ["ria", "19191902", chat.services.sender_id.lower()]
    for event in _events(chat):
        for name, value in event.items():
            if not isinstance(value, str):
                continue
            assert not any(secret in value.lower() for secret in contact), (name, value)
            if name == "offer_id":
                assert value in offer_ids
            elif name == "instrument":
                assert value == chat.services.instrument().id
            elif name == "gemeente":
                assert GEMEENTE_PATTERN.match(value)
            else:
                assert value in CODES[name], (name, value)
    # And the table has no column that could hold them.
    assert not {"text", "sender_id", "conversation_key", "contact", "name", "at"} & set(COLUMNS)


def test_an_offer_asked_about_after_it_was_shown_counts_as_opened(chat: Chat) -> None:
    _clear(chat)
    chat.say("ik zorg voor mijn man met parkinson, 20 uur per week, al 2 jaar", "tell_situation")
    chat.say("Ja")
    if chat.asking == "combines_with":
        chat.say("Niets anders")
    chat.say("25 tot 65")
    chat.say("Zwolle")
    chat.say("Ja, dat klopt")
    chat.say("Nee, liever niet")
    chat.say("Even vrij zijn")
    shown = [offer["id"] for offer in chat.state.offers_suggested or []]
    assert len(shown) >= 2, chat.text
    chat.say(f'/ask_offer{{"offer": "{shown[1]}"}}')
    opened = [e["offer_id"] for e in _events(chat) if e["kind"] == "offer_opened"]
    assert opened == [shown[1]]


def test_a_turn_that_reaches_nothing_new_records_nothing(chat: Chat) -> None:
    _clear(chat)
    chat.say("hallo", "greet")
    chat.say("dank je", "thank")
    assert _events(chat) == []


def test_a_failing_database_never_costs_the_reply(chat: Chat) -> None:
    broken = dataclasses.replace(
        chat.services.settings, database_url="sqlite:////nonexistent/dir/app.db"
    )
    services = DatabaseServices(broken, "someone", "rest", NOW)
    services.record([Event("conversation", date(2026, 11, 30), gemeente="GM0193", channel="web")])
    buffer = buffer_for(broken.database_url)
    assert buffer.pending == 1  # the turn only appended
    buffer.close()  # the write fails behind the turn: logged, not raised


def test_the_events_of_a_turn_reach_the_table_after_a_flush(chat: Chat) -> None:
    _clear(chat)
    chat.say("ik zorg voor mijn moeder met dementie. ik woon in zwolle", "tell_situation")
    chat.flush_insights()
    with session_factory_for(DATABASE(chat))() as session:
        kinds = session.execute(select(InsightEvent.kind)).scalars().all()
    assert kinds == ["conversation"]


def test_with_the_insights_off_nothing_is_recorded(chat: Chat, prepared_settings: Settings) -> None:
    _clear(chat)
    off = Chat(dataclasses.replace(prepared_settings, insights=False), "not-counted")
    _full_conversation_with_a_handoff(off, "06 19191903")
    assert _events(off) == []
