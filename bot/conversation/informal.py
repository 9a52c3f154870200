"""From "u" to "je": young caregivers (up to 25) are addressed with "je" everywhere.

The assistant's own texts have a written "je" version; this turns the rest (knowledge base texts,
the instrument's texts) around, word by word. After "u" the verb stays as it is ("u kunt" -> "je
kunt", except "u heeft" -> "je hebt"); before "u" it loses its -t ("Wilt u" -> "Wil je", "Heeft u"
-> "Heb je").
"""

from __future__ import annotations

import re

# Inverted order: the verb before "u" loses its ending before "je".
_BEFORE_JE = {
    "wilt": "wil", "heeft": "heb", "kunt": "kun", "bent": "ben", "zult": "zal", "woont": "woon",
    "zorgt": "zorg", "vindt": "vind", "gaat": "ga", "doet": "doe", "krijgt": "krijg", "ziet": "zie",
    "zoekt": "zoek", "houdt": "houd", "betaalt": "betaal", "komt": "kom", "staat": "sta",
    "maakt": "maak", "neemt": "neem", "geeft": "geef", "vraagt": "vraag", "hoort": "hoor",
    "helpt": "help", "belt": "bel", "mailt": "mail", "kiest": "kies", "zegt": "zeg", "voelt": "voel",
    "werkt": "werk", "leest": "lees", "denkt": "denk", "weet": "weet", "moet": "moet", "mag": "mag",
    "kent": "ken", "blijft": "blijf", "past": "past", "hebt": "heb", "spreekt": "spreek",
    "bewaart": "bewaar", "regelt": "regel", "meldt": "meld", "print": "print", "praat": "praat",
    "kijkt": "kijk", "wordt": "word", "hoeft": "hoef", "parkeert": "parkeer", "bespreekt": "bespreek",
    "ontmoet": "ontmoet", "leert": "leer", "drinkt": "drink", "bedoelt": "bedoel",
    "begrijpt": "begrijp", "gebruikt": "gebruik", "verzorgt": "verzorg", "schrijft": "schrijf",
    "antwoordt": "antwoord", "wenst": "wens", "vertelt": "vertel", "herkent": "herken",
    "stuurt": "stuur", "ontvangt": "ontvang", "deelt": "deel", "beslist": "beslis", "begint": "begin",
}  # fmt: skip
_AFTER_JE = {"heeft": "hebt"}
_VERB_U = re.compile(r"\b([A-Za-z]+) u\b")
_U_VERB = re.compile(r"\b([Uu]) ([a-z]+)\b")


def _verb_before(match: re.Match[str]) -> str:
    verb = match.group(1)
    lower = verb.lower()
    if lower not in _BEFORE_JE:
        return match.group(0)
    new = _BEFORE_JE[lower]
    return (new.capitalize() if verb[0].isupper() else new) + " je"


def _verb_after(match: re.Match[str]) -> str:
    pronoun = "Je" if match.group(1) == "U" else "je"
    return f"{pronoun} {_AFTER_JE.get(match.group(2), match.group(2))}"


def to_informal(text: str) -> str:
    """The same text with "je" for "u" and "je" for "uw"."""
    text = _VERB_U.sub(_verb_before, text)
    text = _U_VERB.sub(_verb_after, text)
    text = re.sub(r"\buzelf\b", "jezelf", text)
    text = re.sub(r"\bUzelf\b", "Jezelf", text)
    text = re.sub(r"\bUw\b", "Je", text)
    text = re.sub(r"\buw\b", "je", text)
    text = re.sub(r"\bU\b", "Je", text)
    text = re.sub(r"\b(voor|bij|met|aan|naar|van|over|zonder|dan) u\b", r"\1 jou", text)
    return re.sub(r"\bu\b", "je", text)


def ends_formal(text: str) -> bool:
    """Whether any "u" or "uw" is left (for tests of the young caregiver's conversation)."""
    return bool(re.search(r"\b(?:[Uu]|[Uu]w|uzelf)\b", text))
