"""Making the aanmelding at the end of the handoff conversation: what the action calls.

`submit` stores the aanmelding before it returns the confirmation; when storing fails the caregiver
is told so, and no reference is given. Steunpunten come from the knowledge base in the app
database.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.db import session_factory_for
from bot.handoff import dialogue
from bot.handoff.document import DocumentError, build_document
from bot.handoff.reference import new_reference
from bot.handoff.store import create_handoff
from bot.intake.gemeente import gemeente_names
from knowledge.advice import national_help_text, offer_index
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


def find_steunpunt(database_url: str, gemeente_code: str) -> Steunpunt | None:
    with session_factory_for(database_url)() as session:
        return steunpunt_for(session, gemeente_code)


def load_steunpunt(database_url: str, steunpunt_id: str | None) -> Steunpunt | None:
    if not steunpunt_id or steunpunt_id == dialogue.NO_STEUNPUNT:
        return None
    with session_factory_for(database_url)() as session:
        return get_steunpunt(session, steunpunt_id)


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
) -> Outcome:
    """The end of the handoff form: store the aanmelding (or say why not) and what to tell."""
    steunpunt = load_steunpunt(database_url, slots.get("handoff_steunpunt"))
    reference = slots.get("handoff_reference")
    if reference:
        return Outcome(
            dialogue.already_made_text(reference, steunpunt.name if steunpunt else "het steunpunt")
        )
    if steunpunt is None:
        return Outcome(
            national_help_text(offer_index(database_url), _gemeente_name(slots.get("gemeente")))
        )
    if slots.get("handoff_consent") != dialogue.GIVEN or not slots.get("contact_confirmed"):
        return Outcome(dialogue.refused_text(steunpunt))
    facts = {**slots, "asked_for_person": True}
    try:
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
