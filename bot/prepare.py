"""`python -m bot.prepare`: migrate the application database and import the knowledge base, then stop.

`make run` does this itself before it starts the servers. A deployment runs it once per release, as
a one-shot step before the servers start (the `migrate` service in docker-compose.yml, the
`steunwijzer-prepare` Job in deploy/k8s), so replicas never race each other to migrate.
"""

from __future__ import annotations

import logging

from bot.run import prepare_databases
from bot.settings import load_settings


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    prepare_databases(load_settings())


if __name__ == "__main__":
    main()
