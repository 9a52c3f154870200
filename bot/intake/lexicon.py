"""Dutch words for the people a caregiver talks about, shared by the gemeente, situation and answer
parsers.

Keys are folded words (see normalize.fold); values are the schema's `situation.relation` enum.
"""

from __future__ import annotations

import re

RELATION_WORDS: dict[str, str] = {
    # partner
    "man": "partner",
    "vrouw": "partner",
    "echtgenoot": "partner",
    "echtgenote": "partner",
    "partner": "partner",
    "wederhelft": "partner",
    "manlief": "partner",
    "verloofde": "partner",
    "levenspartner": "partner",
    "levensgezel": "partner",
    "levensgezellin": "partner",
    # ouder (a stepparent is cared for as a parent)
    "moeder": "ouder",
    "vader": "ouder",
    "ma": "ouder",
    "pa": "ouder",
    "mam": "ouder",
    "pap": "ouder",
    "mama": "ouder",
    "papa": "ouder",
    "mams": "ouder",
    "paps": "ouder",
    "ouders": "ouder",
    "stiefmoeder": "ouder",
    "stiefvader": "ouder",
    "stiefouder": "ouder",
    "stiefouders": "ouder",
    "mamma": "ouder",
    "pappa": "ouder",
    "mammie": "ouder",
    "pappie": "ouder",
    "moedertje": "ouder",
    "vadertje": "ouder",
    "bonusmoeder": "ouder",
    "bonusvader": "ouder",
    "bonusmama": "ouder",
    "bonuspapa": "ouder",
    "pleegmoeder": "ouder",
    "pleegvader": "ouder",
    "pleegouders": "ouder",
    # schoonouder
    "schoonmoeder": "schoonouder",
    "schoonvader": "schoonouder",
    "schoonouders": "schoonouder",
    "schoonmama": "schoonouder",
    "schoonpapa": "schoonouder",
    "schoonma": "schoonouder",
    "schoonpa": "schoonouder",
    # kind
    "zoon": "kind",
    "dochter": "kind",
    "kind": "kind",
    "zoontje": "kind",
    "dochtertje": "kind",
    "kindje": "kind",
    "stiefzoon": "kind",
    "stiefdochter": "kind",
    "pleegkind": "kind",
    "pleegzoon": "kind",
    "pleegdochter": "kind",
    "stiefkind": "kind",
    "bonuszoon": "kind",
    "bonusdochter": "kind",
    "bonuskind": "kind",
    # broer_zus
    "broer": "broer_zus",
    "zus": "broer_zus",
    "zuster": "broer_zus",
    "broertje": "broer_zus",
    "zusje": "broer_zus",
    "halfbroer": "broer_zus",
    "halfzus": "broer_zus",
    "tweelingbroer": "broer_zus",
    "tweelingzus": "broer_zus",
    "stiefbroer": "broer_zus",
    "stiefzus": "broer_zus",
    "halfzusje": "broer_zus",
    "halfbroertje": "broer_zus",
    # grootouder
    "opa": "grootouder",
    "oma": "grootouder",
    "grootmoeder": "grootouder",
    "grootvader": "grootouder",
    "opoe": "grootouder",
    "grootouders": "grootouder",
    "overgrootmoeder": "grootouder",
    "overgrootvader": "grootouder",
    # ander_familielid
    "tante": "ander_familielid",
    "oom": "ander_familielid",
    "neef": "ander_familielid",
    "nicht": "ander_familielid",
    "kleinzoon": "ander_familielid",
    "kleindochter": "ander_familielid",
    "kleinkind": "ander_familielid",
    "schoonzus": "ander_familielid",
    "zwager": "ander_familielid",
    "schoonzoon": "ander_familielid",
    "schoondochter": "ander_familielid",
    "schoonbroer": "ander_familielid",
    "neefje": "ander_familielid",
    "nichtje": "ander_familielid",
    "kleinzoontje": "ander_familielid",
    "kleindochtertje": "ander_familielid",
    "kleinkinderen": "ander_familielid",
    "oudtante": "ander_familielid",
    "oudoom": "ander_familielid",
    "familielid": "ander_familielid",
    # vriend_buur ("vriend"/"vriendin" become partner only with a partner cue, see situation.py)
    "vriend": "vriend_buur",
    "vriendin": "vriend_buur",
    "buurman": "vriend_buur",
    "buurvrouw": "vriend_buur",
    "buren": "vriend_buur",
    "buurmeisje": "vriend_buur",
    "buurjongen": "vriend_buur",
    "kennis": "vriend_buur",
    "vriendje": "vriend_buur",
    "vriendinnetje": "vriend_buur",
    "overbuurvrouw": "vriend_buur",
    "overbuurman": "vriend_buur",
    "overburen": "vriend_buur",
    "buurtgenoot": "vriend_buur",
    "bekende": "vriend_buur",
    # anders
    "collega": "anders",
    "oud-collega": "anders",
    # an ex-partner is no longer a partner; the consultant sees the word itself
    "ex": "anders",
    "expartner": "anders",
    "ex-partner": "anders",
    "exman": "anders",
    "ex-man": "anders",
    "exvrouw": "anders",
    "ex-vrouw": "anders",
    "exvriend": "anders",
    "ex-vriend": "anders",
    "exvriendin": "anders",
    "ex-vriendin": "anders",
    "huisgenoot": "anders",
}

# Words that may be used without "mijn" for the person cared for ("ik zorg voor opa").
# Named without "mijn" ("voor oma", "schoonvader heeft een beroerte gehad"), also by writers for whom
# Dutch is a second language.
BARE_RELATION_WORDS = frozenset(
    {"opa", "oma", "moeder", "vader", "mama", "papa", "mam", "pap", "schoonvader", "schoonmoeder"}
)

_FAMILY = frozenset(
    {"partner", "ouder", "schoonouder", "kind", "broer_zus", "grootouder", "ander_familielid"}
)
# Owners that name a person only in "de moeder van mijn kinderen"; not relation words themselves,
# because "mijn kinderen" in a story is the caregiver's family, not the person cared for.
_OWNER_ONLY = {"kinderen": "kind", "zonen": "kind", "dochters": "kind"}
# A head word in its plain form, so one table covers "mama", "zoontje" and "echtgenoot".
_HEAD_FORMS = {
    "ma": "moeder", "mam": "moeder", "mama": "moeder", "mamma": "moeder", "moedertje": "moeder",
    "pa": "vader", "pap": "vader", "papa": "vader", "pappa": "vader", "vadertje": "vader",
    "zoontje": "zoon", "dochtertje": "dochter", "kindje": "kind", "broertje": "broer",
    "zusje": "zus", "echtgenoot": "man", "echtgenote": "vrouw",
}  # fmt: skip
# "de moeder van mijn man" is a schoonmoeder: owner's relation -> head word -> the one word.
# "de vader van mijn kinderen" is, in Dutch usage, nearly always an ex-partner.
KIN_COMPOUNDS: dict[str, dict[str, str]] = {
    "partner": {
        "moeder": "schoonmoeder", "vader": "schoonvader", "ouders": "schoonouders",
        "broer": "zwager", "zus": "schoonzus", "zoon": "stiefzoon", "dochter": "stiefdochter",
        "kind": "stiefkind",
    },
    "ouder": {
        "moeder": "oma", "vader": "opa", "ouders": "grootouders", "broer": "oom", "zus": "tante",
        "man": "stiefvader", "vrouw": "stiefmoeder", "partner": "stiefouder",
    },
    "kind": {
        "zoon": "kleinzoon", "dochter": "kleindochter", "kind": "kleinkind",
        "kinderen": "kleinkinderen", "man": "schoonzoon", "vrouw": "schoondochter",
        "vader": "ex", "moeder": "ex",
    },
    "broer_zus": {
        "zoon": "neef", "dochter": "nicht", "man": "zwager", "vrouw": "schoonzus",
    },
}  # fmt: skip
_KIN_JOIN = "_van_mijn_"
_POSSESSIVE = r"(?:mijn|m'n|mn|onze|ons)"
_KIN_OF = re.compile(
    rf"\b(?:(?:de|het|mijn|m'n|mn) )?(?P<head>[a-z'-]+) van {_POSSESSIVE} (?P<owner>[a-z'-]+)\b"
)
# "mijn man z'n moeder", "mijn vrouw d'r vader"
_KIN_GENITIVE = re.compile(
    rf"\b{_POSSESSIVE} (?P<owner>[a-z'-]+) (?:z'n|zn|zijn|d'r|dr|der|haar) (?P<head>[a-z'-]+)\b"
)


def _owner_relation(owner: str) -> str | None:
    return RELATION_WORDS.get(owner) or _OWNER_ONLY.get(owner)


def kin_word(head: str, owner: str) -> str | None:
    """One word for "the <head> of my <owner>": ("moeder", "man") -> "schoonmoeder".

    Without a Dutch word for it, the phrase itself joined by underscores ("opa_van_mijn_man"),
    which `relation_of` reads; None when head or owner is no relative.
    """
    owner_relation = _owner_relation(owner)
    if owner_relation is None or head not in RELATION_WORDS:
        return None
    compound = KIN_COMPOUNDS.get(owner_relation, {}).get(_HEAD_FORMS.get(head, head))
    return compound or f"{head}{_KIN_JOIN}{owner}"


def relation_of(word: str) -> str | None:
    """The relation of a folded word, or of a joined phrase from `kin_word`."""
    if word in RELATION_WORDS:
        return RELATION_WORDS[word]
    head, join, owner = word.partition(_KIN_JOIN)
    if not join:
        return None
    head_relation, owner_relation = RELATION_WORDS.get(head), _owner_relation(owner)
    if head_relation is None or owner_relation is None:
        return None
    # The friend of my mother is still a friend; the opa of my husband is family, the mother of a
    # friend is not.
    if head_relation not in _FAMILY:
        return head_relation
    return "ander_familielid" if owner_relation in _FAMILY else "anders"


def relation_word_text(word: str) -> str:
    """How a relation word reads back: "opa_van_mijn_man" -> "opa van mijn man"."""
    return word.replace("_", " ")


def join_kin_phrases(folded: str) -> str:
    """Rewrite "de moeder van mijn man" to "mijn schoonmoeder" in folded text, so the person is
    read as one relative, not as the husband."""

    def joined(match: re.Match[str]) -> str:
        word = kin_word(match["head"], match["owner"])
        return match[0] if word is None else f"mijn {word}"

    return _KIN_GENITIVE.sub(joined, _KIN_OF.sub(joined, folded))
