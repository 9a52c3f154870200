"""Text folding shared by the intake parsers.

Caregivers type on phones: capitals, accents (één, tweeëntwintig, Súdwest-Fryslân) and the many
apostrophes a keyboard offers vary, so every parser compares folded text.
"""

from __future__ import annotations

import re
import unicodedata

# Apostrophe look-alikes that phone keyboards and word processors insert.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201b\u0060\u00b4\u02bc", "'"))


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and collapse white space."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    unified = without_marks.translate(_APOSTROPHES).lower()
    return re.sub(r"\s+", " ", unified).strip()


def name_key(text: str) -> str:
    """Fold a place name to a lookup key: no apostrophes, punctuation becomes a space.

    "'s-Hertogenbosch" -> "s hertogenbosch", "Súdwest-Fryslân" -> "sudwest fryslan".
    """
    folded = fold(text).replace("'", "")
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()
