"""Scale-out on real servers: PostgreSQL for the conversations and the application database, Redis
for Rasa's lock store, two Rasa replicas and one action server on loopback, all configured by
environment variables only.

Conversations run side by side and every turn goes to the other replica than the turn before, as a
load balancer without sticky sessions would do. Every conversation must come out complete and in
order, and every aanmelding must be stored exactly once.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from bot.keys import conversation_key
from bot.run import prepare_databases, process_environment, process_specs
from bot.settings import Settings
from tests.databases import postgresql_server, redis_server
from tests.integration.product import rest_client_code, rest_conversation_id
from tests.integration.servers import Server, start_server, stop_server, wait_healthy
from tests.support import development_settings, free_port

REPLICAS = 2
CONVERSATIONS = 8
# (what the caregiver says, what the answer must contain): an intake interrupted by a handoff that
# ends in a stored aanmelding, then back to the intake.
TURNS = (
    ("ik zorg voor mijn moeder met dementie, 20 uur per week. ik woon in zwolle",
     "Hoe lang zorgt u al?"),
    ("ik wil iemand spreken", "Vindt u dat goed?"),
    ("ja, dat is goed", "Hoe mag de consulent u noemen?"),
    ("ik heet Ans", "Hoe kan het steunpunt u bereiken?"),
    ("0612345678", "Wanneer bent u het best te bereiken?"),
    ('/give_contact{"answer": "ochtend"}', "Klopt dit?"),
    ("ja dat klopt", "Het is geregeld."),
    ("verder", "Hoe lang zorgt u al?"),
)  # fmt: skip
HANDOFF_TURN = 6
REFERENCE = re.compile(r"MZ-[A-Z0-9]{6}")
KEY_SECRET = "scale-out-test-secret"


@dataclass
class Cluster:
    replicas: list[Settings]
    app_database_url: str
    tracker_store_url: str


def _environ(var_dir: Path, urls: dict[str, str], redis_port: int, action_port: int) -> dict:
    return {
        **os.environ,
        "STEUNWIJZER_VAR_DIR": str(var_dir),
        "STEUNWIJZER_DATABASE_URL": urls["app"],
        "STEUNWIJZER_TRACKER_STORE_URL": urls["tracker"],
        "STEUNWIJZER_LOCK_STORE_TYPE": "redis",
        "STEUNWIJZER_REDIS_HOST": "127.0.0.1",
        "STEUNWIJZER_REDIS_PORT": str(redis_port),
        "STEUNWIJZER_ACTION_SERVER_PORT": str(action_port),
        "STEUNWIJZER_CONVERSATION_KEY_SECRET": KEY_SECRET,
        # Every conversation makes an aanmelding with the same phone number, from one address.
        "STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY": "0",
        "STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0",
        "STEUNWIJZER_WEB_PORT": str(free_port()),
    }


@pytest.fixture(scope="module")
def cluster(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    var_dir = tmp_path_factory.mktemp("scale")
    with postgresql_server(["app", "tracker"]) as urls, redis_server() as redis_port:
        base = _environ(var_dir, urls, redis_port, free_port())
        replicas = [
            development_settings({**base, "STEUNWIJZER_RASA_PORT": str(free_port())})
            for _ in range(REPLICAS)
        ]
        prepare_databases(replicas[0])
        servers: list[Server] = []
        try:
            for index, settings in enumerate(replicas):
                specs = {spec.name: spec for spec in process_specs(settings, trained_model)}
                environ = process_environment(settings, base)
                if index == 0:
                    servers.append(start_server(specs["actions"], environ, var_dir / "actions"))
                servers.append(start_server(specs["rasa"], environ, var_dir / f"rasa-{index}"))
            for server in servers:
                wait_healthy(server)
            yield Cluster(replicas, urls["app"], urls["tracker"])
        finally:
            for server in servers:
                stop_server(server)


async def _say(client: httpx.AsyncClient, settings: Settings, sender: str, message: str) -> str:
    response = await client.post(
        f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
        json={"sender": rest_client_code(sender), "message": message},
    )
    assert response.status_code == 200, response.text
    return "\n".join(reply.get("text", "") for reply in response.json())


async def _conversation(client: httpx.AsyncClient, cluster: Cluster, number: int) -> list[str]:
    sender = f"scale-out-{number}"
    answers = []
    for turn, (message, expected) in enumerate(TURNS):
        replica = cluster.replicas[(number + turn) % REPLICAS]
        answer = await _say(client, replica, sender, message)
        assert expected in answer, f"{sender}, turn {turn} ({message!r}): {answer}"
        answers.append(answer)
    return answers


async def _all_conversations(cluster: Cluster) -> list[list[str]]:
    async with httpx.AsyncClient(timeout=120) as client:
        return await asyncio.gather(
            *(_conversation(client, cluster, number) for number in range(CONVERSATIONS))
        )


def _tracker_events(cluster: Cluster, sender: str) -> list[tuple[str, dict]]:
    engine = create_engine(cluster.tracker_store_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("select type_name, data from events where sender_id = :sender order by id"),
            {"sender": rest_conversation_id(sender)},
        ).all()
    engine.dispose()
    return [(type_name, json.loads(data)) for type_name, data in rows]


def _user_texts(events: list[tuple[str, dict]]) -> list[str]:
    return [data.get("text") for type_name, data in events if type_name == "user"]


def _answered_before_the_next_message(events: list[tuple[str, dict]]) -> bool:
    """Every user event is followed by at least one bot event before the next user event."""
    kinds = [type_name for type_name, _ in events if type_name in ("user", "bot")]
    return all(
        following == "bot"
        for kind, following in zip(kinds, [*kinds[1:], "end"], strict=True)
        if kind == "user"
    )


def test_interleaved_conversations_across_replicas_are_complete_in_order_and_stored_once(
    cluster: Cluster,
) -> None:
    answers = asyncio.run(_all_conversations(cluster))

    references = [REFERENCE.search(answer[HANDOFF_TURN]).group() for answer in answers]
    assert len(set(references)) == CONVERSATIONS

    engine = create_engine(cluster.app_database_url)
    with engine.connect() as connection:
        stored = connection.execute(text("select reference, conversation_key from handoffs")).all()
    engine.dispose()
    stored_references = [reference for reference, _ in stored]
    assert sorted(stored_references) == sorted(references)
    keys = {reference: key for reference, key in stored}

    for number, reference in enumerate(references):
        sender = f"scale-out-{number}"
        events = _tracker_events(cluster, sender)
        assert _user_texts(events) == [message for message, _ in TURNS], sender
        assert _answered_before_the_next_message(events), sender
        assert keys[reference] == conversation_key(rest_conversation_id(sender), KEY_SECRET)


async def _two_at_once(cluster: Cluster, sender: str) -> None:
    async with httpx.AsyncClient(timeout=120) as client:
        await asyncio.gather(
            _say(client, cluster.replicas[0], sender, "hallo"),
            _say(client, cluster.replicas[1], sender, "wat kun je?"),
        )


def test_two_messages_of_one_conversation_at_once_on_two_replicas_are_handled_one_after_the_other(
    cluster: Cluster,
) -> None:
    """The Redis lock store: without it both replicas would read the same tracker and one turn's
    events would be lost or interleaved."""
    for attempt in range(5):
        sender = f"scale-out-at-once-{attempt}"
        asyncio.run(_two_at_once(cluster, sender))
        events = _tracker_events(cluster, sender)
        assert sorted(_user_texts(events)) == ["hallo", "wat kun je?"], [
            (t, d.get("text") or d.get("name")) for t, d in events
        ]
        assert _answered_before_the_next_message(events), sender


# --- a live chat across replicas (#20.6) ----------------------------------------------------------

LIVE_STEUNPUNT = "gm0307_steunpunt"  # Amersfoort: the conversations above use Zwolle


async def _widget_caregiver(replica: Settings, session_id: str, received: list[str]) -> Any:
    import socketio

    client = socketio.AsyncClient(reconnection=False)

    @client.on("bot_uttered")
    async def on_bot(message: dict) -> None:
        received.append(message.get("text", ""))

    await client.connect(f"http://127.0.0.1:{replica.rasa_port}", transports=["polling"])
    await client.emit("session_request", {"session_id": session_id})
    return client


async def _wait_for(received: list[str], text_part: str, timeout_s: float = 60) -> None:
    for _ in range(int(timeout_s * 10)):
        if any(text_part in text for text in received):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {text_part!r} in {received}")


def test_a_live_chat_reaches_the_caregiver_through_the_replica_that_holds_the_socket(
    cluster: Cluster,
) -> None:
    from datetime import datetime, timezone

    from sqlalchemy.orm import sessionmaker

    from bot.live import store as live

    engine = create_engine(cluster.app_database_url)
    sessions = sessionmaker(engine)
    now = datetime.now(timezone.utc)
    with sessions() as session, session.begin():
        session.execute(
            text("update steunpunten set opening_hours = :hours where id = :id"),
            {"hours": "maandag tot en met zondag, 0.00 tot 24.00 uur", "id": LIVE_STEUNPUNT},
        )
        live.set_available(session, "anne", LIVE_STEUNPUNT, True, now)

    async def run() -> tuple[list[str], list[str]]:
        on_a: list[str] = []
        on_b: list[str] = []
        caregiver = await _widget_caregiver(cluster.replicas[0], "a" * 32, on_a)
        bystander = await _widget_caregiver(cluster.replicas[1], "b" * 32, on_b)
        try:
            for message, expected in (
                ("ik woon in amersfoort en ik wil iemand spreken", "meteen met een consulent"),
                ('/request_human{"answer": "live_chat"}', "komt dan in dit gesprek"),
                ("/affirm", "Ik zoek een consulent"),
            ):
                await caregiver.emit("user_uttered", {"message": message, "session_id": "a" * 32})
                await _wait_for(on_a, expected)
            with sessions() as session, session.begin():
                [waiting] = live.queue(session, LIVE_STEUNPUNT)
                assert live.take(session, waiting.id, "anne", LIVE_STEUNPUNT, now)
                assert not live.take(session, waiting.id, "bert", LIVE_STEUNPUNT, now)
                live.add_message(session, waiting.id, "consultant", "Hallo, met Anne.", now)
            await _wait_for(on_a, "Hallo, met Anne.")
            await asyncio.sleep(2.5)  # both replicas have looked at least twice
            return on_a, on_b
        finally:
            await caregiver.disconnect()
            await bystander.disconnect()

    try:
        on_a, on_b = asyncio.run(run())
    finally:
        with sessions() as session, session.begin():
            session.execute(text("delete from live_consultants"))
        engine.dispose()
    assert on_a.count("Hallo, met Anne.") == 1
    assert on_b == []
