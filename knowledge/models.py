"""Knowledge base tables: gemeenten, steunpunten, offers and the gemeenten they serve.

Rows mirror the records in `knowledge.offer` (contact and eligibility are flattened into columns).
Tuples of short codes (needs, target groups, funding, synonyms) are JSON columns: they are read
whole and never queried one by one. Where an offer or steunpunt applies is a link table, so "what is
there in gemeente X" is one indexed query. `source_file` remembers which content file an entry came
from, so a re-import of that file can remove entries that were deleted from it.

The migration `migrations/versions/0002_knowledge_base.py` creates exactly these tables.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import relationship

from bot.db import Base

ID_LENGTH = 100
CODE_LENGTH = 6  # GM0344
FILE_NAME_LENGTH = 200
URL_LENGTH = 500


class GemeenteRow(Base):
    __tablename__ = "gemeenten"

    code = Column(String(CODE_LENGTH), primary_key=True)
    name = Column(String(100), nullable=False)
    provincie = Column(String(50), nullable=False)


class SteunpuntRow(Base):
    __tablename__ = "steunpunten"

    id = Column(String(ID_LENGTH), primary_key=True)
    name = Column(String(200), nullable=False)
    phone = Column(String(50))
    email = Column(String(200))
    website = Column(String(URL_LENGTH))
    opening_hours = Column(Text)
    response_days = Column(Integer, nullable=False)
    handoff_email = Column(String(200))
    handoff_webhook = Column(String(URL_LENGTH))
    source_url = Column(String(URL_LENGTH), nullable=False)
    last_checked = Column(Date, nullable=False)
    example = Column(Boolean, nullable=False, default=False)
    source_file = Column(String(FILE_NAME_LENGTH), nullable=False, index=True)

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
    __tablename__ = "offers"

    id = Column(String(ID_LENGTH), primary_key=True)
    name = Column(String(200), nullable=False)
    description = Column(Text, nullable=False)
    kind = Column(String(20), nullable=False)
    needs = Column(JSON, nullable=False)
    target_groups = Column(JSON, nullable=False)
    scope = Column(String(20), nullable=False)
    beneficiary = Column(String(20), nullable=False)
    funding = Column(JSON, nullable=False)
    needs_indicatie = Column(Boolean, nullable=False)
    cost = Column(Text)
    min_hours_per_week = Column(Float)
    min_duration_months = Column(Float)
    min_age = Column(Integer)
    max_age = Column(Integer)
    naaste_lives_in_area = Column(Boolean, nullable=False, default=False)
    caregiver_lives_in_area = Column(Boolean, nullable=False, default=False)
    eligibility_notes = Column(Text)
    first_step = Column(Text, nullable=False)
    what_to_expect = Column(Text)
    phone = Column(String(50))
    email = Column(String(200))
    website = Column(String(URL_LENGTH))
    opening_hours = Column(Text)
    provider = Column(String(200))
    helpline_id = Column(String(ID_LENGTH))
    synonyms = Column(JSON, nullable=False)
    source_url = Column(String(URL_LENGTH), nullable=False)
    other_sources = Column(JSON, nullable=False)
    last_checked = Column(Date, nullable=False)
    valid_from = Column(Date, index=True)
    valid_until = Column(Date, index=True)
    verified = Column(Boolean, nullable=False, default=True)
    example = Column(Boolean, nullable=False, default=False)
    source_file = Column(String(FILE_NAME_LENGTH), nullable=False, index=True)

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


KNOWLEDGE_TABLES = (
    GemeenteRow.__table__,
    SteunpuntRow.__table__,
    SteunpuntGemeenteRow.__table__,
    OfferRow.__table__,
    OfferGemeenteRow.__table__,
)
