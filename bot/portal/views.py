"""The portal's request handlers: wiring between forms, `bot.portal.handoffs` and the templates.

Who is logged in is looked up on every request: the signed session cookie holds a token of a
server-side session (bot.portal.staff_sessions), which logout, an idle or too long session, a
deactivated account or a new password ends. Between a correct password and the second factor
(bot.portal.second_factor) the cookie holds only a pending login, which opens no page. Changes are POSTs (CSRF-checked by the app's middleware) answered with a redirect
and a short message on the next page.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.handoff.dialogue import AMSTERDAM
from bot.handoff.models import HANDOFF_STATUSES
from bot.portal import handoffs, labels, second_factor, totp
from bot.portal.audit import steunpunt_log
from bot.portal.auth import LoginOutcome, LoginResult, SecondStep, StaffIdentity, authenticate
from bot.portal.context import Portal
from bot.portal.second_factor import Attempt, Pending
from bot.portal.staff_sessions import SessionEnd, end_session, resume_session, start_session
from bot.portal.users import gemeenten_of
from bot.privacy import audit
from knowledge.gemeenten import gemeente_names
from knowledge.store import get_steunpunt

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
CODE_FAILED = (
    "Deze code klopt niet. Typ de code die de app nu laat zien, "
    "of een herstelcode die u nog niet heeft gebruikt."
)
ENROL_FAILED = (
    "Deze code klopt niet. Kijk of de app de sleutel goed heeft overgenomen "
    "en typ de code die de app nu laat zien."
)
CODE_MISSING = "Vul de code uit de app in."
# One answer for a wrong, used and expired enrolment code: a guesser learns nothing from it.
ENROLMENT_CODE_FAILED = (
    "Deze activeringscode klopt niet, is al gebruikt of is verlopen. Kijk of u hem goed heeft "
    "overgetypt. Lukt het niet? Vraag de beheerder van het portaal om een nieuwe code."
)
ENROLMENT_CODE_MISSING = "Vul de activeringscode in."
RENEW_FAILED = "Deze code klopt niet. Typ de code die de app nu laat zien."
LOGIN_RESTART = "Het inloggen duurde te lang of uw account is veranderd. Log opnieuw in."
# The session key of a login whose password was right and whose second factor is still to come.
PENDING_KEY = "pending_login"
SESSION_EXPIRED = {
    SessionEnd.TOO_LONG: "U was te lang ingelogd. Log opnieuw in.",
    SessionEnd.IDLE: "U heeft een tijd niets gedaan in het portaal. Log opnieuw in.",
}

Handler = Callable[[Request], Awaitable[Response]]
UserHandler = Callable[[Request, StaffIdentity], Awaitable[Response]]


def _portal(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


def path_for(request: Request, name: str, /, **params: Any) -> str:
    """A route's path, under whatever prefix the portal is mounted at (no host, no scheme)."""
    root: str = request.scope.get("root_path", "")
    return root + str(request.app.url_path_for(name, **params))


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


def any_staff(handler: UserHandler) -> Handler:
    """A page for every logged-in account, editors too (their account, the knowledge base)."""

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


def login_required(handler: UserHandler) -> Handler:
    """A page of aanmeldingen: for consultants and coordinators. An editor of the knowledge base
    and a gemeente account see no caregiver's data: the inbox sends them to their own page (the
    knowledge base, the figures), other pages are 403; a gemeente account's refusal is audited."""

    @functools.wraps(handler)
    async def for_handoff_staff(request: Request, user: StaffIdentity) -> Response:
        if not user.sees_aanmeldingen:
            if request.url.path == path_for(request, "portal_inbox"):
                return _redirect(
                    request, "portal_insights" if user.is_gemeente else "portal_knowledge"
                )
            if user.is_gemeente:
                portal = _portal(request)
                with portal.sessions() as session, session.begin():
                    audit.record(
                        session,
                        actor=user.username,
                        action="denied",
                        at=portal.clock(),
                        reference=_known_reference(request),
                        detail="gemeente: geen toegang tot aanmeldingen",
                    )
            raise HTTPException(403)
        return await handler(request, user)

    return any_staff(for_handoff_staff)


def only_for(allowed: Callable[[StaffIdentity], bool]) -> Callable[[UserHandler], UserHandler]:
    """A page for one role: anyone else signed in gets 403."""

    def guard(handler: UserHandler) -> UserHandler:
        @functools.wraps(handler)
        async def wrapper(request: Request, user: StaffIdentity) -> Response:
            if not allowed(user):
                raise HTTPException(403)
            return await handler(request, user)

        return wrapper

    return guard


coordinator_only = only_for(lambda user: user.is_coordinator)


def _known_reference(request: Request) -> str | None:
    reference = request.path_params.get("reference")
    return reference if isinstance(reference, str) and REFERENCE.fullmatch(reference) else None


def _reference(request: Request) -> str:
    reference: str = request.path_params["reference"]
    if not REFERENCE.fullmatch(reference):
        raise HTTPException(404)
    return reference


# --- rendering ----------------------------------------------------------------------------------


def _steunpunt_name(request: Request, user: StaffIdentity) -> str:
    if user.is_gemeente:  # no steunpunt: the gemeenten whose figures it sees
        names = gemeente_names()
        codes = gemeenten_of(_portal(request).sessions, user.username)
        return ", ".join(names.get(code, code) for code in codes)
    steunpunt = get_steunpunt(_portal(request).sessions, user.steunpunt_id)
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
        403: ("Geen toegang", "U heeft geen toegang tot deze pagina."),
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
        totp_policy=portal.totp_policy,
    )
    if result.outcome is LoginOutcome.OK and result.identity is not None:
        return _after_password(request, result)
    return _render(
        request, "login.html", None, 400, username=username, errors={}, summary=_refusal(result)
    )


def _refusal(result: LoginResult, failed: str = LOGIN_FAILED) -> str:
    """One answer for every failure; a wait says how long."""
    if result.outcome is LoginOutcome.WAIT:
        return (
            "Er is te vaak geprobeerd in te loggen met deze gegevens. "
            f"Wacht {labels.waiting_time(result.seconds_to_wait)} en probeer het dan opnieuw."
        )
    return failed


def _after_password(request: Request, result: LoginResult) -> Response:
    identity = result.identity
    assert identity is not None
    if result.second_step is SecondStep.NONE:
        return _begin_session(request, identity)
    _keep_only_next(request)
    deadline = _portal(request).clock() + totp.PENDING_LOGIN
    request.session[PENDING_KEY] = {
        "username": identity.username,
        "stamp": identity.password_stamp,
        "until": deadline.timestamp(),
    }
    if result.second_step is SecondStep.ENROL:
        return _redirect(request, "portal_enrolment_code")
    return _redirect(request, "portal_second_factor")


def _keep_only_next(request: Request) -> None:
    target = request.session.get("next")
    request.session.clear()
    if target:
        request.session["next"] = target


def _landing(request: Request) -> str:
    """Where a completed login goes: the page asked for, else the inbox."""
    return _safe_next(request, request.session.get("next")) or path_for(request, "portal_inbox")


def _begin_session(request: Request, identity: StaffIdentity) -> Response:
    target = _landing(request)
    _start_session(request, identity)
    return RedirectResponse(target, status_code=303)


def _start_session(request: Request, identity: StaffIdentity) -> None:
    portal = _portal(request)
    request.session.clear()
    request.session["token"] = start_session(
        portal.sessions, identity, portal.clock(), portal.session_policy
    )


# --- the second factor --------------------------------------------------------------------------


def _pending(request: Request) -> Pending | None:
    """The pending login in the cookie, while its five minutes last."""
    marker = request.session.get(PENDING_KEY)
    if not isinstance(marker, dict):
        return None
    try:
        username, stamp, until = (
            str(marker["username"]),
            str(marker["stamp"]),
            float(marker["until"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
    if _portal(request).clock().timestamp() > until:
        return None
    enrolment = marker.get("enrolment")
    return Pending(username, stamp, enrolment if isinstance(enrolment, str) else None)


def _restart_login(request: Request) -> Response:
    _keep_only_next(request)
    _flash(request, LOGIN_RESTART)
    return _redirect(request, "portal_login")


def _attempt(request: Request) -> Attempt:
    portal = _portal(request)
    return Attempt(
        now=portal.clock(),
        source_ip=audit.current_source_ip.get(),
        throttle=portal.throttle,
        keys=portal.totp_keys,
    )


async def _typed_code(request: Request) -> str:
    return str((await request.form()).get("code", "")).strip()


async def second_factor_page(request: Request) -> Response:
    pending = _pending(request)
    if pending is None:
        return _restart_login(request)
    if request.method == "GET":
        return _render(request, "code.html", None, error=None)
    code = await _typed_code(request)
    if not code:
        return _render(request, "code.html", None, 400, error=CODE_MISSING)
    portal = _portal(request)
    result = await run_in_threadpool(
        second_factor.verify, portal.sessions, pending, code, _attempt(request)
    )
    if result.outcome is LoginOutcome.OK and result.identity is not None:
        return _begin_session(request, result.identity)
    if result.outcome is LoginOutcome.RESTART:
        return _restart_login(request)
    return _render(request, "code.html", None, 400, error=_refusal(result, CODE_FAILED))


async def enrolment_code_page(request: Request) -> Response:
    """The administrator's enrolment code, asked before the app's secret is shown."""
    pending = _pending(request)
    if pending is None:
        return _restart_login(request)
    if request.method == "GET":
        return _render(request, "enrolment_code.html", None, error=None)
    typed = str((await request.form()).get("activeringscode", "")).strip()
    if not typed:
        return _render(request, "enrolment_code.html", None, 400, error=ENROLMENT_CODE_MISSING)
    portal = _portal(request)
    checked = await run_in_threadpool(
        second_factor.check_enrolment_code, portal.sessions, pending, typed, _attempt(request)
    )
    if checked.result.outcome is LoginOutcome.OK and checked.code_hash is not None:
        # The signed cookie remembers the accepted code; the enrolment checks it again, so a
        # code issued anew meanwhile ends this one.
        request.session[PENDING_KEY] = {
            **request.session[PENDING_KEY],
            "enrolment": checked.code_hash,
        }
        return _redirect(request, "portal_enrol")
    if checked.result.outcome is LoginOutcome.RESTART:
        return _restart_login(request)
    error = _refusal(checked.result, ENROLMENT_CODE_FAILED)
    return _render(request, "enrolment_code.html", None, 400, error=error)


async def enrol_page(request: Request) -> Response:
    pending = _pending(request)
    if pending is None:
        return _restart_login(request)
    if pending.enrolment_code_hash is None:
        return _redirect(request, "portal_enrolment_code")
    if request.method == "GET":
        return _enrol_form(request, pending, None)
    code = await _typed_code(request)
    if not code:
        return _enrol_form(request, pending, CODE_MISSING)
    portal = _portal(request)
    enrolled = await run_in_threadpool(
        second_factor.confirm_enrolment, portal.sessions, pending, code, _attempt(request)
    )
    identity = enrolled.result.identity
    if enrolled.result.outcome is LoginOutcome.OK and identity is not None:
        target = _landing(request)
        _start_session(request, identity)
        # Shown in this response only: the codes are never stored in the clear, not even in
        # the cookie.
        return _render(
            request,
            "recovery_codes.html",
            identity,
            codes=enrolled.recovery_codes,
            next=target,
            renewed=False,
        )
    if enrolled.result.outcome is LoginOutcome.RESTART:
        return _restart_login(request)
    return _enrol_form(request, pending, _refusal(enrolled.result, ENROL_FAILED))


def _enrol_form(request: Request, pending: Pending, error: str | None) -> Response:
    portal = _portal(request)
    secret = second_factor.enrolment_secret(
        portal.sessions, pending, portal.totp_keys, portal.clock()
    )
    if secret is None:
        return _restart_login(request)
    return _render(
        request,
        "enrol.html",
        None,
        400 if error else 200,
        secret=totp.grouped(secret),
        qr=totp.qr_data_uri(totp.provisioning_uri(secret, pending.username)),
        error=error,
    )


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


# --- my account: new recovery codes ---------------------------------------------------------------


def _account_response(
    request: Request, user: StaffIdentity, status_code: int = 200, error: str | None = None
) -> Response:
    portal = _portal(request)
    return _render(
        request,
        "account.html",
        user,
        status_code,
        nav="account",
        has_app=second_factor.has_app(portal.sessions, user.username),
        unused=second_factor.unused_recovery_codes(portal.sessions, user.username),
        error=error,
    )


@any_staff
async def account_page(request: Request, user: StaffIdentity) -> Response:
    return _account_response(request, user)


@any_staff
async def new_recovery_codes(request: Request, user: StaffIdentity) -> Response:
    """Ten new recovery codes after a current code from the app; shown in this response only."""
    code = await _typed_code(request)
    if not code:
        return _account_response(request, user, 400, CODE_MISSING)
    portal = _portal(request)
    renewed = await run_in_threadpool(
        second_factor.renew_recovery_codes, portal.sessions, user.username, code, _attempt(request)
    )
    if renewed.outcome is LoginOutcome.OK:
        return _render(
            request,
            "recovery_codes.html",
            user,
            nav="account",
            codes=renewed.recovery_codes,
            next=path_for(request, "portal_inbox"),
            renewed=True,
        )
    if renewed.outcome is LoginOutcome.RESTART:
        raise HTTPException(404)  # no app to prove it with: the page offers no form then
    if renewed.outcome is LoginOutcome.WAIT:
        error = (
            "Er is te vaak een code getypt die niet klopt. "
            f"Wacht {labels.waiting_time(renewed.seconds_to_wait)} en probeer het dan opnieuw."
        )
        return _account_response(request, user, 400, error)
    return _account_response(request, user, 400, RENEW_FAILED)


# --- inbox --------------------------------------------------------------------------------------


@login_required
async def inbox_page(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    chosen = request.query_params.get("status", "open")
    if chosen not in handoffs.STATUS_FILTERS:
        chosen = "open"
    params = request.query_params
    urgency = params.get("urgentie") or None
    wanted = handoffs.InboxFilter(
        statuses=handoffs.STATUS_FILTERS[chosen],
        urgency=urgency if urgency in handoffs.URGENCY_ORDER else None,
        overdue=params.get("te_laat") == "ja",
        mine=params.get("van_mij") == "ja",
        search=(params.get("zoek") or "")[:100],
    )
    today = portal.clock().astimezone(AMSTERDAM).date()
    rows = handoffs.inbox(portal.sessions, user, chosen=wanted, today=today)
    problems = handoffs.failed_deliveries(portal.sessions, user) if user.is_coordinator else []
    return _render(
        request,
        "inbox.html",
        user,
        nav="inbox",
        rows=rows,
        problems=problems,
        chosen=chosen,
        wanted=wanted,
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
    entries = steunpunt_log(_portal(request).sessions, user.steunpunt_id)
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


# Alike in shape only: each page is its own login-protected route; the shared work is in
# _detail_response and _account_response.
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
    if not handoffs.change_status(
        portal.sessions, user, reference, status, portal.clock(), count=portal.count_insights
    ):
        raise HTTPException(404)
    _flash(request, f"De status is nu: {labels.STATUS_LABELS[status].lower()}.")
    return _redirect(request, "portal_detail", reference=reference)


@login_required
async def contacted(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    reference = _reference(request)
    if not handoffs.mark_contacted(
        portal.sessions, user, reference, portal.clock(), count=portal.count_insights
    ):
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
