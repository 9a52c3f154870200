"""A flood of WhatsApp messages against the running product and the fake Graph API: one friendly
notice, not thirty answers."""

from __future__ import annotations

import time

from bot.channels.guard import FLOOD_TEXT
from bot.settings import Settings
from tests.channels.conftest import APP_SECRET
from tests.channels.conversation import CloudCaregiver, shown_text, text, user_events
from tests.channels.fakes import FakeGraphApi

FLOOD_SIZE = 30
QUIET_S = 4.0


def test_a_flood_gets_the_friendly_notice_and_not_thirty_answers(
    whatsapp_product: Settings, graph_api: FakeGraphApi
) -> None:
    caregiver = CloudCaregiver(whatsapp_product, graph_api, "31620000090", app_secret=APP_SECRET)

    statuses = [caregiver.post(text("hallo")).status_code for _ in range(FLOOD_SIZE)]

    assert statuses == [200] * FLOOD_SIZE
    graph_api.wait_for(lambda _: any(FLOOD_TEXT in shown_text(m) for m in caregiver.received()))
    seen = -1
    while len(caregiver.received()) != seen:  # until the last turn is answered
        seen = len(caregiver.received())
        time.sleep(QUIET_S)
    shown = [shown_text(message) for message in caregiver.received()]
    notices = shown.count(FLOOD_TEXT)
    turns = user_events(whatsapp_product, caregiver.sender)
    limit = whatsapp_product.flood_max_messages
    # The messages are handled one by one; on a slow machine the window may slide once.
    assert 1 <= notices <= 2, shown
    assert limit <= turns <= 2 * limit, turns
    assert len(shown) < FLOOD_SIZE
