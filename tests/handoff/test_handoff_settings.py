from __future__ import annotations

from pathlib import Path

from bot.settings import webhook_secret_suffix
from tests.support import development_settings


def test_local_defaults_keep_notices_on_the_machine(tmp_path: Path) -> None:
    settings = development_settings(
        {"STEUNWIJZER_VAR_DIR": str(tmp_path), "STEUNWIJZER_WEB_PORT": "8123"}
    )

    assert settings.smtp_host is None
    assert settings.outbox_dir == tmp_path / "outbox"
    assert settings.portal_url == "http://localhost:8123"
    assert (settings.worker_interval_s, settings.delivery_max_attempts) == (5.0, 12)


def test_webhook_secrets_come_from_one_variable_per_steunpunt() -> None:
    settings = development_settings(
        {
            "STEUNWIJZER_WEBHOOK_SECRET_GM0193_STEUNPUNT": "geheim-zwolle",
            "STEUNWIJZER_WEBHOOK_SECRET_GM0166_STEUNPUNT": "",
        }
    )

    assert webhook_secret_suffix("gm0193_steunpunt") == "GM0193_STEUNPUNT"
    assert webhook_secret_suffix("steunpunt-kampen.v2") == "STEUNPUNT_KAMPEN_V2"
    assert settings.webhook_secret("gm0193_steunpunt") == "geheim-zwolle"
    assert settings.webhook_secret("gm0166_steunpunt") is None
    assert settings.webhook_secret("gm0307_steunpunt") is None


def test_allowed_webhook_hosts_are_a_comma_separated_list_in_lower_case() -> None:
    settings = development_settings(
        {"STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS": " Ontvanger.Steunpunt.intern, ,127.0.0.1,"}
    )

    assert settings.webhook_allowed_hosts == {"ontvanger.steunpunt.intern", "127.0.0.1"}
    assert development_settings({}).webhook_allowed_hosts == frozenset()


def test_secrets_never_show_in_the_settings_repr() -> None:
    settings = development_settings(
        {
            "STEUNWIJZER_SMTP_PASSWORD": "smtp-wachtwoord",
            "STEUNWIJZER_WEBHOOK_SECRET_GM0193_STEUNPUNT": "geheim-zwolle",
            "STEUNWIJZER_PORTAL_URL": "https://portaal.example.org/",
        }
    )

    assert "smtp-wachtwoord" not in repr(settings)
    assert "geheim-zwolle" not in repr(settings)
    assert settings.portal_url == "https://portaal.example.org"
