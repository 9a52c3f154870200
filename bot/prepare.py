"""`python -m bot.prepare`: migrate the application database and import the knowledge base, then stop.

`make run` does this itself before it starts the servers. A deployment runs it once per release, as
a one-shot step before the servers start (the `migrate` service in docker-compose.yml, the
`steunwijzer-prepare` Job in deploy/k8s), so replicas never race each other to migrate.
"""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config

from bot.db import create_db_engine, create_session_factory, use_write_ahead_log
from bot.settings import PROJECT_ROOT, Settings, load_settings
from knowledge.files import default_content_paths
from knowledge.store import import_files

logger = logging.getLogger(__name__)


def prepare_databases(settings: Settings) -> None:
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    # configparser treats % as interpolation; a password may contain one.
    config.set_main_option("sqlalchemy.url", settings.database_url.replace("%", "%%"))
    command.upgrade(config, "head")
    for url in (settings.database_url, settings.tracker_store_url):
        use_write_ahead_log(url)
    _import_knowledge(settings)


def _import_knowledge(settings: Settings) -> None:
    """The reviewed content files into the database; unchanged entries stay as they are."""
    sessions = create_session_factory(create_db_engine(settings.database_url))
    with sessions() as session:
        report = import_files(
            session,
            default_content_paths(),
            include_examples=settings.is_development,
            webhook_hosts=settings.webhook_allowed_hosts,
        )
    logger.info("Knowledge base: %s", report.summary())


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    prepare_databases(load_settings())


if __name__ == "__main__":
    main()
