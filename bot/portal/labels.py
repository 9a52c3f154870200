"""Dutch words and dates for the portal's pages.

The labels of the aanmelding's codes (relation, conditions, needs ...) are the summary text's own,
in `bot.handoff.words`, so the page and the summary above it never use two words for
one thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from bot.handoff.store import parse_timestamp
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
from bot.text import formatting

STATUS_LABELS = {
    "nieuw": "Nieuw",
    "in_behandeling": "In behandeling",
    "afgerond": "Afgerond",
    "ingetrokken": "Ingetrokken",
}
URGENCY_LABELS = {"acuut": "Acuut", "hoog": "Hoog", "normaal": "Normaal"}
ROLE_LABELS = {
    "consultant": "consulent",
    "coordinator": "coördinator",
    "editor": "redacteur",
    "gemeente": "gemeente",
}
SCOPE_LABELS = {
    "contact": "contactgegevens",
    "situation": "de situatie",
    "assessment": "de vragenlijst over de belasting",
    "needs": "de hulpvraag",
    "transcript": "het gesprek met de chat",
}
TRANSPORT_LABELS = {"email": "e-mail aan het steunpunt", "webhook": "koppeling (webhook)"}
# Alike in shape only: one label table per kind of value; the tables are data.
ACTION_LABELS = {
    "view": "bekeken",
    "print": "afdrukversie bekeken",
    "export": "JSON gedownload",
    "claim": "opgepakt",
    "note": "notitie geschreven",
    "status": "status veranderd",
    "contact": "contact gehad",
    "erase": "gewist",
    "expiry_warning": "steunpunt gewaarschuwd: wordt gewist als hij open blijft",
    "expired": "gewist: te lang open",
    "retry": "bezorging opnieuw geprobeerd",
    "denied": "geen toegang",
    "insights_view": "cijfers bekeken",
    "insights_report": "kwartaalrapport bekeken",
    "insights_export": "cijfers gedownload (CSV)",
    "insights_denied": "geen toegang tot cijfers",
    "knowledge_save": "aanbod gewijzigd (concept)",
    "knowledge_publish": "aanbod gepubliceerd",
    "knowledge_restore": "eerdere versie van aanbod teruggezet",
    "knowledge_denied": "geen toegang tot aanbod",
    "knowledge_checked": "aanbod nagekeken, nog juist",
    "knowledge_reminder": "herinnering gestuurd: aanbod nakijken",
    "login": "ingelogd",
    "login_failed": "inloggen mislukt",
    "logout": "uitgelogd",
    "account_created": "account gemaakt",
    "password_set": "nieuw wachtwoord",
    "account_deactivated": "account uitgezet",
    "totp_enrolled": "app voor inlogcodes ingesteld",
    "totp_failed": "verkeerde code bij inloggen",
    "recovery_code_used": "ingelogd met een herstelcode",
    "totp_reset": "app voor inlogcodes gewist (opnieuw instellen)",
    "enrolment_code_issued": "activeringscode voor de app gemaakt",
    "enrolment_code_failed": "verkeerde activeringscode",
    "recovery_codes_renewed": "nieuwe herstelcodes gemaakt",
    "recovery_codes_refused": "geen nieuwe herstelcodes: verkeerde code",
    "live_available": "beschikbaar voor chat",
    "live_unavailable": "niet meer beschikbaar voor chat",
    "live_take": "chat overgenomen",
    "live_message": "chatbericht gestuurd",
    "live_end": "chat afgesloten",
    "live_handback": "chat teruggegeven aan de assistent",
    "live_aanmelding": "aanmelding gemaakt uit chat",
    "live_view": "chat bekeken",
}
LIVE_CHANNELS = {
    "socketio": "chat op de website",
    "whatsapp": "WhatsApp",
    "twilio_whatsapp": "WhatsApp",
    "rest": "koppeling",
    "other": "anders",
}
LIVE_AUTHORS = {"caregiver": "Mantelzorger", "consultant": "Consulent", "system": "Bericht"}
SPEAKERS = {"user": "Mantelzorger", "bot": "Steunwijzer"}
YES_NO = {True: "ja", False: "nee", None: "onbekend"}

# The summary's vocabulary, for the page's sections.
RELATIONS: Mapping[str, str] = RELATION_WORDS
AGE_GROUPS: Mapping[str, str] = AGE_GROUP_WORDS
CONDITIONS: Mapping[str, str] = CONDITION_WORDS
COMBINES: Mapping[str, str] = COMBINES_WORDS
LEVELS: Mapping[str, str] = LEVEL_WORDS
NEEDS: Mapping[str, str] = NEED_WORDS
PREFERRED_CHANNELS: Mapping[str, str] = PREFERRED_CHANNEL_WORDS
CHANNELS: Mapping[str, str] = CHANNEL_WORDS


def dutch_datetime(moment: datetime | str | None) -> str:
    """'24 november 2026 om 14.05 uur' in Dutch local time; accepts RFC 3339 text from a document."""
    if moment is None or moment == "":
        return formatting.UNKNOWN
    return formatting.dutch_datetime(moment)


def dutch_date(day: date) -> str:
    """'24 november 2026'."""
    return formatting.dutch_date(day)


def iso_datetime(moment: datetime | str) -> str:
    """The machine-readable form for <time datetime="...">."""
    if isinstance(moment, str):
        moment = parse_timestamp(moment)
    return moment.isoformat()


def label(mapping: Mapping[str, str], value: str | None) -> str:
    """The Dutch word for a code; an unknown code as it is, a missing one as 'onbekend'."""
    if value is None:
        return "onbekend"
    return mapping.get(value, value)


def phone(number: str | None) -> str:
    """A stored number as people dial it (bot.text.formatting); none as nothing."""
    return formatting.dutch_phone(number) if number else ""


def number(value: float | int | None) -> str:
    return formatting.UNKNOWN if value is None else formatting.dutch_number(value)


def needs_by_text(needs: list[Mapping[str, str]]) -> list[tuple[str, list[str]]]:
    """One line per distinct wording, with every category it was filed under (as the summary)."""
    grouped: dict[str, list[str]] = {}
    for need in needs:
        grouped.setdefault(need["text"], []).append(label(NEEDS, need["category"]))
    return list(grouped.items())


def waiting_time(seconds: int) -> str:
    """15 -> "15 seconden", 60 -> "1 minuut", 130 -> "3 minuten" (rounded up: never too short)."""
    if seconds < 60:
        return f"{seconds} seconden" if seconds != 1 else "1 seconde"
    minutes = -(-seconds // 60)
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"
