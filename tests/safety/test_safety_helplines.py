"""The help line data file and its loader."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from knowledge.helplines import (
    HelplineDataError,
    UnverifiedHelplineError,
    all_helplines,
    get_helpline,
    get_verified_helpline,
    parse_helplines,
)

VALID_ENTRY: dict[str, Any] = {
    "id": "voorbeeld",
    "name": "Voorbeeldlijn",
    "phones": ["0800-0000"],
    "purpose": "Een voorbeeld.",
    "verified": True,
    "source": ["FACTS.md §5"],
    "last_checked": dt.date(2026, 11, 24),
}


def document(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"version": 1, "helplines": [copy.deepcopy(entry) for entry in entries]}


def test_the_product_file_has_the_lines_the_safety_reply_needs() -> None:
    lines = all_helplines()
    assert get_helpline("zelfmoordpreventie_113").phones == ("113", "0800-0113")
    assert get_helpline("zelfmoordpreventie_113").chat == "113.nl"
    assert get_helpline("alarm_112").phones == ("112",)
    assert get_helpline("veilig_thuis").phones == ("0800-2000",)
    assert get_helpline("huisarts").phones == ()
    assert "huisartsenpost in uw regio" in (get_helpline("huisarts").how_to_reach or "")
    assert {line.id for line in lines.values() if not line.verified} == {
        "mantelzorglijn",
        "dementielijn",
    }


def test_every_product_line_has_a_source_and_the_check_date() -> None:
    for line in all_helplines().values():
        assert line.source
        assert line.last_checked == dt.date(2026, 11, 24)


def test_verified_lookup_refuses_unverified_numbers() -> None:
    assert get_verified_helpline("veilig_thuis").verified
    with pytest.raises(UnverifiedHelplineError):
        get_verified_helpline("mantelzorglijn")
    with pytest.raises(UnverifiedHelplineError):
        get_verified_helpline("dementielijn")


def test_unknown_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        get_helpline("bestaat_niet")


def test_a_valid_entry_parses() -> None:
    line = parse_helplines(document(VALID_ENTRY))["voorbeeld"]
    assert line.phones == ("0800-0000",)
    assert line.last_checked == dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"source": None}, "source"),
        ({"source": []}, "source"),
        ({"last_checked": None}, "last_checked"),
        ({"last_checked": "gisteren"}, "last_checked"),
        ({"last_checked": dt.datetime(2026, 11, 24, 12, 0)}, "last_checked"),
        ({"verified": "ja"}, "verified"),
        ({"phones": ["bel ons"]}, "phones"),
        ({"phones": [], "how_to_reach": None}, "how_to_reach"),
    ],
)
def test_incomplete_entries_are_refused(change: dict[str, Any], message: str) -> None:
    entry = {**VALID_ENTRY, **change}
    entry = {key: value for key, value in entry.items() if value is not None}
    with pytest.raises(HelplineDataError, match=message):
        parse_helplines(document(entry))


def test_missing_source_key_is_refused() -> None:
    entry = {key: value for key, value in VALID_ENTRY.items() if key != "source"}
    with pytest.raises(HelplineDataError, match="source"):
        parse_helplines(document(entry))


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(HelplineDataError, match="twice"):
        parse_helplines(document(VALID_ENTRY, VALID_ENTRY))
