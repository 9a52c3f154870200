"""From "u" to "je" for young caregivers: the verb before "u" loses its -t."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.conversation.informal import _BEFORE_JE, to_informal

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = PROJECT_ROOT / "knowledge" / "data"
# Words before "u" that are no verb: "met u", "dat u", "zodat u".
# "Ook contact kost u niets", "Hoe mag de consulent u noemen?": "u" is the object; the word stays.
U_IS_THE_OBJECT = {"kost", "het", "consulent", "steunpunt"}
NOT_VERBS = {"met", "wat", "dat", "zodat", "want", "omdat", "niet", "mist", "eerst", "best", "echt"}


@pytest.mark.parametrize(
    ("formal", "informal"),
    [
        ("Wilt u meer weten?", "Wil je meer weten?"),
        ("Heeft u vragen?", "Heb je vragen?"),
        ("u heeft recht op verlof", "je hebt recht op verlof"),
        # Held out 19 (h13): "Samen kijkt je wat je kan helpen" was shown to a 14-year-old.
        ("Samen kijkt u wat u kan helpen.", "Samen kijk je wat je kan helpen."),
        ("Dan wordt u gebeld.", "Dan word je gebeld."),
        ("Soms hoeft u niets te betalen.", "Soms hoef je niets te betalen."),
        ("Hier ontmoet u andere mantelzorgers.", "Hier ontmoet je andere mantelzorgers."),
        ("Dat is voor u.", "Dat is voor jou."),
        # Personas dev34: "Welke bedoelt je?" was asked of a 23-year-old.
        ("Welke bedoelt u?", "Welke bedoel je?"),
    ],
)
def test_u_becomes_je_with_the_verb_in_its_place(formal: str, informal: str) -> None:
    assert to_informal(formal) == informal


def _texts(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [text for value in node.values() for text in _texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value)]
    return []


def test_every_inverted_verb_in_the_knowledge_base_is_known() -> None:
    unknown = set()
    for path in KNOWLEDGE.rglob("*.yml"):
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8"))):
            for match in re.finditer(r"\b([A-Za-z]+t) u\b", text):
                word = match.group(1).lower()
                if word not in _BEFORE_JE and word not in NOT_VERBS:
                    unknown.add(word)
    assert unknown == set()


def test_every_inverted_verb_in_the_assistants_own_texts_is_known() -> None:
    """Texts written only in the u-form (a question's wording, a notice) are turned too."""
    unknown = set()
    for path in (PROJECT_ROOT / "bot").rglob("*.py"):
        for literal in re.findall(r'"([^"\n]*)"', path.read_text(encoding="utf-8")):
            for match in re.finditer(r"\b([A-Za-z]+t) u\b", literal.replace("\\n", " ")):
                word = match.group(1).lower()
                if word not in _BEFORE_JE and word not in NOT_VERBS | U_IS_THE_OBJECT:
                    unknown.add(word)
    assert unknown == set()
