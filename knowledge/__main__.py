"""Command line for the knowledge base.

    python -m knowledge check [PATHS...]                       validate content files only
    python -m knowledge import [--database-url URL] [--overwrite-local-edits] [PATHS...]
                                                               validate and import (all or nothing)
    python -m knowledge export [--database-url URL] DIR        write the database back as YAML files

PATHS default to every file under knowledge/data/aanbod/. The database URL defaults to the
product's (STEUNWIJZER_DATABASE_URL, else var/app.db); import and export first bring its schema up
to date with Alembic. Exit codes: 0 ok, 1 invalid content, 2 database or file system problem.
A steunpunt's `handoff_webhook` is looked up in DNS (check and import): it must be https to public
addresses only, unless its host is in STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS.

An import never overwrites an entry edited in the portal silently: where the file differs, the
edit is kept and every conflict is printed with file, entry and field. Export the database
(`export DIR`) to take the edits into the files, or import with --overwrite-local-edits to let the
files win (the edits stay restorable in the portal).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.db import create_db_engine, create_session_factory
from bot.settings import PROJECT_ROOT, load_settings
from knowledge.files import ContentError, default_content_paths, read_content_files
from knowledge.store import export_files, import_files

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_ENVIRONMENT = 2


def _paths(given: Sequence[str]) -> list[Path]:
    return [Path(p) for p in given] if given else default_content_paths()


def _print_problems(error: ContentError) -> None:
    count = len(error.problems)
    print(f"Content is not valid ({count} problem{'s' if count != 1 else ''}):", file=sys.stderr)
    for problem in error.problems:
        print(f"  {problem}", file=sys.stderr)


def _report_content_error(error: ContentError) -> int:
    _print_problems(error)
    print("Nothing was imported.", file=sys.stderr)
    return EXIT_CONTENT


def upgrade_database(database_url: str) -> None:
    """Bring the schema to the newest migration, as `make run` does (bot.prepare.prepare_databases)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    # configparser treats % as interpolation; a password may contain one.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    command.upgrade(config, "head")


def _open_sessions(database_url: str | None) -> sessionmaker[Session] | None:
    """Sessions on the (migrated) database, or None after saying why it cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    url = database_url or load_settings().database_url
    try:
        upgrade_database(url)
        return create_session_factory(create_db_engine(url))
    except (SQLAlchemyError, OSError) as error:
        print(f"Cannot open the database: {error.__class__.__name__}: {error}", file=sys.stderr)
        return None


def cmd_check(args: argparse.Namespace) -> int:
    try:
        contents = read_content_files(_paths(args.paths))
    except ContentError as error:
        count = len(error.problems)
        print(
            f"Content is not valid ({count} problem{'s' if count != 1 else ''}):", file=sys.stderr
        )
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONTENT
    offers = sum(len(content.offers) for content in contents)
    steunpunten = sum(len(content.steunpunten) for content in contents)
    print(f"OK: {len(contents)} file(s), {offers} offers, {steunpunten} steunpunten.")
    return EXIT_OK


def _demo_mode() -> bool:
    """Demo entries are imported in development mode only (STEUNWIJZER_MODE)."""
    return load_settings().is_development


def cmd_import(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    paths = _paths(args.paths)
    try:
        read_content_files(paths)  # report content errors before touching the database
    except ContentError as error:
        return _report_content_error(error)
    sessions = _open_sessions(args.database_url)
    if sessions is None:
        return EXIT_ENVIRONMENT
    try:
        report = import_files(
            sessions,
            paths,
            include_examples=_demo_mode(),
            overwrite_local_edits=args.overwrite_local_edits,
        )
    except ContentError as error:  # e.g. an id already used by a file outside this import
        return _report_content_error(error)
    except SQLAlchemyError as error:
        print(f"Database error, nothing was imported: {error}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    print(f"Imported {report.summary()}.")
    if report.removed:
        print(f"Removed (no longer in their file): {', '.join(report.removed)}")
    if report.overwritten:
        print(f"Local edits overwritten by the files: {', '.join(report.overwritten)}")
    if report.conflicts:
        print(
            f"Kept edits made in the portal where the files differ ({len(report.conflicts)}):",
            file=sys.stderr,
        )
        for problem in report.conflicts:
            print(f"  {problem}", file=sys.stderr)
        print(
            "Export the database (python -m knowledge export DIR) to take the edits into the "
            "files, or import with --overwrite-local-edits to let the files win.",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    sessions = _open_sessions(args.database_url)
    if sessions is None:
        return EXIT_ENVIRONMENT
    try:
        written = export_files(sessions, Path(args.directory))
    except SQLAlchemyError as error:
        print(f"Database error: {error}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except OSError as error:
        print(f"Cannot write to {args.directory}: {error}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    if not written:
        print("The knowledge base is empty; nothing was written.")
    for path in written:
        print(f"Wrote {path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m knowledge", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="validate content files, write nothing")
    check.add_argument(
        "paths", nargs="*", help="content files (default: knowledge/data/aanbod/*.yml)"
    )
    check.set_defaults(handler=cmd_check)

    do_import = commands.add_parser("import", help="validate and import content files")
    do_import.add_argument(
        "--database-url", help="SQLAlchemy URL (default: the product's database)"
    )
    do_import.add_argument(
        "--overwrite-local-edits",
        action="store_true",
        help="let the files win over entries edited in the portal (kept as earlier versions)",
    )
    do_import.add_argument(
        "paths", nargs="*", help="content files (default: knowledge/data/aanbod/*.yml)"
    )
    do_import.set_defaults(handler=cmd_import)

    export = commands.add_parser("export", help="write the knowledge base as content files")
    export.add_argument("--database-url", help="SQLAlchemy URL (default: the product's database)")
    export.add_argument("directory", help="directory to write the YAML files to")
    export.set_defaults(handler=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
