"""The audit log: who viewed or changed which aanmelding, and who logged in.

Entries name a staff username, an action and a reference, never personal data, so they may outlive
the aanmelding. `record` adds to the caller's session, so an entry commits (or rolls back) with
the change it describes.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime

from sqlalchemy.orm import Session

from bot.privacy.models import DETAIL_LENGTH, AuditEntry

# The actor of account changes (bot.portal.users): they are made on the server's command line,
# with the account's username as the detail.
CLI_ACTOR = "beheer (cli)"
# The address of the request being handled, set by the portal's SourceAddress middleware; None
# outside a request (the CLI, the worker).
current_source_ip: ContextVar[str | None] = ContextVar("current_source_ip", default=None)


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
