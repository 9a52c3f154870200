"""Knowledge base tables: gemeenten, steunpunten, offers and the gemeenten they serve, and the
knowledge base's version, and the versions of entries edited in the portal.

The columns of offers and steunpunten are derived from the records in `knowledge.offer`
(`record_table`: contact and eligibility are flattened into columns).
Tuples of short codes (needs, target groups, funding, synonyms) are JSON columns: they are read
whole and never queried one by one. Where an offer or steunpunt applies is a link table, so "what is
there in gemeente X" is one indexed query. `source_file` remembers which content file an entry came
from, so a re-import of that file can remove entries that were deleted from it.

The migrations `0002_knowledge_base.py`, `0013_knowledge_version.py` and
`0014_knowledge_editing.py` create exactly these tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, get_origin

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, relationship
from sqlalchemy.types import TypeEngine

from bot.db import Base, UtcDateTime, one_of
from knowledge.offer import (
    CODE_LENGTH,
    ID_LENGTH,
    URL_LENGTH,
    FieldInfo,
    Offer,
    Steunpunt,
    column_fields,
    unwrap,
)

__all__ = ["CODE_LENGTH", "FILE_NAME_LENGTH", "ID_LENGTH", "URL_LENGTH"]

FILE_NAME_LENGTH = 200
_PLAIN_TYPES: dict[Any, type[TypeEngine[Any]]] = {
    bool: Boolean,
    int: Integer,
    float: Float,
    dt.date: Date,
}


def _column_type(info: FieldInfo) -> TypeEngine[Any]:
    base, _ = unwrap(info.type)
    if get_origin(base) is tuple:
        return JSON()
    if base is str or get_origin(base) is Literal:
        return String(info.spec.length) if info.spec.length else Text()
    return _PLAIN_TYPES[base]()


def record_table(name: str, record_type: type) -> Table:
    """The table of a record dataclass (`knowledge.offer`), one column per (flattened) field, and
    `source_file`. Gemeente codes live in a link table."""
    columns = []
    for outer, inner in column_fields(record_type):
        info = inner or outer
        optional = unwrap(info.type)[1]
        details: dict[str, Any] = {"index": True} if info.spec.index else {}
        if info.spec.primary_key:
            details["primary_key"] = True
        elif not optional:
            details["nullable"] = False
        if info.type is bool:
            details["default"] = info.default
        columns.append(Column(info.column, _column_type(info), **details))
    source_file = Column("source_file", String(FILE_NAME_LENGTH), nullable=False, index=True)
    return Table(name, Base.metadata, *columns, source_file)


class GemeenteRow(Base):
    __tablename__ = "gemeenten"

    code: Mapped[str] = Column(String(CODE_LENGTH), primary_key=True)
    name: Mapped[str] = Column(String(100), nullable=False)
    provincie: Mapped[str] = Column(String(50), nullable=False)


def link_table(name: str, owner_table: str, owner_key: str) -> Table:
    """Where an offer or steunpunt applies: (its id, gemeente code) pairs, found by gemeente."""
    return Table(
        name,
        Base.metadata,
        Column(
            owner_key,
            String(ID_LENGTH),
            ForeignKey(f"{owner_table}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            "gemeente_code",
            String(CODE_LENGTH),
            ForeignKey("gemeenten.code"),
            primary_key=True,
            index=True,
        ),
    )


def _gemeenten(link_class: str) -> Any:
    """A record row's gemeente links, loaded with it and kept in gemeente order."""
    return relationship(
        link_class,
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by=f"{link_class}.gemeente_code",
    )


# The tables of these four are built from `knowledge.offer`, so the mypy plugin does not see their
# columns: the columns that code names directly are declared here (checked against the tables by
# tests/knowledge/test_models.py). The other columns are reached by name (`knowledge.store`).


class SteunpuntRow(Base):
    __table__ = record_table("steunpunten", Steunpunt)
    id: Mapped[str]
    source_file: Mapped[str]
    gemeenten: Mapped[list[SteunpuntGemeenteRow]] = _gemeenten("SteunpuntGemeenteRow")


class SteunpuntGemeenteRow(Base):
    __table__ = link_table("steunpunt_gemeenten", "steunpunten", "steunpunt_id")
    steunpunt_id: Mapped[str]
    gemeente_code: Mapped[str]


class OfferRow(Base):
    __table__ = record_table("offers", Offer)
    id: Mapped[str]
    source_file: Mapped[str]
    valid_from: Mapped[dt.date | None]
    valid_until: Mapped[dt.date | None]
    gemeenten: Mapped[list[OfferGemeenteRow]] = _gemeenten("OfferGemeenteRow")


class OfferGemeenteRow(Base):
    __table__ = link_table("offer_gemeenten", "offers", "offer_id")
    offer_id: Mapped[str]
    gemeente_code: Mapped[str]


KNOWLEDGE_VERSION_ID = 1


class KnowledgeVersionRow(Base):
    """One row: how many imports changed the knowledge base, and when the last did."""

    __tablename__ = "knowledge_version"

    id: Mapped[int] = Column(Integer, primary_key=True)
    version: Mapped[int] = Column(Integer, nullable=False)
    changed_at: Mapped[dt.datetime] = Column(UtcDateTime, nullable=False)


# What a revision is of (`knowledge.editing`).
ENTRY_KINDS = ("offer", "steunpunt")
# The author of versions that an import wrote: an entry's first version, and a file that replaced
# a local edit.
IMPORT_AUTHOR = "import"
USERNAME_LENGTH = 200  # a staff username, as bot.portal.models.USERNAME_LENGTH


class RevisionRow(Base):
    """One version of an offer or steunpunt as edited in the portal: a concept until it is
    published. Every version is kept, so any earlier one can be restored. `content` is the entry in
    the content file form (`knowledge.files.record_to_file`, dates as text). The first version of
    an entry is its state before its first edit (`created_by` "import")."""

    __tablename__ = "knowledge_revisions"
    __table_args__ = (
        CheckConstraint(one_of("entry_kind", ENTRY_KINDS), name="entry_kind"),
        UniqueConstraint("entry_kind", "entry_id", "number"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    entry_kind: Mapped[str] = Column(String(20), nullable=False)
    entry_id: Mapped[str] = Column(String(ID_LENGTH), nullable=False, index=True)
    number: Mapped[int] = Column(Integer, nullable=False)
    content: Mapped[dict[str, Any]] = Column(JSON, nullable=False)
    created_by: Mapped[str] = Column(String(USERNAME_LENGTH), nullable=False)
    created_at: Mapped[dt.datetime] = Column(UtcDateTime, nullable=False)
    # The version this one copies, when it was made by "restore".
    restored_from = Column(Integer, nullable=True)
    published_by = Column(String(USERNAME_LENGTH), nullable=True)
    published_at = Column(UtcDateTime, nullable=True)


KNOWLEDGE_TABLES = (
    GemeenteRow.__table__,
    SteunpuntRow.__table__,
    SteunpuntGemeenteRow.__table__,
    OfferRow.__table__,
    OfferGemeenteRow.__table__,
    KnowledgeVersionRow.__table__,
    RevisionRow.__table__,
)
