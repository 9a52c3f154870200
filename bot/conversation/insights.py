"""What one turn tells the insights: coded events from the state before and after it.

The engine calls `events_of_turn` once per turn (bot.conversation.engine.respond) and hands the
events to its port (`Services.record`); this module never writes. An event is made when a moment
is first reached in the state, so a turn that repeats nothing records nothing:
- the gemeente becomes known: `conversation` (channel);
- the read-back is confirmed: `intake` (channel, relation, condition, hours, duration, age, work
  or study);
- the burden check is done: `check` (channel, instrument, band);
- the offers are shown for the first time: `need` for each need asked, met or not by a local
  offer among those shown (`Services.local_needs`); then `offer_shown` for every offer new in
  the list;
- the caregiver asks about an offer that was shown (its button, or by name): `offer_opened`;
- the aanmelding is stored: `handoff` (urgency, as the handoff document works it out).
Only codes leave here (bot.insights.events checks them); never the caregiver's words.
"""

from __future__ import annotations

import logging

from bot.assessment.next_step import run_triage
from bot.conversation.ports import Services
from bot.conversation.state import CHECK_DONE, ConversationState
from bot.insights import events as codes
from bot.insights.events import Event, NotCoded, week_of
from bot.intake.dialogue import Turn

logger = logging.getLogger(__name__)


def events_of_turn(
    before: ConversationState, after: ConversationState, turn: Turn, services: Services
) -> list[Event]:
    try:
        return _events(before, after, turn, services)
    except NotCoded as error:  # a code list out of date must never cost the caregiver a reply
        logger.error("insights event not recorded: %s", error)
        return []


def _events(
    before: ConversationState, after: ConversationState, turn: Turn, services: Services
) -> list[Event]:
    week = week_of(services.today)
    gemeente = codes.gemeente_code(after.gemeente)

    def event(kind: str, **values: object) -> Event:
        return Event(kind, week, gemeente=gemeente, **values)  # type: ignore[arg-type]

    found: list[Event] = []
    if gemeente is not None and codes.gemeente_code(before.gemeente) is None:
        found.append(event("conversation", channel=services.channel))
    if after.progress.summary_confirmed and not before.progress.summary_confirmed:
        found.append(
            event(
                "intake",
                channel=services.channel,
                relation=codes.relation_code(after.relation),
                condition=codes.condition_code(after.conditions),
                hours_band=codes.hours_band(after.hours_per_week),
                duration_band=codes.duration_band(after.duration_months),
                age_group=codes.age_code(after.age_group),
                besides=codes.besides_code(after.combines_with),
            )
        )
    if after.progress.check == CHECK_DONE and before.progress.check != CHECK_DONE:
        result = after.assessment_result or {}
        instrument = (result.get("instrument") or {}).get("id")
        found.append(
            event(
                "check",
                channel=services.channel,
                instrument=instrument,
                band=codes.band_code(result.get("level")),
            )
        )
    shown_before = codes.offer_ids(before.offers_suggested or [])
    shown_now = codes.offer_ids(after.offers_suggested or [])
    if after.progress.offers_shown and not before.progress.offers_shown:
        met = services.local_needs(shown_now)
        for need in codes.need_codes(after.needs):
            found.append(event("need", need=need, met=need in met))
    for offer_id in shown_now:
        if offer_id not in shown_before:
            found.append(event("offer_shown", offer_id=offer_id))
    opened = after.progress.last_offer
    asked = turn.entity("offer") == opened or opened != before.progress.last_offer
    if opened in shown_before and asked:
        found.append(event("offer_opened", offer_id=opened))
    if after.handoff_reference and not before.handoff_reference:
        urgency = "acuut" if after.safety_urgency == "acuut" else None
        found.append(event("handoff", urgency=urgency or run_triage(after.facts())["urgency"]))
    return found
