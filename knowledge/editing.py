"""Offers and steunpunten edited in the portal: who may edit what, the check, versions, publishing.

An edit is checked by the same code as `python -m knowledge check` (`knowledge.files.parse_content`
on a one-entry document), so the portal and the reviewed files follow one set of rules. A checked
edit is kept as a concept version (`RevisionRow`); publishing writes it over the entry's row and
counts the knowledge version up in the same transaction, so the chat's search index
(`knowledge.advice.offer_index`) sees it at the next question, without a restart. Every version is
kept; restoring an earlier one makes a new concept with its content, published like any other.
The first version of an entry is its state before its first edit in the portal ("import").

Who may edit: the staff of a steunpunt edit its own details and the offers that apply only in its
gemeenten. National offers (scope landelijk) and offers that also apply elsewhere are read-only.

The functions take the caller's Session and do not commit: the portal writes its audit entry in the
same transaction as the change it describes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.files import FORMAT_VERSION, parse_content, record_from_file, record_to_file
from knowledge.models import IMPORT_AUTHOR, OfferRow, RevisionRow, SteunpuntRow
from knowledge.offer import Offer, Steunpunt
from knowledge.store import (
    add_revision,
    last_version_number,
    next_version,
    offer_from_row,
    steunpunt_from_row,
    write_record,
)

EntryKind = Literal["offer", "steunpunt"]
_SECTIONS: dict[EntryKind, str] = {"offer": "offers", "steunpunt": "steunpunten"}


class RevisionMissing(LookupError):
    """No such version, or it is already published."""


class SecondPersonNeeded(PermissionError):
    """Four eyes: the account that made a version may not publish it."""


class RevisionOutdated(ValueError):
    """A newer version was published after this concept was made: publishing it would undo that
    one without anyone seeing it."""


@dataclass(frozen=True)
class Entry:
    """An offer or steunpunt as the database has it now, with the file it came from."""

    kind: EntryKind
    record: Offer | Steunpunt
    source_file: str


# Alike in shape only: a small frozen record of one version, as the other records of knowledge/.
@dataclass(frozen=True)
class Revision:
    id: int
    kind: EntryKind
    entry_id: str
    number: int
    record: Offer | Steunpunt
    created_by: str
    created_at: dt.datetime
    restored_from: int | None
    published_by: str | None
    published_at: dt.datetime | None

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


@dataclass(frozen=True)
class EditScope:
    """What the staff of one steunpunt may see and change: its own details, and the offers of its
    gemeenten."""

    steunpunt_id: str
    gemeente_codes: frozenset[str]

    def can_edit(self, record: Offer | Steunpunt) -> bool:
        if isinstance(record, Steunpunt):
            return record.id == self.steunpunt_id
        return (
            record.scope != "landelijk"
            and bool(record.gemeente_codes)
            and set(record.gemeente_codes) <= self.gemeente_codes
        )

    def can_see(self, record: Offer | Steunpunt) -> bool:
        """Its own entries, and national offers (read-only); never another gemeente's."""
        if isinstance(record, Steunpunt):
            return record.id == self.steunpunt_id
        return record.scope == "landelijk" or bool(set(record.gemeente_codes) & self.gemeente_codes)


def scope_of(session: Session, steunpunt_id: str) -> EditScope:
    """The scope of a steunpunt's staff; no gemeenten when the steunpunt is not in the database."""
    row = session.get(SteunpuntRow, steunpunt_id)
    codes = (
        frozenset(link.gemeente_code for link in row.gemeenten) if row is not None else frozenset()
    )
    return EditScope(steunpunt_id, codes)


def find_entry(session: Session, kind: EntryKind, entry_id: str) -> Entry | None:
    if kind == "offer":
        offer = session.get(OfferRow, entry_id)
        return Entry(kind, offer_from_row(offer), offer.source_file) if offer else None
    steunpunt = session.get(SteunpuntRow, entry_id)
    return Entry(kind, steunpunt_from_row(steunpunt), steunpunt.source_file) if steunpunt else None


def visible_entries(session: Session, scope: EditScope) -> list[Entry]:
    """The steunpunt's own details, then the offers it may see, by name."""
    entries: list[Entry] = []
    own = find_entry(session, "steunpunt", scope.steunpunt_id)
    if own is not None:
        entries.append(own)
    offers = [
        Entry("offer", offer_from_row(row), row.source_file)
        for row in session.execute(select(OfferRow)).scalars()
    ]
    visible = [entry for entry in offers if scope.can_see(entry.record)]
    return entries + sorted(visible, key=lambda entry: entry.record.name.lower())


# --- freshness ----------------------------------------------------------------------------------


def check_due_on(last_checked: dt.date, months: int) -> dt.date:
    """The day an entry is due for a check: `months` after its last check (the month's last day
    when that month is shorter)."""
    month_index = last_checked.month - 1 + months
    year, month = last_checked.year + month_index // 12, month_index % 12 + 1
    for day in range(last_checked.day, 27, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, min(last_checked.day, 28))


def is_due_for_check(record: Offer | Steunpunt, today: dt.date, months: int) -> bool:
    return check_due_on(record.last_checked, months) <= today


def entries_due(session: Session, scope: EditScope, today: dt.date, months: int) -> list[Entry]:
    """The entries this steunpunt's editors keep that are due for a check, the oldest first."""
    due = [
        entry
        for entry in visible_entries(session, scope)
        if scope.can_edit(entry.record) and is_due_for_check(entry.record, today, months)
    ]
    return sorted(due, key=lambda entry: entry.record.last_checked)


def mark_checked(session: Session, entry: Entry, *, by: str, now: dt.datetime) -> Revision:
    """ "Gecontroleerd, nog juist": a new version with today's date as its last check, published at
    once (nothing else changes, so there is nothing for a second person to review)."""
    record = dataclasses.replace(entry.record, last_checked=now.date())
    concept = save_concept(session, entry, record, by=by, now=now)
    return publish(session, entry.kind, entry.record.id, concept.number, by=by, now=now)


# --- the check ----------------------------------------------------------------------------------


def edited_content(record: Offer | Steunpunt, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The record in the content file form with `changes` applied. A change's name is the field's
    name in a content file, nested fields with a dot ("contact.phone"); None removes the field."""
    document = record_to_file(record)
    for name, value in changes.items():
        *parents, leaf = name.split(".")
        target = document
        for parent in parents:
            target = target.setdefault(parent, {})
        if value is None:
            target.pop(leaf, None)
        else:
            target[leaf] = value
    return document


def check_entry(
    kind: EntryKind,
    content: Mapping[str, Any],
    origin: str,
    webhook_hosts: Collection[str] | None = None,
) -> Offer | Steunpunt:
    """The record of an edited entry, checked as `python -m knowledge check` checks a file
    (`origin`: the file it belongs to); raises `ContentError` naming each field that is wrong."""
    document = {"version": FORMAT_VERSION, _SECTIONS[kind]: [dict(content)]}
    parsed = parse_content(document, origin, webhook_hosts)
    records: tuple[Offer | Steunpunt, ...] = (*parsed.offers, *parsed.steunpunten)
    return records[0]


# --- versions -----------------------------------------------------------------------------------


def _revision(row: RevisionRow) -> Revision:
    kind: EntryKind = "offer" if row.entry_kind == "offer" else "steunpunt"
    record_type: type[Offer | Steunpunt] = Offer if kind == "offer" else Steunpunt
    return Revision(
        id=row.id,
        kind=kind,
        entry_id=row.entry_id,
        number=row.number,
        record=record_from_file(record_type, row.content),
        created_by=row.created_by,
        created_at=row.created_at,
        restored_from=row.restored_from,
        published_by=row.published_by,
        published_at=row.published_at,
    )


def save_concept(
    session: Session,
    entry: Entry,
    record: Offer | Steunpunt,
    *,
    by: str,
    now: dt.datetime,
    restored_from: int | None = None,
) -> Revision:
    """Keep a checked edit as a concept version. An entry's first edit first keeps its current
    state as version 1 (published, by "import"), so it can always be restored."""
    if record.id != entry.record.id:
        raise ValueError("an edit keeps the entry's id")
    if last_version_number(session, entry.kind, entry.record.id) == 0:
        add_revision(session, entry.kind, entry.record, IMPORT_AUTHOR, now, published=True)
    row = add_revision(session, entry.kind, record, by, now)
    row.restored_from = restored_from
    return _revision(row)


def revisions_of(session: Session, kind: EntryKind, entry_id: str) -> list[Revision]:
    """Every version of an entry, the newest first."""
    query = (
        select(RevisionRow)
        .where(RevisionRow.entry_kind == kind, RevisionRow.entry_id == entry_id)
        .order_by(RevisionRow.number.desc())
    )
    return [_revision(row) for row in session.execute(query).scalars()]


def get_revision(session: Session, kind: EntryKind, entry_id: str, number: int) -> Revision:
    row = _revision_row(session, kind, entry_id, number)
    return _revision(row)


def _revision_row(session: Session, kind: EntryKind, entry_id: str, number: int) -> RevisionRow:
    query = select(RevisionRow).where(
        RevisionRow.entry_kind == kind,
        RevisionRow.entry_id == entry_id,
        RevisionRow.number == number,
    )
    row: RevisionRow | None = session.execute(query).scalars().first()
    if row is None:
        raise RevisionMissing(f"{kind} {entry_id} has no version {number}")
    return row


def publish(
    session: Session,
    kind: EntryKind,
    entry_id: str,
    number: int,
    *,
    by: str,
    now: dt.datetime,
    four_eyes: bool = False,
) -> Revision:
    """Publish a concept: the chat shows it from the next question on. Raises RevisionMissing when
    the version does not exist or is published already; with `four_eyes`, SecondPersonNeeded when
    `by` made it."""
    row = _revision_row(session, kind, entry_id, number)
    if row.published_at is not None:
        raise RevisionMissing(f"{kind} {entry_id} version {number} is already published")
    if four_eyes and row.created_by == by:
        raise SecondPersonNeeded(f"{kind} {entry_id} version {number} needs a second account")
    newest = published_number(revisions_of(session, kind, entry_id)) or 0
    if newest > number:
        raise RevisionOutdated(f"{kind} {entry_id} version {newest} is newer than {number}")
    revision = _revision(row)
    write_record(session, revision.record)
    row.published_by, row.published_at = by, now
    next_version(session)
    return _revision(row)


def restore(session: Session, entry: Entry, number: int, *, by: str, now: dt.datetime) -> Revision:
    """A new concept with the content of an earlier version, to preview and publish."""
    earlier = get_revision(session, entry.kind, entry.record.id, number)
    return save_concept(session, entry, earlier.record, by=by, now=now, restored_from=number)


def waiting_concepts(session: Session, kind: EntryKind) -> dict[str, int]:
    """Entries with a concept newer than the version in the chat: entry id -> the newest
    concept's number (what a second person may still need to publish)."""
    query = select(RevisionRow).where(RevisionRow.entry_kind == kind)
    newest_published: dict[str, int] = {}
    newest_concept: dict[str, int] = {}
    for row in session.execute(query).scalars():
        kept = newest_published if row.published_at is not None else newest_concept
        kept[row.entry_id] = max(kept.get(row.entry_id, 0), row.number)
    return {
        entry_id: number
        for entry_id, number in newest_concept.items()
        if number > newest_published.get(entry_id, 0)
    }


def published_number(revisions: list[Revision]) -> int | None:
    """The version the chat shows now: the one published last."""
    published = [(r.published_at, r.number) for r in revisions if r.published_at is not None]
    return max(published)[1] if published else None
