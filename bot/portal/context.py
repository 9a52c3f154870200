"""What every request handler of the portal shares, built once by `bot.portal.app`.

Its own module so that the handlers (`bot.portal.views`) depend on it, not on the app that
mounts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy.orm import Session, sessionmaker
from starlette.templating import Jinja2Templates

from bot.portal.auth import TotpPolicy
from bot.portal.staff_sessions import SessionPolicy
from bot.portal.throttle import ThrottlePolicy
from bot.portal.totp import TotpKeys
from bot.privacy.erasure import TrackerConversations


@dataclass(frozen=True)
class Portal:
    """What the request handlers share (request.app.state.portal)."""

    sessions: sessionmaker[Session]
    templates: Jinja2Templates
    clock: Callable[[], datetime]
    throttle: ThrottlePolicy
    hasher: PasswordHasher
    session_policy: SessionPolicy
    # Who needs a second factor, and the keys of its secrets and recovery codes at rest.
    totp_policy: TotpPolicy
    totp_keys: TotpKeys
    # The tracker store, for a coordinator's erasure of an aanmelding and its conversation.
    conversations: TrackerConversations
    # Editing the knowledge base: a second account publishes (four eyes), and after how many
    # months an entry is due for a check.
    four_eyes: bool = False
    fresh_months: int = 6
    # The insights' events of the first contact, "afgerond" and a live chat's take
    # (STEUNWIJZER_INSIGHTS; off: none are recorded).
    count_insights: bool = True
