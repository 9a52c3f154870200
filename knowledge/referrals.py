"""Questions recognised without checked facts: who can help instead (`data/verwijzingen.yml`).

"Hoe word ik bewindvoerder van mijn zus?" or "is er een taxi voor dialyse?" share words with offers
that do not answer them ("kosten", "vervoer"). The knowledge base has no checked facts on these
topics, so the honest answer names the topic and the kind of place that knows, and states nothing
else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.text.words import words as fold_words

REFERRALS_FILE = Path(__file__).resolve().parent / "data" / "verwijzingen.yml"

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "verwijzingen"],
    "properties": {
        "version": {"const": 1},
        "verwijzingen": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "asked", "text"],
                "properties": {
                    "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                    "asked": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "minLength": 1},
                    },
                    "text": {"type": "string", "pattern": r"\S"},
                    "young_only": {"type": "boolean"},
                    "offers": {
                        "type": "array",
                        "items": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                    },
                },
            },
        },
    },
}
# A question about the caregiver's own school, when the age is not known yet.
_OWN_SCHOOL = re.compile(
    r"\b(?:mijn|op|naar|voor|van)(?: mijn| mn| m n)? (?:school|studie|opleiding|tentamens?|examens?|stage)\b|"
    r"\bstudievertraging\b|"
    # "kan school er iets mee? ik heb vaak mn huiswerk niet af"
    r"\b(?:mijn|mn|m n) huiswerk\b|\b(?:kan|kunnen|moet|mag) (?:de |mijn |mn )?school\b|"
    # "moet ik dit melden bij mijn studieadviseur?"
    r"\b(?:mijn|mn|m n) (?:studieadviseur|studiebegeleider|\w*decaan|mentor|docent\w*|juf|"
    r"meester|leraar|lerares|leerkracht|slb\w*)\b"
)


@dataclass(frozen=True)
class Referral:
    id: str
    asked: re.Pattern[str]
    text: str
    young_only: bool = False
    # National offers that help with the topic, shown as cards under the text.
    offers: tuple[str, ...] = ()


def parse_referrals(document: Any) -> tuple[Referral, ...]:
    jsonschema.validate(document, _SCHEMA)
    return tuple(
        Referral(
            id=entry["id"],
            asked=re.compile("|".join(f"(?:{pattern})" for pattern in entry["asked"])),
            text=" ".join(entry["text"].split()),
            young_only=entry.get("young_only", False),
            offers=tuple(entry.get("offers", ())),
        )
        for entry in document["verwijzingen"]
    )


@lru_cache(maxsize=1)
def load_referrals(path: Path = REFERRALS_FILE) -> tuple[Referral, ...]:
    return parse_referrals(yaml.safe_load(path.read_text(encoding="utf-8")))


# "ik hoorde daar iets over op de hogeschool": where the caregiver heard of it is no topic.
_HEARD_IT = re.compile(
    r"\b(?:hoorde|hoorden|gehoord|las|gelezen|zag|gezien)\b(?: \w+){0,4} (?:op|van|bij|via|in) "
    r"(?:de |het |een |mijn |m n )?\w+"
)


def without_hearsay(folded: str) -> str:
    return _HEARD_IT.sub(" ", folded)


def is_referral_question(text: str) -> bool:
    """Whether a question is about one of the topics, for any caregiver."""
    return find_referral(" ".join(fold_words(text)), young=True) is not None


def find_referral(folded: str, young: bool) -> Referral | None:
    """The referral for a folded question, if it asks about one of the topics."""
    folded = without_hearsay(folded)
    for referral in load_referrals():
        if referral.young_only and not (young or _OWN_SCHOOL.search(folded)):
            continue
        if referral.asked.search(folded):
            return referral
    return None
