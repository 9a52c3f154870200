"""Staff accounts of the portal, from the command line.

    python -m bot.portal add-user --username U --name "Naam" --role consultant|coordinator|editor \\
                                  --steunpunt STEUNPUNT_ID [--password-stdin]
    python -m bot.portal add-user --username U --name "Naam" --role gemeente \\
                                  --gemeente GM0193 [--gemeente GM0166 ...] [--password-stdin]
    python -m bot.portal set-password --username U [--password-stdin]
    python -m bot.portal deactivate --username U
    python -m bot.portal enrolment-code --username U
    python -m bot.portal reset-totp --username U
    python -m bot.portal list [--steunpunt STEUNPUNT_ID]

The password is asked twice without echo, or read from the first line of standard input with
--password-stdin (for scripts; never put it on the command line, where `ps` shows it).

An account that must log in with an authenticator app sets it up at its first login with its
password and a one-time enrolment code, valid for 72 hours: add-user prints one when the account
needs the app, enrolment-code makes a new one (the old one stops working), and reset-totp, which
forgets the account's app and recovery codes (a lost phone) and ends its sessions, prints one for
the new app. Give the code to its owner yourself (in person or by phone), never with the password.

A gemeente account (a beleidsmedewerker) sees the anonymous figures of its gemeenten in the
portal ("Cijfers") and no aanmelding or person; it has gemeenten (CBS codes, as in
knowledge/data/gemeenten.csv) instead of a steunpunt, and always logs in with the app. A
coordinator sees the same figures for the gemeenten of its steunpunt.

An editor keeps the steunpunt's own details and its gemeenten's offers up to date in the portal
("Aanbod") and sees no aanmeldingen; like a coordinator, it always logs in with the app.

The steunpunt id must exist in the knowledge base (python -m knowledge import). --database-url, given
before the command, picks the database; the default is the product's (STEUNWIJZER_DATABASE_URL,
else var/app.db). Exit codes: 0 ok, 1 refused (the message says why), 2 database not ready.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db import create_db_engine, create_session_factory
from bot.portal import breached, users
from bot.portal.auth import TotpPolicy, normalize_username
from bot.portal.models import ROLES
from bot.settings import Settings, load_settings

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_DATABASE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot.portal",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--database-url", help="default: the product's database")
    commands = parser.add_subparsers(dest="command", required=True)

    add = commands.add_parser("add-user", help="create a staff account")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="the name shown in the portal")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--steunpunt", default="", help="steunpunt id from the knowledge base")
    add.add_argument(
        "--gemeente",
        action="append",
        default=[],
        help="CBS code of a gemeente whose figures a gemeente account sees (repeat for more)",
    )
    add.add_argument("--password-stdin", action="store_true")

    password = commands.add_parser(
        "set-password", help="set a new password (ends the account's sessions)"
    )
    password.add_argument("--username", required=True)
    password.add_argument("--password-stdin", action="store_true")

    deactivate = commands.add_parser("deactivate", help="stop an account from logging in")
    deactivate.add_argument("--username", required=True)

    enrolment = commands.add_parser(
        "enrolment-code",
        help="a new one-time code to set up the authenticator app at the first login",
    )
    enrolment.add_argument("--username", required=True)

    reset = commands.add_parser(
        "reset-totp",
        help="forget the authenticator app (a lost phone): set up anew at the next login",
    )
    reset.add_argument("--username", required=True)

    listing = commands.add_parser("list", help="list the staff accounts")
    listing.add_argument("--steunpunt", help="only this steunpunt's accounts")
    return parser


def _read_password(from_stdin: bool, stdin: TextIO) -> str:
    if from_stdin:
        password = stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise users.UserError("the two passwords differ")
    users.check_password(password)
    _refuse_breached(password, load_settings())
    return password


def _refuse_breached(password: str, settings: Settings) -> None:
    """bot.portal.breached: refused when breached, or when unknown in production."""
    if not settings.breached_password_check:
        return
    try:
        count = breached.times_breached(password, settings.breached_passwords_url)
    except breached.BreachCheckUnavailable as error:
        if not settings.is_development:
            raise users.UserError(
                f"the breached-password service could not check it ({error}); try again, or see "
                "STEUNWIJZER_BREACHED_PASSWORD_CHECK in .env.example"
            ) from None
        logger.warning("Development mode: password not checked against breaches (%s)", error)
        return
    if count:
        raise users.UserError(
            f"this password appears {count} times in known data breaches; choose another one"
        )


def _show_enrolment_code(username: str, issued: users.EnrolmentCode, out: TextIO) -> None:
    until = issued.expires_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"Enrolment code for {username}, to set up the app at the next login "
        f"(works once, until {until}): {issued.code}\n"
        "Give it to them yourself (in person or by phone), never with the password.",
        file=out,
    )


def _show(accounts: Sequence[users.StaffAccount], out: TextIO) -> None:
    if not accounts:
        print("No staff accounts.", file=out)
        return
    for account in accounts:
        state = "active" if account.active else "inactive"
        print(
            f"{account.username}\t{account.display_name}\t{account.role}\t"
            f"{account.steunpunt_id or ','.join(account.gemeenten)}\t{state}",
            file=out,
        )


def _run(
    args: argparse.Namespace,
    sessions: sessionmaker[Session],
    stdin: TextIO,
    out: TextIO,
    now: datetime,
) -> None:
    if args.command == "add-user":
        password = _read_password(args.password_stdin, stdin)
        account = users.create_user(
            sessions,
            username=args.username,
            display_name=args.name,
            role=args.role,
            steunpunt_id=args.steunpunt,
            password=password,
            now=now,
            gemeenten=args.gemeente,
        )
        where = ", ".join(account.gemeenten) or account.steunpunt_id
        print(f"Created {account.role} {account.username} for {where}.", file=out)
        policy = TotpPolicy(for_consultants=load_settings().portal_totp_for_consultants)
        if policy.required_for(account.role):
            issued = users.issue_enrolment_code(sessions, account.username, now=now)
            _show_enrolment_code(account.username, issued, out)
    elif args.command == "set-password":
        password = _read_password(args.password_stdin, stdin)
        users.set_password(sessions, args.username, password, now=now)
        print(f"New password set for {normalize_username(args.username)}.", file=out)
    elif args.command == "deactivate":
        users.deactivate(sessions, args.username, now=now)
        print(f"Deactivated {normalize_username(args.username)}.", file=out)
    elif args.command == "enrolment-code":
        issued = users.issue_enrolment_code(sessions, args.username, now=now)
        _show_enrolment_code(normalize_username(args.username), issued, out)
    elif args.command == "reset-totp":
        issued = users.reset_totp(sessions, args.username, now=now)
        username = normalize_username(args.username)
        print(
            f"Second factor reset for {username}: they set up their app again at the next login.",
            file=out,
        )
        _show_enrolment_code(username, issued, out)
    else:
        _show(users.list_users(sessions, args.steunpunt), out)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    now: datetime | None = None,
) -> int:
    args = _parser().parse_args(argv)
    stdin, out, err = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    if args.database_url is None:
        args.database_url = load_settings().database_url
    engine = create_db_engine(args.database_url)
    try:
        _run(args, create_session_factory(engine), stdin, out, now or datetime.now(timezone.utc))
    except users.UserError as error:
        print(f"Refused: {error}.", file=err)
        return EXIT_REFUSED
    except SQLAlchemyError as error:
        print(
            f"The database is not ready ({type(error).__name__}). "
            "Run `make run` once, or `python -m knowledge import`, to create it.",
            file=err,
        )
        return EXIT_DATABASE
    finally:
        engine.dispose()
    return EXIT_OK
