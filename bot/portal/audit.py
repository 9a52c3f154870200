"""The audit log: who viewed or changed which aanmelding, and who logged in.

Entries name a staff username, an action and a reference, never personal data, so they may outlive
the aanmelding. `record` adds to the caller's session, so an entry commits (or rolls back) with
the change it describes.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.models import Handoff
from bot.portal.models import DETAIL_LENGTH, AuditEntry, StaffUser

DEFAULT_LIMIT = 200
# The actor of account changes (bot.portal.users): they are made on the server's command line,
# with the account's username as the detail.
CLI_ACTOR = "beheer (cli)"
# The address of the request being handled, set by the portal's SourceAddress middleware; None
# outside a request (the CLI, the worker).
current_source_ip: ContextVar[str | None] = ContextVar("current_source_ip", default=None)


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    reference: str | None
    detail: str | None
    source_ip: str | None


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    at: datetime,
    reference: str | None = None,
    detail: str | None = None,
) -> None:
    """Add one entry to `session`, with the request's source address; `detail` must hold no
    personal data (it is cut to fit)."""
    if detail is not None and len(detail) > DETAIL_LENGTH:
        detail = detail[: DETAIL_LENGTH - 1] + "…"
    session.add(
        AuditEntry(
            at=at,
            actor=actor,
            action=action,
            handoff_reference=reference,
            detail=detail,
            source_ip=current_source_ip.get(),
        )
    )


def steunpunt_log(
    session_factory: sessionmaker, steunpunt_id: str, *, limit: int = DEFAULT_LIMIT
) -> list[AuditLine]:
    """The newest entries that concern a steunpunt: by its staff, or about its aanmeldingen.

    The audit log has no steunpunt column; an entry belongs to the steunpunt of its actor and to
    that of its aanmelding, so an attempt by another steunpunt's user shows on both sides. An
    account change made on the command line belongs to the account's steunpunt.
    Entries about an erased aanmelding by a user who left are no longer found (the link is gone).
    """
    staff = select(StaffUser.username).where(StaffUser.steunpunt_id == steunpunt_id)
    references = select(Handoff.reference).where(Handoff.steunpunt_id == steunpunt_id)
    query = (
        select(AuditEntry)
        .where(
            or_(
                AuditEntry.actor.in_(staff),
                AuditEntry.handoff_reference.in_(references),
                and_(AuditEntry.actor == CLI_ACTOR, AuditEntry.detail.in_(staff)),
            )
        )
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    with session_factory() as session:
        return [
            AuditLine(
                entry.at,
                entry.actor,
                entry.action,
                entry.handoff_reference,
                entry.detail,
                entry.source_ip,
            )
            for entry in session.execute(query).scalars()
        ]
