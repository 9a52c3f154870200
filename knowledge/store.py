"""The knowledge base in the database: import reviewed files, read offers back, export them.

Every function here that reaches the database takes a `sessionmaker` and opens its own short
session (docs/architecture.md, "The database").

`import_files` is all or nothing: every file is validated before anything is written, the writes
happen in one transaction, and any failure rolls the whole import back. It is an upsert by id, so
importing the same files twice leaves the same rows; entries that disappeared from a file that is
imported again are removed (entries of files not in this import are left alone). An import that
changes anything counts the knowledge base's version up (`knowledge_version`), in the same
transaction, so caches of the knowledge base (`knowledge.advice.offer_index`) see the change.

An entry whose version in the chat was published in the portal (`knowledge.editing`) is a local
edit: an import never overwrites it silently. When the file says something else, the local edit is
kept and each differing field is reported as a conflict (file, entry, field); with
`overwrite_local_edits` the file wins, and that is kept as a new version by "import".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, or_, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session, sessionmaker

from bot.db import rows_affected
from knowledge.files import (
    ContentError,
    ContentFile,
    Problem,
    read_content_files,
    record_to_file,
    write_content_file,
)
from knowledge.gemeenten import load_gemeenten
from knowledge.models import (
    IMPORT_AUTHOR,
    KNOWLEDGE_VERSION_ID,
    GemeenteRow,
    KnowledgeVersionRow,
    OfferGemeenteRow,
    OfferRow,
    RevisionRow,
    SteunpuntGemeenteRow,
    SteunpuntRow,
)
from knowledge.offer import FieldInfo, Offer, Steunpunt, column_fields, fields_of, is_record

R = TypeVar("R", bound=Offer | Steunpunt)


@dataclass
class ImportReport:
    """What an import changed, by id."""

    files: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # Demo entries (example: true) left out because the import was not for a demo.
    skipped_examples: list[str] = field(default_factory=list)
    # Local edits (published in the portal) that the file differs from, by file, entry and field.
    conflicts: list[Problem] = field(default_factory=list)
    # Local edits that the file replaced (`overwrite_local_edits`).
    overwritten: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{len(self.files)} file(s): {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed"
        )
        if self.skipped_examples:
            text += f", {len(self.skipped_examples)} demo entries left out (production mode)"
        kept = {problem.entry for problem in self.conflicts}
        if kept:
            text += f", {len(kept)} local edit(s) from the portal kept (the file differs)"
        if self.overwritten:
            text += f", {len(self.overwritten)} local edit(s) from the portal overwritten"
        return text


# --- gemeenten ----------------------------------------------------------------------------------


def _import_gemeenten(session: Session) -> int:
    """Upsert the 342 gemeenten from knowledge/data/gemeenten.csv; returns how many there are.

    Does not commit: `import_files` calls it inside its own transaction.
    """
    gemeenten = load_gemeenten()
    existing = {row.code: row for row in session.execute(select(GemeenteRow)).scalars()}
    for gemeente in gemeenten:
        row = existing.get(gemeente.code)
        if row is None:
            session.add(
                GemeenteRow(code=gemeente.code, name=gemeente.name, provincie=gemeente.provincie)
            )
        else:
            row.name, row.provincie = gemeente.name, gemeente.provincie
    session.flush()
    return len(gemeenten)


# --- rows <-> records ---------------------------------------------------------------------------


def record_columns(record: Offer | Steunpunt) -> dict[str, Any]:
    """A record's column values (not its id, nor its gemeente links), as `knowledge.models` has
    them: nested records flattened, tuples as lists."""
    values: dict[str, Any] = {}
    for outer, inner in column_fields(type(record)):
        if outer.spec.primary_key:
            continue
        value = getattr(record, outer.name)
        if inner is not None:
            value = getattr(value, inner.name)
        values[(inner or outer).column] = list(value) if isinstance(value, tuple) else value
    return values


def _field_value(info: FieldInfo, row: OfferRow | SteunpuntRow) -> Any:
    value = getattr(row, info.column)
    return tuple(value) if isinstance(value, list) else value


def record_from_row(record_type: type[R], row: OfferRow | SteunpuntRow) -> R:
    """The record of a row of `knowledge.models`: the inverse of `record_columns`."""
    values: dict[str, Any] = {}
    for info in fields_of(record_type):
        if info.spec.links:
            values[info.name] = tuple(sorted(link.gemeente_code for link in row.gemeenten))
        elif is_record(info.type):
            nested = {sub.name: _field_value(sub, row) for sub in fields_of(info.type)}
            values[info.name] = info.type(**nested)
        else:
            values[info.name] = _field_value(info, row)
    return record_type(**values)


def offer_from_row(row: OfferRow) -> Offer:
    return record_from_row(Offer, row)


def steunpunt_from_row(row: SteunpuntRow) -> Steunpunt:
    return record_from_row(Steunpunt, row)


def _sync_links(
    row: OfferRow | SteunpuntRow,
    codes: Sequence[str],
    link_type: type[OfferGemeenteRow | SteunpuntGemeenteRow],
) -> None:
    """Make the row's gemeente links equal to `codes`, keeping links that stay (same primary key)."""
    kept = [link for link in row.gemeenten if link.gemeente_code in codes]
    present = {link.gemeente_code for link in kept}
    row.gemeenten = kept + [link_type(gemeente_code=c) for c in codes if c not in present]


def write_record(session: Session, record: Offer | Steunpunt) -> None:
    """Write a changed record over its existing row (same id, same file), in the caller's
    transaction; KeyError when there is no such row. Used by publishing in the portal."""
    kind = _OFFERS if isinstance(record, Offer) else _STEUNPUNTEN
    row = session.get(kind.model, record.id)
    if row is None:
        raise KeyError(record.id)
    for name, value in record_columns(record).items():
        setattr(row, name, value)
    _sync_links(row, record.gemeente_codes, kind.link_type)


# --- import -------------------------------------------------------------------------------------


def _foreign_ids(
    session: Session, model: type[OfferRow | SteunpuntRow], ids: Iterable[str], files: set[str]
) -> list[Row]:
    """Rows with one of `ids` that belong to a file outside this import (a clash between files)."""
    ids = list(ids)
    if not ids:
        return []
    query = select(model.id, model.source_file).where(
        model.id.in_(ids), model.source_file.not_in(files)
    )
    return list(session.execute(query))


def _check_clashes(session: Session, contents: Sequence[ContentFile]) -> None:
    files = {content.name for content in contents}
    owner: dict[str, str] = {}
    for content in contents:
        records: tuple[Offer | Steunpunt, ...] = (*content.offers, *content.steunpunten)
        owner.update((record.id, content.name) for record in records)
    problems = [
        Problem(owner[entry_id], repr(entry_id), "id", f"is already used in {other_file}")
        for model in (OfferRow, SteunpuntRow)
        for entry_id, other_file in _foreign_ids(session, model, owner, files)
    ]
    if problems:
        raise ContentError(problems)


@dataclass(frozen=True)
class _Kind:
    """How one kind of record (offer or steunpunt) maps onto its table."""

    name: str  # as knowledge_revisions.entry_kind says it
    model: type[OfferRow | SteunpuntRow]
    link_type: type[OfferGemeenteRow | SteunpuntGemeenteRow]
    record_type: type[Offer | Steunpunt]


_OFFERS = _Kind("offer", OfferRow, OfferGemeenteRow, Offer)
_STEUNPUNTEN = _Kind("steunpunt", SteunpuntRow, SteunpuntGemeenteRow, Steunpunt)


def _upsert(
    session: Session,
    kind: _Kind,
    records: Iterable[tuple[str, Offer | Steunpunt]],
    files: set[str],
    report: ImportReport,
    overwrite_local_edits: bool,
) -> None:
    """Upsert (file name, record) pairs; rows of these files that are not among them are removed.

    Existing rows are looked up across all imported files, so an entry that moved from one file to
    another in the same import is updated, not deleted and created again. A local edit that the
    file differs from is kept and reported, unless `overwrite_local_edits`.
    """
    query = select(kind.model).where(kind.model.source_file.in_(files))
    existing = {row.id: row for row in session.execute(query).scalars()}
    edited = locally_edited(session, kind.name)
    for source_file, record in records:
        row = existing.pop(record.id, None)
        if row is None:
            row = kind.model(id=record.id, source_file=source_file, **record_columns(record))
            _sync_links(row, record.gemeente_codes, kind.link_type)
            session.add(row)
            report.created.append(record.id)
            continue
        current = record_from_row(kind.record_type, row)
        if current == record and row.source_file == source_file:
            report.unchanged.append(record.id)
            continue
        if record.id in edited:
            if not overwrite_local_edits:
                report.conflicts.extend(_conflicts(source_file, current, record))
                continue
            add_import_version(session, kind.name, record)
            report.overwritten.append(record.id)
        for name, value in record_columns(record).items():
            setattr(row, name, value)
        row.source_file = source_file
        _sync_links(row, record.gemeente_codes, kind.link_type)
        report.updated.append(record.id)
    for gone in existing.values():
        if gone.id in edited and not overwrite_local_edits:
            message = "is no longer in the file, but was edited in the portal: kept"
            report.conflicts.append(Problem(gone.source_file, repr(gone.id), None, message))
            continue
        report.removed.append(gone.id)
        session.delete(gone)


def _flat(document: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in document.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _conflicts(
    source_file: str, local: Offer | Steunpunt, incoming: Offer | Steunpunt
) -> list[Problem]:
    """One problem per field in which the file differs from the local edit."""
    mine, theirs = _flat(record_to_file(local)), _flat(record_to_file(incoming))
    return [
        Problem(
            source_file,
            repr(local.id),
            name,
            "differs from the edit in the portal, which is kept",
        )
        for name in sorted(set(mine) | set(theirs))
        if mine.get(name) != theirs.get(name)
    ]


# --- versions edited in the portal --------------------------------------------------------------


def record_content(record: Offer | Steunpunt) -> dict[str, Any]:
    """A record as a version keeps it: the content file form as JSON (dates as text)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value

    return {key: plain(value) for key, value in record_to_file(record).items()}


def last_version_number(session: Session, kind: str, entry_id: str) -> int:
    query = select(func.max(RevisionRow.number)).where(
        RevisionRow.entry_kind == kind, RevisionRow.entry_id == entry_id
    )
    return int(session.execute(query).scalar_one() or 0)


def add_revision(
    session: Session,
    kind: str,
    record: Offer | Steunpunt,
    by: str,
    now: dt.datetime,
    *,
    published: bool = False,
) -> RevisionRow:
    """Keep `record` as the entry's next version; `published`: as the one in the chat, by `by`."""
    row = RevisionRow(
        entry_kind=kind,
        entry_id=record.id,
        number=last_version_number(session, kind, record.id) + 1,
        content=record_content(record),
        created_by=by,
        created_at=now,
        published_by=by if published else None,
        published_at=now if published else None,
    )
    session.add(row)
    session.flush()
    return row


def add_import_version(session: Session, kind: str, record: Offer | Steunpunt) -> None:
    """Keep what an import wrote over a local edit as the entry's newest published version."""
    add_revision(
        session, kind, record, IMPORT_AUTHOR, dt.datetime.now(dt.timezone.utc), published=True
    )


def locally_edited(session: Session, kind: str) -> set[str]:
    """Ids of entries whose version in the chat was published in the portal, not by an import."""
    query = (
        select(RevisionRow.entry_id, RevisionRow.created_by)
        .where(RevisionRow.entry_kind == kind, RevisionRow.published_at.is_not(None))
        .order_by(RevisionRow.entry_id, RevisionRow.published_at, RevisionRow.number)
    )
    last_author: dict[str, str] = {}
    for entry_id, author in session.execute(query):
        last_author[entry_id] = author
    return {entry_id for entry_id, author in last_author.items() if author != IMPORT_AUTHOR}


def _wanted(
    contents: Iterable[ContentFile], kind: str, include_examples: bool, report: ImportReport
) -> list[tuple[str, Offer | Steunpunt]]:
    """(file name, entry) pairs of one kind ("offers" or "steunpunten") that this import keeps."""
    pairs = [(content.name, entry) for content in contents for entry in getattr(content, kind)]
    if include_examples:
        return pairs
    report.skipped_examples.extend(entry.id for _, entry in pairs if entry.example)
    return [(name, entry) for name, entry in pairs if not entry.example]


def import_files(
    sessions: sessionmaker[Session],
    paths: Iterable[Path],
    webhook_hosts: Collection[str] | None = None,
    *,
    include_examples: bool = True,
    overwrite_local_edits: bool = False,
) -> ImportReport:
    """Validate and import content files in one transaction; commits, or rolls back and raises.

    Without `include_examples` (production) demo entries are left out, and demo entries imported
    earlier are removed: a fictitious steunpunt must never receive a real aanmelding.
    Raises ContentError (naming file, entry and field) when any file is invalid or an id is already
    used by a file outside this import; nothing is written then. Local edits made in the portal
    that a file differs from are kept and listed in `report.conflicts`, unless
    `overwrite_local_edits`. `webhook_hosts`: see
    `read_content_files`.
    """
    contents = read_content_files(paths, webhook_hosts)
    report = ImportReport(files=[content.name for content in contents])
    with sessions() as session:
        try:
            _check_clashes(session, contents)
            _import_gemeenten(session)
            files = {content.name for content in contents}
            steunpunten = _wanted(contents, "steunpunten", include_examples, report)
            _upsert(session, _STEUNPUNTEN, steunpunten, files, report, overwrite_local_edits)
            offers = _wanted(contents, "offers", include_examples, report)
            _upsert(session, _OFFERS, offers, files, report, overwrite_local_edits)
            if report.created or report.updated or report.removed:
                next_version(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
    return report


# --- version ------------------------------------------------------------------------------------


def next_version(session: Session) -> None:
    """Count one more change of the knowledge base, in the caller's transaction (an import, or a
    publish in the portal: `knowledge.editing`)."""
    now = dt.datetime.now(dt.timezone.utc)
    bumped = session.execute(
        update(KnowledgeVersionRow)
        .where(KnowledgeVersionRow.id == KNOWLEDGE_VERSION_ID)
        .values(version=KnowledgeVersionRow.version + 1, changed_at=now)
    )
    if rows_affected(bumped) == 0:
        session.add(KnowledgeVersionRow(id=KNOWLEDGE_VERSION_ID, version=1, changed_at=now))


def knowledge_version(sessions: sessionmaker[Session]) -> int:
    """How many imports have changed the knowledge base (0 before the first): one primary-key
    read, so a cache of anything built from the knowledge base can ask it at every use."""
    with sessions() as session:
        row = session.get(KnowledgeVersionRow, KNOWLEDGE_VERSION_ID)
        return row.version if row is not None else 0


# --- reading ------------------------------------------------------------------------------------


def load_offers(sessions: sessionmaker[Session], today: dt.date | None = None) -> list[Offer]:
    """Every offer valid on `today` (default: the current date), by id."""
    today = today or dt.date.today()
    query = (
        select(OfferRow)
        .where(or_(OfferRow.valid_from.is_(None), OfferRow.valid_from <= today))
        .where(or_(OfferRow.valid_until.is_(None), OfferRow.valid_until >= today))
        .order_by(OfferRow.id)
    )
    with sessions() as session:
        return [offer_from_row(row) for row in session.execute(query).scalars()]


def load_all_offers(sessions: sessionmaker[Session]) -> list[Offer]:
    """Every offer whatever its dates, by id: for a long-running SearchIndex, whose `match` checks
    the dates against the query's day (an index of `load_offers` would miss offers that start later).
    """
    query = select(OfferRow).order_by(OfferRow.id)
    with sessions() as session:
        return [offer_from_row(row) for row in session.execute(query).scalars()]


def steunpunt_for(sessions: sessionmaker[Session], gemeente_code: str) -> Steunpunt | None:
    """The steunpunt mantelzorg serving a gemeente (the first by id if several), or None."""
    query = (
        select(SteunpuntRow)
        .join(SteunpuntGemeenteRow)
        .where(SteunpuntGemeenteRow.gemeente_code == gemeente_code)
        .order_by(SteunpuntRow.id)
        .limit(1)
    )
    with sessions() as session:
        row = session.execute(query).scalars().first()
        return steunpunt_from_row(row) if row is not None else None


def get_steunpunt(sessions: sessionmaker[Session], steunpunt_id: str) -> Steunpunt | None:
    with sessions() as session:
        row = session.get(SteunpuntRow, steunpunt_id)
        return steunpunt_from_row(row) if row is not None else None


def count_gemeenten(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.execute(select(func.count()).select_from(GemeenteRow)).scalar_one())


# --- export -------------------------------------------------------------------------------------


def export_files(sessions: sessionmaker[Session], directory: Path) -> list[Path]:
    """Write every entry back to the file it came from, in the content format; returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    offers: dict[str, list[Offer]] = {}
    steunpunten: dict[str, list[Steunpunt]] = {}
    with sessions() as session:
        for row in session.execute(select(OfferRow).order_by(OfferRow.id)).scalars():
            offers.setdefault(row.source_file, []).append(offer_from_row(row))
        for row in session.execute(select(SteunpuntRow).order_by(SteunpuntRow.id)).scalars():
            steunpunten.setdefault(row.source_file, []).append(steunpunt_from_row(row))
    written: list[Path] = []
    for name in sorted(set(offers) | set(steunpunten)):
        path = directory / name
        write_content_file(path, offers.get(name, []), steunpunten.get(name, []))
        written.append(path)
    return written
