"""`python -m bot.prepare`: migrate the application database and import the knowledge base, then stop.

`make run` does this itself before it starts the servers. A deployment runs it once per release, as
a one-shot step before the servers start (the `migrate` service in docker-compose.yml, the
`steunwijzer-prepare` Job in deploy/k8s), so replicas never race each other to migrate.
"""

from __future__ import annotations

import logging
from datetime import date

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.db import create_db_engine, create_session_factory, use_write_ahead_log
from bot.insights.demo import seed_demo
from bot.settings import PROJECT_ROOT, Settings, load_settings
from knowledge.files import default_content_paths
from knowledge.store import import_files, load_all_offers

logger = logging.getLogger(__name__)

# deploy/postgres/roles.sql: the role through which the Rasa server, whose WhatsApp and Twilio
# channels keep their message ids here, may use channel_messages and nothing else of this database.
CHANNEL_MESSAGES_ROLE = "steunwijzer_channel_messages"
# The columns of live_messages that delivery writes; the text and author stay the portal's.
LIVE_DELIVERY_COLUMNS = (
    "delivered_at",
    "attempts",
    "next_attempt_at",
    "claimed_until",
    "claim_token",
    "failed_at",
)


def prepare_databases(settings: Settings) -> None:
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    # configparser treats % as interpolation; a password may contain one.
    config.set_main_option("sqlalchemy.url", settings.database_url.replace("%", "%%"))
    command.upgrade(config, "head")
    grant_channel_messages(settings.database_url)
    for url in (settings.database_url, settings.tracker_store_url):
        use_write_ahead_log(url)
    _import_knowledge(settings)


def grant_channel_messages(database_url: str) -> None:
    """Lets CHANNEL_MESSAGES_ROLE read, add and delete the rows of channel_messages, on PostgreSQL
    when that role exists. The migrations make the table after roles.sql made the role, and a
    default privilege cannot name one table, so this runs after every migration (granting twice
    changes nothing)."""
    if make_url(database_url).get_backend_name() != "postgresql":
        return
    engine = create_db_engine(database_url)
    try:
        with engine.begin() as connection:
            role_exists = connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :role"),
                {"role": CHANNEL_MESSAGES_ROLE},
            ).first()
            if role_exists is None:
                return
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence('channel_messages', 'id')")
            ).scalar_one()
            connection.execute(
                text(f"GRANT SELECT, INSERT, DELETE ON channel_messages TO {CHANNEL_MESSAGES_ROLE}")
            )
            connection.execute(
                text(f"GRANT USAGE ON SEQUENCE {sequence} TO {CHANNEL_MESSAGES_ROLE}")
            )
            # The live chat's delivery (bot.channels.live_delivery): the Rasa server reads the
            # messages for the caregiver with their chat, claims each one with a lease and marks
            # it delivered, to be tried again, or failed.
            connection.execute(
                text(f"GRANT SELECT ON live_chats, live_messages TO {CHANNEL_MESSAGES_ROLE}")
            )
            connection.execute(
                text(
                    f"GRANT UPDATE ({', '.join(LIVE_DELIVERY_COLUMNS)}) ON live_messages "
                    f"TO {CHANNEL_MESSAGES_ROLE}"
                )
            )
    finally:
        engine.dispose()


def _import_knowledge(settings: Settings) -> None:
    """The reviewed content files into the database; unchanged entries stay as they are."""
    engine = create_db_engine(settings.database_url)
    try:
        report = import_files(
            create_session_factory(engine),
            default_content_paths(),
            include_examples=settings.is_development,
            webhook_hosts=settings.webhook_allowed_hosts,
        )
    finally:
        engine.dispose()
    logger.info("Knowledge base: %s", report.summary())
    for conflict in report.conflicts:
        logger.warning("Knowledge base: local edit kept: %s", conflict)


def seed_demo_insights(settings: Settings, today: date | None = None) -> int:
    """Development only (`make run`): simulated anonymous events for the demo gemeenten, marked
    demo, so the portal's Cijfers page shows something on a fresh machine (bot.insights.demo).
    Added once; how many were added."""
    engine = create_db_engine(settings.database_url)
    try:
        sessions = create_session_factory(engine)
        local: dict[str, list[str]] = {}
        for offer in load_all_offers(sessions):
            if offer.scope != "landelijk":
                for code in offer.gemeente_codes:
                    local.setdefault(code, []).append(offer.id)
        return seed_demo(sessions, today or date.today(), local)
    finally:
        engine.dispose()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    prepare_databases(load_settings())


if __name__ == "__main__":
    main()
