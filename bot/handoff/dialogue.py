"""The handoff as a conversation: which steunpunt, consent, contact details, read-back, confirmation.

Slots (handoff_form in domain.yml):
- handoff_steunpunt: the steunpunt's id, or NO_STEUNPUNT when the gemeente has none (or is not said);
- handoff_consent: GIVEN or REFUSED (REFUSED also when the caregiver stops);
- contact_name: how to address the caregiver, or DECLINED;
- contact_phone / contact_email: normalised; the question for "contact_phone" asks for either;
- contact_preferred_channel: telefoon, email or whatsapp (asked only when there is a choice);
- contact_preferred_time: the caregiver's words, or ANY_TIME;
- contact_confirmed: True after the read-back;
- handoff_reference: set once the aanmelding is stored, so it is not made twice.

Nothing here talks to Rasa or a database: the steunpunt is looked up through the callable the
action passes in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import holidays

from bot.handoff.contact import has_unknown_phone_number, parse_email, parse_phone
from bot.handoff.document import Consent, ContactDetails
from bot.intake.dialogue import DECLINED, NOT_ANSWERED, Reading, Turn, gemeente_reading
from bot.intake.gemeente import match_gemeente
from bot.nlp.intents import CRISIS_INTENT
from bot.text.formatting import dutch_date, dutch_phone
from knowledge.helplines import HelpLine
from knowledge.offer import Steunpunt

CONSENT_TEXT_VERSION = "aanmelding-1.0"
# The whole conversation is not passed on: the steunpunt gets what the caregiver told, in order.
CONSENT_SCOPE = ("contact", "situation", "assessment", "needs")

GIVEN = "given"
REFUSED = "refused"
NO_STEUNPUNT = "none"
ANY_TIME = "any"
CHANNEL_CHOICES = ("telefoon", "email", "whatsapp")

HANDOFF_QUESTIONS = (
    "handoff_steunpunt",
    "handoff_consent",
    "contact_name",
    "contact_phone",
    "contact_preferred_channel",
    "contact_preferred_time",
    "contact_confirmed",
)
MAX_NAME_WORDS = 4
MAX_NAME_LENGTH = 60
MAX_TIME_LENGTH = 200
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

FindSteunpunt = Callable[[str], "Steunpunt | None"]

# Said during the handoff, these are answered by rules (data/rules/handoff.yml), not read here.
HANDED_TO_RULES = frozenset({"ask_why", "ask_definition", CRISIS_INTENT})
_YES = {"affirm"}
_NO = {"deny", "decline", "stop"}
_NAME_PREFIX = re.compile(
    r"^\s*(?:ik\s+heet|mijn\s+naam\s+is|noem\s+(?:me|mij)(?:\s+maar)?|zeg\s+maar|dat\s+is|ik\s+ben)\s+",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?$")
_TIME_ANSWERS = {
    "ochtend": "'s ochtends",
    "middag": "'s middags",
    "avond": "'s avonds",
    "maakt niet uit": ANY_TIME,
    "maakt me niet uit": ANY_TIME,
    "altijd": ANY_TIME,
    "het maakt niet uit": ANY_TIME,
}
_CHANNEL_WORDS = {
    "telefoon": "telefoon",
    "bellen": "telefoon",
    "bel": "telefoon",
    "gebeld": "telefoon",
    "mail": "email",
    "email": "email",
    "e-mail": "email",
    "mailen": "email",
    "gemaild": "email",
    "whatsapp": "whatsapp",
    "app": "whatsapp",
    "appen": "whatsapp",
}

RETRY_TEXTS = {
    "handoff_steunpunt": "Die gemeente ken ik niet.",
    "handoff_consent": "Ik begreep uw antwoord niet goed. Kies 'Ja, dat is goed' of 'Nee, liever niet'.",
    "contact_name": "Ik begreep niet goed hoe ik u mag noemen. Een voornaam is genoeg.",
    "contact_phone": "Ik kon geen telefoonnummer of e-mailadres vinden. Een mobiel nummer begint met 06, bijvoorbeeld 06 12345678.",
    "contact_preferred_channel": "Kies 'Bellen' of 'E-mail'.",
    "contact_confirmed": "Wat klopt er niet? Schrijf het goede telefoonnummer, e-mailadres of uw naam.",
}
WHY_TEXTS = {
    "handoff_steunpunt": "Elke gemeente heeft een eigen steunpunt mantelzorg. Aan uw gemeente zie ik welk steunpunt bij u hoort.",
    "contact_name": "Dan weet de consulent hoe hij of zij u kan aanspreken. U mag dit overslaan.",
    "contact_phone": "Het steunpunt gebruikt uw nummer of e-mailadres alleen om contact met u op te nemen over uw aanmelding. Het gaat alleen naar het steunpunt als u daar toestemming voor geeft.",
    "contact_preferred_channel": "Zo neemt het steunpunt contact op zoals u dat prettig vindt.",
    "contact_preferred_time": "Zo belt het steunpunt u op een moment dat het u uitkomt.",
    "contact_confirmed": "Zo weet ik zeker dat het steunpunt u kan bereiken.",
}
SHARED_PARTS = (
    "uw naam (als u die geeft) en hoe ze u kunnen bereiken",
    "wat u mij vertelde over uw situatie: voor wie u zorgt, hoeveel uur, en hoe lang al",
    "uw antwoorden op de vragen over hoe zwaar de zorg is",
    "waar u hulp bij wilt, en welke hulp ik u al liet zien",
)
CORRECTED_TEXT = "Dat heb ik aangepast."
UNKNOWN_PHONE_TEXT = (
    "Dat nummer klopt volgens mij niet. Kijkt u het nog even na? U mag ook uw e-mailadres geven."
)


@dataclass(frozen=True)
class Confirmation:
    text: str


def _known(value: Any) -> bool:
    return value not in (None, "", *NOT_ANSWERED)


def questions_to_ask(slots: Mapping[str, Any]) -> list[str]:
    """The handoff questions still open, in order; none once it is clear no aanmelding follows."""
    if slots.get("handoff_reference"):
        return []
    if not slots.get("handoff_steunpunt"):
        return list(HANDOFF_QUESTIONS)
    if slots["handoff_steunpunt"] == NO_STEUNPUNT or slots.get("handoff_consent") == REFUSED:
        return []
    open_questions = []
    if slots.get("handoff_consent") != GIVEN:
        open_questions.append("handoff_consent")
    if not slots.get("contact_name"):
        open_questions.append("contact_name")
    if not (slots.get("contact_phone") or slots.get("contact_email")):
        open_questions.append("contact_phone")
    both = slots.get("contact_phone") and slots.get("contact_email")
    if both and not slots.get("contact_preferred_channel"):
        open_questions.append("contact_preferred_channel")
    if not slots.get("contact_preferred_time"):
        open_questions.append("contact_preferred_time")
    if not slots.get("contact_confirmed"):
        open_questions.append("contact_confirmed")
    return open_questions


def steunpunt_from_known_gemeente(slots: Mapping[str, Any], find: FindSteunpunt) -> Reading:
    """When the form starts: the gemeente the intake found already names the steunpunt."""
    if slots.get("handoff_steunpunt") or not _known(slots.get("gemeente")):
        return Reading()
    steunpunt = find(slots["gemeente"])
    return Reading({"handoff_steunpunt": steunpunt.id if steunpunt else NO_STEUNPUNT})


def _read_gemeente(turn: Turn, find: FindSteunpunt) -> Reading:
    # The words first: a model may hear "stop" in "kampen".
    reading = gemeente_reading("gemeente", match_gemeente(turn.text))
    code = reading.slots.get("gemeente")
    if code is None and turn.intent in ("decline", "dont_know", "deny", "stop"):
        return Reading({"handoff_steunpunt": NO_STEUNPUNT})
    if code is None:
        return reading
    steunpunt = find(code)
    return Reading(
        {"gemeente": code, "handoff_steunpunt": steunpunt.id if steunpunt else NO_STEUNPUNT}
    )


def _read_consent(turn: Turn) -> Reading:
    if turn.intent in _YES:
        return Reading({"handoff_consent": GIVEN})
    if turn.intent in _NO:
        return Reading({"handoff_consent": REFUSED})
    return Reading(reply=RETRY_TEXTS["handoff_consent"])


def parse_name(text: str) -> str | None:
    """A name as someone answers "hoe mag ik u noemen?" ("Ans", "ik heet Ans de Vries"), else None."""
    candidate = _NAME_PREFIX.sub("", text.strip()).strip().strip("!,")
    words = candidate.split()
    if not words or len(words) > MAX_NAME_WORDS or len(candidate) > MAX_NAME_LENGTH:
        return None
    if not _NAME.match(candidate):
        return None
    # "Ans de Vries" keeps its tussenvoegsel; a lower-case single word gets a capital.
    return candidate[0].upper() + candidate[1:]


def _contact_found(text: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    phone = parse_phone(text)
    if phone:
        found["contact_phone"] = phone
    email = parse_email(text)
    if email and email.valid and not email.suggestion:
        found["contact_email"] = email.address
    return found


def _email_problem(text: str) -> str | None:
    email = parse_email(text)
    if email is None:
        return None
    if email.suggestion:
        return f"Bedoelt u {email.suggestion}? Schrijf het adres dan nog een keer, zoals het moet zijn."
    if not email.valid:
        return "Dat e-mailadres kan ik niet goed lezen. Kijkt u het nog even na?"
    return None


# "Dennis" may sound like "deny" to the intent model: only words of refusal decline the name.
_REFUSES = re.compile(r"\b(?:nee|neen|niet|liever|geen|nope|anoniem|zeg ik)\b", re.IGNORECASE)


def _read_name(turn: Turn) -> Reading:
    if turn.intent in ("decline", "deny") and (
        turn.text.startswith("/") or _REFUSES.search(turn.text) or parse_name(turn.text) is None
    ):
        return Reading({"contact_name": DECLINED})
    contact = _contact_found(turn.text)
    name = parse_name(turn.text)
    if name:
        return Reading({"contact_name": name, **contact})
    return Reading(contact, reply=None if contact else RETRY_TEXTS["contact_name"])


def _read_reach(turn: Turn) -> Reading:
    problem = _email_problem(turn.text)
    found = _contact_found(turn.text)
    if found:
        return Reading(found)
    if problem is None and has_unknown_phone_number(turn.text):
        # "06 99887766" has the form of a number but not one in use: saying "a mobile number starts
        # with 06" to someone who typed 06 reads as not listening.
        problem = UNKNOWN_PHONE_TEXT
    return Reading(reply=problem or RETRY_TEXTS["contact_phone"])


def _read_channel(turn: Turn) -> Reading:
    channel = turn.entity("answer")
    if channel not in CHANNEL_CHOICES:
        words = re.findall(r"[\w-]+", turn.text.lower())
        channel = next((_CHANNEL_WORDS[w] for w in words if w in _CHANNEL_WORDS), None)
    if channel:
        return Reading({"contact_preferred_channel": channel})
    return Reading(reply=RETRY_TEXTS["contact_preferred_channel"])


def _read_time(turn: Turn) -> Reading:
    if turn.intent in ("decline", "dont_know"):
        return Reading({"contact_preferred_time": ANY_TIME})
    text = (turn.entity("answer") or turn.text).strip()
    said = _TIME_ANSWERS.get(text.lower().strip(" .!"), text)
    return Reading({"contact_preferred_time": said[:MAX_TIME_LENGTH]})


def _read_confirmation(turn: Turn) -> Reading:
    correction = _contact_found(turn.text)
    if not correction:
        name = (
            parse_name(_NAME_PREFIX.sub("", turn.text)) if _NAME_PREFIX.match(turn.text) else None
        )
        correction = {"contact_name": name} if name else {}
    if correction:
        return Reading({**correction, "contact_confirmed": None}, reply=CORRECTED_TEXT)
    if turn.intent in _YES:
        return Reading({"contact_confirmed": True})
    problem = _email_problem(turn.text)
    return Reading(reply=problem or RETRY_TEXTS["contact_confirmed"])


def read_turn(turn: Turn, slots: Mapping[str, Any], find: FindSteunpunt) -> Reading:
    """What one answer during the handoff means for the question asked."""
    asked = turn.requested_slot
    if asked is None:
        return steunpunt_from_known_gemeente(slots, find)
    # "Esther" may sound like a question about a word to the intent model: a name or a contact
    # detail is an answer, whatever the model heard.
    plain_answer = _contact_found(turn.text) or (
        asked == "contact_name" and parse_name(turn.text) is not None
    )
    if turn.intent in HANDED_TO_RULES and not plain_answer:
        # No answer: the form steps aside, the rule answers, then the form asks again.
        return Reading()
    # "agnieszka.nowak91@wp.pl" may sound like "stop" to the intent model: a contact detail is an
    # answer, whatever the model heard.
    if asked != "handoff_steunpunt" and turn.intent == "stop" and not _contact_found(turn.text):
        return Reading({"handoff_consent": REFUSED})
    readers: dict[str, Callable[[], Reading]] = {
        "handoff_steunpunt": lambda: _read_gemeente(turn, find),
        "handoff_consent": lambda: _read_consent(turn),
        "contact_name": lambda: _read_name(turn),
        "contact_phone": lambda: _read_reach(turn),
        "contact_preferred_channel": lambda: _read_channel(turn),
        "contact_preferred_time": lambda: _read_time(turn),
        "contact_confirmed": lambda: _read_confirmation(turn),
    }
    reader = readers.get(asked)
    return reader() if reader else Reading()


# --- what the assistant says --------------------------------------------------------------------


def consent_question(steunpunt: Steunpunt, young: bool = False) -> str:
    if young:
        return (
            f"Ik kan je vraag doorgeven aan {steunpunt.name}. Iemand van het steunpunt neemt dan "
            "contact met je op. Dat is gratis.\n"
            "Ik geef dan door wat je mij vertelde: hoe ze je kunnen bereiken, je situatie, je "
            "antwoorden op de vragen en waar je hulp bij wilt. Niet het hele gesprek.\n"
            "Vind je dat goed?"
        )
    return (
        f"Ik kan uw vraag doorgeven aan {steunpunt.name}. Een consulent neemt dan contact met u "
        "op. Dat is gratis.\n"
        "Ik geef dan door wat u mij vertelde: hoe ze u kunnen bereiken, uw situatie, uw antwoorden "
        "op de vragen en waar u hulp bij wilt. Niet het hele gesprek.\n"
        "Vindt u dat goed?"
    )


def what_is_shared(steunpunt_name: str | None) -> str:
    who = steunpunt_name or "het steunpunt mantelzorg"
    parts = "\n".join(f"- {part}" for part in SHARED_PARTS)
    return (
        f"Als u 'ja' zegt, krijgt {who} alleen dit van mij:\n{parts}\n"
        "Het steunpunt gebruikt dit alleen om u te helpen. U kunt later altijd vragen om het te "
        "verwijderen. Zegt u 'nee', dan geef ik niets door."
    )


def why_we_ask(requested_slot: str | None, steunpunt_name: str | None = None) -> str | None:
    """The explanation for a handoff question, or None when the question is not one of these."""
    if requested_slot == "handoff_consent":
        return what_is_shared(steunpunt_name)
    return WHY_TEXTS.get(requested_slot or "")


def contact_readback(slots: Mapping[str, Any]) -> str:
    lines = ["Dit geef ik door om contact met u op te nemen:"]
    name = slots.get("contact_name")
    lines.append(f"- Naam: {name}" if _known(name) else "- Naam: niet gegeven")
    if slots.get("contact_phone"):
        lines.append(f"- Telefoon: {dutch_phone(slots['contact_phone'])}")
    if slots.get("contact_email"):
        lines.append(f"- E-mail: {slots['contact_email']}")
    time = slots.get("contact_preferred_time")
    lines.append(
        "- Bereikbaar: het maakt niet uit wanneer"
        if time in (None, ANY_TIME)
        else f"- Bereikbaar: {time}"
    )
    lines.append("Klopt dit?")
    return "\n".join(lines)


def contact_details(slots: Mapping[str, Any]) -> ContactDetails:
    phone, email = slots.get("contact_phone"), slots.get("contact_email")
    channel = slots.get("contact_preferred_channel") or ("telefoon" if phone else "email")
    time = slots.get("contact_preferred_time")
    name = slots.get("contact_name")
    return ContactDetails(
        name=name if _known(name) else None,
        phone=phone,
        email=email,
        preferred_channel=channel,
        preferred_time=None if time in (None, ANY_TIME) else time,
    )


def consent_given(now: datetime) -> Consent:
    return Consent(text_version=CONSENT_TEXT_VERSION, given_at=now, scope=CONSENT_SCOPE)


@lru_cache(maxsize=1)
def _dutch_public_holidays() -> holidays.HolidayBase:
    """Koningsdag, Easter and Whit Monday, Ascension, Christmas ... (the `holidays` package)."""
    return holidays.country_holidays("NL")


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _dutch_public_holidays()


def add_working_days(start: date, days: int) -> date:
    """`days` working days after `start`: Monday to Friday, Dutch public holidays left out, so a
    call-back is never promised on Koningsdag or Christmas."""
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def confirmation_text(reference: str, steunpunt: Steunpunt, now: datetime, urgent: bool) -> str:
    """The caregiver's confirmation: the reference and an honest expectation of when they hear."""
    local = now.astimezone(AMSTERDAM)
    by = add_working_days(local.date(), max(steunpunt.response_days, 1))
    lines = [
        f"Het is geregeld. Uw aanmelding is bij {steunpunt.name}.",
        f"Uw nummer is {reference}. Bewaar dit nummer, dan weet het steunpunt meteen over wie het gaat.",
        f"Het steunpunt neemt uiterlijk {dutch_date(by, weekday=True, year=False)} contact met u op.",
    ]
    if steunpunt.contact.opening_hours:
        lines.append(f"Het steunpunt is open op {steunpunt.contact.opening_hours}.")
    if urgent:
        lines.append(
            "Ik heb erbij gezet dat het dringend is. Is er nu gevaar? Wacht dan niet en bel 112."
        )
    if steunpunt.example:
        lines.append(
            "Let op: dit is een voorbeeld-steunpunt in een demo. Er neemt niemand echt contact op."
        )
    return "\n".join(lines)


def already_made_text(reference: str, steunpunt_name: str) -> str:
    return (
        f"U bent al aangemeld bij {steunpunt_name}, met nummer {reference}. "
        "Het steunpunt neemt contact met u op. Wilt u iets aanvullen? Dat kan in het gesprek met "
        "de consulent."
    )


def _ways_to_reach(steunpunt: Steunpunt) -> str:
    """ "bellen: 038 ... of mailen: ...", from the knowledge base; "" when it has neither."""
    ways = [
        f"bellen: {steunpunt.contact.phone}" if steunpunt.contact.phone else "",
        f"mailen: {steunpunt.contact.email}" if steunpunt.contact.email else "",
    ]
    return " of ".join(way for way in ways if way)


def phone_cap_text(steunpunt: Steunpunt) -> str:
    """Over the daily cap per phone number (bot.handoff.service.PhoneCap): no new aanmelding, but
    the way to the steunpunt."""
    text = (
        "Met dit telefoonnummer is vandaag al een aanmelding gedaan. Die is doorgegeven: het "
        "steunpunt neemt contact met u op. Een nieuwe aanmelding is daarom niet nodig."
    )
    how = _ways_to_reach(steunpunt)
    if how:
        text += f" Wilt u iets aanvullen of iets vragen? U kunt {steunpunt.name} ook zelf {how}."
    elif steunpunt.contact.website:
        text += f" Wilt u iets aanvullen of iets vragen? Kijk op {steunpunt.contact.website}."
    return text + " Kan ik u nog ergens anders mee helpen?"


# Alike in shape only: like the phone cap text above, but other words for another cause;
# _ways_to_reach is the shared part.
def address_cap_text(steunpunt: Steunpunt) -> str:
    """Over the daily cap per client address (bot.handoff.service.AddressCap): this aanmelding is
    not made, said plainly, with the way to reach the steunpunt. Many people may share one
    address (a library, a care home), so it blames nobody."""
    text = (
        "Het spijt me, ik kan uw aanmelding nu niet doorgeven. Vanaf deze internetverbinding "
        "zijn vandaag al veel aanmeldingen gedaan. Om misbruik te voorkomen stopt de chat dan "
        "voor een dag. Uw gegevens zijn dus niet naar het steunpunt gegaan."
    )
    how = _ways_to_reach(steunpunt)
    if how:
        text += f" U kunt {steunpunt.name} wel zelf {how}. Zij helpen u graag verder."
    elif steunpunt.contact.website:
        text += f" U kunt {steunpunt.name} wel zelf bereiken via {steunpunt.contact.website}."
    return text + " Kan ik u nog ergens anders mee helpen?"


def refused_text(steunpunt: Steunpunt | None, national_line: HelpLine | None = None) -> str:
    parts = ["Dat is goed. Ik geef niets door.", later_contact_text(steunpunt, national_line)]
    return " ".join(filter(None, [*parts, "Kan ik u nog ergens anders mee helpen?"]))


def later_contact_text(
    steunpunt: Steunpunt | None, national_line: HelpLine | None = None
) -> str | None:
    """How to reach someone oneself, for a caregiver who said no to an aanmelding: the steunpunt,
    or without one known, the national line (the Mantelzorglijn) when the caller names it."""
    if steunpunt is None or not (steunpunt.contact.phone or steunpunt.contact.email):
        if national_line is None:
            return None
        return (
            f"Wilt u later toch met iemand praten? Dan kunt u zelf de {national_line.name} bellen."
        )
    how = (
        f"bellen: {steunpunt.contact.phone}"
        if steunpunt.contact.phone
        else f"mailen: {steunpunt.contact.email}"
    )
    return f"Wilt u later toch iemand spreken? U kunt {steunpunt.name} ook zelf {how}."


def no_steunpunt_text(gemeente_name: str | None, helpline: HelpLine | None) -> str:
    """No aanmelding possible: say so, and where to go instead (a number only when verified)."""
    where = f"de gemeente {gemeente_name}" if gemeente_name else "uw gemeente"
    text = (
        f"Voor {where} heb ik geen steunpunt mantelzorg in mijn gegevens. Daarom kan ik u nu "
        "niet aanmelden. Op de website van uw gemeente vindt u het steunpunt: zoek op 'mantelzorg'."
    )
    if helpline is None:
        return text
    if helpline.verified and helpline.phones:
        return f"{text}\nVoor advies kunt u ook de {helpline.name} bellen: {helpline.phones[0]}."
    return f"{text}\nVoor advies kunt u ook terecht bij de {helpline.name}."


FAILED_TEXT = (
    "Het is niet gelukt om uw aanmelding op te slaan. Er is nog niets doorgegeven. "
    "Dat ligt niet aan u. Wilt u het zo nog een keer proberen?"
)
