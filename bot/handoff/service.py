"""Making the aanmelding at the end of the handoff conversation: what the action calls.

`submit` stores the aanmelding before it returns the confirmation; when storing fails the caregiver
is told so, and no reference is given. Steunpunten come from the knowledge base in the app
database.

Daily cap: with a `PhoneCap`, at most `per_day` aanmeldingen with one contact phone number are made
in any 24 hours, across all conversations, so a script cannot fill a steunpunt's inbox through new
conversations. The number is found again by a keyed hash (the conversation key secret), never
stored as such outside the aanmelding itself. Over the cap the caregiver hears that an aanmelding
with this number was already made today, and how to reach the steunpunt. An aanmelding with an
e-mail address only is not capped by it: the per-address chat limits (bot.channels.limits) and
the daily cap per address below bound those.

Daily cap per client address: with an `AddressCap`, at most `per_day` aanmeldingen come from one
chat client address (IPv6: its /64) in any 24 hours, whatever number or e-mail address they give.
The Rasa server hands the address to this step only as a keyed hash (bot.channels.address_key);
that hash is stored with the aanmelding to count it, never the address. Over the cap the caregiver
hears that no aanmelding was made, and how to reach the steunpunt themselves. WhatsApp messages
carry no address (they come from Meta's or Twilio's servers) and are capped per number only.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.db import session_factory_for
from bot.handoff import dialogue
from bot.handoff.contact import parse_phone
from bot.handoff.document import DocumentError, build_document
from bot.handoff.reference import new_reference
from bot.handoff.store import count_from_address_since, count_since, create_handoff
from bot.keys import conversation_key as keyed_hash
from bot.keys import conversation_secret
from bot.settings import Settings
from knowledge.advice import national_help_text, offer_index
from knowledge.gemeenten import gemeente_names
from knowledge.offer import Steunpunt
from knowledge.store import get_steunpunt, steunpunt_for

logger = logging.getLogger(__name__)

# Rasa's input channel names as the handoff schema's `channel`.
CHANNELS = {
    "socketio": "web",
    "rest": "rest",
    "whatsapp": "whatsapp",
    "twilio_whatsapp": "whatsapp",
}


@dataclass(frozen=True)
class Outcome:
    """What to say, and the slots to set (the reference once stored)."""

    text: str
    slots: dict[str, Any] = field(default_factory=dict)
    retry: bool = False


CAP_PERIOD = timedelta(hours=24)


@dataclass(frozen=True)
class PhoneCap:
    """At most `per_day` aanmeldingen per contact phone number in any 24 hours."""

    secret: str = field(repr=False)
    per_day: int

    @classmethod
    def from_settings(cls, settings: Settings) -> PhoneCap | None:
        """The cap from STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY; None when it is 0 (off)."""
        per_day = settings.max_handoffs_per_phone_per_day
        return cls(conversation_secret(settings), per_day) if per_day > 0 else None


@dataclass(frozen=True)
class AddressCap:
    """At most `per_day` aanmeldingen per chat client address in any 24 hours."""

    per_day: int

    @classmethod
    def from_settings(cls, settings: Settings) -> AddressCap | None:
        """The cap from STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY; None when it is 0 (off)."""
        per_day = settings.max_handoffs_per_ip_per_day
        return cls(per_day) if per_day > 0 else None


def phone_key(phone: str, secret: str) -> str:
    """A keyed hash of the number as +31612345678, so 06-12 34 56 78 counts as the same number.
    Prefixed, so it never equals the conversation key of a WhatsApp conversation."""
    normalised = parse_phone(phone) or "".join(phone.split())
    return keyed_hash(f"phone:{normalised}", secret)


def _contact_phone_key(slots: Mapping[str, Any], cap: PhoneCap | None) -> str | None:
    phone = slots.get("contact_phone")
    return phone_key(phone, cap.secret) if cap is not None and isinstance(phone, str) else None


def _cap_reached(database_url: str, key: str, cap: PhoneCap, now: datetime) -> bool:
    made = count_since(session_factory_for(database_url), key, now - CAP_PERIOD)
    return made >= cap.per_day


def _address_cap_reached(
    database_url: str, key: str | None, cap: AddressCap | None, now: datetime
) -> bool:
    if key is None or cap is None:
        return False
    made = count_from_address_since(session_factory_for(database_url), key, now - CAP_PERIOD)
    return made >= cap.per_day


def find_steunpunt(database_url: str, gemeente_code: str) -> Steunpunt | None:
    return steunpunt_for(session_factory_for(database_url), gemeente_code)


def load_steunpunt(database_url: str, steunpunt_id: str | None) -> Steunpunt | None:
    if not steunpunt_id or steunpunt_id == dialogue.NO_STEUNPUNT:
        return None
    return get_steunpunt(session_factory_for(database_url), steunpunt_id)


def schema_channel(input_channel: str | None) -> str:
    return CHANNELS.get(input_channel or "", "other")


def _gemeente_name(code: Any) -> str | None:
    return gemeente_names().get(code) if isinstance(code, str) else None


def submit(
    slots: Mapping[str, Any],
    *,
    database_url: str,
    conversation_key: str,
    input_channel: str | None,
    now: datetime,
    phone_cap: PhoneCap | None = None,
    address_key: str | None = None,
    address_cap: AddressCap | None = None,
) -> Outcome:
    """The end of the handoff form: store the aanmelding (or say why not) and what to tell.
    `address_key`: the keyed hash of the chat client's address, when the channel knows it."""
    steunpunt = load_steunpunt(database_url, slots.get("handoff_steunpunt"))
    reference = slots.get("handoff_reference")
    if reference:
        return Outcome(
            dialogue.already_made_text(reference, steunpunt.name if steunpunt else "het steunpunt")
        )
    if steunpunt is None:
        return Outcome(
            national_help_text(
                offer_index(session_factory_for(database_url)),
                _gemeente_name(slots.get("gemeente")),
            )
        )
    if slots.get("handoff_consent") != dialogue.GIVEN or not slots.get("contact_confirmed"):
        return Outcome(dialogue.refused_text(steunpunt))
    facts = {**slots, "asked_for_person": True}
    contact_phone_key = _contact_phone_key(slots, phone_cap)
    try:
        if (
            contact_phone_key
            and phone_cap
            and _cap_reached(database_url, contact_phone_key, phone_cap, now)
        ):
            # Neither the number nor its hash in the log.
            logger.warning("aanmelding not made: the daily cap for its phone number was reached")
            return Outcome(dialogue.phone_cap_text(steunpunt))
        if _address_cap_reached(database_url, address_key, address_cap, now):
            # Neither the address nor its hash in the log.
            logger.warning("aanmelding not made: the daily cap for its client address was reached")
            return Outcome(dialogue.address_cap_text(steunpunt))
        document = build_document(
            facts=facts,
            consent=dialogue.consent_given(now),
            contact=dialogue.contact_details(slots),
            steunpunt=steunpunt,
            channel=schema_channel(input_channel),
            now=now,
            reference=new_reference(),
        )
        stored = create_handoff(
            session_factory_for(database_url),
            document,
            steunpunt,
            conversation_key=conversation_key,
            contact_phone_key=contact_phone_key,
            client_address_key=address_key if address_cap is not None else None,
        )
    except DocumentError as error:
        logger.warning("aanmelding not built: %s", error)
        return Outcome(dialogue.FAILED_TEXT, retry=True)
    except Exception as error:  # the database may be away: the caregiver must not hear "geregeld"
        logger.error("aanmelding not stored: %s", type(error).__name__)
        return Outcome(dialogue.FAILED_TEXT, retry=True)
    logger.info("aanmelding stored for steunpunt %s, urgency %s", steunpunt.id, stored.urgency)
    text = dialogue.confirmation_text(
        stored.reference, steunpunt, now, urgent=stored.urgency == "acuut"
    )
    return Outcome(text, {"handoff_reference": stored.reference})
