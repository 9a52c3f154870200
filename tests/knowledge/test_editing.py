"""Edits made in the portal (`knowledge.editing`) and the reviewed files: export and import round
trip without loss, an import never overwrites a local edit silently (it reports file, entry and
field), and an offer past its end date is no longer found by the chat's search."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.db import session_factory_for
from knowledge import editing
from knowledge.__main__ import EXIT_OK, main
from knowledge.advice import NOT_FOUND_OFFER_TEXT, describe_asked_offer, offer_index
from knowledge.offer import Offer
from knowledge.search import SearchQuery
from knowledge.store import export_files, import_files
from tests.knowledge.content_helpers import offer_entry, write_content

NOW = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.timezone.utc)
OFFER_ID = "test_offer"


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    path = write_content(tmp_path / "aanbod.yml", [offer_entry(contact={"phone": "030-1111111"})])
    assert main(["import", "--database-url", url, str(path)]) == EXIT_OK
    return session_factory_for(url)


def _edit(sessions: sessionmaker[Session], **changes: object) -> Offer:
    """Save and publish an edit of the offer, as the portal does; returns the new record."""
    with sessions() as session, session.begin():
        entry = editing.find_entry(session, "offer", OFFER_ID)
        assert entry is not None
        content = editing.edited_content(entry.record, changes)
        record = editing.check_entry("offer", content, entry.source_file, webhook_hosts=())
        concept = editing.save_concept(session, entry, record, by="eddy", now=NOW)
        editing.publish(session, "offer", OFFER_ID, concept.number, by="eddy", now=NOW)
    assert isinstance(record, Offer)
    return record


def _offer(sessions: sessionmaker[Session]) -> Offer:
    with sessions() as session:
        entry = editing.find_entry(session, "offer", OFFER_ID)
        assert entry is not None and isinstance(entry.record, Offer)
        return entry.record


def test_every_version_is_kept_and_the_first_is_the_imported_state(
    sessions: sessionmaker[Session],
) -> None:
    _edit(sessions, **{"contact.phone": "030-2222222"})
    _edit(sessions, **{"contact.phone": "030-3333333"})
    with sessions() as session:
        versions = editing.revisions_of(session, "offer", OFFER_ID)
    assert [(v.number, v.created_by, v.record.contact.phone) for v in versions] == [
        (3, "eddy", "030-3333333"),
        (2, "eddy", "030-2222222"),
        (1, "import", "030-1111111"),
    ]
    assert editing.published_number(versions) == 3


def test_export_then_import_round_trips_an_edit_without_loss(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    edited = _edit(
        sessions,
        **{"contact.phone": "030-2222222", "eligibility.notes": "Voor mantelzorgers uit Utrecht."},
    )
    written = export_files(sessions, tmp_path / "export")
    assert [path.name for path in written] == ["aanbod.yml"]
    report = import_files(sessions, written, webhook_hosts=())
    assert report.unchanged == [OFFER_ID] and report.conflicts == []
    assert _offer(sessions) == edited


def test_an_import_keeps_a_local_edit_and_reports_file_entry_and_field(
    sessions: sessionmaker[Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(sessions, **{"contact.phone": "030-2222222"})
    url = str(sessions.kw["bind"].url)
    assert main(["import", "--database-url", url, str(tmp_path / "aanbod.yml")]) == EXIT_OK
    assert _offer(sessions).contact.phone == "030-2222222"
    err = capsys.readouterr().err
    assert (
        "aanbod.yml: entry 'test_offer': field 'contact.phone': differs from the edit in the "
        "portal, which is kept"
    ) in err
    assert "030-" not in err  # names the field, not the values

    report = import_files(sessions, [tmp_path / "aanbod.yml"], webhook_hosts=())
    assert [(p.file, p.entry, p.field) for p in report.conflicts] == [
        ("aanbod.yml", "'test_offer'", "contact.phone")
    ]
    assert "1 local edit(s) from the portal kept" in report.summary()


def test_overwriting_lets_the_file_win_and_keeps_the_edit_restorable(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _edit(sessions, **{"contact.phone": "030-2222222"})
    path = tmp_path / "aanbod.yml"
    report = import_files(sessions, [path], webhook_hosts=(), overwrite_local_edits=True)
    assert report.overwritten == [OFFER_ID] and report.conflicts == []
    assert _offer(sessions).contact.phone == "030-1111111"
    with sessions() as session:
        versions = editing.revisions_of(session, "offer", OFFER_ID)
    assert [(v.number, v.created_by) for v in versions] == [
        (3, "import"),
        (2, "eddy"),
        (1, "import"),
    ]
    # The file is now what the chat shows: the next import has nothing to report.
    assert import_files(sessions, [path], webhook_hosts=()).conflicts == []


def test_an_edited_entry_removed_from_its_file_is_kept_and_reported(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _edit(sessions, **{"contact.phone": "030-2222222"})
    other = offer_entry(id="another_offer")
    path = write_content(tmp_path / "aanbod.yml", [other])
    report = import_files(sessions, [path], webhook_hosts=())
    assert [(p.entry, p.field) for p in report.conflicts] == [("'test_offer'", None)]
    assert report.removed == []
    assert _offer(sessions).contact.phone == "030-2222222"


def test_an_offer_past_its_end_date_is_no_longer_found(sessions: sessionmaker[Session]) -> None:
    offer = _offer(sessions)
    query = SearchQuery(needs=offer.needs, caregiver_gemeente="GM0344", today=dt.date(2027, 1, 1))
    assert OFFER_ID in [match.offer.id for match in offer_index(sessions).match(query, limit=10)]
    _edit(sessions, valid_until="2026-12-31")
    found = offer_index(sessions).match(query, limit=10)
    assert OFFER_ID not in [match.offer.id for match in found]
    earlier = dataclasses.replace(query, today=dt.date(2026, 12, 31))
    assert OFFER_ID in [m.offer.id for m in offer_index(sessions).match(earlier, limit=10)]


def test_an_offer_past_its_end_date_is_not_described_by_name_either(
    sessions: sessionmaker[Session],
) -> None:
    assert "Testaanbod" in describe_asked_offer("vertel meer over testaanbod", None, {}, sessions)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    _edit(sessions, valid_until=yesterday.isoformat())
    assert describe_asked_offer("", OFFER_ID, {}, sessions) == NOT_FOUND_OFFER_TEXT
    assert describe_asked_offer("vertel meer over testaanbod", None, {}, sessions) == (
        NOT_FOUND_OFFER_TEXT
    )


def test_the_command_line_lets_the_files_win_when_asked(
    sessions: sessionmaker[Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(sessions, **{"contact.phone": "030-2222222"})
    url = str(sessions.kw["bind"].url)
    path = str(tmp_path / "aanbod.yml")
    assert main(["import", "--database-url", url, "--overwrite-local-edits", path]) == EXIT_OK
    assert "Local edits overwritten by the files: test_offer" in capsys.readouterr().out
    assert _offer(sessions).contact.phone == "030-1111111"
