from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import event, func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.db import Base, create_db_engine
from bot.handoff.models import HANDOFF_TABLES, Handoff, OutboxEntry
from bot.handoff.schema import InvalidDocument, validation_errors
from bot.handoff.store import HandoffError, create_handoff, get_handoff
from bot.settings import PROJECT_ROOT
from knowledge.offer import Contact
from tests.handoff.conftest import NOW, make_document, make_steunpunt

WEBHOOK_STEUNPUNT = make_steunpunt(handoff_webhook="https://crm.zwolle.example.org/aanmeldingen")


def _counts(session_factory: sessionmaker) -> tuple[int, int]:
    with session_factory() as session:
        handoffs = session.execute(select(func.count()).select_from(Handoff)).scalar_one()
        outbox = session.execute(select(func.count()).select_from(OutboxEntry)).scalar_one()
        return handoffs, outbox


@contextmanager
def listening(target: Any, name: str, listener: Any) -> Iterator[None]:
    event.listen(target, name, listener)
    try:
        yield
    finally:
        event.remove(target, name, listener)


def test_handoff_is_stored_with_an_email_notice(session_factory: sessionmaker) -> None:
    stored = create_handoff(session_factory, make_document(), make_steunpunt())

    assert (stored.reference, stored.status, stored.urgency) == ("MZ-7K3Q9P", "nieuw", "hoog")
    assert stored.created_at == NOW
    with session_factory() as session:
        handoff = session.execute(select(Handoff)).scalar_one()
        (entry,) = handoff.outbox_entries
        assert handoff.steunpunt_id == "gm0193_steunpunt"
        assert handoff.gemeente_code == "GM0193"
        assert handoff.created_at == NOW
        assert (entry.transport, entry.target) == ("email", "aanmeldingen@zwolle.example.org")
        assert (entry.status, entry.attempts, entry.next_attempt_at) == ("pending", 0, NOW)
        assert len(entry.idempotency_key) == 32


def test_a_steunpunt_with_a_webhook_gets_both(session_factory: sessionmaker) -> None:
    stored = create_handoff(
        session_factory, make_document(steunpunt=WEBHOOK_STEUNPUNT), WEBHOOK_STEUNPUNT
    )

    with session_factory() as session:
        entries = session.execute(select(OutboxEntry).order_by(OutboxEntry.id)).scalars().all()
    assert [(e.transport, e.target) for e in entries] == [
        ("email", "aanmeldingen@zwolle.example.org"),
        ("webhook", "https://crm.zwolle.example.org/aanmeldingen"),
    ]
    assert len(stored.outbox_ids) == 2
    assert entries[0].idempotency_key != entries[1].idempotency_key


def test_without_handoff_email_the_contact_email_gets_the_notice(
    session_factory: sessionmaker,
) -> None:
    steunpunt = make_steunpunt(handoff_email=None)

    create_handoff(session_factory, make_document(steunpunt=steunpunt), steunpunt)

    with session_factory() as session:
        assert (
            session.execute(select(OutboxEntry.target)).scalar_one()
            == "steunpunt@zwolle.example.org"
        )


def test_every_stored_handoff_validates(session_factory: sessionmaker) -> None:
    for reference in ("MZ-AAAAAA", "MZ-BBBBBB", "MZ-CCCCCC"):
        create_handoff(session_factory, make_document(reference=reference), make_steunpunt())

    with session_factory() as session:
        documents = session.execute(select(Handoff.document)).scalars().all()
    assert len(documents) == 3
    assert all(validation_errors(document) == [] for document in documents)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.__setitem__("summary_text", ""),
        lambda d: d["caregiver"]["contact"].__setitem__("phone", "06-12345678"),
        lambda d: d.__setitem__("created_at", "vandaag"),
        lambda d: d["consent"].__setitem__("given", False),
        lambda d: d.pop("urgency"),
        lambda d: d.__setitem__("reference", "MZ-12"),
    ],
    ids=[
        "empty summary",
        "phone not normalised",
        "bad time",
        "no consent",
        "no urgency",
        "bad reference",
    ],
)
def test_an_invalid_document_raises_and_stores_nothing(
    session_factory: sessionmaker, breakage: Any
) -> None:
    document = copy.deepcopy(make_document())
    breakage(document)

    with pytest.raises(InvalidDocument):
        create_handoff(session_factory, document, make_steunpunt())

    assert _counts(session_factory) == (0, 0)


def test_failure_after_the_handoff_insert_leaves_nothing(session_factory: sessionmaker) -> None:
    inserted: list[str] = []

    def record_handoff(mapper: Any, connection: Any, target: Handoff) -> None:
        inserted.append(target.reference)

    def fail_outbox(mapper: Any, connection: Any, target: OutboxEntry) -> None:
        raise RuntimeError("disk full")

    with (
        listening(Handoff, "after_insert", record_handoff),
        listening(OutboxEntry, "before_insert", fail_outbox),
        pytest.raises(RuntimeError, match="disk full"),
    ):
        create_handoff(session_factory, make_document(), make_steunpunt())

    assert inserted == ["MZ-7K3Q9P"]  # the handoff row was written, then rolled back
    assert _counts(session_factory) == (0, 0)
    assert get_handoff(session_factory, "MZ-7K3Q9P") is None


def test_failure_on_the_second_outbox_entry_leaves_nothing(session_factory: sessionmaker) -> None:
    def fail_webhook(mapper: Any, connection: Any, target: OutboxEntry) -> None:
        if target.transport == "webhook":
            raise RuntimeError("connection lost")

    with listening(OutboxEntry, "before_insert", fail_webhook), pytest.raises(RuntimeError):
        create_handoff(
            session_factory, make_document(steunpunt=WEBHOOK_STEUNPUNT), WEBHOOK_STEUNPUNT
        )

    assert _counts(session_factory) == (0, 0)


def test_a_taken_reference_is_replaced(session_factory: sessionmaker) -> None:
    create_handoff(session_factory, make_document(reference="MZ-7K3Q9P"), make_steunpunt())
    fresh = iter(["MZ-7K3Q9P", "MZ-NEW234"])

    stored = create_handoff(
        session_factory,
        make_document(reference="MZ-7K3Q9P"),
        make_steunpunt(),
        reference_factory=lambda: next(fresh),
    )

    assert stored.reference == "MZ-NEW234"
    assert stored.document["reference"] == "MZ-NEW234"
    assert get_handoff(session_factory, "MZ-NEW234").document["reference"] == "MZ-NEW234"
    assert _counts(session_factory) == (2, 2)


def test_a_reference_taken_between_check_and_insert_is_replaced(
    session_factory: sessionmaker, db_url: str
) -> None:
    """Another process stores the same reference at the last moment: the unique index catches it."""
    other_process = create_db_engine(db_url)
    raced: list[str] = []

    def race(mapper: Any, connection: Any, target: Handoff) -> None:
        if not raced:
            raced.append(target.reference)
            with sessionmaker(bind=other_process, future=True)() as session, session.begin():
                session.add(
                    Handoff(
                        reference=target.reference,
                        steunpunt_id="gm0193_steunpunt",
                        urgency="normaal",
                        status="nieuw",
                        document={},
                        created_at=NOW,
                    )
                )

    with listening(Handoff, "before_insert", race):
        stored = create_handoff(
            session_factory,
            make_document(reference="MZ-7K3Q9P"),
            make_steunpunt(),
            reference_factory=lambda: "MZ-RACE22",
        )

    other_process.dispose()
    assert raced == ["MZ-7K3Q9P"]
    assert stored.reference == "MZ-RACE22"
    assert _counts(session_factory) == (2, 1)


def test_no_free_reference_raises(session_factory: sessionmaker) -> None:
    create_handoff(session_factory, make_document(reference="MZ-7K3Q9P"), make_steunpunt())

    with pytest.raises(HandoffError, match="no free reference"):
        create_handoff(
            session_factory,
            make_document(),
            make_steunpunt(),
            reference_factory=lambda: "MZ-7K3Q9P",
        )

    assert _counts(session_factory) == (1, 1)


def test_document_for_another_steunpunt_is_refused(session_factory: sessionmaker) -> None:
    with pytest.raises(HandoffError, match="another steunpunt"):
        create_handoff(session_factory, make_document(), make_steunpunt(id="gm0166_steunpunt"))

    assert _counts(session_factory) == (0, 0)


def test_steunpunt_without_any_email_is_refused(session_factory: sessionmaker) -> None:
    steunpunt = make_steunpunt(handoff_email=None, contact=Contact(phone="038-1234567"))

    with pytest.raises(HandoffError, match="no e-mail address"):
        create_handoff(session_factory, make_document(steunpunt=steunpunt), steunpunt)

    assert _counts(session_factory) == (0, 0)


def test_deleting_a_handoff_deletes_its_outbox(session_factory: sessionmaker) -> None:
    create_handoff(session_factory, make_document(steunpunt=WEBHOOK_STEUNPUNT), WEBHOOK_STEUNPUNT)

    with session_factory() as session, session.begin():
        session.delete(session.execute(select(Handoff)).scalar_one())

    assert _counts(session_factory) == (0, 0)


# --- migration ----------------------------------------------------------------------------------


def _alembic(db_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", db_url)
    return config


def _table_diffs(engine: Engine) -> list[Any]:
    names = {table.name for table in HANDOFF_TABLES}
    with engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    return [d for d in flat if any(name in repr(d) for name in names)]


def test_migration_creates_exactly_the_model_tables(db_url: str) -> None:
    command.upgrade(_alembic(db_url), "head")
    engine = create_db_engine(db_url)
    try:
        assert _table_diffs(engine) == []
        inspector = inspect(engine)
        assert {c["name"] for c in inspector.get_check_constraints("outbox")} == {
            "ck_outbox_status",
            "ck_outbox_transport",
            "ck_outbox_kind",
        }
        assert inspector.get_foreign_keys("outbox")[0]["options"] == {"ondelete": "CASCADE"}
    finally:
        engine.dispose()


def test_migration_works_and_downgrades(db_url: str) -> None:
    config = _alembic(db_url)
    command.upgrade(config, "head")
    engine = create_db_engine(db_url)
    try:
        factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
        create_handoff(factory, make_document(), make_steunpunt())
        assert _counts(factory) == (1, 1)

        command.downgrade(config, "0002")
        assert not {"handoffs", "outbox"} & set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
