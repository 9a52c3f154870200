"""The live chat's store on a real SQLite database: the queue, the atomic take, delivery once."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.db import create_session_factory, engine_for
from bot.live import store as live
from bot.live.models import LiveChat
from bot.prepare import prepare_databases
from bot.settings import Settings
from tests.support import development_settings

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
STEUNPUNT = "gm0193_steunpunt"
LEASE = timedelta(minutes=2)


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    settings: Settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})
    prepare_databases(settings)
    return create_session_factory(engine_for(settings.database_url))


def a_chat(sessions: sessionmaker[Session], key: str = "k" * 64) -> str:
    with sessions() as session, session.begin():
        return live.request_chat(
            session,
            conversation_key=key,
            channel="socketio",
            channel_address="a" * 32,
            steunpunt_id=STEUNPUNT,
            gemeente_code="GM0193",
            summary={"urgency": "hoog", "situation": "zorgt voor moeder"},
            now=NOW,
        )


def test_two_consultants_pressing_take_at_the_same_moment_one_wins(
    sessions: sessionmaker[Session],
) -> None:
    chat_id = a_chat(sessions)
    start = threading.Barrier(2)
    results: dict[str, bool] = {}

    def press(name: str) -> None:
        start.wait()
        with sessions() as session, session.begin():
            results[name] = live.take(session, chat_id, name, STEUNPUNT, NOW)

    threads = [threading.Thread(target=press, args=(name,)) for name in ("ria", "joop")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results.values()) == [False, True]
    with sessions() as session:
        taken = live.chat(session, chat_id, STEUNPUNT)
    assert taken is not None and taken.taken_by in results and results[taken.taken_by]


def test_another_steunpunt_can_neither_see_nor_take_the_chat(
    sessions: sessionmaker[Session],
) -> None:
    chat_id = a_chat(sessions)
    with sessions() as session, session.begin():
        assert live.chat(session, chat_id, "gm0166_steunpunt") is None
        assert live.queue(session, "gm0166_steunpunt") == []
        assert not live.take(session, chat_id, "kees", "gm0166_steunpunt", NOW)


def test_a_message_is_claimed_by_one_replica_and_gone_once_delivered(
    sessions: sessionmaker[Session],
) -> None:
    chat_id = a_chat(sessions)
    with sessions() as session, session.begin():
        live.add_message(session, chat_id, "consultant", "Hoe gaat het nu?", NOW)
    with sessions() as session:
        [outgoing] = live.undelivered(session, ("socketio",), NOW)
    claims = []
    for _ in range(2):
        with sessions() as session, session.begin():
            claims.append(live.claim(session, outgoing.id, NOW, LEASE))
    assert claims[0] is not None and claims[1] is None
    with sessions() as session, session.begin():
        assert live.mark_delivered(session, claims[0], NOW)
    with sessions() as session:
        assert live.undelivered(session, ("socketio",), NOW + 2 * LEASE) == []


def test_the_address_is_forgotten_once_the_chat_is_over(sessions: sessionmaker[Session]) -> None:
    chat_id = a_chat(sessions)
    with sessions() as session, session.begin():
        live.take(session, chat_id, "ria", STEUNPUNT, NOW)
        live.end(session, chat_id, "ria", "consultant", NOW)
        assert live.forget_addresses(session) == 1
    with sessions() as session:
        assert live.undelivered(session, ("socketio",), NOW) == []


def test_waiting_longer_than_the_timeout_expires_with_the_call_back_offered(
    sessions: sessionmaker[Session],
) -> None:
    chat_id = a_chat(sessions)
    with sessions() as session, session.begin():
        assert live.expire_waiting(session, NOW + timedelta(minutes=2), timedelta(minutes=3)) == []
        assert live.expire_waiting(session, NOW + timedelta(minutes=3), timedelta(minutes=3)) == [
            chat_id
        ]
    with sessions() as session:
        assert live.chat(session, chat_id, STEUNPUNT).status == "expired"  # type: ignore[union-attr]


def test_retention_deletes_a_transcript_with_its_aanmelding_and_an_unlinked_one_after_its_term(
    sessions: sessionmaker[Session],
) -> None:
    orphan = a_chat(sessions, key="a" * 64)
    unlinked = a_chat(sessions, key="b" * 64)
    with sessions() as session, session.begin():
        for chat_id in (orphan, unlinked):
            live.take(session, chat_id, "ria", STEUNPUNT, NOW)
            live.end(session, chat_id, "ria", "consultant", NOW)
        # An aanmelding that retention already deleted (SQLite here enforces no foreign keys).
        session.execute(
            LiveChat.__table__.update()  # type: ignore[attr-defined]
            .where(LiveChat.id == orphan)
            .values(handoff_reference="MZ-GONE00")
        )
    with sessions() as session, session.begin():
        assert live.purge(session, NOW - timedelta(days=1)) == 1  # the orphan
        assert live.purge(session, NOW + timedelta(days=1)) == 1  # the unlinked one, past term
        assert live.chat(session, orphan, STEUNPUNT) is None
        assert live.chat(session, unlinked, STEUNPUNT) is None


def test_delivery_sends_only_what_this_replica_reaches_and_each_message_once(
    sessions: sessionmaker[Session],
) -> None:
    from bot.channels.live_delivery import LiveDelivery

    here = a_chat(sessions, key="c" * 64)
    elsewhere = a_chat(sessions, key="d" * 64)
    with sessions() as session, session.begin():
        live.add_message(session, here, "system", "Ria is er nu.", NOW)
        live.add_message(session, elsewhere, "system", "Joop is er nu.", NOW)
        address_here = session.get(LiveChat, here).channel_address  # type: ignore[union-attr]
        session.get(LiveChat, elsewhere).channel_address = "e" * 32  # type: ignore[union-attr]
    sent: list[str] = []

    async def send(outgoing: live.Outgoing) -> bool:
        sent.append(outgoing.text)
        return True

    import asyncio

    first = LiveDelivery(sessions, ("socketio",), send, lambda o: o.address == address_here)
    second = LiveDelivery(sessions, ("socketio",), send, lambda o: o.address == address_here)
    assert asyncio.run(first.run_once()) == 1
    assert asyncio.run(second.run_once()) == 0
    assert sent == ["Ria is er nu."]


def test_each_turn_sees_the_open_chat_and_an_ended_one_only_once(
    sessions: sessionmaker[Session],
) -> None:
    key = "t" * 64
    with sessions() as session, session.begin():
        assert live.chat_for_the_turn(session, key) is None
    first = a_chat(sessions, key)
    with sessions() as session, session.begin():
        live.take(session, first, "ria", STEUNPUNT, NOW)
        assert live.chat_for_the_turn(session, key).status == "taken"  # type: ignore[union-attr]
        live.end(session, first, "ria", "consultant", NOW)
    second = a_chat(sessions, key)
    with sessions() as session, session.begin():
        # A new request while the end of the first is unseen: the open one comes first.
        assert live.chat_for_the_turn(session, key).id == second  # type: ignore[union-attr]
        live.take(session, second, "ria", STEUNPUNT, NOW)
        live.end(session, second, "ria", "consultant", NOW + timedelta(minutes=1))
    with sessions() as session, session.begin():
        assert live.chat_for_the_turn(session, key).status == "ended"  # type: ignore[union-attr]
    with sessions() as session, session.begin():
        assert live.chat_for_the_turn(session, key) is None
