"""The aanmelding: what the conversation knows, shaped as the handoff schema and cut to the consent.

`facts` are the conversation's slots (names as in `bot.intake.dialogue`; "unknown" and "declined"
mean not known). Nothing is guessed: a fact that is missing, a sentinel or out of the schema's range
becomes null or an empty list.

Consent scope decides what is in the document:
- "contact" is required: an aanmelding nobody can call back is no aanmelding.
- without "situation": relation, illness, hours, age group and the naaste's gemeente are left out;
- without "assessment": the assessment is the "no assessment" object;
- without "needs": no needs and no suggested offers;
- without "transcript": no transcript, even when one is passed.
The gemeente and the urgency level are always in: the steunpunt needs them to pick the aanmelding
up in time. The urgency signals are worked out from the shared facts only; when a reason was held
back, one signal says so. A safety signal (safety_urgency "acuut") is always passed on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from bot.assessment.dialogue import deployment_instrument
from bot.assessment.needs import NEED_CATEGORIES, NEED_TEXT_MAX
from bot.assessment.next_step import run_triage
from bot.assessment.scoring import no_assessment_for_handoff, score
from bot.assessment.triage import Situation, is_intensive
from bot.handoff.contact import parse_email, phone_to_pass_on
from bot.handoff.schema import SCHEMA_VERSION
from bot.handoff.summary import summary_text
from bot.intake.dialogue import COMBINES_WITH, NOT_ANSWERED, RELATIONS
from bot.intake.situation import AGE_GROUPS
from knowledge.gemeenten import gemeente_names
from knowledge.offer import Steunpunt

CHANNELS = ("web", "whatsapp", "rest", "other")
CONSENT_SCOPES = ("contact", "situation", "assessment", "needs", "transcript")
PREFERRED_CHANNELS = ("telefoon", "email", "whatsapp", "huisbezoek")
URGENCY_RANK = {"normaal": 0, "hoog": 1, "acuut": 2}

MAX_NAME = 120
MAX_PREFERRED_TIME = 200
MAX_SHORT_TEXT = 200  # conditions, current support, urgency signals
MAX_HOURS_PER_WEEK = 168
MAX_DURATION_MONTHS = 1200

ASKED_FOR_PERSON_SIGNAL = "vraagt zelf om contact met een persoon"
SAFETY_SIGNAL = "veiligheidssignaal in het gesprek"
WITHHELD_SIGNAL = "niet alle redenen gedeeld: daar gaf de mantelzorger geen toestemming voor"

SITUATION_FACTS = (
    "relation",
    "conditions",
    "hours_per_week",
    "duration_months",
    "lives_with_care_recipient",
    "combines_with",
    "current_support",
    "age_group",
    "care_recipient_gemeente",
    "young_caregiver",
)
ASSESSMENT_FACTS = ("assessment_answers", "assessment_result", "self_rated_burden")


class DocumentError(ValueError):
    """The inputs cannot make a usable aanmelding. The message names the field, never its value."""


@dataclass(frozen=True)
class Consent:
    """What the caregiver agreed to: the version of the consent text, when, and what may be shared."""

    text_version: str
    given_at: datetime
    scope: tuple[str, ...]


@dataclass(frozen=True)
class ContactDetails:
    """How the caregiver wants to be reached; phone and e-mail as typed (they are normalised)."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None
    preferred_channel: str | None = None  # telefoon, email, whatsapp, huisbezoek
    preferred_time: str | None = (
        None  # the caregiver's words: "na 14 uur", "liever niet op maandag"
    )


# --- small helpers ------------------------------------------------------------------------------


def _utc_iso(moment: datetime, what: str) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DocumentError(f"{what} must be timezone-aware")
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and value in NOT_ANSWERED)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number_in(value: Any, upper: float) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return value if 0 <= value <= upper else None


def _texts(value: Any, limit: int) -> list[str]:
    if not isinstance(value, (list, tuple)):
        return []
    found: list[str] = []
    for item in value:
        if isinstance(item, str) and _known(item) and item.strip():
            text = _clip(item, limit)
            if text not in found:
                found.append(text)
    return found


def _gemeente(code: Any) -> dict[str, str] | None:
    names = gemeente_names()
    return {"name": names[code], "code": code} if isinstance(code, str) and code in names else None


# --- parts of the document ----------------------------------------------------------------------


def _checked_scope(consent: Consent) -> tuple[str, ...]:
    unknown = [item for item in consent.scope if item not in CONSENT_SCOPES]
    if unknown:
        raise DocumentError(f"consent scope has unknown items: {sorted(unknown)}")
    if "contact" not in consent.scope:
        raise DocumentError("consent scope must include 'contact'")
    if not consent.text_version.strip():
        raise DocumentError("consent text_version is empty")
    return tuple(dict.fromkeys(consent.scope))


def _consent(consent: Consent, scope: tuple[str, ...]) -> dict[str, Any]:
    return {
        "given": True,
        "given_at": _utc_iso(consent.given_at, "consent.given_at"),
        "text_version": consent.text_version,
        "scope": list(scope),
    }


def _contact(contact: ContactDetails) -> dict[str, Any]:
    phone = phone_to_pass_on(contact.phone) if contact.phone else None
    if contact.phone and phone is None:
        raise DocumentError("contact phone is not a phone number")
    email = None
    if contact.email:
        check = parse_email(contact.email)
        if check is None or not check.valid:
            raise DocumentError("contact email is not an e-mail address")
        email = check.address
    if phone is None and email is None:
        raise DocumentError("contact needs a phone number or an e-mail address")
    channel = contact.preferred_channel
    if channel is not None and channel not in PREFERRED_CHANNELS:
        raise DocumentError("contact preferred_channel is not one of the schema's channels")
    if channel in ("telefoon", "whatsapp") and phone is None:
        raise DocumentError(f"preferred channel {channel} needs a phone number")
    if channel == "email" and email is None:
        raise DocumentError("preferred channel email needs an e-mail address")
    time_text = contact.preferred_time.strip() if contact.preferred_time else ""
    return {
        "phone": phone,
        "email": email,
        "preferred_channel": channel,
        "preferred_time": _clip(time_text, MAX_PREFERRED_TIME) if time_text else None,
    }


def _name(contact: ContactDetails) -> str | None:
    name = contact.name.strip() if contact.name else ""
    return _clip(name, MAX_NAME) if name else None


def _situation(facts: Mapping[str, Any]) -> dict[str, Any]:
    relation = facts.get("relation")
    lives = facts.get("lives_with_care_recipient")
    combines = facts.get("combines_with")
    combines = combines if isinstance(combines, (list, tuple)) else []
    hours = _number_in(facts.get("hours_per_week"), MAX_HOURS_PER_WEEK)
    months = _number_in(facts.get("duration_months"), MAX_DURATION_MONTHS)
    return {
        "relation": relation if relation in RELATIONS else None,
        "conditions": _texts(facts.get("conditions"), MAX_SHORT_TEXT),
        "hours_per_week": hours,
        "duration_months": months,
        "lives_with_care_recipient": lives if isinstance(lives, bool) else None,
        "combines_with": list(dict.fromkeys(c for c in combines if c in COMBINES_WITH)),
        "current_support": _texts(facts.get("current_support"), MAX_SHORT_TEXT),
        # From the numbers as stored, so the flag never contradicts them.
        "intensive": is_intensive(Situation(hours_per_week=hours, duration_months=months)),
    }


def _self_rating(facts: Mapping[str, Any]) -> int | None:
    value = facts.get("self_rated_burden")
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= 10 else None


def _assessment(facts: Mapping[str, Any]) -> dict[str, Any]:
    rating = _self_rating(facts)
    reported = facts.get("assessment_result")
    if isinstance(reported, Mapping) and reported.get("instrument"):
        result = dict(reported)
        if result.get("self_rated_burden") is None:
            result["self_rated_burden"] = rating
        return result
    answers = facts.get("assessment_answers")
    if isinstance(answers, Mapping) and answers:
        return score(deployment_instrument(), answers).to_handoff(rating)
    return no_assessment_for_handoff(rating)


def _needs(facts: Mapping[str, Any]) -> list[dict[str, str]]:
    raw = facts.get("needs")
    needs: list[dict[str, str]] = []
    for need in raw if isinstance(raw, (list, tuple)) else []:
        if not isinstance(need, Mapping) or not isinstance(need.get("text"), str):
            continue
        text = _clip(need["text"], NEED_TEXT_MAX)
        category = need.get("category")
        entry = {"category": category if category in NEED_CATEGORIES else "anders", "text": text}
        if text and entry not in needs:
            needs.append(entry)
    return needs


def _offer_field(offer: Any, name: str) -> Any:
    return offer.get(name) if isinstance(offer, Mapping) else getattr(offer, name, None)


def _offers(facts: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Offers the conversation showed: mappings or `knowledge.offer.Offer`s."""
    raw = facts.get("offers_suggested")
    offers: list[dict[str, Any]] = []
    seen: set[str] = set()
    for offer in raw if isinstance(raw, (list, tuple)) else []:
        offer_id, name = _offer_field(offer, "id"), _offer_field(offer, "name")
        if not (isinstance(offer_id, str) and isinstance(name, str)) or offer_id in seen:
            continue
        provider = _offer_field(offer, "provider")
        seen.add(offer_id)
        offers.append(
            {
                "id": offer_id,
                "name": name,
                "provider": provider if isinstance(provider, str) else None,
            }
        )
    return offers


def _shared_facts(facts: Mapping[str, Any], scope: tuple[str, ...]) -> dict[str, Any]:
    hidden: set[str] = set()
    if "situation" not in scope:
        hidden.update(SITUATION_FACTS)
    if "assessment" not in scope:
        hidden.update(ASSESSMENT_FACTS)
    return {name: value for name, value in facts.items() if name not in hidden}


def _urgency(facts: Mapping[str, Any], shared: Mapping[str, Any]) -> dict[str, Any]:
    full, visible = run_triage(facts), run_triage(shared)
    level = full["urgency"]
    signals = [_clip(reason, MAX_SHORT_TEXT) for reason in visible["reasons"]]
    if facts.get("safety_urgency") == "acuut":
        level = "acuut"
        if SAFETY_SIGNAL not in signals:
            signals.insert(0, SAFETY_SIGNAL)
    if facts.get("asked_for_person") is True and ASKED_FOR_PERSON_SIGNAL not in signals:
        signals.append(ASKED_FOR_PERSON_SIGNAL)
    if any(reason not in visible["reasons"] for reason in full["reasons"]):
        signals.append(WITHHELD_SIGNAL)
    return {"level": level, "signals": signals}


def _main_gemeente(facts: Mapping[str, Any], steunpunt: Steunpunt) -> dict[str, str]:
    gemeente = _gemeente(facts.get("gemeente"))
    if gemeente is None and len(steunpunt.gemeente_codes) == 1:
        # The steunpunt serves one gemeente: that is the gemeente whose steunpunt receives it.
        gemeente = _gemeente(steunpunt.gemeente_codes[0])
    if gemeente is None:
        raise DocumentError("gemeente unknown and the steunpunt serves more than one gemeente")
    return gemeente


def _transcript(transcript: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    turns = []
    for turn in transcript:
        at = turn["at"]
        turns.append(
            {
                "from": turn["from"],
                "text": str(turn["text"]),
                "at": _utc_iso(at, "transcript at") if isinstance(at, datetime) else str(at),
            }
        )
    return turns


# --- the document -------------------------------------------------------------------------------


def build_document(
    *,
    facts: Mapping[str, Any],
    consent: Consent,
    contact: ContactDetails,
    steunpunt: Steunpunt,
    channel: str,
    now: datetime,
    reference: str,
    transcript: Sequence[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The aanmelding as a schema-shaped dict, with only what the consent covers.

    `transcript` turns are mappings with "from" ("user"/"bot"), "text" and "at" (datetime or
    RFC 3339 text). Raises DocumentError when the inputs cannot make a usable aanmelding (no consent
    for contact, no way to reach the caregiver, an unparseable phone number or e-mail address).
    The result is not validated here: `bot.handoff.store.create_handoff` validates before storing.
    """
    if channel not in CHANNELS:
        raise DocumentError(f"channel must be one of {CHANNELS}")
    scope = _checked_scope(consent)
    shared = _shared_facts(facts, scope)
    with_situation = "situation" in scope
    age_group = facts.get("age_group")
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "reference": reference,
        "created_at": _utc_iso(now, "now"),
        "channel": channel,
        "steunpunt": {"id": steunpunt.id, "name": steunpunt.name},
        "gemeente": _main_gemeente(facts, steunpunt),
        "care_recipient_gemeente": (
            _gemeente(facts.get("care_recipient_gemeente")) if with_situation else None
        ),
        "consent": _consent(consent, scope),
        "caregiver": {
            "name": _name(contact),
            "contact": _contact(contact),
            "age_group": age_group if with_situation and age_group in AGE_GROUPS else None,
        },
        "situation": _situation(shared),
        "assessment": _assessment(shared),
        "needs": _needs(facts) if "needs" in scope else [],
        "offers_suggested": _offers(facts) if "needs" in scope else [],
        "urgency": _urgency(facts, shared),
    }
    if "transcript" in scope and transcript:
        document["transcript"] = _transcript(transcript)
    document["summary_text"] = summary_text(document)
    return document
