"""The editors' weekly e-mail of entries due for a check (bot.portal.reminders), on a fixed clock:
what it says (names and dates, no personal data), to whom, at most once a week, and through a real
SMTP server on loopback as the worker sends it."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from bot.handoff.delivery import OutboxFolderEmail, SmtpEmail
from bot.portal.reminders import Reminder, send_due_reminders
from bot.worker import reminder_sender
from knowledge import editing
from tests.handoff.servers import SmtpRecorder, smtp_server
from tests.portal.conftest import START, UTRECHT, ZWOLLE, Staff, add_user
from tests.portal.knowledge_content import ZWOLLE_OFFER, ZWOLLE_PHONE, import_editor_content
from tests.support import free_port

SENDER = "steunwijzer@gemeente.example.org"
PORTAL = "https://steunwijzer.gemeente.example.org"
# An editor whose username is an e-mail address, and one whose is not.
MAILED_EDITOR = Staff("redactie@zwolle.example.org", "editor", ZWOLLE)
UTRECHT_EDITOR = Staff("ursula", "editor", UTRECHT)


@pytest.fixture(autouse=True)
def content(session_factory: sessionmaker, tmp_path: Path) -> None:
    # The offers were last checked on 1 May 2026; START is 24 November 2026.
    import_editor_content(session_factory, tmp_path)
    for person in (MAILED_EDITOR, UTRECHT_EDITOR):
        add_user(session_factory, person, with_app=False)


Sent = list[tuple[Reminder, EmailMessage]]


def _send(session_factory: sessionmaker, sent: Sent, days: float = 0, months: int = 6) -> int:
    return send_due_reminders(
        session_factory,
        lambda reminder, message: sent.append((reminder, message)),
        START + timedelta(days=days),
        months=months,
        sender=SENDER,
        portal_url=PORTAL,
    )


def test_the_editors_get_the_entries_due_without_personal_data(
    session_factory: sessionmaker,
) -> None:
    sent: Sent = []
    assert _send(session_factory, sent) == 2
    by_steunpunt = {reminder.steunpunt_id: message for reminder, message in sent}
    zwolle = by_steunpunt[ZWOLLE]
    assert zwolle["To"] == "redactie@zwolle.example.org"
    assert zwolle["Subject"] == "Steunwijzer: 1 gegeven nakijken"
    body = zwolle.get_content()
    assert "- Mantelzorgcafé De Vonk (laatst nagekeken: 1 mei 2026)" in body
    assert f"{PORTAL}/portal/aanbod" in body
    assert "In deze e-mail staan geen persoonlijke gegevens." in body
    assert ZWOLLE_PHONE not in body and "De Brug" not in body
    # Utrecht's editor has no e-mail address as username: the steunpunt's address gets it.
    assert by_steunpunt[UTRECHT]["To"] == "aanmeldingen@utrecht.example.org"


def test_once_a_week_and_not_when_nothing_is_due(session_factory: sessionmaker) -> None:
    sent: Sent = []
    assert _send(session_factory, sent) == 2
    assert _send(session_factory, sent, days=1) == 0
    assert _send(session_factory, sent, days=6.9) == 0
    assert _send(session_factory, sent, days=7.01) == 2
    with session_factory() as session, session.begin():
        entry = editing.find_entry(session, "offer", ZWOLLE_OFFER)
        assert entry is not None
        editing.mark_checked(session, entry, by="redactie@zwolle.example.org", now=START)
    assert _send(session_factory, sent, days=14.02) == 1  # only Utrecht's is still due
    assert _send(session_factory, [], days=30, months=12) == 0  # a longer term: nothing due


@pytest.mark.servers  # an SMTP server (aiosmtpd)
def test_the_worker_sends_it_through_the_smtp_server(session_factory: sessionmaker) -> None:
    port = free_port()
    send = reminder_sender(SmtpEmail("127.0.0.1", port, SENDER, portal_url=PORTAL, timeout=5))
    assert send is not None
    with smtp_server(port, SmtpRecorder()) as server:
        count = send_due_reminders(
            session_factory, send, START, months=6, sender=SENDER, portal_url=PORTAL
        )
    assert count == 2
    assert sorted(server.recipients) == [
        ["aanmeldingen@utrecht.example.org"],
        ["redactie@zwolle.example.org"],
    ]
    assert {message["Subject"] for message in server.messages} == {
        "Steunwijzer: 1 gegeven nakijken"
    }


def test_without_smtp_the_reminder_is_a_file_in_the_outbox_folder(
    session_factory: sessionmaker, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    send = reminder_sender(OutboxFolderEmail(folder, sender=SENDER, portal_url=PORTAL))
    assert send is not None
    assert (
        send_due_reminders(session_factory, send, START, months=6, sender=SENDER, portal_url=PORTAL)
        == 2
    )
    files = sorted(path.name for path in folder.glob("*.eml"))
    assert [name.rsplit("-", 1)[0] for name in files] == [
        f"herinnering-{ZWOLLE}",
        f"herinnering-{UTRECHT}",
    ]
