"""Demo insights: simulated anonymous events for the demo gemeenten, so the dashboard shows
something on a fresh machine (`make run` seeds them, in development mode only).

Every row is marked `demo`, and the dashboard says so above its figures. Zwolle gets a busy year
and more; Kampen a small one, so the hidden small cells ("< 10") show too. Nothing here is
measured: the shares below are made up to look plausible, not taken from any source.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from bot.insights import events as codes
from bot.insights.events import Event, week_of
from bot.insights.models import InsightEvent, InsightWeek

logger = logging.getLogger(__name__)

# gemeente → conversations a week (on average)
DEMO_GEMEENTEN = {"GM0193": 45, "GM0166": 3}
WEEKS = 60
# How often a need asked finds a local offer: made up, to give the headline a shape.
MET_SHARE = {
    "even_vrij": 0.8,
    "praktische_hulp": 0.7,
    "emotionele_steun": 0.9,
    "lotgenoten": 0.6,
    "informatie_advies": 0.9,
    "financieel": 0.5,
    "werk_en_zorg": 0.15,
    "zorg_voor_naaste": 0.6,
    "regelen_aanvragen": 0.3,
    "jonge_mantelzorger": 0.1,
    "wonen_vervoer": 0.4,
    "anders": 0.2,
}


# Of the conversations, how many ask for a live chat, and how many of those a consultant takes.
LIVE_SHARE = 0.12
LIVE_TAKEN = 0.8


def _live_events(rng: random.Random, gemeente: str, week: date, per_week: int) -> list[Event]:
    """A week's live chats: most taken within a few minutes, the rest expired (call-back)."""
    found: list[Event] = []
    asked = max(0, round(rng.gauss(per_week * LIVE_SHARE, (per_week * LIVE_SHARE) ** 0.5)))
    for _ in range(asked):
        channel = _pick(rng, ("web", "whatsapp"), (0.65, 0.35))
        found.append(Event("live_requested", week, gemeente=gemeente, channel=channel, demo=True))
        if rng.random() < LIVE_TAKEN:
            minutes = _pick(rng, ("0", "1", "2"), (0.45, 0.35, 0.2))
            found.append(
                Event("live_taken", week, gemeente=gemeente, minutes=int(minutes), demo=True)
            )
        else:
            found.append(Event("live_expired", week, gemeente=gemeente, demo=True))
    return found


def _pick(rng: random.Random, choices: Sequence[str], weights: Sequence[float]) -> str:
    return rng.choices(list(choices), weights=list(weights))[0]


def simulated_events(
    gemeente: str,
    per_week: int,
    today: date,
    offer_ids: Sequence[str],
    seed: int = 19,
    weeks: int = WEEKS,
) -> list[Event]:
    rng = random.Random(f"{seed}-{gemeente}")
    # Its own generator: the live chats do not change the other simulated figures.
    live_rng = random.Random(f"{seed}-{gemeente}-live")
    found: list[Event] = []
    last = week_of(today)
    for back in range(weeks):
        week = last - timedelta(weeks=back)

        def event(kind: str, week: date = week, **values: Any) -> Event:
            return Event(kind, week, gemeente=gemeente, demo=True, **values)

        found.extend(_live_events(live_rng, gemeente, week, per_week))

        for _ in range(max(0, round(rng.gauss(per_week, per_week**0.5)))):
            channel = _pick(rng, ("web", "whatsapp"), (0.65, 0.35))
            found.append(event("conversation", channel=channel))
            if rng.random() > 0.7:
                continue
            age = _pick(rng, codes.AGE_GROUPS, (0.03, 0.06, 0.55, 0.22, 0.1, 0.04))
            found.append(
                event(
                    "intake",
                    channel=channel,
                    relation=_pick(rng, codes.RELATIONS, (30, 35, 5, 8, 3, 1, 3, 6, 2, 7)),
                    condition=_pick(rng, codes.CONDITIONS, (25, 10, 6, 10, 15, 14, 6, 4, 2, 5, 3)),
                    hours_band=_pick(rng, codes.HOURS_BANDS, (0.3, 0.35, 0.2, 0.1, 0.05)),
                    duration_band=_pick(rng, codes.DURATION_BANDS, (0.1, 0.2, 0.4, 0.25, 0.05)),
                    age_group=age,
                    besides=_pick(
                        rng,
                        codes.BESIDES,
                        (0.2, 0.7, 0.05, 0.05, 0.0)
                        if age in codes.YOUNG_AGE_GROUPS
                        else (0.45, 0.03, 0.02, 0.45, 0.05),
                    ),
                )
            )
            if rng.random() > 0.75:
                continue
            band = _pick(rng, ("laag", "matig", "hoog"), (0.35, 0.4, 0.25))
            found.append(event("check", channel=channel, instrument="ediz", band=band))
            needs = rng.sample(list(MET_SHARE), k=rng.choice((1, 1, 2, 3)))
            if age in codes.YOUNG_AGE_GROUPS and "jonge_mantelzorger" not in needs:
                needs.append("jonge_mantelzorger")
            for need in needs:
                found.append(event("need", need=need, met=rng.random() < MET_SHARE[need]))
            shown = rng.sample(list(offer_ids), k=min(3, len(offer_ids))) if offer_ids else []
            for offer_id in shown:
                found.append(event("offer_shown", offer_id=offer_id))
                if rng.random() < 0.3:
                    found.append(event("offer_opened", offer_id=offer_id))
            if band == "hoog" or rng.random() < 0.05:
                urgency = _pick(rng, codes.URGENCIES, (0.35, 0.6, 0.05))
                found.append(event("handoff", urgency=urgency))
                days = min(int(rng.expovariate(1 / 3)), 30)
                contact_week = week_of(week + timedelta(days=days))
                if contact_week <= last:
                    found.append(
                        Event(
                            "first_contact",
                            contact_week,
                            gemeente=gemeente,
                            urgency=urgency,
                            days=days,
                            on_time=days <= 4,
                            demo=True,
                        )
                    )
    return found


def seed_demo(
    sessions: sessionmaker[Session], today: date, local_offers: dict[str, list[str]]
) -> int:
    """Add the demo events once (none when a demo row is there already); how many were added.

    `local_offers`: gemeente → ids of its local offers (from the knowledge base)."""
    with sessions() as session, session.begin():
        seeded = select(InsightWeek.week).where(
            InsightWeek.dimension == "demo", InsightWeek.value == "True"
        )
        if session.execute(select(InsightEvent.id).where(InsightEvent.demo)).first() or (
            session.execute(seeded).first()
        ):
            return 0
        rows = [
            event.columns()
            for gemeente, per_week in DEMO_GEMEENTEN.items()
            for event in simulated_events(gemeente, per_week, today, local_offers.get(gemeente, []))
        ]
        session.execute(insert(InsightEvent), rows)
    logger.info("Insights: %d simulated demo events for the demo gemeenten", len(rows))
    return len(rows)
