"""The insights in the portal ("Cijfers"): anonymous figures per gemeente and period, for a
gemeente account (its gemeenten) and a coordinator (the gemeenten of its steunpunt).

Pages: the dashboard (a chart and its table per subject), a CSV per table, and the quarterly
report to print. The figures come from bot.insights.aggregation, small cells hidden. Every view,
download and refusal is in the audit log; another gemeente's figures are 404, audited, and the
other roles get 403, audited.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from bot.insights.aggregation import Dashboard, Period, csv_rows, dashboard
from bot.insights.charts import chart
from bot.insights.rollup import roll_up
from bot.portal.auth import StaffIdentity
from bot.portal.context import Portal
from bot.portal.users import gemeenten_of
from bot.portal.views import any_staff, page_context
from bot.privacy import audit
from knowledge.gemeenten import gemeente_names
from knowledge.store import get_steunpunt, load_all_offers

TOGETHER = "samen"
QUARTERS_TO_CHOOSE = 8


def _portal(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


def _audit(request: Request, user: StaffIdentity, action: str, detail: str) -> None:
    portal = _portal(request)
    with portal.sessions() as session, session.begin():
        audit.record(session, actor=user.username, action=action, at=portal.clock(), detail=detail)


def visible_gemeenten(request: Request, user: StaffIdentity) -> tuple[str, ...]:
    """A gemeente account's own gemeenten; a coordinator's: those of its steunpunt."""
    sessions = _portal(request).sessions
    if user.is_gemeente:
        return gemeenten_of(sessions, user.username)
    steunpunt = get_steunpunt(sessions, user.steunpunt_id)
    return tuple(sorted(steunpunt.gemeente_codes)) if steunpunt is not None else ()


@dataclass(frozen=True)
class Choice:
    """What the page shows: one gemeente or all of them together, and a period."""

    key: str  # a CBS code, or TOTAL
    codes: tuple[str, ...]
    label: str
    period: Period

    @property
    def detail(self) -> str:
        return f"{self.key} {self.period.key}"


def _name(code: str) -> str:
    return gemeente_names().get(code, code)


def _options(codes: Sequence[str]) -> list[tuple[str, str]]:
    options = [(code, _name(code)) for code in codes]
    if len(codes) > 1:
        options.append((TOGETHER, "Alle gemeenten samen"))
    return options


def _choice(request: Request, user: StaffIdentity) -> Choice:
    """The gemeente and period asked for; another gemeente's figures are 404, audited."""
    codes = visible_gemeenten(request, user)
    if not codes:
        raise HTTPException(404)
    asked = request.query_params.get("gemeente") or codes[0]
    if asked == TOGETHER and len(codes) > 1:
        chosen = codes
        label = "samen: " + ", ".join(_name(code) for code in codes)
    elif asked in codes:
        chosen = (asked,)
        label = _name(asked)
    else:
        _audit(request, user, "insights_denied", f"gemeente {asked[:12]}: niet van dit account")
        raise HTTPException(404)
    today = _portal(request).clock().date()
    period = Period.parse(request.query_params.get("periode", "")) or Period.quarter_of(today)
    return Choice(asked, chosen, label, period)


def _figures(request: Request, choice: Choice) -> Dashboard:
    sessions = _portal(request).sessions
    # The worker counts the events hourly (with retention); a view does not wait for it.
    roll_up(sessions)
    offers = load_all_offers(sessions)
    names = {offer.id: offer.name for offer in offers}
    local = [
        offer.id
        for offer in offers
        if offer.scope != "landelijk" and set(offer.gemeente_codes) & set(choice.codes)
    ]
    return dashboard(sessions, choice.codes, choice.period, names, local)


async def _guard(request: Request, user: StaffIdentity, page: str) -> None:
    if not user.sees_insights:
        await run_in_threadpool(
            _audit, request, user, "insights_denied", f"{page}: niet voor deze rol"
        )
        raise HTTPException(403)


def _page(request: Request, user: StaffIdentity, template: str, **values: object) -> Response:
    context = page_context(request, user, **values)
    return _portal(request).templates.TemplateResponse(request, template, context)


def _context(request: Request, user: StaffIdentity, choice: Choice) -> dict[str, object]:
    figures = _figures(request, choice)
    periods = Period.quarter_of(_portal(request).clock().date()).previous_quarters(
        QUARTERS_TO_CHOOSE
    )
    years = sorted({p.key[:4] for p in periods}, reverse=True)
    return {
        "nav": "insights",
        "choice": choice,
        "figures": figures,
        "tables": (figures.headline, *figures.tables),
        "charts": {t.id: chart(t) for t in (figures.headline, *figures.tables)},
        "gemeente_options": _options(visible_gemeenten(request, user)),
        "period_options": [(p.key, p.label) for p in periods] + [(y, f"Heel {y}") for y in years],
        "printed_at": _portal(request).clock(),
        "query": urlencode({"gemeente": choice.key, "periode": choice.period.key}),
    }


@any_staff
async def insights_page(request: Request, user: StaffIdentity) -> Response:
    await _guard(request, user, "cijfers")
    choice = _choice(request, user)
    values = await run_in_threadpool(_context, request, user, choice)
    _audit(request, user, "insights_view", choice.detail)
    return _page(request, user, "insights.html", printing=False, **values)


@any_staff
async def insights_report(request: Request, user: StaffIdentity) -> Response:
    await _guard(request, user, "rapport")
    choice = _choice(request, user)
    values = await run_in_threadpool(_context, request, user, choice)
    _audit(request, user, "insights_report", choice.detail)
    return _page(request, user, "insights_report.html", printing=True, **values)


@any_staff
async def insights_csv(request: Request, user: StaffIdentity) -> Response:
    await _guard(request, user, "csv")
    choice = _choice(request, user)
    figures = await run_in_threadpool(_figures, request, choice)
    table = figures.table(request.path_params["table"])
    if table is None:
        raise HTTPException(404)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(csv_rows(table))
    _audit(request, user, "insights_export", f"{choice.detail} {table.id}")
    name = f"steunwijzer-{table.id}-{choice.key}-{choice.period.key}.csv".lower()
    return Response(
        "\ufeff" + out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
