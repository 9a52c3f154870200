"""A child under 18 at home who helps with the care: "mijn dochter is 13, zij helpt ook veel".

Such a child is a young caregiver too, and has support of its own (jonge mantelzorgers). Only a
child named with an age under 18 and a verb of helping in the same sentence counts: "mijn dochter
van 15" alone tells no care, and "mijn zoon helpt" tells no age.
"""

from __future__ import annotations

import re

_CHILD = (
    r"(?:mijn|m'n|mn|me|onze|ons) (?P<child>zoon|zoontje|dochter|dochtertje|kind|kindje|jongste|"
    r"oudste|kleinzoon|kleindochter|kleinkind|tienerzoon|tienerdochter|kinderen|kleinkinderen)"
)
_AGE = r"(?:is |zijn |van |\(|, )(?P<age>\d{1,2})(?: jaar)?\b"
_YOUNG_CHILD = re.compile(rf"\b{_CHILD}\b(?: \w+){{0,2}} ?{_AGE}")
# The child cared for, not a helper: "ik zorg voor mijn zoon van 12".
_CARED_FOR = re.compile(rf"\b(?:voor|met|om) {_CHILD}\b")
# Helping said of the child, not of the writer ("ik moet hem helpen").
_HELPS = re.compile(
    r"(?<!\bik )(?<!\bwe )(?<!\bwij )\b(?:helpt|helpen|hielp|hielpen|help(?:t|en)? (?:\w+ ){0,2}mee|zorgt mee|zorgen mee|"
    r"(?:springt|springen) (?:\w+ ){0,2}bij|(?:past|passen) (?:\w+ ){0,2}op|doet (?:\w+ ){0,2}(?:veel|mee|boodschappen)|"
    r"neemt (?:\w+ ){0,2}over|moet (?:\w+ ){0,2}(?:helpen|meehelpen|zorgen|oppassen)|meehelpen|"
    r"mee ?helpt|doet de was|kookt)\b"
)
_SENTENCE = re.compile(r"[.!?\n]+")
_ADULT = 18


def young_helper_at_home(text: str) -> str | None:
    """The word for the child ("dochter") when a child under 18 is said to help, else None."""
    for sentence in _SENTENCE.split(text.lower()):
        match = _YOUNG_CHILD.search(sentence)
        if _CARED_FOR.search(sentence) or not match or int(match["age"]) >= _ADULT:
            continue
        if _HELPS.search(sentence):
            return match["child"]
    return None
