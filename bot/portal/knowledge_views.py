"""The editor's pages: the steunpunt's offers and own details, the edit form, the preview as the
chat shows it, publishing and restoring an earlier version.

The rules live in `knowledge.editing` (who may edit what, versions, publishing) and
`knowledge.files` (the check); this module wires forms to them and writes the audit log: who saved,
published or restored which entry's version, and who was refused. No caregiver's data is on
these pages or in those entries.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.portal import knowledge_forms
from bot.portal.auth import StaffIdentity
from bot.portal.context import Portal
from bot.portal.views import any_staff, only_for, page_context, path_for
from bot.privacy import audit
from knowledge import editing
from knowledge.details import offer_details
from knowledge.editing import Entry, EntryKind
from knowledge.files import ContentError
from knowledge.offer import Offer, Steunpunt

# The kind of entry in a page's address, in Dutch.
KIND_SLUGS: dict[str, EntryKind] = {"aanbod": "offer", "steunpunt": "steunpunt"}
SLUG_OF: dict[EntryKind, str] = {kind: slug for slug, kind in KIND_SLUGS.items()}
ERROR_SUMMARY = "Er is iets niet goed ingevuld. Kijk bij de velden hieronder."
OUTDATED_TEXT = (
    "Deze versie is niet gepubliceerd: na dit concept is al een nieuwere versie gepubliceerd. "
    "Verander de gegevens hieronder als er nog iets anders moet."
)
FOUR_EYES_TEXT = (
    "U heeft deze versie zelf gemaakt. Een andere redacteur van uw steunpunt moet hem bekijken "
    "en publiceren."
)


def _portal(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


editors_only = only_for(lambda user: user.is_editor)


def _render(
    request: Request, template: str, user: StaffIdentity, status_code: int = 200, **values: Any
) -> Response:
    context = page_context(request, user, nav="knowledge", **values)
    return _portal(request).templates.TemplateResponse(
        request, template, context, status_code=status_code
    )


def _redirect(request: Request, name: str, **params: Any) -> RedirectResponse:
    return RedirectResponse(path_for(request, name, **params), status_code=303)


def _entry_address(request: Request) -> tuple[EntryKind, str]:
    kind = KIND_SLUGS.get(request.path_params["kind"])
    if kind is None:
        raise HTTPException(404)
    return kind, str(request.path_params["entry_id"])


def _denied(
    session: Session, request: Request, user: StaffIdentity, status: int, detail: str
) -> HTTPException:
    """The refusal to raise, once it is in the audit log (which entry and why, never its values)."""
    audit.record(
        session,
        actor=user.username,
        action="knowledge_denied",
        at=_portal(request).clock(),
        detail=detail,
    )
    return HTTPException(status)


def _visible_entry(
    session: Session, request: Request, user: StaffIdentity
) -> tuple[Entry, editing.EditScope]:
    """The entry of the address, when this editor may see it; else 404, audited."""
    kind, entry_id = _entry_address(request)
    scope = editing.scope_of(session, user.steunpunt_id)
    entry = editing.find_entry(session, kind, entry_id)
    if entry is None or not scope.can_see(entry.record):
        raise _denied(session, request, user, 404, f"{kind} {entry_id}: niet van dit steunpunt")
    return entry, scope


def _editable_entry(session: Session, request: Request, user: StaffIdentity) -> Entry:
    """The entry of the address, when this editor may change it; else 404 or 403, audited."""
    entry, scope = _visible_entry(session, request, user)
    if not scope.can_edit(entry.record):
        raise _denied(session, request, user, 403, f"{entry.kind} {entry.record.id}: alleen lezen")
    return entry


def _open(request: Request, user: StaffIdentity, *, to_edit: bool = False) -> tuple[Entry, bool]:
    """The entry and whether this editor may change it; a refusal is committed with its audit."""
    portal = _portal(request)
    with portal.sessions() as session:
        try:
            if to_edit:
                return _editable_entry(session, request, user), True
            entry, scope = _visible_entry(session, request, user)
            return entry, scope.can_edit(entry.record)
        except HTTPException:
            session.commit()
            raise


# --- pages --------------------------------------------------------------------------------------


@any_staff
@editors_only
async def knowledge_page(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    with portal.sessions() as session:
        scope = editing.scope_of(session, user.steunpunt_id)
        entries = editing.visible_entries(session, scope)
        concepts = {
            (kind, entry_id): number
            for kind in SLUG_OF
            for entry_id, number in editing.waiting_concepts(session, kind).items()
        }
    own = [entry for entry in entries if scope.can_edit(entry.record)]
    national = [entry for entry in entries if not scope.can_edit(entry.record)]
    today = portal.clock().date()
    due = {
        entry.record.id
        for entry in own
        if editing.is_due_for_check(entry.record, today, portal.fresh_months)
    }
    return _render(
        request,
        "knowledge.html",
        user,
        own=own,
        national=national,
        due=due,
        concepts=concepts,
        fresh_months=portal.fresh_months,
        slug_of=SLUG_OF,
    )


def _entry_page(
    request: Request,
    user: StaffIdentity,
    entry: Entry,
    editable: bool,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    portal = _portal(request)
    with portal.sessions() as session:
        revisions = editing.revisions_of(session, entry.kind, entry.record.id)
    due_on = editing.check_due_on(entry.record.last_checked, portal.fresh_months)
    return _render(
        request,
        "knowledge_entry.html",
        user,
        status_code=400 if errors else 200,
        entry=entry,
        slug=SLUG_OF[entry.kind],
        editable=editable,
        fields=knowledge_forms.form_fields(entry.kind),
        values=values or knowledge_forms.form_values(entry.kind, entry.record),
        errors=errors or {},
        summary=ERROR_SUMMARY if errors else None,
        need_choices=knowledge_forms.NEED_CHOICES,
        label_of=functools.partial(knowledge_forms.label_of, entry.kind),
        revisions=revisions,
        published=editing.published_number(revisions),
        due_on=due_on,
        is_due=due_on <= portal.clock().date(),
    )


@any_staff
@editors_only
async def entry_page(request: Request, user: StaffIdentity) -> Response:
    if request.method == "POST":
        return await _save(request, user)
    entry, editable = _open(request, user)
    return _entry_page(request, user, entry, editable)


async def _save(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    entry, _ = _open(request, user, to_edit=True)
    form = await request.form()
    typed = {key: value for key, value in form.items() if isinstance(value, str)}
    needs = [value for value in form.getlist("needs") if isinstance(value, str)]
    changes = knowledge_forms.submitted_changes(entry.kind, typed, needs, portal.clock().date())
    content = editing.edited_content(entry.record, changes)
    try:
        # The check may look a webhook's host up in DNS: not on the event loop.
        record = await run_in_threadpool(
            editing.check_entry, entry.kind, content, entry.source_file
        )
    except ContentError as error:
        return _entry_page(
            request,
            user,
            entry,
            True,
            values=knowledge_forms.submitted_values(entry.kind, typed, needs),
            errors=knowledge_forms.field_errors(error.problems),
        )
    with portal.sessions() as session, session.begin():
        revision = editing.save_concept(
            session, entry, record, by=user.username, now=portal.clock()
        )
        audit.record(
            session,
            actor=user.username,
            action="knowledge_save",
            at=portal.clock(),
            detail=f"{entry.kind} {entry.record.id} versie {revision.number} (concept)",
        )
    return _redirect(
        request,
        "portal_revision",
        kind=SLUG_OF[entry.kind],
        entry_id=entry.record.id,
        number=str(revision.number),
    )


def _number(request: Request) -> int:
    text = str(request.path_params["number"])
    if not text.isdigit():
        raise HTTPException(404)
    return int(text)


def chat_messages(record: Offer | Steunpunt) -> list[str]:
    """The record as the chat tells it, one message: an offer's full description (what a
    caregiver's "vertel meer over ..." gets), a steunpunt's contact."""
    if isinstance(record, Offer):
        return [offer_details(record)]
    lines = [record.name]
    contact = record.contact
    for label, value in (
        ("Telefoon", contact.phone),
        ("E-mail", contact.email),
        ("Website", contact.website),
        ("Bereikbaar", contact.opening_hours),
    ):
        if value:
            lines.append(f"{label}: {value}")
    lines.append(f"Het steunpunt neemt binnen {record.response_days} werkdagen contact op.")
    return ["\n".join(lines)]


@any_staff
@editors_only
async def revision_page(request: Request, user: StaffIdentity) -> Response:
    entry, editable = _open(request, user)
    number = _number(request)
    with _portal(request).sessions() as session:
        try:
            revision = editing.get_revision(session, entry.kind, entry.record.id, number)
        except editing.RevisionMissing:
            raise HTTPException(404) from None
        published = editing.published_number(
            editing.revisions_of(session, entry.kind, entry.record.id)
        )
    return _render(
        request,
        "knowledge_preview.html",
        user,
        entry=entry,
        slug=SLUG_OF[entry.kind],
        editable=editable,
        revision=revision,
        published=published,
        messages=chat_messages(revision.record),
        needs_second_person=_portal(request).four_eyes and revision.created_by == user.username,
        four_eyes_text=FOUR_EYES_TEXT,
    )


@any_staff
@editors_only
async def publish_revision(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    entry, _ = _open(request, user, to_edit=True)
    number = _number(request)
    version = f"{entry.kind} {entry.record.id} versie {number}"
    with portal.sessions() as session, session.begin():
        try:
            editing.publish(
                session,
                entry.kind,
                entry.record.id,
                number,
                by=user.username,
                now=portal.clock(),
                four_eyes=portal.four_eyes,
            )
            action = "knowledge_publish"
        except editing.RevisionMissing:
            raise HTTPException(404) from None
        except editing.SecondPersonNeeded:
            action = "knowledge_denied"
        except editing.RevisionOutdated:
            request.session["flash"] = OUTDATED_TEXT
            return _redirect(
                request, "portal_entry", kind=SLUG_OF[entry.kind], entry_id=entry.record.id
            )
        audit.record(
            session,
            actor=user.username,
            action=action,
            at=portal.clock(),
            detail=version if action == "knowledge_publish" else f"{version}: vier ogen",
        )
    if action == "knowledge_denied":
        request.session["flash"] = FOUR_EYES_TEXT
        return _redirect(
            request,
            "portal_revision",
            kind=SLUG_OF[entry.kind],
            entry_id=entry.record.id,
            number=str(number),
        )
    request.session["flash"] = (
        f"Versie {number} is gepubliceerd. De chat gebruikt deze gegevens vanaf de volgende vraag."
    )
    return _redirect(request, "portal_entry", kind=SLUG_OF[entry.kind], entry_id=entry.record.id)


@any_staff
@editors_only
async def restore_revision(request: Request, user: StaffIdentity) -> Response:
    portal = _portal(request)
    entry, _ = _open(request, user, to_edit=True)
    number = _number(request)
    with portal.sessions() as session, session.begin():
        try:
            copy = editing.restore(session, entry, number, by=user.username, now=portal.clock())
        except editing.RevisionMissing:
            raise HTTPException(404) from None
        audit.record(
            session,
            actor=user.username,
            action="knowledge_restore",
            at=portal.clock(),
            detail=f"{entry.kind} {entry.record.id} versie {number} als versie {copy.number}",
        )
    request.session["flash"] = (
        f"Versie {number} staat klaar als nieuwe versie {copy.number}. "
        "Bekijk hem en publiceer hem als alles klopt."
    )
    return _redirect(
        request,
        "portal_revision",
        kind=SLUG_OF[entry.kind],
        entry_id=entry.record.id,
        number=str(copy.number),
    )


@any_staff
@editors_only
async def mark_checked(request: Request, user: StaffIdentity) -> Response:
    """ "Gecontroleerd, nog juist": today's date as the last check, in one click."""
    portal = _portal(request)
    entry, _ = _open(request, user, to_edit=True)
    with portal.sessions() as session, session.begin():
        version = editing.mark_checked(session, entry, by=user.username, now=portal.clock())
        audit.record(
            session,
            actor=user.username,
            action="knowledge_checked",
            at=portal.clock(),
            detail=f"{entry.kind} {entry.record.id} versie {version.number}",
        )
    request.session["flash"] = "Opgeslagen: de gegevens zijn vandaag nagekeken en kloppen nog."
    return _redirect(request, "portal_entry", kind=SLUG_OF[entry.kind], entry_id=entry.record.id)
