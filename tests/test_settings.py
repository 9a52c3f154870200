from pathlib import Path

import pytest

from bot.settings import load_settings, rasa_environment


def test_embedded_defaults_keep_everything_local(tmp_path: Path) -> None:
    settings = load_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})

    assert settings.database_url == f"sqlite:///{tmp_path}/app.db"
    assert settings.tracker_store_url == f"sqlite:///{tmp_path}/tracker.db"
    assert (settings.rasa_port, settings.action_server_port, settings.web_port) == (
        5005,
        5055,
        8000,
    )
    assert settings.action_server_host == "127.0.0.1"


def test_postgresql_is_a_configuration_change() -> None:
    url = "postgresql://rasa:geheim@db:5432/rasa"
    settings = load_settings({"STEUNWIJZER_TRACKER_STORE_URL": url})

    assert rasa_environment(settings)["STEUNWIJZER_TRACKER_STORE_URL"] == url


def test_tls_options_in_a_database_url_reach_rasa_unchanged() -> None:
    url = "postgresql://rasa:geheim@db:5432/rasa?sslmode=verify-full&sslrootcert=/etc/ca/db.pem"
    settings = load_settings({"STEUNWIJZER_TRACKER_STORE_URL": url})

    assert rasa_environment(settings)["STEUNWIJZER_TRACKER_STORE_URL"] == url


def test_redis_tls_is_off_unless_switched_on() -> None:
    env = rasa_environment(load_settings({}))

    assert (env["STEUNWIJZER_REDIS_TLS"], env["STEUNWIJZER_REDIS_TLS_CA_FILE"]) == ("off", "")


def test_redis_tls_with_a_ca_file_reaches_rasa() -> None:
    settings = load_settings(
        {"STEUNWIJZER_REDIS_TLS": "ON", "STEUNWIJZER_REDIS_TLS_CA_FILE": "/etc/ca/redis.pem"}
    )

    assert settings.redis_tls is True
    env = rasa_environment(settings)
    assert (env["STEUNWIJZER_REDIS_TLS"], env["STEUNWIJZER_REDIS_TLS_CA_FILE"]) == (
        "on",
        "/etc/ca/redis.pem",
    )


def test_a_redis_ca_file_without_tls_is_refused() -> None:
    with pytest.raises(ValueError, match="STEUNWIJZER_REDIS_TLS is off"):
        load_settings({"STEUNWIJZER_REDIS_TLS_CA_FILE": "/etc/ca/redis.pem"})


def test_rasa_environment_disables_telemetry_and_points_at_the_action_server() -> None:
    env = rasa_environment(load_settings({"STEUNWIJZER_ACTION_SERVER_PORT": "6055"}))

    assert env["RASA_TELEMETRY_ENABLED"] == "false"
    assert env["STEUNWIJZER_ACTION_ENDPOINT_URL"] == "http://127.0.0.1:6055/webhook"


def test_the_insights_count_unless_switched_off() -> None:
    assert load_settings({}).insights is True
    assert load_settings({"STEUNWIJZER_INSIGHTS": "on"}).insights is True
    for off in ("off", "OFF", "0", "false", "nee"):
        assert load_settings({"STEUNWIJZER_INSIGHTS": off}).insights is False
