"""Handoff references: MZ- and six characters a caregiver can read out on the phone.

The alphabet leaves out 0/O and 1/I, which are easily confused when read aloud or written down;
32 characters give about a billion codes. `secrets` makes them unguessable, so a reference alone
does not reveal how many aanmeldingen there are. Uniqueness is the store's job (it retries).
"""

from __future__ import annotations

import re
import secrets

PREFIX = "MZ-"
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LENGTH = 6
REFERENCE_PATTERN = re.compile(rf"{PREFIX}[{ALPHABET}]{{{LENGTH}}}")


def new_reference() -> str:
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_reference(text: str) -> str | None:
    """A reference as a caregiver or consultant types it ("mz 7k3q9p", "MZ7K3Q9P"), or None."""
    compact = re.sub(r"[\s\-]", "", text).upper()
    if not compact.startswith("MZ"):
        return None
    candidate = f"{PREFIX}{compact[2:]}"
    return candidate if REFERENCE_PATTERN.fullmatch(candidate) else None
