from __future__ import annotations

import copy
from pathlib import Path

import pytest

from bot.handoff.schema import (
    SCHEMA_PATH,
    InvalidDocument,
    is_rfc3339_date_time,
    validate_document,
    validation_errors,
)
from bot.settings import PROJECT_ROOT
from tests.handoff.conftest import make_document

SHARED_CONTRACT = PROJECT_ROOT.parent / "shared" / "contracts" / "handoff.schema.json"


@pytest.mark.skipif(
    not SHARED_CONTRACT.exists(), reason="shared contract not checked out beside the repo"
)
def test_schema_is_a_byte_for_byte_copy_of_the_shared_contract() -> None:
    assert Path(SCHEMA_PATH).read_bytes() == SHARED_CONTRACT.read_bytes()


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-24T13:05:00+00:00",
        "2026-11-24T13:05:00Z",
        "2026-11-24t13:05:00z",
        "2026-11-24T14:05:00.123456+01:00",
        "2024-02-29T00:00:00Z",
        "2026-12-31T23:59:60Z",
    ],
)
def test_rfc3339_date_times_pass(value: str) -> None:
    assert is_rfc3339_date_time(value)


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-24",
        "2026-11-24 13:05:00Z",
        "2026-11-24T13:05:00",  # no offset
        "2026-13-01T00:00:00Z",
        "2025-02-29T00:00:00Z",
        "2026-11-24T24:00:00Z",
        "2026-11-24T13:61:00Z",
        "24-11-2026T13:05:00Z",
        "gisteren",
    ],
)
def test_other_texts_are_no_date_time(value: str) -> None:
    assert not is_rfc3339_date_time(value)


def test_a_built_document_validates() -> None:
    assert validation_errors(make_document()) == []


@pytest.mark.parametrize(
    ("path", "value", "rule"),
    [
        (("created_at",), "24 november 2026", "format"),
        (("consent", "given_at"), "2026-11-24T13:05:00", "format"),
        (("caregiver", "contact", "email"), "fatima@", "format"),
        (("caregiver", "contact", "email"), "fatima@gmail", "format"),
        (("caregiver", "contact", "phone"), "06-12345678", "pattern"),
        (("reference",), "MZ-12345", "pattern"),
        (("schema_version",), "2.0", "const"),
        (("urgency", "level"), "spoed", "enum"),
        (("situation", "hours_per_week"), 200, "maximum"),
        (("consent", "given"), False, "const"),
        (("summary_text",), "te kort", "minLength"),
    ],
)
def test_a_broken_field_is_named_without_its_value(
    path: tuple[str, ...], value: object, rule: str
) -> None:
    document = copy.deepcopy(make_document())
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value

    with pytest.raises(InvalidDocument) as raised:
        validate_document(document)

    assert raised.value.errors == [f"{'/'.join(path)}: fails '{rule}'"]
    assert str(value) not in str(raised.value)


def test_extra_fields_and_missing_fields_fail() -> None:
    document = copy.deepcopy(make_document())
    document["bsn"] = "123456782"
    del document["needs"]

    errors = validation_errors(document)

    assert errors == ["(document): fails 'additionalProperties'", "(document): fails 'required'"]
