"""Text folding shared by the intake parsers, from the Dutch text toolkit (`bot/text/words.py`).

Caregivers type on phones: capitals, accents (één, tweeëntwintig, Súdwest-Fryslân) and the many
apostrophes a keyboard offers vary, so every parser compares folded text. The parsers read
punctuation ("zo'n", "1,5 uur", "24/7"), so they get folded text, not words.
"""

from __future__ import annotations

from bot.text.words import fold, word_text

__all__ = ["fold", "name_key"]


def name_key(text: str) -> str:
    """Fold a place name to a lookup key: no apostrophes, punctuation and hyphens become a space.

    "'s-Hertogenbosch" -> "s hertogenbosch", "Súdwest-Fryslân" -> "sudwest fryslan". Hyphens
    split: a place name is typed with and without them, and both must give one key.
    """
    return word_text(text, split_hyphens=True)
