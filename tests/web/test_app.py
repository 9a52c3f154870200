from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from bot.settings import Settings
from bot.web.app import create_app
from bot.web.privacy import PrivacySettings, load_privacy_settings
from tests.support import development_settings


@pytest.fixture
def client(isolated_settings: Settings) -> TestClient:
    return TestClient(create_app(isolated_settings, load_privacy_settings({})))


def test_demo_page_is_a_dutch_gemeente_page_labelled_as_a_demo(client: TestClient) -> None:
    response = client.get("/")

    assert response.status_code == 200
    assert '<html lang="nl">' in response.text
    assert "Demo. Dit is geen echte gemeente." in response.text
    assert "Gemeente Voorbeeld" in response.text
    assert "Steunwijzer" in response.text


def test_demo_page_embeds_the_widget_with_one_script_tag(
    client: TestClient, isolated_settings: Settings
) -> None:
    html = client.get("/").text
    # The example for web editors on the page is escaped text, so this finds the live tag only.
    tags = re.findall(r"<script src=\"[^\"]*/static/widget/steunwijzer\.js\"[^>]*>", html)

    assert len(tags) == 1
    tag = tags[0]
    assert f'data-assistant-url="{isolated_settings.public_rasa_url}"' in tag
    assert 'data-gemeente="Gemeente Voorbeeld"' in tag
    assert 'data-color="#0b5394"' in tag
    assert re.search(r'data-privacy-url="[^"]*/privacy"', tag)
    assert " defer" in tag
    assert "&lt;script src=" in html  # the example for web editors is escaped text


def test_privacy_statement_names_the_gemeente_and_is_honest_about_storage(
    isolated_settings: Settings,
) -> None:
    privacy = PrivacySettings(
        gemeente="Gemeente Ergens",
        contact="privacy@ergens.example",
        officer_contact="fg@ergens.example",
        demo=False,
    )
    response = TestClient(create_app(isolated_settings, privacy)).get("/privacy")

    assert response.status_code == 200
    text = " ".join(response.text.split())
    assert '<html lang="nl">' in text
    assert "Gemeente Ergens is verantwoordelijk voor" in text
    assert 'href="mailto:privacy@ergens.example"' in text
    assert 'href="mailto:fg@ergens.example"' in text
    assert "Daarna wordt het vanzelf verwijderd." in text
    assert "Gesprek wissen" in text
    assert "geen cookies om u te volgen" in text and "steunwijzer-route" in text
    assert "Chat u via WhatsApp? Dan is uw telefoonnummer de code van het gesprek." in text
    assert "Dit is een voorbeeld." not in text


@pytest.mark.parametrize(
    ("environ", "gemeente", "demo"),
    [
        ({}, "Gemeente Voorbeeld", True),
        ({"STEUNWIJZER_GEMEENTE_NAME": "  "}, "Gemeente Voorbeeld", True),
        ({"STEUNWIJZER_GEMEENTE_NAME": "Gemeente Ergens"}, "Gemeente Ergens", False),
    ],
)
def test_privacy_settings_default_to_the_demo(
    environ: dict[str, str], gemeente: str, demo: bool
) -> None:
    privacy = load_privacy_settings(environ)

    assert (privacy.gemeente, privacy.demo) == (gemeente, demo)


def test_demo_privacy_statement_says_it_is_an_example(client: TestClient) -> None:
    text = " ".join(client.get("/privacy").text.split())

    assert "Dit is een voorbeeld. Gemeente Voorbeeld bestaat niet." in text
    assert "privacy@gemeente-voorbeeld.example" in text


def test_privacy_statement_escapes_settings(isolated_settings: Settings) -> None:
    privacy = PrivacySettings("<b>Gemeente</b>", "a@b.example", "c@d.example", demo=False)

    text = TestClient(create_app(isolated_settings, privacy)).get("/privacy").text

    assert "<b>Gemeente</b>" not in text
    assert "&lt;b&gt;Gemeente&lt;/b&gt;" in text


def test_health_stylesheet_and_widget_assets(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/static/site.css").status_code == 200
    widget = client.get("/static/widget/steunwijzer.js")
    assert widget.status_code == 200
    assert "javascript" in widget.headers["content-type"]
    assert client.get("/static/widget/steunwijzer.css").status_code == 200


def test_privacy_statement_gives_the_configured_retention_and_what_a_handoff_shares() -> None:

    settings = development_settings(
        {
            "STEUNWIJZER_RETENTION_CONVERSATION_DAYS": "14",
            "STEUNWIJZER_RETENTION_HANDOFF_DAYS": "180",
            "STEUNWIJZER_RETENTION_AUDIT_DAYS": "400",
            "STEUNWIJZER_RETENTION_OPEN_HANDOFF_DAYS": "120",
            "STEUNWIJZER_RETENTION_INSIGHTS_DAYS": "900",
        }
    )
    text = " ".join(
        TestClient(create_app(settings, load_privacy_settings({}))).get("/privacy").text.split()
    )
    assert "Het gesprek: elk bericht 14 dagen nadat het is gestuurd." in text
    assert "zolang u binnen 14 dagen terugkomt" in text
    assert "180 dagen nadat het steunpunt de aanmelding heeft afgesloten" in text
    assert "na 120 dagen nog niet afgesloten? Dan wordt die ook verwijderd." in text
    assert "400 dagen" in text
    assert "Pas als u <strong>ja</strong> zegt" in text
    assert "verwijder mijn gegevens" in text
    assert "een code van uw internetadres (IP-adres)" in text
    assert "Anonieme cijfers voor de gemeente" in text
    assert "De cijfers blijven 900 dagen bewaard." in text


def test_privacy_statement_says_nothing_is_counted_with_the_insights_off() -> None:
    off = development_settings({"STEUNWIJZER_INSIGHTS": "off"})

    page = TestClient(create_app(off, load_privacy_settings({}))).get("/privacy").text
    text = " ".join(page.split())

    assert "heeft gekozen om niet te tellen. De chat maakt geen cijfers van de gesprekken." in text
    assert "We tellen alleen codes" not in text
    assert "Anonieme cijfers:" not in text


def test_privacy_statement_mentions_the_address_code_only_with_the_cap_on() -> None:
    off = development_settings({"STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0"})

    page = TestClient(create_app(off, load_privacy_settings({}))).get("/privacy").text

    assert "internetadres" not in page
