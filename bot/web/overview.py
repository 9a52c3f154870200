"""The printable overview of offers linked from the chat: offer ids in the address, nothing else.

The page is built from the knowledge base only; an unknown id is left out, and at most
MAX_OFFERS are shown, so the address cannot be used to make the page say something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.db import session_factory_for
from knowledge.advice import offer_index
from knowledge.details import FUNDING_TEXT, conditions
from knowledge.offer import Offer
from knowledge.search import EXAMPLE_NOTICE, UNVERIFIED_NOTICE, shown_phone

MAX_OFFERS = 10
_ID = re.compile(r"^[a-z0-9_\-]{1,100}$")


@dataclass(frozen=True)
class OverviewItem:
    offer: Offer
    conditions: tuple[str, ...]
    funding: str | None
    phone: str | None
    notices: tuple[str, ...]


def requested_ids(value: str | None) -> list[str]:
    ids = [part.strip() for part in (value or "").split(",")]
    unique = list(dict.fromkeys(i for i in ids if _ID.match(i)))
    return unique[:MAX_OFFERS]


def overview_items(database_url: str, ids: list[str]) -> list[OverviewItem]:
    by_id = {offer.id: offer for offer in offer_index(session_factory_for(database_url)).offers}
    items = []
    for offer in (by_id[i] for i in ids if i in by_id):
        notices = [EXAMPLE_NOTICE] if offer.example else []
        if not offer.verified:
            notices.append(UNVERIFIED_NOTICE)
        funding = ", ".join(FUNDING_TEXT.get(f, f) for f in offer.funding) or None
        items.append(
            OverviewItem(
                offer, tuple(conditions(offer)), funding, shown_phone(offer), tuple(notices)
            )
        )
    return items
