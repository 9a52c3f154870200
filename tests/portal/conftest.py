"""The portal on a real SQLite file: two steunpunten, their staff, aanmeldingen, an injected clock.

Staff made with `add_user` have their authenticator app set up with a known secret
(`totp_secret`), and `login` types the app's code after the password, as staff do.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyotp
import pytest
import uvicorn
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

import knowledge.models  # noqa: F401  (the tables of all four on Base.metadata)
from bot.db import Base, create_db_engine, create_session_factory
from bot.handoff.store import create_handoff
from bot.portal import second_factor, totp, users
from bot.portal.app import CSRF_COOKIE, create_portal_app
from bot.portal.auth import find_user, normalize_username
from bot.portal.models import StaffUser
from bot.privacy.audit import CLI_ACTOR
from bot.privacy.models import AuditEntry
from bot.settings import Settings
from knowledge.models import SteunpuntRow
from tests.handoff.conftest import make_document, make_steunpunt
from tests.support import development_settings, free_port

START = datetime(2026, 11, 24, 13, 5, tzinfo=timezone.utc)
PASSWORD = "lang-genoeg-wachtwoord"
ZWOLLE = "gm0193_steunpunt"
UTRECHT = "gm0344_steunpunt"
STEUNPUNT_NAMES = {
    ZWOLLE: "Steunpunt Mantelzorg Zwolle (voorbeeld)",
    UTRECHT: "Steunpunt Mantelzorg Utrecht (voorbeeld)",
}
# Cheap argon2 parameters keep the many logins in these tests fast; production uses the defaults.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
CSRF_FIELD = re.compile(r'name="csrftoken" value="([^"]+)"')
# The portal secret of these tests: the TOTP secrets set up by `add_user` are encrypted with it.
PORTAL_SECRET = "test-portal-secret-" + "x" * 32
TOTP_KEYS = totp.TotpKeys.from_portal_secret(PORTAL_SECRET)


class Clock:
    """The portal's clock, moved by the test."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'app.db'}"


def create_database(db_url: str) -> Engine:
    """The app database's tables with the two steunpunten in the knowledge base."""
    engine = create_db_engine(db_url)
    Base.metadata.create_all(engine)
    with create_session_factory(engine)() as session, session.begin():
        for steunpunt_id, name in STEUNPUNT_NAMES.items():
            session.add(
                SteunpuntRow(
                    id=steunpunt_id,
                    name=name,
                    email=f"info@{steunpunt_id}.example.org",
                    response_days=3,
                    handoff_email=f"aanmeldingen@{steunpunt_id}.example.org",
                    source_url="https://example.org/voorbeelddata",
                    last_checked=date(2026, 11, 24),
                    example=True,
                    source_file="test.yml",
                )
            )
    return engine


@pytest.fixture
def session_factory(db_url: str) -> Iterator[sessionmaker]:
    engine = create_database(db_url)
    try:
        yield create_session_factory(engine)
    finally:
        engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def portal_settings(tmp_path: Path, db_url: str, **environ: str) -> Settings:
    return development_settings(
        {
            "STEUNWIJZER_VAR_DIR": str(tmp_path / "var"),
            "STEUNWIJZER_DATABASE_URL": db_url,
            "STEUNWIJZER_PORTAL_SECRET": PORTAL_SECRET,
            **environ,
        }
    )


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return portal_settings(tmp_path, db_url)


@contextmanager
def served_portal(tmp_path: Path, db_url: str, sessions: sessionmaker) -> Iterator[str]:
    """The portal on a free loopback port in a thread, for a real browser; its base URL."""
    app = Starlette(
        routes=[
            Mount(
                "/portal",
                app=create_portal_app(
                    portal_settings(tmp_path, db_url), session_factory=sessions, hasher=FAST_HASHER
                ),
            )
        ]
    )
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the portal did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/portal"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def portal_client(
    settings: Settings, session_factory: sessionmaker, clock: Clock, **options: Any
) -> TestClient:
    """The portal mounted at /portal, as bot.web.app mounts it, with the test's clock."""
    portal = create_portal_app(
        settings,
        session_factory=session_factory,
        clock=clock,
        hasher=options.pop("hasher", FAST_HASHER),
    )
    return TestClient(Starlette(routes=[Mount("/portal", app=portal)]), **options)


@pytest.fixture
def client(settings: Settings, session_factory: sessionmaker, clock: Clock) -> TestClient:
    return portal_client(settings, session_factory, clock, follow_redirects=False)


@dataclass(frozen=True)
class Staff:
    username: str
    role: str
    steunpunt_id: str


CONSULTANT = Staff("anna", "consultant", ZWOLLE)
COORDINATOR = Staff("carla", "coordinator", ZWOLLE)
OTHER_CONSULTANT = Staff("otto", "consultant", UTRECHT)
OTHER_COORDINATOR = Staff("olga", "coordinator", UTRECHT)
DISPLAY_NAMES = {
    "anna": "Anna de Vries",
    "carla": "Carla Jansen",
    "otto": "Otto Bakker",
    "olga": "Olga Visser",
}


def add_user(
    session_factory: sessionmaker,
    staff: Staff,
    *,
    password: str = PASSWORD,
    hasher: PasswordHasher = FAST_HASHER,
    with_app: bool = True,
) -> None:
    """A staff account; `with_app`: its authenticator app is set up already (`totp_secret`)."""
    users.create_user(
        session_factory,
        username=staff.username,
        display_name=DISPLAY_NAMES.get(staff.username, staff.username),
        role=staff.role,
        steunpunt_id=staff.steunpunt_id,
        password=password,
        now=START,
        hasher=hasher,
    )
    if with_app:
        set_up_app(session_factory, staff.username)


def totp_secret(username: str) -> str:
    """The known authenticator secret of a test account."""
    digest = hashlib.sha256(normalize_username(username).encode()).digest()[:20]
    return base64.b32encode(digest).decode("ascii")


def set_up_app(session_factory: sessionmaker, username: str) -> list[str]:
    """Set up the account's app with `totp_secret`, as enrolment would; returns the recovery
    codes. Not audited, so the tests' audit logs show only what they do themselves."""
    with session_factory() as session, session.begin():
        user = find_user(session, username)
        assert user is not None
        user.totp_secret = totp.encrypt_secret(TOTP_KEYS, user.username, totp_secret(username))
        return second_factor.activate(session, user, None, TOTP_KEYS, START)


def issue_enrolment_code(
    session_factory: sessionmaker, username: str, now: datetime = START
) -> str:
    """The administrator's one-time code with which the account sets up its first app."""
    return users.issue_enrolment_code(session_factory, username, now=now).code


@pytest.fixture
def staff(session_factory: sessionmaker) -> None:
    for person in (CONSULTANT, COORDINATOR, OTHER_CONSULTANT, OTHER_COORDINATOR):
        add_user(session_factory, person)


def store_handoff(
    session_factory: sessionmaker,
    reference: str,
    *,
    steunpunt_id: str = ZWOLLE,
    urgency: str = "normaal",
    created_at: datetime = START,
    conversation_key: str | None = None,
    **document_options: Any,
) -> dict[str, Any]:
    """Store a schema-valid aanmelding through the product's own store; returns the document."""
    steunpunt = make_steunpunt(id=steunpunt_id, name=STEUNPUNT_NAMES[steunpunt_id])
    document = make_document(reference=reference, steunpunt=steunpunt, **document_options)
    document["urgency"] = {
        "level": urgency,
        "signals": [] if urgency == "normaal" else ["Overbelast volgens de vragenlijst"],
    }
    document["created_at"] = created_at.isoformat().replace("+00:00", "Z")
    create_handoff(session_factory, document, steunpunt, conversation_key=conversation_key)
    return document


def csrf_token(client: TestClient, page: str = "/portal/login") -> str:
    """The token the pages put in their forms (the CSRF cookie is set on the first page)."""
    token = client.cookies.get(CSRF_COOKIE)
    if token:
        return token
    match = CSRF_FIELD.search(client.get(page).text)
    assert match, "the page has no CSRF field"
    return match.group(1)


def login(
    client: TestClient, username: str, password: str = PASSWORD, *, with_code: bool = True
) -> Any:
    """Log in; when the portal then asks for the app's code (and `with_code`), type the next
    unused one. Returns the last response."""
    token = csrf_token(client)
    response = client.post(
        "/portal/login",
        data={"username": username, "password": password, "csrftoken": token},
    )
    if with_code and response.headers.get("location") == "/portal/login/code":
        return post(client, "/portal/login/code", code=next_code(client, username))
    return response


def _portal_of(client: TestClient) -> Any:
    """The portal's shared state behind a client made by `portal_client`."""
    return client.app.routes[0].app.state.portal  # type: ignore[attr-defined]


def next_code(client: TestClient, username: str) -> str:
    """The app's code for the earliest step the portal still accepts: tests log in several times
    at one moment of their clock, and a step is accepted only once."""
    portal = _portal_of(client)
    with portal.sessions() as session:
        user = find_user(session, username)
        last = user.totp_last_step if isinstance(user, StaffUser) else None
    current = totp.step_at(portal.clock())
    step = max(current - totp.DRIFT_STEPS, -1 if last is None else last + 1)
    assert step <= current + totp.DRIFT_STEPS, (
        "no unused step left at this moment: advance the clock"
    )
    return pyotp.TOTP(totp_secret(username)).at(step * totp.STEP_SECONDS)


def post(client: TestClient, path: str, **data: str) -> Any:
    return client.post(path, data={"csrftoken": csrf_token(client), **data})


def audit_entries(session_factory: sessionmaker) -> list[tuple[str, str, str | None]]:
    """(actor, action, reference) of the portal's entries (not the account changes of the
    command line) in the order they were written."""
    with session_factory() as session:
        query = select(AuditEntry).where(AuditEntry.actor != CLI_ACTOR).order_by(AuditEntry.id)
        return [
            (entry.actor, entry.action, entry.handoff_reference)
            for entry in session.execute(query).scalars()
        ]


def text_of(html: str) -> str:
    """Page text with tags removed and white space collapsed, for assertions on wording."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
