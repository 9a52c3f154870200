"""The knowledge base in the database: import reviewed files, read offers back, export them.

`import_files` is all or nothing: every file is validated before anything is written, the writes
happen in one transaction, and any failure rolls the whole import back. It is an upsert by id, so
importing the same files twice leaves the same rows; entries that disappeared from a file that is
imported again are removed (entries of files not in this import are left alone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from knowledge.files import (
    ContentError,
    ContentFile,
    Problem,
    read_content_files,
    write_content_file,
)
from knowledge.gemeenten import load_gemeenten
from knowledge.models import (
    GemeenteRow,
    OfferGemeenteRow,
    OfferRow,
    SteunpuntGemeenteRow,
    SteunpuntRow,
)
from knowledge.offer import Contact, Eligibility, Offer, Steunpunt


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

    def summary(self) -> str:
        text = (
            f"{len(self.files)} file(s): {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed"
        )
        if self.skipped_examples:
            text += f", {len(self.skipped_examples)} demo entries left out (production mode)"
        return text


# --- gemeenten ----------------------------------------------------------------------------------


def import_gemeenten(session: Session) -> int:
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


def _offer_columns(offer: Offer) -> dict[str, Any]:
    rules = offer.eligibility
    return {
        "name": offer.name,
        "description": offer.description,
        "kind": offer.kind,
        "needs": list(offer.needs),
        "target_groups": list(offer.target_groups),
        "scope": offer.scope,
        "beneficiary": offer.beneficiary,
        "funding": list(offer.funding),
        "needs_indicatie": offer.needs_indicatie,
        "cost": offer.cost,
        "min_hours_per_week": rules.min_hours_per_week,
        "min_duration_months": rules.min_duration_months,
        "min_age": rules.min_age,
        "max_age": rules.max_age,
        "naaste_lives_in_area": rules.naaste_lives_in_area,
        "caregiver_lives_in_area": rules.caregiver_lives_in_area,
        "eligibility_notes": rules.notes,
        "first_step": offer.first_step,
        "what_to_expect": offer.what_to_expect,
        "phone": offer.contact.phone,
        "email": offer.contact.email,
        "website": offer.contact.website,
        "opening_hours": offer.contact.opening_hours,
        "provider": offer.provider,
        "helpline_id": offer.helpline_id,
        "synonyms": list(offer.synonyms),
        "source_url": offer.source_url,
        "other_sources": list(offer.other_sources),
        "last_checked": offer.last_checked,
        "valid_from": offer.valid_from,
        "valid_until": offer.valid_until,
        "verified": offer.verified,
        "example": offer.example,
    }


def offer_from_row(row: OfferRow) -> Offer:
    return Offer(
        id=row.id,
        name=row.name,
        description=row.description,
        kind=row.kind,
        needs=tuple(row.needs),
        target_groups=tuple(row.target_groups),
        scope=row.scope,
        gemeente_codes=tuple(sorted(link.gemeente_code for link in row.gemeenten)),
        beneficiary=row.beneficiary,
        funding=tuple(row.funding),
        needs_indicatie=row.needs_indicatie,
        cost=row.cost,
        eligibility=Eligibility(
            min_hours_per_week=row.min_hours_per_week,
            min_duration_months=row.min_duration_months,
            min_age=row.min_age,
            max_age=row.max_age,
            naaste_lives_in_area=row.naaste_lives_in_area,
            caregiver_lives_in_area=row.caregiver_lives_in_area,
            notes=row.eligibility_notes,
        ),
        first_step=row.first_step,
        what_to_expect=row.what_to_expect,
        contact=Contact(
            phone=row.phone,
            email=row.email,
            website=row.website,
            opening_hours=row.opening_hours,
        ),
        provider=row.provider,
        source_url=row.source_url,
        last_checked=row.last_checked,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        verified=row.verified,
        example=row.example,
        synonyms=tuple(row.synonyms),
        other_sources=tuple(row.other_sources),
        helpline_id=row.helpline_id,
    )


def _steunpunt_columns(steunpunt: Steunpunt) -> dict[str, Any]:
    return {
        "name": steunpunt.name,
        "phone": steunpunt.contact.phone,
        "email": steunpunt.contact.email,
        "website": steunpunt.contact.website,
        "opening_hours": steunpunt.contact.opening_hours,
        "response_days": steunpunt.response_days,
        "handoff_email": steunpunt.handoff_email,
        "handoff_webhook": steunpunt.handoff_webhook,
        "source_url": steunpunt.source_url,
        "last_checked": steunpunt.last_checked,
        "example": steunpunt.example,
    }


def steunpunt_from_row(row: SteunpuntRow) -> Steunpunt:
    return Steunpunt(
        id=row.id,
        name=row.name,
        gemeente_codes=tuple(sorted(link.gemeente_code for link in row.gemeenten)),
        contact=Contact(
            phone=row.phone,
            email=row.email,
            website=row.website,
            opening_hours=row.opening_hours,
        ),
        response_days=row.response_days,
        handoff_email=row.handoff_email,
        handoff_webhook=row.handoff_webhook,
        source_url=row.source_url,
        last_checked=row.last_checked,
        example=row.example,
    )


def _sync_links(row: OfferRow | SteunpuntRow, codes: Sequence[str], link_type: type) -> None:
    """Make the row's gemeente links equal to `codes`, keeping links that stay (same primary key)."""
    kept = [link for link in row.gemeenten if link.gemeente_code in codes]
    present = {link.gemeente_code for link in kept}
    row.gemeenten = kept + [link_type(gemeente_code=c) for c in codes if c not in present]


# --- import -------------------------------------------------------------------------------------


def _foreign_ids(session: Session, model: type, ids: Iterable[str], files: set[str]) -> list:
    """Rows with one of `ids` that belong to a file outside this import (a clash between files)."""
    ids = list(ids)
    if not ids:
        return []
    query = select(model.id, model.source_file).where(
        model.id.in_(ids), model.source_file.not_in(files)
    )
    return list(session.execute(query))


def _check_clashes(session: Session, contents: Sequence[Any]) -> None:
    files = {content.name for content in contents}
    owner = {
        record.id: content.name
        for content in contents
        for record in (*content.offers, *content.steunpunten)
    }
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

    model: type
    link_type: type
    columns: Callable[[Any], dict[str, Any]]
    from_row: Callable[[Any], Any]


_OFFERS = _Kind(OfferRow, OfferGemeenteRow, _offer_columns, offer_from_row)
_STEUNPUNTEN = _Kind(SteunpuntRow, SteunpuntGemeenteRow, _steunpunt_columns, steunpunt_from_row)


def _upsert(
    session: Session,
    kind: _Kind,
    records: Iterable[tuple[str, Offer | Steunpunt]],
    files: set[str],
    report: ImportReport,
) -> None:
    """Upsert (file name, record) pairs; rows of these files that are not among them are removed.

    Existing rows are looked up across all imported files, so an entry that moved from one file to
    another in the same import is updated, not deleted and created again.
    """
    query = select(kind.model).where(kind.model.source_file.in_(files))
    existing = {row.id: row for row in session.execute(query).scalars()}
    for source_file, record in records:
        row = existing.pop(record.id, None)
        if row is None:
            row = kind.model(id=record.id, source_file=source_file, **kind.columns(record))
            _sync_links(row, record.gemeente_codes, kind.link_type)
            session.add(row)
            report.created.append(record.id)
        elif kind.from_row(row) == record and row.source_file == source_file:
            report.unchanged.append(record.id)
        else:
            for name, value in kind.columns(record).items():
                setattr(row, name, value)
            row.source_file = source_file
            _sync_links(row, record.gemeente_codes, kind.link_type)
            report.updated.append(record.id)
    for gone in existing.values():
        report.removed.append(gone.id)
        session.delete(gone)


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
    session: Session,
    paths: Iterable[Path],
    webhook_hosts: Collection[str] | None = None,
    *,
    include_examples: bool = True,
) -> ImportReport:
    """Validate and import content files in one transaction; commits, or rolls back and raises.

    Without `include_examples` (production) demo entries are left out, and demo entries imported
    earlier are removed: a fictitious steunpunt must never receive a real aanmelding.
    Raises ContentError (naming file, entry and field) when any file is invalid or an id is already
    used by a file outside this import; nothing is written then. `webhook_hosts`: see
    `read_content_files`.
    """
    contents = read_content_files(paths, webhook_hosts)
    report = ImportReport(files=[content.name for content in contents])
    try:
        _check_clashes(session, contents)
        import_gemeenten(session)
        files = {content.name for content in contents}
        steunpunten = _wanted(contents, "steunpunten", include_examples, report)
        _upsert(session, _STEUNPUNTEN, steunpunten, files, report)
        offers = _wanted(contents, "offers", include_examples, report)
        _upsert(session, _OFFERS, offers, files, report)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return report


# --- reading ------------------------------------------------------------------------------------


def load_offers(session: Session, today: dt.date | None = None) -> list[Offer]:
    """Every offer valid on `today` (default: the current date), by id."""
    today = today or dt.date.today()
    query = (
        select(OfferRow)
        .where(or_(OfferRow.valid_from.is_(None), OfferRow.valid_from <= today))
        .where(or_(OfferRow.valid_until.is_(None), OfferRow.valid_until >= today))
        .order_by(OfferRow.id)
    )
    return [offer_from_row(row) for row in session.execute(query).scalars()]


def load_all_offers(session: Session) -> list[Offer]:
    """Every offer whatever its dates, by id: for a long-running SearchIndex, whose `match` checks
    the dates against the query's day (an index of `load_offers` would miss offers that start later).
    """
    query = select(OfferRow).order_by(OfferRow.id)
    return [offer_from_row(row) for row in session.execute(query).scalars()]


def steunpunt_for(session: Session, gemeente_code: str) -> Steunpunt | None:
    """The steunpunt mantelzorg serving a gemeente (the first by id if several), or None."""
    query = (
        select(SteunpuntRow)
        .join(SteunpuntGemeenteRow)
        .where(SteunpuntGemeenteRow.gemeente_code == gemeente_code)
        .order_by(SteunpuntRow.id)
        .limit(1)
    )
    row = session.execute(query).scalars().first()
    return steunpunt_from_row(row) if row is not None else None


def get_steunpunt(session: Session, steunpunt_id: str) -> Steunpunt | None:
    row = session.get(SteunpuntRow, steunpunt_id)
    return steunpunt_from_row(row) if row is not None else None


def count_gemeenten(session: Session) -> int:
    return session.execute(select(func.count()).select_from(GemeenteRow)).scalar_one()


# --- export -------------------------------------------------------------------------------------


def export_files(session: Session, directory: Path) -> list[Path]:
    """Write every entry back to the file it came from, in the content format; returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    offers: dict[str, list[Offer]] = {}
    steunpunten: dict[str, list[Steunpunt]] = {}
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
