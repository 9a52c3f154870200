"""Knowledge base: gemeenten, steunpunten, offers and the gemeenten they serve.

Hand-written to match knowledge/models.py; constraint and index names follow bot.db's naming
convention so SQLite and PostgreSQL get the same names. Data is loaded by `python -m knowledge
import`, not here.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(100)
CODE = sa.String(6)
URL = sa.String(500)
FILE_NAME = sa.String(200)


def upgrade() -> None:
    op.create_table(
        "gemeenten",
        sa.Column("code", CODE, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("provincie", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_gemeenten"),
    )
    op.create_table(
        "steunpunten",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(50), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("website", URL, nullable=True),
        sa.Column("opening_hours", sa.Text(), nullable=True),
        sa.Column("response_days", sa.Integer(), nullable=False),
        sa.Column("handoff_email", sa.String(200), nullable=True),
        sa.Column("handoff_webhook", URL, nullable=True),
        sa.Column("source_url", URL, nullable=False),
        sa.Column("last_checked", sa.Date(), nullable=False),
        sa.Column("example", sa.Boolean(), nullable=False),
        sa.Column("source_file", FILE_NAME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_steunpunten"),
    )
    op.create_index("ix_steunpunten_source_file", "steunpunten", ["source_file"])
    op.create_table(
        "steunpunt_gemeenten",
        sa.Column("steunpunt_id", ID, nullable=False),
        sa.Column("gemeente_code", CODE, nullable=False),
        sa.ForeignKeyConstraint(
            ["steunpunt_id"],
            ["steunpunten.id"],
            name="fk_steunpunt_gemeenten_steunpunt_id_steunpunten",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["gemeente_code"],
            ["gemeenten.code"],
            name="fk_steunpunt_gemeenten_gemeente_code_gemeenten",
        ),
        sa.PrimaryKeyConstraint("steunpunt_id", "gemeente_code", name="pk_steunpunt_gemeenten"),
    )
    op.create_index(
        "ix_steunpunt_gemeenten_gemeente_code", "steunpunt_gemeenten", ["gemeente_code"]
    )
    op.create_table(
        "offers",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("scope", sa.String(20), nullable=False),
        sa.Column("beneficiary", sa.String(20), nullable=False),
        sa.Column("funding", sa.JSON(), nullable=False),
        sa.Column("needs_indicatie", sa.Boolean(), nullable=False),
        sa.Column("cost", sa.Text(), nullable=True),
        sa.Column("min_hours_per_week", sa.Float(), nullable=True),
        sa.Column("min_duration_months", sa.Float(), nullable=True),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("naaste_lives_in_area", sa.Boolean(), nullable=False),
        sa.Column("caregiver_lives_in_area", sa.Boolean(), nullable=False),
        sa.Column("eligibility_notes", sa.Text(), nullable=True),
        sa.Column("first_step", sa.Text(), nullable=False),
        sa.Column("what_to_expect", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(50), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("website", URL, nullable=True),
        sa.Column("opening_hours", sa.Text(), nullable=True),
        sa.Column("provider", sa.String(200), nullable=True),
        sa.Column("helpline_id", ID, nullable=True),
        sa.Column("synonyms", sa.JSON(), nullable=False),
        sa.Column("source_url", URL, nullable=False),
        sa.Column("other_sources", sa.JSON(), nullable=False),
        sa.Column("last_checked", sa.Date(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("example", sa.Boolean(), nullable=False),
        sa.Column("source_file", FILE_NAME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offers"),
    )
    op.create_index("ix_offers_source_file", "offers", ["source_file"])
    op.create_index("ix_offers_valid_from", "offers", ["valid_from"])
    op.create_index("ix_offers_valid_until", "offers", ["valid_until"])
    op.create_table(
        "offer_gemeenten",
        sa.Column("offer_id", ID, nullable=False),
        sa.Column("gemeente_code", CODE, nullable=False),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["offers.id"],
            name="fk_offer_gemeenten_offer_id_offers",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["gemeente_code"],
            ["gemeenten.code"],
            name="fk_offer_gemeenten_gemeente_code_gemeenten",
        ),
        sa.PrimaryKeyConstraint("offer_id", "gemeente_code", name="pk_offer_gemeenten"),
    )
    op.create_index("ix_offer_gemeenten_gemeente_code", "offer_gemeenten", ["gemeente_code"])


def downgrade() -> None:
    op.drop_index("ix_offer_gemeenten_gemeente_code", table_name="offer_gemeenten")
    op.drop_table("offer_gemeenten")
    op.drop_index("ix_offers_valid_until", table_name="offers")
    op.drop_index("ix_offers_valid_from", table_name="offers")
    op.drop_index("ix_offers_source_file", table_name="offers")
    op.drop_table("offers")
    op.drop_index("ix_steunpunt_gemeenten_gemeente_code", table_name="steunpunt_gemeenten")
    op.drop_table("steunpunt_gemeenten")
    op.drop_index("ix_steunpunten_source_file", table_name="steunpunten")
    op.drop_table("steunpunten")
    op.drop_table("gemeenten")
