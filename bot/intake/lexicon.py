"""Dutch words for the people a caregiver talks about, shared by the gemeente and situation parsers.

Keys are folded words (see normalize.fold); values are the schema's `situation.relation` enum.
"""

from __future__ import annotations

RELATION_WORDS: dict[str, str] = {
    # partner
    "man": "partner",
    "vrouw": "partner",
    "echtgenoot": "partner",
    "echtgenote": "partner",
    "partner": "partner",
    "wederhelft": "partner",
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
    # schoonouder
    "schoonmoeder": "schoonouder",
    "schoonvader": "schoonouder",
    "schoonouders": "schoonouder",
    "schoonmama": "schoonouder",
    "schoonpapa": "schoonouder",
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
    # grootouder
    "opa": "grootouder",
    "oma": "grootouder",
    "grootmoeder": "grootouder",
    "grootvader": "grootouder",
    "opoe": "grootouder",
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
    # anders
    "collega": "anders",
    "oud-collega": "anders",
}

# Words that may be used without "mijn" for the person cared for ("ik zorg voor opa").
BARE_RELATION_WORDS = frozenset({"opa", "oma", "moeder", "vader", "mama", "papa", "mam", "pap"})
