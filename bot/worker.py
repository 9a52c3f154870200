"""`python -m bot.worker`: deliver the handoff outbox every few seconds until SIGTERM or SIGINT.

Beside the deliveries, every round deletes the conversations whose erasure was asked for
(bot.privacy.erasure), and at start and then every hour the data past its retention term
(bot.privacy.retention), which also queues the warnings before open aanmeldingen expire. Every
hour it also sends the editors' weekly e-mail of entries due for a check (bot.portal.reminders),
through the same SMTP server or outbox folder as the notices.

Logs counts only, never message text, names, phone numbers or e-mail addresses. A signal ends the
wait at once; a round that is running finishes first, so no claimed entry is left half done.
`--once` runs a single round (for cron or a check).
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from types import FrameType

from sqlalchemy.orm import Session, sessionmaker

from bot.db import create_db_engine, create_session_factory
from bot.handoff.delivery import (
    DeliveryReport,
    OutboxFolderEmail,
    RetryPolicy,
    SmtpEmail,
    Transport,
    Webhook,
    deliver_due,
)
from bot.insights import recording as insights
from bot.live import store as live
from bot.portal.reminders import Reminder, send_due_reminders
from bot.privacy.erasure import process_erasure_requests
from bot.privacy.retention import PurgeReport, periods_from_settings, purge_expired
from bot.settings import Settings, load_settings

logger = logging.getLogger("bot.worker")
PURGE_INTERVAL = timedelta(hours=1)
REMINDER_INTERVAL = timedelta(hours=1)


def transports_from_settings(settings: Settings) -> dict[str, Transport]:
    """SMTP when a host is set, else the local outbox folder; the webhook with per-steunpunt secrets."""
    email: Transport
    if settings.smtp_host:
        email = SmtpEmail(
            settings.smtp_host,
            settings.smtp_port,
            settings.smtp_sender,
            settings.smtp_starttls,
            settings.smtp_username,
            settings.smtp_password,
            portal_url=settings.portal_url,
        )
    else:
        email = OutboxFolderEmail(
            settings.outbox_dir, sender=settings.smtp_sender, portal_url=settings.portal_url
        )
    webhook = Webhook(
        settings.webhook_secret,
        timeout=settings.webhook_timeout_s,
        allowed_hosts=settings.webhook_allowed_hosts,
    )
    return {"email": email, "webhook": webhook}


def reminder_sender(email: Transport) -> Callable[[Reminder, EmailMessage], None] | None:
    """How the editors' reminders go: through the notices' SMTP server or outbox folder; None
    for another transport (a test's fake)."""
    if isinstance(email, SmtpEmail):
        return lambda reminder, message: email.send_message(message)
    if isinstance(email, OutboxFolderEmail):
        folder = email

        def write(reminder: Reminder, message: EmailMessage) -> None:
            day = datetime.now(timezone.utc).strftime("%Y%m%d")
            folder.write(
                message, folder.directory / f"herinnering-{reminder.steunpunt_id}-{day}.eml"
            )

        return write
    return None


def _send_reminders(
    settings: Settings,
    session_factory: sessionmaker[Session],
    send: Callable[[Reminder, EmailMessage], None] | None,
    now: datetime,
) -> None:
    if send is None:
        return
    try:
        sent = send_due_reminders(
            session_factory,
            send,
            now,
            months=settings.knowledge_fresh_months,
            sender=settings.smtp_sender,
            portal_url=settings.portal_url,
        )
        if sent:
            logger.info("reminder round: emails=%d", sent)
    except Exception as exc:  # not recorded as sent: the next hour tries again
        logger.warning("reminder round failed: %s", type(exc).__name__)


def _log(report: DeliveryReport) -> None:
    if report.attempted or report.skipped:
        logger.info(
            "outbox round: delivered=%d retrying=%d failed=%d skipped=%d",
            report.delivered,
            report.retrying,
            report.failed,
            report.skipped,
        )


def _log_purge(report: PurgeReport) -> None:
    logger.info(
        "retention purge: conversations=%d events=%d handoffs=%d consent_records=%d "
        "audit_entries=%d open_handoffs_warned=%d open_handoffs_expired=%d "
        "insight_events_counted=%d insight_rows_purged=%d",
        report.conversations,
        report.events,
        report.handoffs,
        report.consent_records,
        report.audit_entries,
        report.open_handoffs_warned,
        report.open_handoffs_expired,
        report.insight_events_counted,
        report.insight_events,
    )


def _live_round(session_factory: sessionmaker[Session], settings: Settings, now: datetime) -> int:
    """Chats nobody took in time get the call-back offered; finished chats forget the address."""
    timeout = timedelta(seconds=settings.live_chat_timeout_s)
    with session_factory() as session, session.begin():
        expired = live.expire_waiting(session, now, timeout)
        if settings.insights:
            insights.add(
                session,
                [
                    insights.live_expired(at=now, gemeente=live.gemeente_of(session, i))
                    for i in expired
                ],
            )
        live.forget_addresses(session)
    return len(expired)


def run(
    settings: Settings,
    stop: threading.Event,
    transports: Mapping[str, Transport] | None = None,
    *,
    once: bool = False,
) -> None:
    session_factory = create_session_factory(create_db_engine(settings.database_url))
    tracker_engine = create_db_engine(settings.tracker_store_url)
    periods = periods_from_settings(settings)
    last_purge: datetime | None = None
    last_reminders: datetime | None = None
    transports = transports if transports is not None else transports_from_settings(settings)
    policy = RetryPolicy(max_attempts=settings.delivery_max_attempts)
    send_reminder = reminder_sender(transports["email"]) if "email" in transports else None
    logger.info(
        "worker started: email via %s, every %.1f s",
        "SMTP" if settings.smtp_host else "outbox folder",
        settings.worker_interval_s,
    )
    while not stop.is_set():
        now = datetime.now(timezone.utc)
        try:
            _log(deliver_due(session_factory, transports, now, policy=policy))
        except Exception as exc:  # the database may be briefly away; try again next round
            logger.warning("outbox round failed: %s", type(exc).__name__)
        try:
            erased = process_erasure_requests(session_factory, tracker_engine, now)
            if erased:
                logger.info("erasure round: conversations=%d", erased)
        except Exception as exc:  # the request stays; try again next round
            logger.warning("erasure round failed: %s", type(exc).__name__)
        try:
            expired = _live_round(session_factory, settings, now)
            if expired:
                logger.info("live chat: expired=%d (call-back offered)", expired)
        except Exception as exc:
            logger.warning("live chat round failed: %s", type(exc).__name__)
        if last_purge is None or now - last_purge >= PURGE_INTERVAL:
            # Tried once an hour, failed or not: a later try deletes what this one left.
            last_purge = now
            try:
                _log_purge(purge_expired(session_factory, tracker_engine, periods, now))
            except Exception as exc:
                logger.warning("retention purge failed: %s", type(exc).__name__)
        if last_reminders is None or now - last_reminders >= REMINDER_INTERVAL:
            last_reminders = now
            _send_reminders(settings, session_factory, send_reminder, now)
        if once:
            break
        stop.wait(settings.worker_interval_s)
    logger.info("worker stopped")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.worker", description=__doc__)
    parser.add_argument("--once", action="store_true", help="run one delivery round and stop")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    run(load_settings(), stop, once=args.once)


if __name__ == "__main__":
    main()
