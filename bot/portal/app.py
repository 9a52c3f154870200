"""The staff portal as a Starlette app, mounted at /portal by `bot.web.app`.

Why these parts: Starlette is already the web app's framework and fits Rasa 3.6's pins (no
pydantic 2); argon2-cffi hashes passwords; Starlette's SessionMiddleware keeps a cookie signed with
itsdangerous that holds the token of a server-side session (bot.portal.staff_sessions); asgi-csrf checks a double-submit token
on every POST, the login form included; Jinja2 renders the pages with autoescape on.

Cookies are HttpOnly, SameSite=Strict, limited to the portal's path, and Secure when the portal URL
is https. Every response says no-store (pages hold personal data) and carries a strict CSP.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jinja2
from argon2 import PasswordHasher
from asgi_csrf import asgi_csrf
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.db import engine_for, session_factory_for
from bot.keys import conversation_key, conversation_secret
from bot.portal import insights_views, knowledge_views, labels, live_views, views
from bot.portal.auth import TotpPolicy, default_hasher
from bot.portal.context import Portal
from bot.portal.staff_sessions import SessionPolicy
from bot.portal.throttle import ThrottlePolicy
from bot.portal.totp import TotpKeys
from bot.privacy.audit import current_source_ip
from bot.privacy.erasure import TrackerConversations
from bot.server_secrets import PORTAL, server_secret
from bot.settings import Settings

PORTAL_DIR = Path(__file__).resolve().parent
SESSION_COOKIE = "steunwijzer_portal"
CSRF_COOKIE = "steunwijzer_csrf"
SECURITY_HEADERS = {
    "cache-control": "no-store",
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}


def _derived_key(secret: str, purpose: str) -> str:
    # One key per use: a value signed for the session can never pass as a CSRF token.
    return hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response and makes the CSRF cookie HttpOnly.

    asgi-csrf has no HttpOnly option; no script needs the cookie (the token is in the form).
    """

    def __init__(self, app: ASGIApp, csrf_cookie: str = CSRF_COOKIE) -> None:
        self.app = app
        self.csrf_prefix = f"{csrf_cookie}="

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                cookies = headers.getlist("set-cookie")
                if any(cookie.startswith(self.csrf_prefix) for cookie in cookies):
                    del headers["set-cookie"]
                    for cookie in cookies:
                        if cookie.startswith(self.csrf_prefix):
                            cookie += "; HttpOnly"
                        headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SourceAddress:
    """Makes the request's client address the source of its audit entries and login throttles.

    Behind a reverse proxy the address is the proxy's, unless uvicorn is told to trust its
    X-Forwarded-For (FORWARDED_ALLOW_IPS, .env.example)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        reset = current_source_ip.set(client[0] if client else None)
        try:
            await self.app(scope, receive, send)
        finally:
            current_source_ip.reset(reset)


class _EveryPath:
    """asgi-csrf skips POSTs without cookies unless their path is "in" always_protect: check all."""

    def __contains__(self, path: object) -> bool:
        return True


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PORTAL_DIR / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(path_for=_path_for_in_template, labels=labels)
    env.filters.update(
        dutch_datetime=labels.dutch_datetime,
        iso_datetime=labels.iso_datetime,
        phone=labels.phone,
        number=labels.number,
    )
    return Jinja2Templates(env=env)


@jinja2.pass_context
def _path_for_in_template(context: Any, name: str, /, **params: Any) -> str:
    return views.path_for(context["request"], name, **params)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _csrf_failed(templates: Jinja2Templates) -> Callable[..., Any]:
    async def send_csrf_failed(scope: Scope, send: Send, message_id: object) -> None:
        response = templates.TemplateResponse(
            Request(scope),
            "error.html",
            views.page_context(
                Request(scope),
                None,
                title="Formulier verlopen",
                message=(
                    "Dit formulier is verlopen of niet compleet verstuurd. "
                    "Ga terug, laad de pagina opnieuw en probeer het nog een keer."
                ),
            ),
            status_code=403,
        )
        await response(scope, _no_body, send)

    return send_csrf_failed


def create_portal_app(
    settings: Settings,
    *,
    session_factory: sessionmaker[Session] | None = None,
    clock: Callable[[], datetime] | None = None,
    hasher: PasswordHasher | None = None,
    mount_path: str = "/portal",
) -> Starlette:
    """The portal app; mount it at `mount_path` (its cookies are limited to that path)."""
    secret = server_secret(settings, PORTAL)
    secure = settings.portal_url.startswith("https://")
    session_policy = SessionPolicy(
        idle=timedelta(minutes=settings.portal_idle_minutes),
        absolute=timedelta(hours=settings.portal_session_hours),
    )
    templates = _templates()
    middleware = [
        Middleware(SourceAddress),
        Middleware(SecurityHeaders, csrf_cookie=CSRF_COOKIE),
        Middleware(
            SessionMiddleware,
            secret_key=_derived_key(secret, "portal-session"),
            session_cookie=SESSION_COOKIE,
            max_age=int(session_policy.absolute.total_seconds()),
            path=mount_path,
            same_site="strict",
            https_only=secure,
        ),
        Middleware(
            asgi_csrf,
            cookie_name=CSRF_COOKIE,
            signing_secret=_derived_key(secret, "portal-csrf"),
            always_protect=_EveryPath(),
            cookie_path=mount_path,
            cookie_secure=secure,
            cookie_samesite="Strict",
            send_csrf_failed=_csrf_failed(templates),
        ),
    ]
    app = Starlette(
        routes=_routes(),
        middleware=middleware,
        exception_handlers=views.EXCEPTION_HANDLERS,
    )
    app.state.portal = Portal(
        sessions=session_factory or session_factory_for(settings.database_url),
        templates=templates,
        clock=clock or _utc_now,
        throttle=ThrottlePolicy(
            free_per_account_and_address=settings.portal_free_failed_logins,
            max_delay=timedelta(minutes=settings.portal_max_login_wait_minutes),
        ),
        hasher=hasher or default_hasher(),
        session_policy=session_policy,
        totp_policy=TotpPolicy(for_consultants=settings.portal_totp_for_consultants),
        totp_keys=TotpKeys.from_portal_secret(secret),
        conversations=_tracker_conversations(settings),
        four_eyes=settings.portal_four_eyes,
        fresh_months=settings.knowledge_fresh_months,
        count_insights=settings.insights,
    )
    return app


def _tracker_conversations(settings: Settings) -> TrackerConversations:
    # The secret is read once here: finding a conversation hashes every sender id with it.
    secret = conversation_secret(settings)
    return TrackerConversations(
        # The process's one pool for the tracker store: a new app (each test makes one) must not
        # open another that nobody closes.
        engine=engine_for(settings.tracker_store_url),
        key_of=functools.partial(conversation_key, secret=secret),
    )


def _routes() -> list[Route | Mount]:
    aanmelding = "/aanmelding/{reference}"
    entry = "/aanbod/{kind}/{entry_id}"
    return [
        Route("/", views.inbox_page, name="portal_inbox"),
        Route("/login", views.login_page, methods=["GET", "POST"], name="portal_login"),
        Route(
            "/login/code",
            views.second_factor_page,
            methods=["GET", "POST"],
            name="portal_second_factor",
        ),
        Route(
            "/login/activeren",
            views.enrolment_code_page,
            methods=["GET", "POST"],
            name="portal_enrolment_code",
        ),
        Route("/login/app", views.enrol_page, methods=["GET", "POST"], name="portal_enrol"),
        Route("/logout", views.logout, methods=["POST"], name="portal_logout"),
        Route("/logboek", views.audit_page, name="portal_audit_log"),
        Route("/account", views.account_page, name="portal_account"),
        Route(
            "/account/herstelcodes",
            views.new_recovery_codes,
            methods=["POST"],
            name="portal_new_recovery_codes",
        ),
        Route(
            "/bezorging/{reference}/opnieuw",
            views.retry_delivery,
            methods=["POST"],
            name="portal_retry_delivery",
        ),
        Route(aanmelding, views.detail_page, name="portal_detail"),
        Route(f"{aanmelding}/print", views.print_page, name="portal_print"),
        Route(f"{aanmelding}/json", views.export_json, name="portal_export"),
        Route(f"{aanmelding}/oppakken", views.claim, methods=["POST"], name="portal_claim"),
        Route(f"{aanmelding}/notitie", views.add_note, methods=["POST"], name="portal_note"),
        Route(f"{aanmelding}/status", views.set_status, methods=["POST"], name="portal_status"),
        Route(f"{aanmelding}/contact", views.contacted, methods=["POST"], name="portal_contact"),
        Route(f"{aanmelding}/wissen", views.erase, methods=["GET", "POST"], name="portal_erase"),
        Route("/events", live_views.inbox_events, name="portal_inbox_events"),
        Route("/live", live_views.live_page, name="portal_live"),
        Route("/live/events", live_views.queue_events, name="portal_live_events"),
        Route(
            "/live/beschikbaar",
            live_views.set_availability,
            methods=["POST"],
            name="portal_live_available",
        ),
        Route("/live/{chat}", live_views.chat_page, name="portal_live_chat"),
        Route("/live/{chat}/events", live_views.chat_events, name="portal_live_chat_events"),
        Route("/live/{chat}/nemen", live_views.take, methods=["POST"], name="portal_live_take"),
        Route(
            "/live/{chat}/bericht",
            live_views.send_message,
            methods=["POST"],
            name="portal_live_send",
        ),
        Route("/live/{chat}/einde", live_views.end_chat, methods=["POST"], name="portal_live_end"),
        Route("/cijfers", insights_views.insights_page, name="portal_insights"),
        Route("/cijfers/rapport", insights_views.insights_report, name="portal_insights_report"),
        Route("/cijfers/{table}.csv", insights_views.insights_csv, name="portal_insights_csv"),
        Route("/aanbod", knowledge_views.knowledge_page, name="portal_knowledge"),
        Route(entry, knowledge_views.entry_page, methods=["GET", "POST"], name="portal_entry"),
        Route(f"{entry}/versie/{{number}}", knowledge_views.revision_page, name="portal_revision"),
        Route(
            f"{entry}/gecontroleerd",
            knowledge_views.mark_checked,
            methods=["POST"],
            name="portal_mark_checked",
        ),
        Route(
            f"{entry}/versie/{{number}}/publiceren",
            knowledge_views.publish_revision,
            methods=["POST"],
            name="portal_publish",
        ),
        Route(
            f"{entry}/versie/{{number}}/terugzetten",
            knowledge_views.restore_revision,
            methods=["POST"],
            name="portal_restore",
        ),
        Mount("/static", StaticFiles(directory=str(PORTAL_DIR / "static")), name="portal_static"),
    ]
