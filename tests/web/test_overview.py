"""The printable overview of offers that the chat links to."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from bot.run import prepare_databases
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.overview import MAX_OFFERS, requested_ids
from bot.web.privacy import load_privacy_settings
from tests.support import development_settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:

    settings: Settings = development_settings(
        {"STEUNWIJZER_VAR_DIR": str(tmp_path_factory.mktemp("v"))}
    )
    prepare_databases(settings)
    return TestClient(create_app(settings, load_privacy_settings({})))


def test_the_overview_shows_the_offers_with_first_step_contact_and_source(
    client: TestClient,
) -> None:
    response = client.get("/overzicht?aanbod=gm0193_mantelzorgwaardering,kortdurend_zorgverlof")
    assert response.status_code == 200
    html = response.text
    assert html.index("Mantelzorgwaardering Zwolle") < html.index("Kortdurend zorgverlof")
    assert html.count("Eerste stap:") == 2
    assert "Dit is een voorbeeld. Het is geen echte organisatie." in html
    assert "nagekeken op" in html and '<html lang="nl">' in html


def test_unknown_or_hostile_ids_show_nothing_and_are_not_echoed(client: TestClient) -> None:
    response = client.get("/overzicht?aanbod=<script>alert(1)</script>,bestaat_niet")
    assert response.status_code == 200
    assert "<script>alert" not in response.text and "bestaat_niet" not in response.text
    assert "Er staat hier nog niets" in response.text


def test_the_address_is_limited() -> None:
    many = ",".join(f"id_{i}" for i in range(50))
    assert len(requested_ids(many)) == MAX_OFFERS
    assert requested_ids("a,a,b") == ["a", "b"]
