"""Delivering the outbox: a notice e-mail for every aanmelding, the signed document to a webhook.

The notice e-mail holds NO personal or health data: the reference, the urgency and the portal link;
so does the warning that an open aanmelding reaches its maximum age (kind 'verloop', e-mail only,
bot.privacy.retention), with the date instead of the urgency.
The webhook gets the whole document, signed with the steunpunt's secret:
`X-Steunwijzer-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<idempotency key>." + raw body>`,
with `X-Steunwijzer-Timestamp` (Unix seconds of this try) and `Idempotency-Key` (the same on every
retry), so the steunpunt's system can refuse a replayed request (`verify_signature`: at most five
minutes off) and drop a repeat. It is posted only to an address `webhook_address` accepts.

`deliver_due` takes the entries that are due, claims each one before sending (status 'sending'
with a lease, set by one conditional UPDATE, so two workers never both send it), and then marks it
delivered, or schedules the next try with exponential backoff (1, 2, 4 ... minutes, at most an
hour). After `max_attempts` tries an entry is 'failed': the portal shows it and `retry_failed` puts
it back. A worker that dies while sending leaves a claim whose lease runs out; the entry is then
sent again. That is the one case of a repeat, which is why e-mails carry a fixed Message-ID and
webhooks an Idempotency-Key. Errors are stored as short texts without personal data.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import smtplib
import ssl
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Protocol

import httpx
from sqlalchemy import Boolean, and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from bot.backoff import doubling_delay
from bot.db import rows_affected
from bot.handoff.models import ERROR_LENGTH, OutboxEntry
from bot.text.formatting import dutch_date
from knowledge.webhook_address import (
    RefusedWebhook,
    Resolver,
    WebhookTarget,
    check_webhook_url,
    resolve_host,
)

SIGNATURE_HEADER = "X-Steunwijzer-Signature"
TIMESTAMP_HEADER = "X-Steunwijzer-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"
# How far a delivery's timestamp may be from the receiver's clock, either way (replays, clock skew).
SIGNATURE_TOLERANCE = timedelta(minutes=5)
DEFAULT_SENDER = "steunwijzer@localhost"
DEFAULT_PORTAL_URL = "http://localhost:8000"
MESSAGE_ID_DOMAIN = "steunwijzer.invalid"
BATCH_SIZE = 100


class DeliveryError(Exception):
    """A delivery failed. The message is short and holds no personal data: it is stored."""


@dataclass(frozen=True)
class Notice:
    """One outbox entry to deliver, with what the transports need."""

    reference: str
    urgency: str
    steunpunt_id: str
    target: str  # the steunpunt's e-mail address or webhook URL
    idempotency_key: str
    document: Mapping[str, Any]
    kind: str = "aanmelding"  # or "verloop": the aanmelding is erased at expires_at if still open
    expires_at: datetime | None = None


class Transport(Protocol):
    def send(self, notice: Notice) -> None:
        """Deliver or raise DeliveryError."""


# --- e-mail -------------------------------------------------------------------------------------


def _expiry_text(notice: Notice, portal_url: str) -> tuple[str, str]:
    """Subject and body of the warning before an open aanmelding's maximum age."""
    date = dutch_date(notice.expires_at, weekday=True) if notice.expires_at else "binnenkort"
    return (
        f"Aanmelding {notice.reference} wordt op {date} gewist",
        f"Aanmelding {notice.reference} staat al lang open bij Steunwijzer.\n"
        "\n"
        f"Is hij op {date} nog open (nieuw of in behandeling), dan wist Steunwijzer hem, met alle "
        "gegevens. Rond hem daarvoor af in het portaal als u hem wilt bewaren.\n"
        "\n"
        f"Zie het portaal: {portal_url}\n"
        "\n"
        "In deze e-mail staan bewust geen persoonlijke gegevens.\n",
    )


def _new_handoff_text(notice: Notice, portal_url: str) -> tuple[str, str]:
    subject = f"Nieuwe aanmelding {notice.reference}"
    if notice.urgency != "normaal":
        subject += f" (urgentie: {notice.urgency})"
    return (
        subject,
        "Er is een nieuwe aanmelding bij Steunwijzer.\n"
        "\n"
        f"Referentie: {notice.reference}\n"
        f"Urgentie: {notice.urgency}\n"
        "\n"
        f"Zie het portaal: {portal_url}\n"
        "\n"
        "In deze e-mail staan bewust geen persoonlijke gegevens. "
        "U leest de aanmelding in het portaal.\n",
    )


def notice_email(notice: Notice, *, sender: str, portal_url: str, now: datetime) -> EmailMessage:
    """The notice for the steunpunt: reference, urgency or date, and the portal link, nothing
    else."""
    text = _expiry_text if notice.kind == "verloop" else _new_handoff_text
    subject, body = text(notice, portal_url)
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = notice.target
    message["Date"] = format_datetime(now)
    # One Message-ID per outbox entry: a repeat after a crash is recognisable as the same mail.
    message["Message-ID"] = f"<{notice.idempotency_key}@{MESSAGE_ID_DOMAIN}>"
    message.set_content(body)
    return message


class OutboxFolderEmail:
    """Writes each notice as an .eml file: the local default, nothing leaves the machine."""

    def __init__(
        self,
        directory: Path,
        *,
        sender: str = DEFAULT_SENDER,
        portal_url: str = DEFAULT_PORTAL_URL,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.directory = Path(directory)
        self.sender = sender
        self.portal_url = portal_url
        self.clock = clock or _utc_now

    def path_for(self, notice: Notice) -> Path:
        return self.directory / f"{notice.reference}-{notice.idempotency_key}.eml"

    def send(self, notice: Notice) -> None:
        message = notice_email(
            notice, sender=self.sender, portal_url=self.portal_url, now=self.clock()
        )
        self.write(message, self.path_for(notice))

    def write(self, message: EmailMessage, path: Path) -> None:
        """Write any message as an .eml file at `path` (in this folder), or raise DeliveryError."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # Write then rename: a reader never sees half a file, a repeat replaces the same file.
            with tempfile.NamedTemporaryFile(
                "wb", dir=self.directory, suffix=".tmp", delete=False
            ) as handle:
                handle.write(message.as_bytes())
            os.replace(handle.name, path)
        except OSError as exc:
            raise DeliveryError(f"outbox folder not writable ({type(exc).__name__})") from None


class SmtpEmail:
    """Sends each notice through an SMTP server (stdlib smtplib)."""

    def __init__(
        self,
        host: str,
        port: int = 25,
        sender: str = DEFAULT_SENDER,
        starttls: bool = False,
        username: str | None = None,
        password: str | None = None,
        *,
        portal_url: str = DEFAULT_PORTAL_URL,
        timeout: float = 10.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.starttls, self.username, self._password = starttls, username, password
        self.portal_url, self.timeout = portal_url, timeout
        self.clock = clock or _utc_now

    def send(self, notice: Notice) -> None:
        message = notice_email(
            notice, sender=self.sender, portal_url=self.portal_url, now=self.clock()
        )
        self.send_message(message)

    def send_message(self, message: EmailMessage) -> None:
        """Send any message through this server (also the editors' weekly reminder) or raise
        DeliveryError."""
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username:
                    smtp.login(self.username, self._password or "")
                smtp.send_message(message)
        # Only codes and class names: SMTP errors can repeat the recipient's address.
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"SMTP {exc.smtp_code}") from None
        except smtplib.SMTPException as exc:
            raise DeliveryError(f"SMTP error ({type(exc).__name__})") from None
        except OSError as exc:
            raise DeliveryError(f"SMTP server unreachable ({type(exc).__name__})") from None


# --- webhook ------------------------------------------------------------------------------------


def webhook_body(document: Mapping[str, Any]) -> bytes:
    """The exact bytes that are posted and signed: compact UTF-8 JSON with sorted keys."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def sign(body: bytes, secret: str, *, timestamp: int | str, idempotency_key: str) -> str:
    """The signature header value: sha256=<hex HMAC-SHA256 of "<timestamp>.<key>." + body>.

    The timestamp and key are signed with the body so that a captured request cannot be replayed
    later, nor sent again under a new key that the receiver's deduplication would not recognise.
    """
    message = f"{timestamp}.{idempotency_key}.".encode() + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _unix_seconds(header: str | None) -> int | None:
    # ASCII digits only: int() would also accept " 17", "+17", "1_7" and other digits, and the
    # header text is what was signed.
    if header is None or not header.isascii() or not header.isdigit():
        return None
    return int(header)


def verify_signature(
    body: bytes,
    *,
    signature: str | None,
    timestamp: str | None,
    idempotency_key: str | None,
    secret: str,
    now: datetime,
    tolerance: timedelta = SIGNATURE_TOLERANCE,
) -> bool:
    """What a receiving system does with the three headers and the raw body.

    Refuses a timestamp more than `tolerance` before or after `now` (aware), then compares the
    signature in constant time.
    """
    seconds = _unix_seconds(timestamp)
    if timestamp is None or signature is None or seconds is None or idempotency_key is None:
        return False
    if abs(now.timestamp() - seconds) > tolerance.total_seconds():
        return False
    expected = sign(body, secret, timestamp=timestamp, idempotency_key=idempotency_key)
    return hmac.compare_digest(expected.encode(), signature.encode())


class Webhook:
    """POSTs the signed document to the steunpunt's own system (httpx).

    `secrets` gives the HMAC secret for a steunpunt id (e.g. `Settings.webhook_secret`). Without a
    secret nothing is sent. The address is checked again at every send (`check_webhook_url`: https,
    public addresses only unless the host is in `allowed_hosts`), and the request goes to an address
    that check resolved, so a DNS answer that changed after the check cannot redirect it.
    """

    def __init__(
        self,
        secrets: Callable[[str], str | None],
        *,
        timeout: float = 10.0,
        allowed_hosts: frozenset[str] = frozenset(),
        resolve: Resolver = resolve_host,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._secrets = secrets
        self.timeout = timeout
        self.allowed_hosts = allowed_hosts
        self._resolve = resolve
        self.clock = clock or _utc_now

    def send(self, notice: Notice) -> None:
        secret = self._secrets(notice.steunpunt_id)
        if not secret:
            raise DeliveryError("no webhook secret configured for this steunpunt")
        try:
            target = check_webhook_url(notice.target, self.allowed_hosts, self._resolve)
        except RefusedWebhook as exc:
            raise DeliveryError(f"webhook URL {exc}") from None
        body = webhook_body(notice.document)
        timestamp = int(self.clock().timestamp())
        signature = sign(body, secret, timestamp=timestamp, idempotency_key=notice.idempotency_key)
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: signature,
            TIMESTAMP_HEADER: str(timestamp),
            IDEMPOTENCY_HEADER: notice.idempotency_key,
        }
        response = _post_pinned(notice.target, target, body, headers, self.timeout)
        if not response.is_success:
            raise DeliveryError(f"webhook answered HTTP {response.status_code}")


def _post_pinned(
    url: str, target: WebhookTarget, body: bytes, headers: dict[str, str], timeout: float
) -> httpx.Response:
    """POST to the checked addresses in turn (as a normal connect would), never a new lookup.

    The Host header and the TLS server name (SNI, and so the certificate check) stay the host's.
    """
    original = httpx.URL(url)
    headers = {**headers, "Host": original.netloc.decode("ascii")}
    failure = "ConnectError"
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for address in target.addresses:
            try:
                return client.post(
                    original.copy_with(host=address),
                    content=body,
                    headers=headers,
                    extensions={"sni_hostname": target.host},
                )
            except httpx.TimeoutException:
                raise DeliveryError("webhook timeout") from None
            except httpx.ConnectError as exc:
                failure = type(exc).__name__
            except httpx.HTTPError as exc:
                raise DeliveryError(f"webhook unreachable ({type(exc).__name__})") from None
    raise DeliveryError(f"webhook unreachable ({failure})")


# --- the outbox ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=1)
    max_attempts: int = 12
    # Longer than any transport's timeout: a claim is only taken over when its worker is gone.
    lease: timedelta = timedelta(minutes=5)

    def delay(self, attempts: int) -> timedelta:
        """Wait after the `attempts`-th failed try: 1, 2, 4 ... minutes, capped."""
        return doubling_delay(attempts, self.first_delay, self.max_delay)


DEFAULT_POLICY = RetryPolicy()


@dataclass
class DeliveryReport:
    """Counts only: what a round did, for logs and tests."""

    delivered: int = 0
    retrying: int = 0  # failed this time, tried again later
    failed: int = 0  # failed for the last time: status 'failed'
    skipped: int = 0  # claimed by another worker first

    @property
    def attempted(self) -> int:
        return self.delivered + self.retrying + self.failed


@dataclass(frozen=True)
class _Claim:
    entry_id: int
    token: str
    transport: str
    attempts: int
    notice: Notice


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _is_due(now: datetime) -> ColumnElement[Boolean]:
    return or_(
        and_(OutboxEntry.status == "pending", OutboxEntry.next_attempt_at <= now),
        and_(OutboxEntry.status == "sending", OutboxEntry.lease_until <= now),
    )


def _due_ids(session_factory: sessionmaker[Session], now: datetime, limit: int) -> list[int]:
    query = (
        select(OutboxEntry.id)
        .where(_is_due(now))
        .order_by(OutboxEntry.next_attempt_at, OutboxEntry.id)
        .limit(limit)
    )
    with session_factory() as session:
        return list(session.execute(query).scalars())


def _claim(
    session_factory: sessionmaker[Session], entry_id: int, now: datetime, policy: RetryPolicy
) -> _Claim | None:
    token = secrets.token_hex(16)
    with session_factory() as session, session.begin():
        # Compare-and-set: only one worker's UPDATE still finds the entry due.
        claimed = session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id == entry_id, _is_due(now))
            .values(
                status="sending",
                lease_until=now + policy.lease,
                claim_token=token,
                attempts=OutboxEntry.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if rows_affected(claimed) != 1:
            return None
        entry = session.get(OutboxEntry, entry_id)
        if entry is None:  # the UPDATE above found it in this transaction
            return None
        handoff = entry.handoff
        # Alike in shape only: a record built from keyword fields, like others in bot/; the fields
        # are its own.
        notice = Notice(
            reference=handoff.reference,
            urgency=handoff.urgency,
            steunpunt_id=handoff.steunpunt_id,
            target=entry.target,
            idempotency_key=entry.idempotency_key,
            document=handoff.document,
            kind=entry.kind,
            expires_at=handoff.expires_at,
        )
        return _Claim(entry_id, token, entry.transport, entry.attempts, notice)


def _finish(session_factory: sessionmaker[Session], claim: _Claim, **values: Any) -> None:
    with session_factory() as session, session.begin():
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id == claim.entry_id, OutboxEntry.claim_token == claim.token)
            .values(lease_until=None, claim_token=None, **values)
            .execution_options(synchronize_session=False)
        )


def _short(error: str) -> str:
    return error if len(error) <= ERROR_LENGTH else error[: ERROR_LENGTH - 1] + "…"


def _send(transports: Mapping[str, Transport], claim: _Claim) -> str | None:
    """None when delivered, else the error text to store."""
    transport = transports.get(claim.transport)
    if transport is None:
        return f"no {claim.transport} transport configured"
    try:
        transport.send(claim.notice)
    except DeliveryError as exc:
        return str(exc)
    except Exception as exc:  # a bug in a transport must not stop the other deliveries
        return f"unexpected error ({type(exc).__name__})"
    return None


def deliver_due(
    session_factory: sessionmaker[Session],
    transports: Mapping[str, Transport],
    now: datetime,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    limit: int = BATCH_SIZE,
) -> DeliveryReport:
    """Deliver every outbox entry that is due at `now` (aware); see the module docstring."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    report = DeliveryReport()
    for entry_id in _due_ids(session_factory, now, limit):
        claim = _claim(session_factory, entry_id, now, policy)
        if claim is None:
            report.skipped += 1
            continue
        error = _send(transports, claim)
        if error is None:
            _finish(session_factory, claim, status="delivered", delivered_at=now, last_error=None)
            report.delivered += 1
        elif claim.attempts >= policy.max_attempts:
            _finish(session_factory, claim, status="failed", last_error=_short(error))
            report.failed += 1
        else:
            next_try = now + policy.delay(claim.attempts)
            _finish(
                session_factory,
                claim,
                status="pending",
                next_attempt_at=next_try,
                last_error=_short(error),
            )
            report.retrying += 1
    return report


def retry_failed(
    session_factory: sessionmaker[Session], now: datetime, reference: str | None = None
) -> int:
    """Put failed entries (of one handoff, or all) back for one more try now; returns how many."""
    query = update(OutboxEntry).where(OutboxEntry.status == "failed")
    if reference is not None:
        query = query.where(OutboxEntry.handoff_reference == reference)
    with session_factory() as session, session.begin():
        result = session.execute(
            query.values(status="pending", next_attempt_at=now).execution_options(
                synchronize_session=False
            )
        )
        return rows_affected(result)
