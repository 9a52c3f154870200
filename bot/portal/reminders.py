"""The weekly e-mail to a steunpunt's editors: which of its entries are due for a check.

It names entries (offers and the steunpunt's own details), when each was last checked, and the
portal's address; nothing about caregivers. It goes to the editors whose username is an e-mail
address, else to the steunpunt's address for aanmeldingen (`handoff_email`). The worker asks every
hour (`send_due_reminders`); a steunpunt gets one at most once a week, counted from the audit
log, which records each one sent (actor "system").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.portal.models import StaffUser
from bot.privacy import audit
from bot.privacy.models import AuditEntry
from bot.text.formatting import dutch_date
from knowledge.editing import Entry, entries_due, find_entry, scope_of
from knowledge.offer import Steunpunt

REMINDER_ACTION = "knowledge_reminder"
SYSTEM_ACTOR = "system"
WEEK = timedelta(days=7)


# Alike in shape only: a small frozen record, as the others in bot/.
@dataclass(frozen=True)
class Reminder:
    """One e-mail: to whom, for which steunpunt, and its entries that are due."""

    steunpunt_id: str
    steunpunt_name: str
    recipients: tuple[str, ...]
    due: tuple[Entry, ...]


def _editors_by_steunpunt(session: Session) -> dict[str, list[str]]:
    query = select(StaffUser.steunpunt_id, StaffUser.username).where(
        StaffUser.role == "editor", StaffUser.active.is_(True)
    )
    editors: dict[str, list[str]] = {}
    for steunpunt_id, username in session.execute(query):
        editors.setdefault(steunpunt_id, []).append(username)
    return editors


def _sent_this_week(session: Session, steunpunt_id: str, now: datetime) -> bool:
    query = select(AuditEntry.id).where(
        AuditEntry.action == REMINDER_ACTION,
        AuditEntry.detail.like(f"steunpunt {steunpunt_id}:%"),
        AuditEntry.at > now - WEEK,
    )
    return session.execute(query.limit(1)).first() is not None


def _recipients(editors: Sequence[str], steunpunt: Steunpunt) -> tuple[str, ...]:
    addresses = tuple(sorted(name for name in editors if "@" in name))
    if addresses:
        return addresses
    return (steunpunt.handoff_email,) if steunpunt.handoff_email else ()


def reminders_due(sessions: sessionmaker[Session], now: datetime, months: int) -> list[Reminder]:
    """The reminders to send now: steunpunten with editors, entries due and no reminder this week."""
    reminders: list[Reminder] = []
    with sessions() as session:
        for steunpunt_id, editors in sorted(_editors_by_steunpunt(session).items()):
            own = find_entry(session, "steunpunt", steunpunt_id)
            if own is None or not isinstance(own.record, Steunpunt):
                continue
            if _sent_this_week(session, steunpunt_id, now):
                continue
            due = entries_due(session, scope_of(session, steunpunt_id), now.date(), months)
            recipients = _recipients(editors, own.record)
            if due and recipients:
                reminders.append(Reminder(steunpunt_id, own.record.name, recipients, tuple(due)))
    return reminders


def reminder_email(
    reminder: Reminder, *, sender: str, portal_url: str, now: datetime, months: int
) -> EmailMessage:
    """The e-mail: names and dates of the entries due, the portal's address, nothing else."""
    count = len(reminder.due)
    lines = [
        f"Er {'is' if count == 1 else 'zijn'} {count} {'gegeven' if count == 1 else 'gegevens'} "
        f"van {reminder.steunpunt_name} langer dan {months} maanden niet nagekeken:",
        "",
        *(
            f"- {entry.record.name} (laatst nagekeken: {dutch_date(entry.record.last_checked)})"
            for entry in reminder.due
        ),
        "",
        "Kijk ze na in het portaal, onder 'Aanbod'. Klopt alles nog? Klik dan op "
        "'Gecontroleerd, nog juist'.",
        "",
        f"Het portaal: {portal_url.rstrip('/')}/portal/aanbod",
        "",
        "In deze e-mail staan geen persoonlijke gegevens.",
    ]
    message = EmailMessage()
    message["Subject"] = f"Steunwijzer: {count} {'gegeven' if count == 1 else 'gegevens'} nakijken"
    message["From"] = sender
    message["To"] = ", ".join(reminder.recipients)
    message["Date"] = format_datetime(now)
    message.set_content("\n".join(lines) + "\n")
    return message


def send_due_reminders(
    sessions: sessionmaker[Session],
    send: Callable[[Reminder, EmailMessage], None],
    now: datetime,
    *,
    months: int,
    sender: str,
    portal_url: str,
) -> int:
    """Send each reminder that is due and record it in the audit log; returns how many were sent.
    A reminder that fails to send (`send` raises) is not recorded, so the next hour tries again."""
    sent = 0
    for reminder in reminders_due(sessions, now, months):
        message = reminder_email(
            reminder, sender=sender, portal_url=portal_url, now=now, months=months
        )
        send(reminder, message)
        with sessions() as session, session.begin():
            audit.record(
                session,
                actor=SYSTEM_ACTOR,
                action=REMINDER_ACTION,
                at=now,
                detail=f"steunpunt {reminder.steunpunt_id}: {len(reminder.due)} om na te kijken",
            )
        sent += 1
    return sent
