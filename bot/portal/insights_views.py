"""The insights in the portal ("Cijfers"): anonymous figures per gemeente and period, for a
gemeente account (its gemeenten) and a coordinator (the gemeenten of its steunpunt).

Pages: the dashboard (a chart and its table per subject), a CSV per table, and the quarterly
report to print. The figures come from bot.insights.aggregation, small cells hidden. Every view,
download and refusal is in the audit log; another gemeente's figures are 404, audited, and the
other roles get 403, audited.

A region view (#19.3) pools every gemeente of a provincie (the only region the knowledge base
knows: knowledge/data/gemeenten.csv), for the provincies of the account's own gemeenten only,
and shows region totals only, never a gemeente of it. So that the account cannot subtract its
own figures from the region's, a count whose part outside its own gemeenten is 1 to 9 is hidden
too, and when one other gemeente alone has figures the region is not shown at all
(bot.insights.aggregation.dashboard, `outside`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from sqlalchemy import select
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
from knowledge.models import GemeenteRow
from knowledge.store import get_steunpunt, load_all_offers

TOGETHER = "samen"
REGION = "regio-"
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

    key: str  # a CBS code, TOGETHER, or REGION + the provincie's slug
    codes: tuple[str, ...]
    label: str
    period: Period
    # A region view: those of `codes` the account does not see on their own.
    outside: tuple[str, ...] | None = None

    @property
    def detail(self) -> str:
        return f"{self.key} {self.period.key}"


def _name(code: str) -> str:
    return gemeente_names().get(code, code)


@dataclass(frozen=True)
class Region:
    provincie: str
    codes: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"regio {self.provincie}"


def _slug(provincie: str) -> str:
    return REGION + re.sub(r"[^a-z0-9]+", "-", provincie.lower()).strip("-")


def regions_of(request: Request, codes: Sequence[str]) -> dict[str, Region]:
    """The provincies of `codes`, each with all its gemeenten, by their choice key."""
    with _portal(request).sessions() as session:
        rows = session.execute(select(GemeenteRow.code, GemeenteRow.provincie)).all()
    provincie_of = {code: provincie for code, provincie in rows}
    wanted = sorted({provincie_of[code] for code in codes if code in provincie_of})
    return {
        _slug(provincie): Region(
            provincie,
            tuple(sorted(code for code, p in provincie_of.items() if p == provincie)),
        )
        for provincie in wanted
    }


def _options(codes: Sequence[str], regions: Mapping[str, Region]) -> list[tuple[str, str]]:
    options = [(code, _name(code)) for code in codes]
    if len(codes) > 1:
        options.append((TOGETHER, "Alle gemeenten samen"))
    options += [
        (key, f"Regio {region.provincie} (alle gemeenten samen)") for key, region in regions.items()
    ]
    return options


def _choice(request: Request, user: StaffIdentity) -> Choice:
    """The gemeente and period asked for; another gemeente's figures are 404, audited."""
    codes = visible_gemeenten(request, user)
    if not codes:
        raise HTTPException(404)
    asked = request.query_params.get("gemeente") or codes[0]
    regions = regions_of(request, codes) if asked.startswith(REGION) else {}
    outside = None
    if asked in regions:
        chosen = regions[asked].codes
        label = regions[asked].label
        outside = tuple(code for code in chosen if code not in codes)
    elif asked == TOGETHER and len(codes) > 1:
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
    return Choice(asked, chosen, label, period, outside)


def _figures(request: Request, choice: Choice) -> Dashboard:
    sessions = _portal(request).sessions
    # The worker counts the events hourly (with retention); a view does not wait for it.
    roll_up(sessions)
    offers = load_all_offers(sessions)
    names = {offer.id: offer.name for offer in offers}
    own = set(choice.codes) - set(choice.outside or ())
    local = [
        offer.id
        for offer in offers
        if offer.scope != "landelijk" and set(offer.gemeente_codes) & own
    ]
    named = None
    if choice.outside is not None:
        named = {o.id for o in offers if o.scope == "landelijk" or set(o.gemeente_codes) & own}
    return dashboard(sessions, choice.codes, choice.period, names, local, choice.outside, named)


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
    codes = visible_gemeenten(request, user)
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
        "gemeente_options": _options(codes, regions_of(request, codes)),
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
    if table is None or figures.withheld:
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
