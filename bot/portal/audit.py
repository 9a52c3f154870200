"""The audit log as a coordinator reads it: the entries that concern one steunpunt.

The log itself, and how an entry is written, is `bot.privacy.audit`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.models import Handoff
from bot.portal.models import StaffUser
from bot.privacy.audit import CLI_ACTOR
from bot.privacy.models import AuditEntry

DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    reference: str | None
    detail: str | None
    source_ip: str | None


def steunpunt_log(
    session_factory: sessionmaker[Session], steunpunt_id: str, *, limit: int = DEFAULT_LIMIT
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
