"""The knowledge base in a database: migration, all-or-nothing import, idempotency, export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy.orm import Session, sessionmaker

from bot.db import Base, create_db_engine, create_session_factory
from bot.settings import PROJECT_ROOT
from knowledge.__main__ import upgrade_database
from knowledge.files import ContentError, default_content_paths, read_content_files
from knowledge.models import KNOWLEDGE_TABLES, OfferGemeenteRow, OfferRow, SteunpuntRow
from knowledge.store import (
    count_gemeenten,
    export_files,
    import_files,
    load_all_offers,
    load_offers,
    steunpunt_for,
)
from tests.knowledge.content_helpers import (
    AMERSFOORT,
    KAMPEN,
    TODAY,
    UTRECHT,
    ZWOLLE,
    example_entry,
    offer_entry,
    steunpunt_entry,
    write_content,
)

KNOWLEDGE_TABLE_NAMES = {table.name for table in KNOWLEDGE_TABLES}


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'var' / 'app.db'}"
    upgrade_database(url)
    return url


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker]:
    engine = create_db_engine(database_url)
    yield create_session_factory(engine)
    engine.dispose()


def scalars(sessions: sessionmaker, query: sa.sql.Select) -> list:
    with sessions() as session:
        return list(session.execute(query).scalars())


def steunpunt_ids(sessions: sessionmaker) -> set[str]:
    return set(scalars(sessions, sa.select(SteunpuntRow.id)))


def offer_ids(sessions: sessionmaker) -> set[str]:
    return set(scalars(sessions, sa.select(OfferRow.id)))


def row_snapshot(sessions: sessionmaker) -> list[tuple]:
    columns = [c.name for c in OfferRow.__table__.columns]
    with sessions() as session:
        offers = session.execute(sa.select(OfferRow).order_by(OfferRow.id)).scalars()
        rows = [tuple(getattr(o, c) for c in columns) for o in offers]
        links = session.execute(
            sa.select(OfferGemeenteRow.offer_id, OfferGemeenteRow.gemeente_code)
        )
        return rows + sorted(links)


# --- migration ------------------------------------------------------------------------------------


def alembic_config(url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", url)
    return config


def test_migration_creates_the_knowledge_tables_on_a_fresh_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = sa.create_engine(url, future=True)
    assert set(sa.inspect(engine).get_table_names()) >= KNOWLEDGE_TABLE_NAMES
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    ours = [d for d in differences if _table_of(d) in KNOWLEDGE_TABLE_NAMES]
    assert ours == [], "migration 0002 and knowledge/models.py differ"
    command.downgrade(alembic_config(url), "0001")
    assert not KNOWLEDGE_TABLE_NAMES & set(sa.inspect(engine).get_table_names())
    engine.dispose()


def _table_of(difference: object) -> str | None:
    item = difference[0] if isinstance(difference, list) else difference
    for part in item[1:] if isinstance(item, tuple) else ():
        table = getattr(part, "table", None)
        if isinstance(part, sa.Table):
            return part.name
        if table is not None:
            return table.name
        if isinstance(part, str):
            return part
    return None


# --- import ---------------------------------------------------------------------------------------


def test_importing_the_shipped_content_fills_gemeenten_offers_and_steunpunten(
    sessions: sessionmaker,
) -> None:
    report = import_files(sessions, default_content_paths())
    contents = read_content_files(default_content_paths())
    expected = {o.id for c in contents for o in c.offers}
    assert offer_ids(sessions) == expected
    assert count_gemeenten(sessions) == 342
    assert len(report.created) == len(expected) + sum(len(c.steunpunten) for c in contents)
    assert report.updated == report.unchanged == report.removed == []


def test_import_twice_gives_the_same_rows(sessions: sessionmaker) -> None:
    first = import_files(sessions, default_content_paths())
    before = row_snapshot(sessions)
    again = import_files(sessions, default_content_paths())
    assert again.created == again.updated == again.removed == []
    assert sorted(again.unchanged) == sorted(first.created)
    assert row_snapshot(sessions) == before


def test_production_imports_leave_demo_entries_out_and_remove_earlier_ones(
    sessions: sessionmaker,
) -> None:
    contents = read_content_files(default_content_paths())
    demo = {e.id for c in contents for e in (*c.offers, *c.steunpunten) if e.example}
    import_files(sessions, default_content_paths())
    assert demo and demo <= offer_ids(sessions) | steunpunt_ids(sessions)

    report = import_files(sessions, default_content_paths(), include_examples=False)

    assert not demo & (offer_ids(sessions) | steunpunt_ids(sessions))
    assert set(report.skipped_examples) == demo
    assert set(report.removed) == demo
    assert offer_ids(sessions) == {o.id for c in contents for o in c.offers if not o.example}


def test_a_bad_file_imports_nothing_not_even_the_good_files(
    sessions: sessionmaker, tmp_path: Path
) -> None:
    good = write_content(tmp_path / "goed.yml", [offer_entry()])
    bad = write_content(tmp_path / "fout.yml", [offer_entry(id="kapot", source_url=None)])
    with pytest.raises(ContentError) as caught:
        import_files(sessions, [good, bad])
    assert "fout.yml: entry 'kapot': field 'source_url'" in str(caught.value)
    assert offer_ids(sessions) == set()
    assert count_gemeenten(sessions) == 0


def test_an_internal_webhook_is_imported_only_for_an_allowed_host(
    sessions: sessionmaker, tmp_path: Path
) -> None:
    steunpunt = steunpunt_entry(
        name="Steunpunt Test",
        example=False,
        contact={},
        handoff_email="aanmelding@steunpunt-zwolle.nl",
        handoff_webhook="https://localhost:8443/aanmeldingen",
        source_url="https://www.zwolle.nl/mantelzorg",
    )
    path = write_content(tmp_path / "intern.yml", [offer_entry()], [steunpunt])

    with pytest.raises(ContentError, match="field 'handoff_webhook': host 'localhost'"):
        import_files(sessions, [path], webhook_hosts=frozenset())
    assert offer_ids(sessions) == set()
    assert import_files(sessions, [path], webhook_hosts=frozenset({"localhost"})).created


def test_a_database_failure_halfway_rolls_everything_back(
    sessions: sessionmaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(sessions, [write_content(tmp_path / "a.yml", [offer_entry()])])
    changed = write_content(
        tmp_path / "a.yml", [offer_entry(name="Nieuwe naam"), offer_entry(id="tweede")]
    )

    def failing_commit(session: Session) -> None:
        session.flush()
        raise sa.exc.OperationalError("commit", {}, Exception("disk full"))

    monkeypatch.setattr(Session, "commit", failing_commit)
    with pytest.raises(sa.exc.OperationalError):
        import_files(sessions, [changed])
    monkeypatch.undo()
    assert offer_ids(sessions) == {"test_offer"}
    assert scalars(sessions, sa.select(OfferRow.name)) == ["Testaanbod"]


def test_reimport_updates_changed_entries_and_removes_deleted_ones(
    sessions: sessionmaker, tmp_path: Path
) -> None:
    path = tmp_path / "aanbod.yml"
    write_content(path, [offer_entry(), offer_entry(id="blijft_niet")])
    other = write_content(tmp_path / "ander.yml", [offer_entry(id="ander_bestand")])
    import_files(sessions, [path, other])
    write_content(path, [offer_entry(name="Nieuwe naam"), offer_entry(id="nieuw")])
    report = import_files(sessions, [path])
    assert report.created == ["nieuw"]
    assert report.updated == ["test_offer"]
    assert report.removed == ["blijft_niet"]
    # Entries of a file that was not imported again stay.
    assert offer_ids(sessions) == {"test_offer", "nieuw", "ander_bestand"}


def test_gemeente_links_follow_the_file(sessions: sessionmaker, tmp_path: Path) -> None:
    path = tmp_path / "gm0193-test.yml"
    write_content(path, [example_entry(scope="regio", gemeente_codes=[ZWOLLE, KAMPEN])])
    import_files(sessions, [path])
    write_content(path, [example_entry(scope="regio", gemeente_codes=[KAMPEN, AMERSFOORT])])
    import_files(sessions, [path])
    links = scalars(sessions, sa.select(OfferGemeenteRow.gemeente_code))
    assert sorted(links) == [KAMPEN, AMERSFOORT]


def test_an_id_owned_by_another_file_is_refused(sessions: sessionmaker, tmp_path: Path) -> None:
    import_files(sessions, [write_content(tmp_path / "een.yml", [offer_entry()])])
    second = write_content(tmp_path / "twee.yml", [offer_entry()])
    with pytest.raises(ContentError) as caught:
        import_files(sessions, [second])
    assert (
        str(caught.value) == "twee.yml: entry 'test_offer': field 'id': is already used in een.yml"
    )


def test_an_entry_may_move_between_files_in_one_import(
    sessions: sessionmaker, tmp_path: Path
) -> None:
    first = write_content(tmp_path / "een.yml", [offer_entry(), offer_entry(id="blijft")])
    import_files(sessions, [first])
    write_content(first, [offer_entry(id="blijft")])
    second = write_content(tmp_path / "twee.yml", [offer_entry()])
    report = import_files(sessions, [second, first])
    assert report.updated == ["test_offer"] and report.removed == []
    source = scalars(sessions, sa.select(OfferRow.source_file).where(OfferRow.id == "test_offer"))
    assert source == ["twee.yml"]


# --- reading back ---------------------------------------------------------------------------------


def test_load_offers_respects_validity_dates(sessions: sessionmaker, tmp_path: Path) -> None:
    entries = [
        offer_entry(id="altijd"),
        offer_entry(id="voorbij", valid_until=TODAY - dt.timedelta(days=1)),
        offer_entry(id="tot_en_met_vandaag", valid_until=TODAY),
        offer_entry(id="vanaf_vandaag", valid_from=TODAY),
        offer_entry(id="nog_niet", valid_from=TODAY + dt.timedelta(days=1)),
    ]
    import_files(sessions, [write_content(tmp_path / "data.yml", entries)])
    valid = {offer.id for offer in load_offers(sessions, today=TODAY)}
    assert valid == {"altijd", "tot_en_met_vandaag", "vanaf_vandaag"}
    later = {offer.id for offer in load_offers(sessions, today=TODAY + dt.timedelta(days=1))}
    assert later == {"altijd", "vanaf_vandaag", "nog_niet"}
    assert {offer.id for offer in load_all_offers(sessions)} == {e["id"] for e in entries}


def test_loaded_offers_equal_the_parsed_files(sessions: sessionmaker) -> None:
    import_files(sessions, default_content_paths())
    parsed = {o.id: o for c in read_content_files(default_content_paths()) for o in c.offers}
    far_past = dt.date(2000, 1, 1)
    loaded = {o.id: o for o in load_offers(sessions, today=TODAY)}
    assert loaded == {k: v for k, v in parsed.items() if k in loaded}
    assert "gm0307_verwendag" not in loaded  # ended 2026-11-14
    assert {o.id for o in load_offers(sessions, today=far_past)} < set(parsed)


def test_steunpunt_for_a_gemeente(sessions: sessionmaker, tmp_path: Path) -> None:
    path = write_content(tmp_path / "s.yml", [example_entry()], [steunpunt_entry()])
    import_files(sessions, [path])
    steunpunt = steunpunt_for(sessions, ZWOLLE)
    assert steunpunt is not None and steunpunt.id == "gm0193_test_steunpunt"
    assert steunpunt.handoff_email == "aanmelding@zwolle.example.org"
    assert steunpunt.response_days == 3 and steunpunt.example
    assert steunpunt_for(sessions, UTRECHT) is None


# --- export ---------------------------------------------------------------------------------------


def test_export_round_trip_gives_the_same_records(sessions: sessionmaker, tmp_path: Path) -> None:
    import_files(sessions, default_content_paths())
    written = export_files(sessions, tmp_path / "export")
    assert sorted(p.name for p in written) == sorted(p.name for p in default_content_paths())
    exported = {c.name: c for c in read_content_files(written)}
    for original in read_content_files(default_content_paths()):
        again = exported[original.name]
        assert sorted(again.offers, key=lambda o: o.id) == sorted(
            original.offers, key=lambda o: o.id
        )
        assert again.steunpunten == original.steunpunten


def test_exported_files_import_into_another_database_unchanged(
    sessions: sessionmaker, tmp_path: Path
) -> None:
    import_files(sessions, default_content_paths())
    written = export_files(sessions, tmp_path / "export")
    url = f"sqlite:///{tmp_path / 'tweede.db'}"
    upgrade_database(url)
    engine = create_db_engine(url)
    second = create_session_factory(engine)
    import_files(second, written)
    assert row_snapshot(second) == row_snapshot(sessions)
    engine.dispose()
