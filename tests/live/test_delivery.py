"""Live chat delivery at least once (bot.channels.live_delivery), on a real SQLite database with a
fake `send` in place of the channel: retried with backoff, failed after the limit, a dead
replica's lease taken over, and one send per message with two replicas."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.live_delivery import LiveDelivery, RetryPolicy
from bot.db import create_session_factory, engine_for
from bot.live import store as live
from bot.live.models import LiveChat, LiveMessage
from bot.prepare import prepare_databases
from bot.settings import Settings
from tests.support import development_settings

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)
STEUNPUNT = "gm0193_steunpunt"
POLICY = RetryPolicy()
ADDRESS = "a" * 32


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Channel:
    """The channel boundary: records what it sent; fails the first `failures` tries."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error
        self.sent: list[str] = []
        self.tries = 0

    async def send(self, outgoing: live.Outgoing) -> bool:
        self.tries += 1
        await asyncio.sleep(0)  # let another replica's round run in between
        if self.failures < 0 or self.tries <= self.failures:
            if self.error is not None:
                raise self.error
            return False
        self.sent.append(outgoing.text)
        return True


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    settings: Settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})
    prepare_databases(settings)
    return create_session_factory(engine_for(settings.database_url))


@pytest.fixture
def clock() -> Clock:
    return Clock()


def a_chat(sessions: sessionmaker[Session], *texts: str, key: str = "k" * 64) -> str:
    with sessions() as session, session.begin():
        chat_id = live.request_chat(
            session,
            conversation_key=key,
            channel="socketio",
            channel_address=ADDRESS,
            steunpunt_id=STEUNPUNT,
            gemeente_code="GM0193",
            summary={"urgency": "normaal"},
            now=NOW,
        )
        live.take(session, chat_id, "ria", STEUNPUNT, NOW)
        for text in texts:
            live.add_message(session, chat_id, "consultant", text, NOW)
    return chat_id


def delivery(sessions: sessionmaker[Session], channel: Channel, clock: Clock) -> LiveDelivery:
    return LiveDelivery(sessions, ("socketio",), channel.send, clock=clock, policy=POLICY)


def stored(sessions: sessionmaker[Session], chat_id: str) -> list[LiveMessage]:
    with sessions() as session:
        rows = session.query(LiveMessage).filter(LiveMessage.chat_id == chat_id)
        return list(rows.order_by(LiveMessage.id))


def test_a_send_that_fails_once_is_tried_again_after_the_backoff_and_delivered_once(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    chat_id = a_chat(sessions, "Hoe gaat het nu?")
    channel = Channel(failures=1)
    replica = delivery(sessions, channel, clock)

    first = asyncio.run(replica.run_round())
    assert (first.sent, first.retrying, first.failed) == (0, 1, 0)
    [message] = stored(sessions, chat_id)
    assert message.delivered_at is None and message.attempts == 1
    assert message.next_attempt_at == NOW + POLICY.first_delay
    assert message.claim_token is None and message.claimed_until is None

    clock.advance(seconds=1)  # before the next try is due
    assert asyncio.run(replica.run_once()) == 0
    clock.advance(seconds=1)
    assert asyncio.run(replica.run_once()) == 1
    clock.advance(minutes=5)
    assert asyncio.run(replica.run_once()) == 0

    assert channel.sent == ["Hoe gaat het nu?"]
    [message] = stored(sessions, chat_id)
    assert message.delivered_at == clock.now - timedelta(minutes=5)
    assert message.attempts == 2 and message.failed_at is None


def test_an_exception_from_the_channel_counts_as_a_failed_try(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    chat_id = a_chat(sessions, "Bent u er nog?")
    channel = Channel(failures=1, error=ConnectionResetError())
    replica = delivery(sessions, channel, clock)
    assert asyncio.run(replica.run_round()).retrying == 1
    clock.advance(seconds=2)
    assert asyncio.run(replica.run_once()) == 1
    assert stored(sessions, chat_id)[0].delivered_at is not None


def test_a_send_that_always_fails_is_failed_after_the_limit_and_the_portal_is_told(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    chat_id = a_chat(sessions, "Ik bel u morgen.")
    channel = Channel(failures=-1)
    replica = delivery(sessions, channel, clock)

    failed = 0
    for _ in range(POLICY.max_attempts + 3):
        failed += asyncio.run(replica.run_round()).failed
        clock.advance(seconds=POLICY.max_delay.total_seconds())
    assert failed == 1
    assert channel.tries == POLICY.max_attempts and channel.sent == []
    [message] = stored(sessions, chat_id)
    assert message.failed_at is not None and message.delivered_at is None
    with sessions() as session:
        assert live.undelivered(session, ("socketio",), clock.now) == []
        assert live.failed_ids(session, chat_id) == [message.id]
        [view] = live.messages(session, chat_id)
    assert view.failed


def test_the_backoff_grows_and_is_capped() -> None:
    delays = [POLICY.delay(n).total_seconds() for n in range(1, 9)]
    assert delays == [2, 4, 8, 16, 32, 60, 60, 60]


def test_a_message_older_than_the_maximum_age_is_failed_at_its_next_failed_try(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    chat_id = a_chat(sessions, "Nog één ding.")
    replica = delivery(sessions, Channel(failures=-1), clock)
    clock.advance(minutes=10)
    assert asyncio.run(replica.run_round()).failed == 1
    assert stored(sessions, chat_id)[0].attempts == 1


def test_an_expired_lease_is_taken_over_by_another_replica_and_a_live_one_is_not(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    chat_id = a_chat(sessions, "Ik ben er.")
    channel = Channel()
    dead = delivery(sessions, channel, clock)
    held = dead._claim(stored(sessions, chat_id)[0].id)  # claimed, then the replica died
    assert held is not None
    other = delivery(sessions, channel, clock)

    clock.advance(seconds=POLICY.lease.total_seconds() - 1)
    assert asyncio.run(other.run_once()) == 0
    clock.advance(seconds=1)
    assert asyncio.run(other.run_once()) == 1
    assert channel.sent == ["Ik ben er."]

    # The first replica comes back late: its claim no longer counts.
    with sessions() as session, session.begin():
        assert not live.mark_delivered(session, held, clock.now)
        assert not live.mark_failed(session, held, clock.now)
    [message] = stored(sessions, chat_id)
    assert message.attempts == 2 and message.delivered_at is not None and message.failed_at is None


def test_two_replicas_at_once_send_every_message_once(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    texts = {key: [f"bericht {key}{n}" for n in range(3)] for key in "abcde"}
    for key, said in texts.items():
        a_chat(sessions, *said, key=key * 64)
    channel = Channel()
    first, second = delivery(sessions, channel, clock), delivery(sessions, channel, clock)

    async def both() -> None:
        for _ in range(4):
            await asyncio.gather(first.run_round(), second.run_round())

    asyncio.run(both())
    assert sorted(channel.sent) == sorted(t for said in texts.values() for t in said)
    for said in texts.values():  # each chat in the order it was written
        assert [t for t in channel.sent if t in said] == said


def test_a_later_message_waits_while_an_earlier_one_of_its_chat_is_being_retried(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    a_chat(sessions, "eerste", "tweede")
    channel = Channel(failures=1)
    replica = delivery(sessions, channel, clock)
    asyncio.run(replica.run_round())
    asyncio.run(replica.run_round())
    assert channel.sent == []
    clock.advance(seconds=2)
    asyncio.run(replica.run_round())
    asyncio.run(replica.run_round())
    assert channel.sent == ["eerste", "tweede"]


def test_the_address_is_kept_while_a_message_is_retried_and_forgotten_once_it_failed(
    sessions: sessionmaker[Session], clock: Clock
) -> None:
    chat_id = a_chat(sessions, "Tot ziens.")
    with sessions() as session, session.begin():
        live.end(session, chat_id, "ria", "consultant", NOW)
        live.add_message(session, chat_id, "system", "De chat is afgesloten.", NOW)
    replica = delivery(sessions, Channel(failures=-1), clock)
    asyncio.run(replica.run_round())
    with sessions() as session, session.begin():
        assert live.forget_addresses(session) == 0
    clock.advance(minutes=10)
    for _ in range(3):
        asyncio.run(replica.run_round())
    with sessions() as session, session.begin():
        assert len(live.failed_ids(session, chat_id)) == 2
        assert live.forget_addresses(session) == 1
        assert session.get(LiveChat, chat_id).channel_address is None  # type: ignore[union-attr]


def test_the_logs_name_the_channel_and_counts_but_no_text_or_address(
    sessions: sessionmaker[Session], clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    a_chat(sessions, "Mijn geheime zin.")
    replica = delivery(
        sessions, Channel(failures=-1, error=RuntimeError("Mijn geheime zin.")), clock
    )
    with caplog.at_level(logging.DEBUG):
        asyncio.run(replica.run_round())
    assert "socketio" in caplog.text and "retrying=1" in caplog.text
    assert "geheime" not in caplog.text and ADDRESS not in caplog.text
