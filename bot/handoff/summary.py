"""The aanmelding in a few Dutch lines a consultant takes in within a minute.

Order: how urgent, who, the situation, how heavy, what the caregiver asks in their own words, what
the assistant already suggested, and how and when to call. Unknown facts say "onbekend"; parts the
caregiver did not consent to share say so, so the consultant knows to ask rather than assume.
The reference is left out on purpose: the store may draw a new one when it collides.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Alike in shape only: bot.portal.labels imports the same word tables to show them; only the import
# is alike.
from bot.handoff.words import (
    AGE_GROUP_WORDS,
    CHANNEL_WORDS,
    COMBINES_WORDS,
    CONDITION_WORDS,
    LEVEL_WORDS,
    NEED_WORDS,
    PREFERRED_CHANNEL_WORDS,
    RELATION_WORDS,
)
from bot.text.formatting import dutch_datetime, dutch_list, dutch_number, dutch_phone

MIN_LENGTH = 40
MAX_LENGTH = 4000
MAX_QUOTE = 300
NOT_SHARED = "niet gedeeld (geen toestemming)"


def _duration(months: float) -> str:
    if months < 1:
        return "korter dan een maand"
    if months < 12:
        return "1 maand" if round(months) == 1 else f"{round(months)} maanden"
    years = months / 12
    return "ongeveer een jaar" if years < 1.5 else f"ongeveer {round(years)} jaar"


def _shared(document: Mapping[str, Any], part: str) -> bool:
    return part in document.get("consent", {}).get("scope", [])


# --- lines --------------------------------------------------------------------------------------


def _urgency_line(document: Mapping[str, Any]) -> str:
    urgency = document["urgency"]
    signals = "; ".join(urgency["signals"])
    if urgency["level"] == "acuut":
        return "LET OP, urgentie ACUUT" + (f": {signals}." if signals else ".")
    return f"Urgentie: {urgency['level']}." + (f" Waarom: {signals}." if signals else "")


def _origin_line(document: Mapping[str, Any]) -> str:
    channel = CHANNEL_WORDS.get(document["channel"], document["channel"])
    line = f"Aangemeld op {dutch_datetime(document['created_at'])} via {channel}"
    line += f", gemeente {document['gemeente']['name']}."
    recipient = document.get("care_recipient_gemeente")
    if recipient and recipient.get("code") != document["gemeente"].get("code"):
        line += f" De naaste woont in de gemeente {recipient['name']}."
    return line


def _who_line(document: Mapping[str, Any]) -> str:
    caregiver = document["caregiver"]
    name = caregiver["name"] or "naam niet gegeven"
    if not _shared(document, "situation"):
        return f"Wie: {name}. Situatie: {NOT_SHARED}."
    age = AGE_GROUP_WORDS.get(caregiver["age_group"], "leeftijd onbekend")
    relation = document["situation"]["relation"]
    cares_for = f"zorgt voor {RELATION_WORDS[relation]}" if relation else "voor wie is onbekend"
    return f"Wie: {name}, {age}, {cares_for}."


def _situation_line(document: Mapping[str, Any]) -> str | None:
    if not _shared(document, "situation"):
        return None
    situation = document["situation"]
    parts = []
    conditions = [CONDITION_WORDS.get(c, c) for c in situation["conditions"]]
    parts.append(
        f"ziekte of beperking: {dutch_list(conditions)}"
        if conditions
        else "ziekte of beperking onbekend"
    )
    hours, months = situation["hours_per_week"], situation["duration_months"]
    parts.append(f"{dutch_number(hours)} uur per week" if hours is not None else "uren onbekend")
    parts.append(f"al {_duration(months)}" if months is not None else "hoe lang onbekend")
    lives = situation["lives_with_care_recipient"]
    parts.append(
        {True: "woont samen met de naaste", False: "woont niet samen"}.get(
            lives, "samenwonen onbekend"
        )
    )
    line = "Situatie: " + "; ".join(parts) + "."
    combines = [COMBINES_WORDS.get(c, c) for c in situation["combines_with"]]
    if combines:
        line += f" Combineert de zorg met {dutch_list(combines)}."
    if situation["current_support"]:
        line += f" Hulp die er al is: {dutch_list(situation['current_support'])}."
    intensive = {True: "ja", False: "nee"}.get(situation["intensive"], "onbekend")
    return (
        line
        + f" Intensieve mantelzorg (meer dan 8 uur per week, langer dan 3 maanden): {intensive}."
    )


def _burden_line(document: Mapping[str, Any]) -> str:
    if not _shared(document, "assessment"):
        return f"Belasting: {NOT_SHARED}."
    assessment = document["assessment"]
    rating = assessment["self_rated_burden"]
    own = f" Zelf ingeschat: {rating} van 10." if rating is not None else ""
    instrument = assessment["instrument"]
    if instrument is None:
        return "Belasting: geen vragenlijst ingevuld." + own
    line = f"Belasting, {instrument['name']}: "
    if assessment["score"] is None:
        line += "geen vragen beantwoord"
    else:
        line += f"score {assessment['score']} van {assessment['max_score']}"
        if assessment["threshold"] is not None:
            line += f" (grens {assessment['threshold']})"
    line += f", niveau {LEVEL_WORDS.get(assessment['level'], assessment['level'])}."
    if not assessment["completed"]:
        line += f" Lijst niet afgemaakt: {len(assessment['items'])} vragen beantwoord."
    heavy = [item["text"].rstrip(".") for item in assessment["items"] if item["points"] > 0]
    if heavy:
        line += " Zwaar: " + "; ".join(heavy) + "."
    return line + own


def _quote(text: str) -> str:
    text = text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"
    return f"“{text}”"


def _needs_line(document: Mapping[str, Any]) -> str:
    if not _shared(document, "needs"):
        return f"Hulpvraag: {NOT_SHARED}."
    by_text: dict[str, list[str]] = {}
    for need in document["needs"]:
        by_text.setdefault(need["text"], []).append(
            NEED_WORDS.get(need["category"], need["category"])
        )
    if not by_text:
        return "Hulpvraag: niet genoemd."
    quoted = [f"{_quote(text)} ({dutch_list(categories)})" for text, categories in by_text.items()]
    return "Hulpvraag in eigen woorden: " + "; ".join(quoted) + "."


def _offers_line(document: Mapping[str, Any]) -> str | None:
    if not _shared(document, "needs"):
        return None
    offers = [
        offer["name"] + (f" ({offer['provider']})" if offer.get("provider") else "")
        for offer in document["offers_suggested"]
    ]
    return "Al voorgesteld: " + ("; ".join(offers) + "." if offers else "nog niets.")


def _contact_line(document: Mapping[str, Any]) -> str:
    contact = document["caregiver"]["contact"]
    ways = []
    if contact["phone"]:
        ways.append(f"telefoon {dutch_phone(contact['phone'])}")
    if contact["email"]:
        ways.append(f"e-mail {contact['email']}")
    line = "Contact: " + (", ".join(ways) if ways else "geen gegevens") + "."
    preferred = contact["preferred_channel"]
    if preferred:
        line += f" Liefst {PREFERRED_CHANNEL_WORDS.get(preferred, preferred)}."
    if contact["preferred_time"]:
        line += f" Wanneer: {contact['preferred_time']}."
    return line


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: max(length - 1, 0)] + "…"


def _fit(lines: list[str]) -> str:
    """Join the lines; when too long, shorten the longest line (the caregiver's many words), so
    the urgency and the contact line always stay whole."""
    text = "\n".join(lines)
    while len(text) > MAX_LENGTH:
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        lines[longest] = _cut(lines[longest], len(lines[longest]) - (len(text) - MAX_LENGTH))
        text = "\n".join(lines)
    return text


def summary_text(document: Mapping[str, Any]) -> str:
    """The consultant's summary of a schema-shaped aanmelding (summary_text may be absent)."""
    lines = [
        _urgency_line(document),
        _origin_line(document),
        _who_line(document),
        _situation_line(document),
        _burden_line(document),
        _needs_line(document),
        _offers_line(document),
        _contact_line(document),
    ]
    return _fit([line for line in lines if line])
