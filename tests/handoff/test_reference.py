from __future__ import annotations

import re

import pytest

from bot.handoff.reference import ALPHABET, new_reference, normalise_reference
from bot.handoff.schema import load_schema


def test_references_match_the_schema_and_avoid_look_alikes() -> None:
    pattern = re.compile(load_schema()["properties"]["reference"]["pattern"])
    references = [new_reference() for _ in range(2000)]

    assert all(pattern.fullmatch(reference) for reference in references)
    assert not set("".join(r[3:] for r in references)) & set("0O1I")
    # 2000 draws from about a billion codes repeat one by chance about once in 500 runs (the
    # birthday bound); three repeats would take broken randomness.
    assert len(references) - len(set(references)) <= 2
    # Every character of the alphabet shows up: the draw is not stuck on a subset.
    assert set("".join(r[3:] for r in references)) == set(ALPHABET)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MZ-7K3Q9P", "MZ-7K3Q9P"),
        ("mz-7k3q9p", "MZ-7K3Q9P"),
        ("MZ 7K3Q9P", "MZ-7K3Q9P"),
        ("mz7k3q9p", "MZ-7K3Q9P"),
        (" MZ - 7K3 Q9P ", "MZ-7K3Q9P"),
        ("MZ-7K3Q9", None),
        ("MZ-7K3Q9PX", None),
        ("MZ-0K3Q9P", None),
        ("AB-7K3Q9P", None),
        ("", None),
    ],
)
def test_references_are_read_back_as_typed(text: str, expected: str | None) -> None:
    assert normalise_reference(text) == expected
