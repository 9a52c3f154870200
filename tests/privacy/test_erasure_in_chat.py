"""Erasure asked in the chat (the conversation's service) against a migrated database with the real
knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.conversation.services import DatabaseServices
from bot.db import session_factory_for
from bot.handoff.models import Handoff
from bot.keys import conversation_key
from bot.privacy.erasure import ERASURE_FAILED_TEXT
from bot.privacy.models import ErasureRequest
from bot.run import prepare_databases
from tests.privacy.conftest import store_handoff
from tests.support import development_settings

SECRET = "test-secret"
SENDER = "whatsapp:+31612345678"


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A migrated app database with the knowledge base, as `make run` prepares it."""
    monkeypatch.setenv("STEUNWIJZER_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("STEUNWIJZER_CONVERSATION_KEY_SECRET", SECRET)
    monkeypatch.delenv("STEUNWIJZER_DATABASE_URL", raising=False)
    settings = development_settings()
    prepare_databases(settings)
    return settings.database_url


def _run(sender_id: str = SENDER) -> list[str]:
    return [DatabaseServices(development_settings(), sender_id, "rest").erase_conversation()]


def test_erasure_withdraws_queues_and_tells_what_stays_at_the_steunpunt(
    environment: str,
) -> None:
    factory = session_factory_for(environment)
    key = conversation_key(SENDER, SECRET)
    withdrawn = store_handoff(factory, "MZ-AAAAA1", key=key)
    claimed = store_handoff(
        factory, "MZ-AAAAA2", key=key, status="in_behandeling", claimed_by="consulent"
    )

    [text] = _run()

    assert f"Uw aanmelding {withdrawn} is ingetrokken." in text
    # The steunpunt's name and contact come from the knowledge base (demo data for Zwolle).
    assert (
        f"Uw aanmelding {claimed} is al bij Steunpunt Mantelzorg Zwolle (voorbeeld). "
        "Wilt u die ook laten verwijderen? Neem dan contact op met het steunpunt." in text
    )
    assert "mailen naar steunpunt@zwolle.example.org" in text
    with factory() as session:
        statuses = dict(session.execute(select(Handoff.reference, Handoff.status)).all())
        requests = session.execute(select(ErasureRequest.sender_id)).scalars().all()
    assert statuses == {withdrawn: "ingetrokken", claimed: "in_behandeling"}
    assert requests == [SENDER]


def test_without_an_aanmelding_the_conversation_is_still_queued(environment: str) -> None:
    [text] = _run("socketio-sessie-1")

    assert "Ik verwijder dit gesprek" in text and "MZ-" not in text
    with session_factory_for(environment)() as session:
        assert session.execute(select(ErasureRequest.sender_id)).scalars().all() == [
            "socketio-sessie-1"
        ]


def test_when_the_database_is_away_the_caregiver_is_told_it_did_not_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEUNWIJZER_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("STEUNWIJZER_CONVERSATION_KEY_SECRET", SECRET)
    monkeypatch.setenv("STEUNWIJZER_DATABASE_URL", f"sqlite:///{tmp_path}/weg/app.db")

    assert _run() == [ERASURE_FAILED_TEXT]
