from starlette.testclient import TestClient

from bot.settings import Settings
from bot.web.app import create_app


def test_demo_page_is_dutch_and_labelled_as_a_demo(isolated_settings: Settings) -> None:
    response = TestClient(create_app(isolated_settings)).get("/")

    assert response.status_code == 200
    assert '<html lang="nl">' in response.text
    assert "Demo. Dit is geen echte gemeente." in response.text
    assert "Wat komt er?" in response.text
    assert "/webhooks/rest/webhook" in response.text


def test_health_and_stylesheet(isolated_settings: Settings) -> None:
    client = TestClient(create_app(isolated_settings))

    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/static/site.css").status_code == 200
