"""Starlette application factory. Routes are wiring only; content comes from templates."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.portal.app import create_portal_app
from bot.server_secrets import CONVERSATION_KEY, PORTAL, require_server_secrets
from bot.settings import Settings, load_settings
from bot.text.formatting import dutch_date
from bot.web.overview import overview_items, requested_ids
from bot.web.privacy import PrivacySettings, load_privacy_settings

WEB_DIR = Path(__file__).resolve().parent
# The demo page shows the widget the way a gemeente would embed it.
WIDGET_TITLE = "Steunwijzer"
WIDGET_COLOR = "#0b5394"


def create_app(
    settings: Settings | None = None, privacy: PrivacySettings | None = None
) -> Starlette:
    settings = settings or load_settings()
    # The portal's erasure finds a caregiver's chat by its conversation key.
    require_server_secrets(settings, (PORTAL, CONVERSATION_KEY))
    privacy = privacy or load_privacy_settings()
    templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    templates.env.filters["dutch_date"] = dutch_date
    context = {
        "rasa_url": settings.public_rasa_url,
        "privacy": privacy,
        "retention": {
            "conversation_days": settings.retention_conversation_days,
            "handoff_days": settings.retention_handoff_days,
            "audit_days": settings.retention_audit_days,
            "open_handoff_days": settings.retention_open_handoff_days,
            "insights_days": settings.retention_insights_days,
        },
        # The daily cap on aanmeldingen per internet address keeps a code of the address
        # (bot.channels.address_key); the statement mentions it only when the cap is on.
        "address_cap": settings.max_handoffs_per_ip_per_day > 0,
        # A gemeente may choose not to count (STEUNWIJZER_INSIGHTS=off): the statement says so.
        "insights": settings.insights,
        "widget_title": WIDGET_TITLE,
        "widget_color": WIDGET_COLOR,
    }

    async def demo_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "demo.html", context)

    # Only the sites that may open the chat may frame it (the iframe embed, README).
    frame_ancestors = " ".join(("'self'", *settings.allowed_origins))

    async def chat_page(request: Request) -> Response:
        response = templates.TemplateResponse(request, "chat.html", context)
        response.headers["content-security-policy"] = f"frame-ancestors {frame_ancestors}"
        return response

    async def demo_iframe_page(request: Request) -> Response:
        # The embed as a gemeente writes it: the chat's public address, not this request's.
        chat_url = f"{settings.public_web_url}/chat"
        return templates.TemplateResponse(
            request, "demo_iframe.html", {**context, "chat_url": chat_url}
        )

    async def privacy_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "privacy.html", context)

    async def overview_page(request: Request) -> Response:
        ids = requested_ids(request.query_params.get("aanbod"))
        items = overview_items(settings.database_url, ids)
        return templates.TemplateResponse(request, "overview.html", {**context, "items": items})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/", demo_page),
            Route("/chat", chat_page),
            Route("/voorbeeld-iframe", demo_iframe_page),
            Route("/privacy", privacy_page),
            Route("/overzicht", overview_page),
            Route("/health", health),
            Mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static"),
            Mount("/portal", app=create_portal_app(settings)),
        ]
    )
