"""The product with both WhatsApp channels pointed at fake provider APIs on loopback.

One product for the integration tests of this package (started on first use, stopped after the
package), its own var dir, with the channel settings pointing at the fakes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.channels.fakes import FakeGraphApi, FakeTwilioApi
from tests.integration.product import kill, start_product, wait_until_ready

APP_SECRET = "meta-app-secret-for-tests"
VERIFY_TOKEN = "verify-token-for-tests"
# What Twilio would call and sign: the public address, not the loopback one the server sees.
TWILIO_PUBLIC_URL = "https://chat.gemeente-voorbeeld.nl/webhooks/twilio_whatsapp/webhook"


@pytest.fixture(scope="package")
def graph_api() -> Iterator[FakeGraphApi]:
    with FakeGraphApi() as fake:
        yield fake


@pytest.fixture(scope="package")
def twilio_api() -> Iterator[FakeTwilioApi]:
    with FakeTwilioApi() as fake:
        yield fake


def channel_environment(graph: FakeGraphApi, twilio: FakeTwilioApi) -> dict[str, str]:
    return {
        "STEUNWIJZER_WHATSAPP_GRAPH_URL": graph.url,
        "STEUNWIJZER_WHATSAPP_GRAPH_VERSION": graph.version,
        "STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID": graph.phone_number_id,
        "STEUNWIJZER_WHATSAPP_ACCESS_TOKEN": graph.access_token,
        "STEUNWIJZER_WHATSAPP_APP_SECRET": APP_SECRET,
        "STEUNWIJZER_WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "STEUNWIJZER_TWILIO_API_URL": twilio.url,
        "STEUNWIJZER_TWILIO_ACCOUNT_SID": twilio.account_sid,
        "STEUNWIJZER_TWILIO_AUTH_TOKEN": twilio.auth_token,
        "STEUNWIJZER_TWILIO_WHATSAPP_NUMBER": twilio.number,
        "STEUNWIJZER_TWILIO_WEBHOOK_URL": TWILIO_PUBLIC_URL,
    }


@pytest.fixture(scope="package")
def whatsapp_product(
    trained_model: Path,
    tmp_path_factory: pytest.TempPathFactory,
    graph_api: FakeGraphApi,
    twilio_api: FakeTwilioApi,
) -> Iterator[Settings]:
    running = start_product(
        tmp_path_factory.mktemp("whatsapp-var"), channel_environment(graph_api, twilio_api)
    )
    try:
        wait_until_ready(running)
        yield running.settings
    finally:
        kill(running)
