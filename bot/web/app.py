"""Starlette application factory. Routes are wiring only; content comes from templates."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.settings import Settings, load_settings

WEB_DIR = Path(__file__).resolve().parent


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()
    templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))

    async def demo_page(request: Request) -> Response:
        return templates.TemplateResponse(
            request, "demo.html", {"rasa_url": settings.public_rasa_url}
        )

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/", demo_page),
            Route("/health", health),
            Mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static"),
        ]
    )
