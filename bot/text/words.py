"""Dutch text as the assistant compares it: folded (case, accents) and cut into words.

Caregivers type on phones, tired: capitals or none, accents or none ("cliënt", "client"), any of
the apostrophes a keyboard offers, compounds written whole or with a hyphen. Every module that
compares words (intake, safety, the burden check, the conversation, search, the glossary) folds
and cuts them here, so one message gives the same words everywhere.

Folding (`fold`, `fold_characters`): lower case (`str.casefold`, so "ß" is "ss"), marks off
("één" -> "een", "Súdwest-Fryslân" -> "sudwest-fryslan"), letters that have no mark to drop mapped
to their plain letters ("ø" -> "o", Turkish "ı" -> "i", Polish "ł" -> "l"), compatibility forms
plain ("ﬁ" -> "fi", "①" -> "1", fullwidth letters), and every apostrophe look-alike made "'".
Punctuation, digits and emoji stay: folding changes how a character is written, not which
characters there are.

Words (`words`), one rule for everyone:
- a word is a run of the letters a-z and the digits 0-9 in folded text; everything else
  (punctuation, emoji, a letter of another script) separates words and is dropped;
- an apostrophe joins: "taxi's" -> taxis, "m'n" -> mn, "’s nachts" -> s, nachts. Dutch writes
  it inside a word (plural, possessive, a dropped letter); chat spelling leaves it out ("mn");
- a hyphen between two letters joins: "Cliënt-ondersteuning" -> clientondersteuning, "e-mail" ->
  email, "Wmo-loket" -> wmoloket. A Dutch compound is one word however it is written, and
  people write these with and without the hyphen. A hyphen next to a digit or a space separates:
  "0800-0113" -> 0800, 0113; "24-uurs" -> 24, uurs; "in- en verkoop" -> in, en, verkoop;
- digits are words like letters, also glued to letters ("3e", "2x"): help line numbers (112, 113),
  hours and ages must survive.
`split_hyphens=True` is the one named exception: a hyphen between letters separates too. It is for
matchers that look for the parts of a hyphenated name or phrase on their own: place names are
written with or without it ("Súdwest-Fryslân", "Sudwest Fryslan"); a glossary term inside a
compound ("pgb-houder" holds "pgb"); word-start rules and answer phrases ("half-om-half").

`clauses` cuts a message at sentence punctuation first, for a reader that must not let a word in
one sentence change the meaning of the next (the safety check's negations).

This module imports no other project module, so every layer may use it.
"""

from __future__ import annotations

import re
import unicodedata

# Apostrophe look-alikes that phone keyboards and word processors insert, all made "'".
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201b\u0060\u00b4\u02bc\u2032", "'"))
# Letters with no decomposition (so no mark to drop) and their plain Latin letters. "ß" is not here:
# casefold already gives "ss".
_PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)
_JOINED_APOSTROPHE = re.compile(r"'")
_INNER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_WORD = re.compile(r"[a-z0-9]+")
# Where a clause ends: sentence punctuation, brackets, quotes, a line break, or a dash between
# spaces ("ik wil niet - ik kan niet"). An inner hyphen is no break.
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]\"“”«»…\n\r\t]+|\s[-–—]+\s")


def fold_characters(text: str) -> str:
    """`text` lower case, without accents, apostrophes unified; white space untouched.

    For a reader that needs the line breaks (clauses); everyone else uses `fold`.
    """
    # casefold before decomposing: "İ" casefolds to "i" plus a combining dot, dropped next.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.translate(_APOSTROPHES).translate(_PLAIN_LETTERS)


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes unified, single spaces: "Één  Cliënt’s" -> "een client's"."""
    return " ".join(fold_characters(text).split())


def _joined(folded: str, split_hyphens: bool) -> str:
    """Folded text with the apostrophes and (unless split) the inner hyphens of words removed."""
    joined = _JOINED_APOSTROPHE.sub("", folded)
    return joined if split_hyphens else _INNER_HYPHEN.sub("", joined)


def words(text: str, *, split_hyphens: bool = False) -> list[str]:
    """The folded words of `text` by the rule above: "Cliënt-ondersteuning, taxi's? 112!" ->
    clientondersteuning, taxis, 112."""
    return _WORD.findall(_joined(fold_characters(text), split_hyphens))


def word_text(text: str, *, split_hyphens: bool = False) -> str:
    """The words of `text` joined by single spaces, for readers that match phrases with regular
    expressions ("Ja,  hoor!" -> "ja hoor")."""
    return " ".join(words(text, split_hyphens=split_hyphens))


def clauses(text: str, *, split_hyphens: bool = False) -> list[list[str]]:
    """The words of each clause of `text`, empty clauses left out: "Nee. Ik wil dood" ->
    [[nee], [ik, wil, dood]]."""
    joined = _joined(fold_characters(text), split_hyphens)
    found = (_WORD.findall(part) for part in _CLAUSE_BREAK.split(joined))
    return [clause for clause in found if clause]
