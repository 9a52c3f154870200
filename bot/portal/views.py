"""The portal's request handlers: wiring between forms, `bot.portal.handoffs` and the templates.

Who is logged in is looked up on every request: the signed session cookie holds a token of a
server-side session (bot.portal.staff_sessions), which logout, an idle or too long session, a
deactivated account or a new password ends. Changes are POSTs (CSRF-checked by the app's middleware) answered with a redirect
and a short message on the next page.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.handoff.models import HANDOFF_STATUSES
from bot.portal import audit, handoffs, labels
from bot.portal.auth import LoginOutcome, StaffIdentity, authenticate
from bot.portal.staff_sessions import SessionEnd, end_session, resume_session, start_session
from knowledge.store import get_steunpunt

if TYPE_CHECKING:
    from bot.portal.app import Portal

REFERENCE = re.compile(r"MZ-[A-Z0-9]{6}")
FILTER_LABELS = {
    "open": "open (nieuw en in behandeling)",
    "nieuw": "nieuw",
    "in_behandeling": "in behandeling",
    "afgerond": "afgerond",
    "ingetrokken": "ingetrokken",
    "alle": "alle",
}
LOGIN_FAILED = "De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw."
SESSION_EXPIRED = {
    SessionEnd.TOO_LONG: "U was te lang ingelogd. Log opnieuw in.",
    SessionEnd.IDLE: "U heeft een tijd niets gedaan in het portaal. Log opnieuw in.",
}

Handler = Callable[[Request], Awaitable[Response]]
UserHandler = Callable[[Request, StaffIdentity], Awaitable[Response]]


def _portal(request: Request) -> Portal:
    return request.app.state.portal


def path_for(request: Request, name: str, /, **params: Any) -> str:
    """A route's path, under whatever prefix the portal is mounted at (no host, no scheme)."""
    return request.scope.get("root_path", "") + str(request.app.url_path_for(name, **params))


def _redirect(request: Request, name: str, **params: Any) -> RedirectResponse:
    return RedirectResponse(path_for(request, name, **params), status_code=303)


def _flash(request: Request, message: str) -> None:
    request.session["flash"] = message


# --- who is logged in ---------------------------------------------------------------------------


def current_user(request: Request) -> StaffIdentity | None:
    token = request.session.get("token")
    if not isinstance(token, str):
        return None
    portal = _portal(request)
    resumed = resume_session(portal.sessions, token, portal.clock(), portal.session_policy)
    if resumed.identity is None:
        request.session.clear()
        if resumed.ended in SESSION_EXPIRED:
            _flash(request, SESSION_EXPIRED[resumed.ended])
    return resumed.identity


def _safe_next(request: Request, target: str | None) -> str | None:
    """Only a path inside the portal: never another site after logging in."""
    prefix = request.scope.get("root_path", "") + "/"
    if target and target.startswith(prefix) and not target.startswith("//") and "\\" not in target:
        return target
    return None


def login_required(handler: UserHandler) -> Handler:
    @functools.wraps(handler)
    async def wrapper(request: Request) -> Response:
        user = current_user(request)
        if user is None:
            login = path_for(request, "portal_login")
            if request.method == "GET":
                request.session["next"] = request.url.path
            return RedirectResponse(login, status_code=303)
        return await handler(request, user)

    return wrapper


def coordinator_only(handler: UserHandler) -> UserHandler:
    @functools.wraps(handler)
    async def wrapper(request: Request, user: StaffIdentity) -> Response:
        if not user.is_coordinator:
            raise HTTPException(403)
        return await handler(request, user)

    return wrapper


def _reference(request: Request) -> str:
    reference = request.path_params["reference"]
    if not REFERENCE.fullmatch(reference):
        raise HTTPException(404)
    return reference


# --- rendering ----------------------------------------------------------------------------------


def _steunpunt_name(request: Request, user: StaffIdentity) -> str:
    with _portal(request).sessions() as session:
        steunpunt = get_steunpunt(session, user.steunpunt_id)
    return steunpunt.name if steunpunt is not None else user.steunpunt_id


def page_context(request: Request, user: StaffIdentity | None, **values: Any) -> dict[str, Any]:
    """What every page needs: the user, the steunpunt, the CSRF token and a pending message."""
    return {
        "user": user,
        "steunpunt_name": _steunpunt_name(request, user) if user is not None else None,
        "csrftoken": request.scope.get("csrftoken", lambda: ""),
        "flash": request.session.pop("flash", None) if "session" in request.scope else None,
        "nav": None,
        **values,
    }


def _render(
    request: Request,
    template: str,
    user: StaffIdentity | None,
    status_code: int = 200,
    **values: Any,
) -> Response:
    return _portal(request).templates.TemplateResponse(
        request, template, page_context(request, user, **values), status_code=status_code
    )


async def _error_page(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    messages = {
        403: ("Geen toegang", "Deze pagina is alleen voor coördinatoren van het steunpunt."),
        404: (
            "Niet gevonden",
            "Deze pagina of aanmelding bestaat niet, of hoort bij een ander steunpunt.",
        ),
        405: ("Niet gevonden", "Deze pagina bestaat niet."),
    }
    title, message = messages.get(status, ("Er ging iets mis", "Probeer het later opnieuw."))
    user = current_user(request) if "session" in request.scope else None
    return _render(request, "error.html", user, status, title=title, message=message)


async def _withdrawn(request: Request, exc: Exception) -> Response:
    reference = _reference(request)
    _flash(
        request,
        f"De mantelzorger heeft {reference} ingetrokken. U kunt er niets meer aan veranderen.",
    )
    return _redirect(request, "portal_detail", reference=reference)


EXCEPTION_HANDLERS: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
    403: _error_page,
    404: _error_page,
    405: _error_page,
    handoffs.Withdrawn: _withdrawn,
}


# --- login --------------------------------------------------------------------------------------


async def login_page(request: Request) -> Response:
    if current_user(request) is not None:
        return _redirect(request, "portal_inbox")
    if request.method == "GET":
        return _render(request, "login.html", None, username="", errors={}, summary=None)
    form = await request.form()
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    errors = {}
    if not username:
        errors["username"] = "Vul uw gebruikersnaam in."
    if not password:
        errors["password"] = "Vul uw wachtwoord in."
    if errors:
        return _render(
            request, "login.html", None, 400, username=username, errors=errors, summary=None
        )
    portal = _portal(request)
    result = await run_in_threadpool(
        authenticate,
        portal.sessions,
        username,
        password,
        portal.clock(),
        source_ip=audit.current_source_ip.get(),
        policy=portal.throttle,
        hasher=portal.hasher,
    )
    if result.outcome is LoginOutcome.OK and result.identity is not None:
        target = _safe_next(request, request.session.get("next"))
        request.session.clear()
        request.session["token"] = start_session(
            portal.sessions, result.identity, portal.clock(), portal.session_policy
        )
        if target:
            return RedirectResponse(target, status_code=303)
        return _redirect(request, "portal_inbox")
    if result.outcome is LoginOutcome.WAIT:
        summary = (
            "Er is te vaak geprobeerd in te loggen met deze gegevens. "
            f"Wacht {labels.waiting_time(result.seconds_to_wait)} en probeer het dan opnieuw."
        )
    else:
        summary = LOGIN_FAILED
    return _render(request, "login.html", None, 400, username=username, errors={}, summary=summary)


async def logout(request: Request) -> Response:
    user = current_user(request)
    if user is not None:
        portal = _portal(request)
        end_session(portal.sessions, request.session["token"])
        with portal.sessions() as session, session.begin():
            audit.record(session, actor=user.username, action="logout", at=portal.clock())
    request.session.clear()
    _flash(request, "U bent uitgelogd.")
    return _redirect(request, "portal_login")


# --- inbox --------------------------------------------------------------------------------------


@login_required
async def inbox_page(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chosen = request.query_params.get("status", "open")
    if chosen not in handoffs.STATUS_FILTERS:
        chosen = "open"
    rows = handoffs.inbox(portal.sessions, user, handoffs.STATUS_FILTERS[chosen])
    problems = handoffs.failed_deliveries(portal.sessions, user) if user.is_coordinator else []
    return _render(
        request,
        "inbox.html",
        user,
        nav="inbox",
        rows=rows,
        problems=problems,
        chosen=chosen,
        filters=FILTER_LABELS,
        names=handoffs.staff_names(portal.sessions, user.steunpunt_id),
    )


@login_required
@coordinator_only
async def retry_delivery(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    reference = _reference(request)
    count = handoffs.retry_deliveries(portal.sessions, user, reference, portal.clock())
    if count is None:
        raise HTTPException(404)
    if count:
        _flash(request, f"De bezorging van {reference} wordt zo opnieuw geprobeerd.")
    else:
        _flash(request, f"Voor {reference} stond geen mislukte bezorging meer klaar.")
    return _redirect(request, "portal_inbox")


@login_required
@coordinator_only
async def audit_page(request: Request, user: StaffIdentity) -> Response:
    entries = audit.steunpunt_log(_portal(request).sessions, user.steunpunt_id)
    return _render(request, "audit.html", user, nav="audit", entries=entries)


# --- one aanmelding -----------------------------------------------------------------------------


def _open(request: Request, user: StaffIdentity, action: str) -> handoffs.HandoffDetail:
    portal = _portal(request)
    detail = handoffs.open_handoff(
        portal.sessions, user, _reference(request), portal.clock(), action=action
    )
    if detail is None:
        raise HTTPException(404)
    return detail


def _detail_response(
    request: Request,
    user: StaffIdentity,
    status_code: int = 200,
    *,
    errors: dict[str, str] | None = None,
    note: str = "",
) -> Response:
    detail = _open(request, user, "view")
    return _render(
        request,
        "detail.html",
        user,
        status_code,
        nav="inbox",
        item=detail,
        document=detail.document,
        names=handoffs.staff_names(_portal(request).sessions, user.steunpunt_id),
        statuses=HANDOFF_STATUSES,
        errors=errors or {},
        note=note,
    )


@login_required
async def detail_page(request: Request, user: StaffIdentity) -> Response:
    return _detail_response(request, user)


@login_required
async def print_page(request: Request, user: StaffIdentity) -> Response:
    detail = _open(request, user, "print")
    return _render(
        request,
        "print.html",
        user,
        item=detail,
        document=detail.document,
        names=handoffs.staff_names(_portal(request).sessions, user.steunpunt_id),
        printed_at=_portal(request).clock(),
    )


@login_required
async def export_json(request: Request, user: StaffIdentity) -> Response:
    detail = _open(request, user, "export")
    body = json.dumps(detail.document, ensure_ascii=False, indent=2) + "\n"
    return Response(
        body,
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="{detail.reference}.json"'},
    )


@login_required
async def claim(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    reference = _reference(request)
    result = handoffs.claim(portal.sessions, user, reference, portal.clock())
    if result is handoffs.ClaimResult.NOT_FOUND:
        raise HTTPException(404)
    if result is handoffs.ClaimResult.CLAIMED:
        _flash(request, f"U heeft {reference} opgepakt.")
    else:
        _flash(request, f"{reference} was al opgepakt of is gesloten. Kijk wie het heeft.")
    return _redirect(request, "portal_detail", reference=reference)


@login_required
async def add_note(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    reference = _reference(request)
    text = str((await request.form()).get("note", ""))
    problem = handoffs.note_problem(text)
    if problem is not None:
        return _detail_response(request, user, 400, errors={"note": problem}, note=text)
    if not handoffs.add_note(portal.sessions, user, reference, text, portal.clock()):
        raise HTTPException(404)
    _flash(request, "Uw notitie is bewaard.")
    return _redirect(request, "portal_detail", reference=reference)


@login_required
async def set_status(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    reference = _reference(request)
    status = str((await request.form()).get("status", ""))
    if status not in HANDOFF_STATUSES:
        return _detail_response(request, user, 400, errors={"status": "Kies een status."})
    if not handoffs.change_status(portal.sessions, user, reference, status, portal.clock()):
        raise HTTPException(404)
    _flash(request, f"De status is nu: {labels.STATUS_LABELS[status].lower()}.")
    return _redirect(request, "portal_detail", reference=reference)


@login_required
async def contacted(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    reference = _reference(request)
    if not handoffs.mark_contacted(portal.sessions, user, reference, portal.clock()):
        raise HTTPException(404)
    _flash(request, "Bewaard: u heeft contact gehad met de mantelzorger.")
    return _redirect(request, "portal_detail", reference=reference)


@login_required
@coordinator_only
async def erase(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    if request.method == "GET":
        detail = _open(request, user, "view")
        return _render(request, "erase.html", user, nav="inbox", item=detail)
    reference = _reference(request)
    erased = handoffs.erase(
        portal.sessions, user, reference, portal.clock(), conversations=portal.conversations
    )
    if not erased:
        raise HTTPException(404)
    _flash(request, f"Aanmelding {reference} is gewist.")
    return _redirect(request, "portal_inbox")
