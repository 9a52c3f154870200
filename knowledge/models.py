"""Knowledge base tables: gemeenten, steunpunten, offers and the gemeenten they serve, and the
knowledge base's version.

The columns of offers and steunpunten are derived from the records in `knowledge.offer`
(`record_table`: contact and eligibility are flattened into columns).
Tuples of short codes (needs, target groups, funding, synonyms) are JSON columns: they are read
whole and never queried one by one. Where an offer or steunpunt applies is a link table, so "what is
there in gemeente X" is one indexed query. `source_file` remembers which content file an entry came
from, so a re-import of that file can remove entries that were deleted from it.

The migrations `0002_knowledge_base.py` and `0013_knowledge_version.py` create exactly these
tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, get_origin

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import relationship
from sqlalchemy.types import TypeEngine

from bot.db import Base, UtcDateTime
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
_PLAIN_TYPES: dict[Any, type[TypeEngine]] = {
    bool: Boolean,
    int: Integer,
    float: Float,
    dt.date: Date,
}


def _column_type(info: FieldInfo) -> TypeEngine:
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

    code = Column(String(CODE_LENGTH), primary_key=True)
    name = Column(String(100), nullable=False)
    provincie = Column(String(50), nullable=False)


class SteunpuntRow(Base):
    __table__ = record_table("steunpunten", Steunpunt)

    gemeenten = relationship(
        "SteunpuntGemeenteRow",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="SteunpuntGemeenteRow.gemeente_code",
    )


class SteunpuntGemeenteRow(Base):
    __tablename__ = "steunpunt_gemeenten"

    steunpunt_id = Column(
        String(ID_LENGTH), ForeignKey("steunpunten.id", ondelete="CASCADE"), primary_key=True
    )
    gemeente_code = Column(
        String(CODE_LENGTH), ForeignKey("gemeenten.code"), primary_key=True, index=True
    )


class OfferRow(Base):
    __table__ = record_table("offers", Offer)

    gemeenten = relationship(
        "OfferGemeenteRow",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="OfferGemeenteRow.gemeente_code",
    )


class OfferGemeenteRow(Base):
    __tablename__ = "offer_gemeenten"

    offer_id = Column(
        String(ID_LENGTH), ForeignKey("offers.id", ondelete="CASCADE"), primary_key=True
    )
    gemeente_code = Column(
        String(CODE_LENGTH), ForeignKey("gemeenten.code"), primary_key=True, index=True
    )


KNOWLEDGE_VERSION_ID = 1


class KnowledgeVersionRow(Base):
    """One row: how many imports changed the knowledge base, and when the last did."""

    __tablename__ = "knowledge_version"

    id = Column(Integer, primary_key=True)
    version = Column(Integer, nullable=False)
    changed_at = Column(UtcDateTime, nullable=False)


KNOWLEDGE_TABLES = (
    GemeenteRow.__table__,
    SteunpuntRow.__table__,
    SteunpuntGemeenteRow.__table__,
    OfferRow.__table__,
    OfferGemeenteRow.__table__,
    KnowledgeVersionRow.__table__,
)
