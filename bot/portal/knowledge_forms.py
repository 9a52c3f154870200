"""The editor's forms: which fields of an offer or steunpunt a form shows, what a filled-in form
changes, and the check's problems as Dutch messages beside the field.

The check itself is `knowledge.editing.check_entry` (the rules of `python -m knowledge check`);
this module only says its findings in Dutch (B1), for the person who typed the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, get_args

from bot.handoff.words import NEED_WORDS
from knowledge.editing import EntryKind
from knowledge.files import Problem
from knowledge.offer import NeedCategory, Offer, Steunpunt


@dataclass(frozen=True)
class FormField:
    """One field of a form; `name` is the field's name in a content file ("contact.phone")."""

    name: str
    label: str
    widget: str = "text"  # text, textarea, date, number, needs
    hint: str | None = None

    @property
    def html_id(self) -> str:
        return "veld-" + self.name.replace(".", "-").replace("_", "-")


_CONTACT_FIELDS = (
    FormField("contact.phone", "Telefoonnummer", hint="Alleen cijfers, spaties en streepjes."),
    FormField("contact.email", "E-mailadres"),
    FormField("contact.website", "Website", hint="Begint met https://"),
    FormField("contact.opening_hours", "Openingstijden"),
)
OFFER_FIELDS = (
    FormField("name", "Naam"),
    FormField("description", "Beschrijving", "textarea", "Kort en in eenvoudige taal."),
    FormField("needs", "Waar helpt het bij?", "needs"),
    FormField("eligibility.notes", "Voorwaarden", "textarea"),
    FormField("cost", "Kosten", hint="Bijvoorbeeld: gratis, of de eigen bijdrage."),
    FormField("first_step", "Eerste stap", "textarea", "Wat doet de mantelzorger als eerste?"),
    FormField("what_to_expect", "Wat kan de mantelzorger verwachten?", "textarea"),
    *_CONTACT_FIELDS,
    FormField("valid_from", "Geldig vanaf", "date", "Leeg laten als het al geldt."),
    FormField("valid_until", "Geldig tot en met", "date", "Leeg laten als er geen einddatum is."),
    FormField("source_url", "Bron", hint="Het webadres waar deze informatie vandaan komt."),
)
STEUNPUNT_FIELDS = (
    FormField("name", "Naam"),
    *_CONTACT_FIELDS,
    FormField(
        "response_days",
        "Reactietijd in werkdagen",
        "number",
        "Binnen hoeveel werkdagen belt u terug?",
    ),
    FormField("handoff_email", "E-mailadres voor nieuwe aanmeldingen"),
    FormField(
        "handoff_webhook",
        "Webhook voor nieuwe aanmeldingen",
        hint="Alleen als uw ICT dat heeft ingesteld. Begint met https://",
    ),
    FormField("source_url", "Bron", hint="Het webadres waar deze informatie vandaan komt."),
)
NEED_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (need, NEED_WORDS.get(need, need)) for need in get_args(NeedCategory)
)


def form_fields(kind: EntryKind) -> tuple[FormField, ...]:
    return OFFER_FIELDS if kind == "offer" else STEUNPUNT_FIELDS


def _value_at(document: Mapping[str, Any], name: str) -> Any:
    value: Any = document
    for part in name.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def form_values(kind: EntryKind, record: Offer | Steunpunt) -> dict[str, Any]:
    """What the form shows for a record: text for each field, a list of needs."""
    values: dict[str, Any] = {}
    for item in form_fields(kind):
        value: Any = record
        for part in item.name.split("."):
            value = getattr(value, part, None)
        if item.widget == "needs":
            values[item.name] = list(value or ())
        elif isinstance(value, dt.date):
            values[item.name] = value.isoformat()
        else:
            values[item.name] = "" if value is None else str(value)
    return values


def _typed(item: FormField, text: str) -> Any:
    """A typed value: None when empty, a number when it is one (else the text, for the check)."""
    text = text.strip()
    if not text:
        return None
    if item.widget == "number":
        return int(text) if text.isdigit() else text
    return text


def submitted_changes(
    kind: EntryKind, form: Mapping[str, str], needs: Sequence[str], today: dt.date
) -> dict[str, Any]:
    """The changes a submitted form asks for; checking it means it was checked today."""
    changes: dict[str, Any] = {}
    for item in form_fields(kind):
        if item.widget == "needs":
            changes[item.name] = list(needs)
        else:
            changes[item.name] = _typed(item, form.get(item.name, ""))
    changes["last_checked"] = today.isoformat()
    return changes


def submitted_values(
    kind: EntryKind, form: Mapping[str, str], needs: Sequence[str]
) -> dict[str, Any]:
    """The form as typed, to show it again with its errors."""
    return {
        item.name: list(needs) if item.widget == "needs" else form.get(item.name, "")
        for item in form_fields(kind)
    }


# --- Dutch messages -----------------------------------------------------------------------------

FILL_IN = "Vul dit veld in."
# (words in the check's message, the Dutch message); the first that fits is used.
_MESSAGES: tuple[tuple[str, str], ...] = (
    ("missing (required)", FILL_IN),
    ("example data must not have a phone number", "Voorbeeldgegevens hebben geen telefoonnummer."),
    (
        "unverified entry must not carry a phone number",
        "Deze gegevens zijn niet gecontroleerd. Dan mag er geen telefoonnummer bij.",
    ),
    ("example data may only use", "Voorbeeldgegevens gebruiken alleen adressen op example.org."),
    ("example data uses example.org", "Voorbeeldgegevens gebruiken alleen adressen op example.org."),
    ("is an example address", "Dit is een voorbeeldadres. Vul een echt adres in."),
    ("example data must have", "Voorbeeldgegevens hebben '(voorbeeld)' in de naam."),
    ("in the name of real data", "Haal '(voorbeeld)' uit de naam."),
    ("must be a web address", "Vul een webadres in dat begint met https://."),
    ("must be a date", "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2027-01-31."),
    ("is before valid_from", "Deze datum ligt vóór de datum bij 'Geldig vanaf'."),
    ("is below min_age", "De hoogste leeftijd is lager dan de laagste leeftijd."),
    ("STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS", "Dit webadres kan geen aanmeldingen ontvangen. Het moet "
     "beginnen met https:// en op internet bereikbaar zijn. Vraag uw ICT-afdeling om hulp."),
    ("is not of type 'integer'", "Vul een heel getal in, bijvoorbeeld 3."),
    ("is less than the minimum", "Vul 0 of een hoger getal in."),
    ("should be non-empty", "Kies er minstens één."),
    ("is too short", "Kies er minstens één."),
    ("is not one of", "Kies een van de mogelijkheden."),
    ("unknown gemeente", "Deze gemeente kennen we niet."),
    ("unknown help line", "Deze hulplijn kennen we niet."),
)  # fmt: skip
_PATTERN_MESSAGES = {
    "contact.phone": (
        "Een telefoonnummer heeft alleen cijfers, spaties en streepjes, bijvoorbeeld 038 123 45 67."
    ),
    "contact.email": "Vul een geldig e-mailadres in, bijvoorbeeld info@steunpunt.nl.",
    "handoff_email": "Vul een geldig e-mailadres in, bijvoorbeeld aanmelding@steunpunt.nl.",
}
UNKNOWN_PROBLEM = "Dit klopt nog niet. Kijk of alles goed is ingevuld."


def dutch_message(problem: Problem) -> str:
    """The Dutch message for one problem the check found."""
    if "does not match" in problem.message:
        return _PATTERN_MESSAGES.get(problem.field or "", FILL_IN)
    for words, message in _MESSAGES:
        if words in problem.message:
            return message
    return UNKNOWN_PROBLEM


def field_errors(problems: Sequence[Problem]) -> dict[str, str]:
    """The first Dutch message per field name ("" for problems that are about no one field)."""
    errors: dict[str, str] = {}
    for problem in problems:
        errors.setdefault(problem.field or "", dutch_message(problem))
    return errors


def label_of(kind: EntryKind, name: str) -> str:
    """A field's label on the form, or the field's name when the form does not show it."""
    return next((item.label for item in form_fields(kind) if item.name == name), name)
