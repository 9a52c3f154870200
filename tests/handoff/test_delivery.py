from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from bot.handoff.delivery import (
    DeliveryError,
    Notice,
    OutboxFolderEmail,
    RetryPolicy,
    SmtpEmail,
    Webhook,
    deliver_due,
    retry_failed,
    sign,
    verify_signature,
    webhook_body,
)
from bot.handoff.models import OutboxEntry
from bot.handoff.store import StoredHandoff, create_handoff
from knowledge.webhook_address import Resolver, resolve_host
from tests.handoff.conftest import (
    ALL_SCOPES,
    COMPLETE_FACTS,
    FATIMA,
    NOW,
    make_document,
    make_steunpunt,
)
from tests.handoff.servers import SmtpRecorder, WebhookReceiver, smtp_server, webhook_receiver
from tests.support import free_port

SECRET = "s3cr3t-van-het-steunpunt"
PORTAL = "https://portaal.zwolle.example.org"
MINUTE = timedelta(minutes=1)
# The test receiver listens on loopback, which only an allow-listed host may be.
RECEIVER_HOST = frozenset({"127.0.0.1"})

# Nothing about the caregiver or the naaste may be in a notice e-mail.
PERSONAL_OR_HEALTH = (
    "Fatima",
    "Amrani",
    "+31612345678",
    "0612345678",
    "06-12345678",
    "06 12345678",
    "fatima.elamrani",
    "gmail",
    "dementie",
    "thuiszorg",
    "dagbesteding",
    "nachtrust",
    "CSI",
    "Caregiver",
    "score",
    "overbelast",
    "belast",
    "ziekte",
    "moeder",
    "ouder",
    "Kampen",
    "14 uur",
    "Even een dag vrij",
)


def _store(
    session_factory: sessionmaker, webhook: str | None = None, **facts: Any
) -> StoredHandoff:
    steunpunt = make_steunpunt(handoff_webhook=webhook)
    document = make_document({**COMPLETE_FACTS, **facts}, scope=ALL_SCOPES, steunpunt=steunpunt)
    return create_handoff(session_factory, document, steunpunt)


def _entries(session_factory: sessionmaker) -> dict[str, OutboxEntry]:
    with session_factory() as session:
        return {e.transport: e for e in session.execute(select(OutboxEntry)).scalars()}


def _secrets(steunpunt_id: str) -> str | None:
    return SECRET if steunpunt_id == "gm0193_steunpunt" else None


def _webhook(
    allowed_hosts: frozenset[str] = RECEIVER_HOST,
    resolve: Resolver = resolve_host,
    timeout: float = 5,
) -> Webhook:
    return Webhook(
        _secrets, timeout=timeout, allowed_hosts=allowed_hosts, resolve=resolve, clock=lambda: NOW
    )


class Failing:
    def __init__(self, error: Exception | None = None) -> None:
        self.calls = 0
        self.error = error or DeliveryError("SMTP 451")

    def send(self, notice: Notice) -> None:
        self.calls += 1
        raise self.error


class Recording:
    def __init__(self) -> None:
        self.notices: list[Notice] = []

    def send(self, notice: Notice) -> None:
        self.notices.append(notice)


# --- SMTP ---------------------------------------------------------------------------------------


@pytest.mark.servers  # an SMTP server (aiosmtpd)
def test_smtp_down_stays_pending_then_delivered_exactly_once(session_factory: sessionmaker) -> None:
    stored = _store(session_factory)
    port = free_port()
    transports = {
        "email": SmtpEmail(
            "127.0.0.1", port, "steunwijzer@zwolle.example.org", portal_url=PORTAL, timeout=5
        )
    }

    first = deliver_due(session_factory, transports, NOW)
    entry = _entries(session_factory)["email"]
    assert (first.delivered, first.retrying) == (0, 1)
    assert (entry.status, entry.attempts, entry.next_attempt_at) == ("pending", 1, NOW + MINUTE)
    assert entry.last_error == "SMTP server unreachable (ConnectionRefusedError)"

    # Not due yet: nothing is tried.
    assert deliver_due(session_factory, transports, NOW + 30 * timedelta(seconds=1)).attempted == 0
    second = deliver_due(session_factory, transports, NOW + MINUTE)
    assert second.retrying == 1
    assert _entries(session_factory)["email"].next_attempt_at == NOW + 3 * MINUTE  # 1 + 2 minutes

    with smtp_server(port, SmtpRecorder()) as server:
        recovered = deliver_due(session_factory, transports, NOW + 3 * MINUTE)
        later = [
            deliver_due(session_factory, transports, NOW + hours * 60 * MINUTE)
            for hours in (1, 5, 24)
        ]

    assert recovered.delivered == 1
    assert all(report.attempted == 0 for report in later)
    assert len(server.messages) == 1
    message = server.messages[0]
    assert message["Subject"] == f"Nieuwe aanmelding {stored.reference} (urgentie: hoog)"
    assert server.recipients == [["aanmeldingen@zwolle.example.org"]]
    entry = _entries(session_factory)["email"]
    assert (entry.status, entry.attempts, entry.delivered_at, entry.last_error) == (
        "delivered",
        3,
        NOW + 3 * MINUTE,
        None,
    )
    assert entry.lease_until is None and entry.claim_token is None


@pytest.mark.servers  # an SMTP server (aiosmtpd)
def test_smtp_refusal_is_stored_as_its_code_only(session_factory: sessionmaker) -> None:
    _store(session_factory)
    port = free_port()
    transports = {"email": SmtpEmail("127.0.0.1", port, timeout=5)}

    with smtp_server(port, SmtpRecorder(reply="554 Transaction failed for fatima")) as server:
        report = deliver_due(session_factory, transports, NOW)

    assert report.retrying == 1 and server.messages == []
    assert _entries(session_factory)["email"].last_error == "SMTP 554"


@pytest.mark.servers  # an SMTP server (aiosmtpd)
def test_notice_email_holds_no_personal_or_health_data(
    session_factory: sessionmaker, tmp_path: Path
) -> None:
    stored = _store(session_factory)
    port = free_port()

    with smtp_server(port, SmtpRecorder()) as server:
        deliver_due(
            session_factory,
            {"email": SmtpEmail("127.0.0.1", port, portal_url=PORTAL, timeout=5)},
            NOW,
        )
    folder = OutboxFolderEmail(tmp_path / "outbox", portal_url=PORTAL)
    folder.send(
        Notice(
            stored.reference,
            "hoog",
            "gm0193_steunpunt",
            "a@zwolle.example.org",
            "k1",
            stored.document,
        )
    )

    for raw in (server.raw[0], next((tmp_path / "outbox").glob("*.eml")).read_bytes()):
        text = raw.decode("utf-8")
        assert stored.reference in text
        assert "Urgentie: hoog" in text
        assert f"Zie het portaal: {PORTAL}" in text
        for word in PERSONAL_OR_HEALTH:
            assert word.lower() not in text.lower(), word


# --- outbox folder ------------------------------------------------------------------------------


def test_outbox_folder_writes_one_file_per_entry(
    session_factory: sessionmaker, tmp_path: Path
) -> None:
    stored = _store(session_factory)
    folder = OutboxFolderEmail(tmp_path / "outbox")

    report = deliver_due(session_factory, {"email": folder}, NOW)

    files = list((tmp_path / "outbox").iterdir())
    assert report.delivered == 1
    assert [f.name for f in files] == [
        f"{stored.reference}-{_entries(session_factory)['email'].idempotency_key}.eml"
    ]
    # A repeat of the same entry (after a crash) replaces the file instead of adding one.
    notice = Notice(
        stored.reference,
        "hoog",
        "x",
        "a@b.nl",
        _entries(session_factory)["email"].idempotency_key,
        {},
    )
    folder.send(notice)
    assert len(list((tmp_path / "outbox").iterdir())) == 1


def test_unwritable_outbox_folder_is_a_delivery_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")

    with pytest.raises(DeliveryError, match="outbox folder not writable"):
        OutboxFolderEmail(blocker / "outbox").send(
            Notice("MZ-AAAAAA", "normaal", "x", "a@b.nl", "k", {})
        )


# --- webhook ------------------------------------------------------------------------------------


def test_webhook_500_then_200_is_accepted_exactly_once(
    session_factory: sessionmaker, tmp_path: Path
) -> None:
    with webhook_receiver(WebhookReceiver(statuses=[500])) as receiver:
        stored = _store(session_factory, webhook=receiver.url)
        transports = {"email": OutboxFolderEmail(tmp_path), "webhook": _webhook()}

        first = deliver_due(session_factory, transports, NOW)
        webhook_entry = _entries(session_factory)["webhook"]
        assert (first.delivered, first.retrying) == (1, 1)  # the e-mail went, the webhook did not
        assert webhook_entry.status == "pending"
        assert webhook_entry.last_error == "webhook answered HTTP 500"

        second = deliver_due(session_factory, transports, NOW + MINUTE)
        third = deliver_due(session_factory, transports, NOW + 2 * 60 * MINUTE)

    assert (second.delivered, third.attempted) == (1, 0)
    assert [r.status for r in receiver.requests] == [500, 200]
    assert len(receiver.accepted) == 1
    keys = {r.headers["Idempotency-Key"] for r in receiver.requests}
    assert keys == {webhook_entry.idempotency_key}
    accepted = receiver.accepted[0]
    assert json.loads(accepted.body) == stored.document
    assert accepted.headers["Content-Type"] == "application/json; charset=utf-8"
    assert _entries(session_factory)["webhook"].status == "delivered"


def _delivered_request(session_factory: sessionmaker) -> Any:
    with webhook_receiver(WebhookReceiver()) as receiver:
        _store(session_factory, webhook=receiver.url)
        deliver_due(session_factory, {"email": Recording(), "webhook": _webhook()}, NOW)
    (request,) = receiver.requests
    return request


def _verifies(
    request: Any,
    *,
    now: datetime = NOW,
    body: bytes | None = None,
    secret: str = SECRET,
    **headers: str | None,
) -> bool:
    sent = {
        "signature": request.headers["X-Steunwijzer-Signature"],
        "timestamp": request.headers["X-Steunwijzer-Timestamp"],
        "idempotency_key": request.headers["Idempotency-Key"],
    }
    return verify_signature(
        request.body if body is None else body,
        **{**sent, **headers},
        secret=secret,
        now=now,
    )


def test_webhook_signs_timestamp_key_and_body_with_the_steunpunt_secret(
    session_factory: sessionmaker,
) -> None:
    request = _delivered_request(session_factory)

    timestamp = request.headers["X-Steunwijzer-Timestamp"]
    key = request.headers["Idempotency-Key"]
    assert timestamp == str(int(NOW.timestamp()))
    signed = f"{timestamp}.{key}.".encode() + request.body
    expected = hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest()
    assert request.headers["X-Steunwijzer-Signature"] == f"sha256={expected}"
    assert _verifies(request)


def test_a_replay_more_than_five_minutes_off_is_refused(session_factory: sessionmaker) -> None:
    request = _delivered_request(session_factory)
    second = timedelta(seconds=1)

    assert _verifies(request, now=NOW + 5 * MINUTE)
    assert not _verifies(request, now=NOW + 5 * MINUTE + second)
    assert _verifies(request, now=NOW - 5 * MINUTE)
    assert not _verifies(request, now=NOW - 5 * MINUTE - second)  # sent "from the future"


def test_a_changed_key_timestamp_body_or_secret_is_refused(session_factory: sessionmaker) -> None:
    request = _delivered_request(session_factory)
    timestamp = int(request.headers["X-Steunwijzer-Timestamp"])

    assert not _verifies(request, idempotency_key="0" * 32)
    assert not _verifies(request, timestamp=str(timestamp + 1))
    assert not _verifies(request, body=request.body + b" ")
    assert not _verifies(request, secret="ander geheim")


@pytest.mark.parametrize(
    "headers",
    [
        {"signature": None},
        {"timestamp": None},
        {"idempotency_key": None},
        {"timestamp": "１７"},  # digits, but not the ASCII digits that were signed
        {"timestamp": "+1"},
        {"signature": "sha256=" + "0" * 64},
    ],
)
def test_missing_or_malformed_headers_are_refused(
    session_factory: sessionmaker, headers: dict[str, str | None]
) -> None:
    request = _delivered_request(session_factory)

    assert not _verifies(request, **headers)


def test_webhook_body_is_compact_utf8_with_sorted_keys() -> None:
    body = webhook_body({"b": "één", "a": [1, 2]})

    assert body == '{"a":[1,2],"b":"één"}'.encode()
    signed = b"1700000000.k1." + body
    assert (
        sign(body, "k", timestamp=1700000000, idempotency_key="k1")
        == "sha256=" + hmac.new(b"k", signed, hashlib.sha256).hexdigest()
    )


def test_webhook_without_a_secret_is_not_called(session_factory: sessionmaker) -> None:
    with webhook_receiver(WebhookReceiver()) as receiver:
        _store(session_factory, webhook=receiver.url)
        report = deliver_due(
            session_factory, {"email": Recording(), "webhook": Webhook(lambda _: None)}, NOW
        )

    assert receiver.requests == []
    assert report.retrying == 1
    assert (
        _entries(session_factory)["webhook"].last_error
        == "no webhook secret configured for this steunpunt"
    )


def _notice(url: str) -> Notice:
    return Notice("MZ-AAAAAA", "normaal", "gm0193_steunpunt", url, "k", {"a": 1})


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://crm.zwolle.example.org/aanmeldingen", ()),
        ("http://127.0.0.1/hook", ()),
        ("http://10.0.0.5/hook", ("10.0.0.5",)),  # allowed, but plain http only to loopback
        ("ftp://127.0.0.1/x", ("127.0.0.1",)),
    ],
)
def test_health_data_goes_only_over_https(url: str, allowed: tuple[str, ...]) -> None:
    with pytest.raises(DeliveryError, match="https"):
        _webhook(allowed_hosts=frozenset(allowed)).send(_notice(url))


def test_a_host_that_resolves_to_loopback_gets_nothing_unless_allowed() -> None:
    with webhook_receiver(WebhookReceiver()) as receiver:
        port = urlsplit(receiver.url).port
        url = f"https://localhost:{port}/aanmeldingen"
        with pytest.raises(DeliveryError, match="non-public address"):
            _webhook(allowed_hosts=frozenset()).send(_notice(url))
        with pytest.raises(DeliveryError, match="non-public"):
            _webhook(allowed_hosts=frozenset()).send(_notice(url.replace("localhost", "[::1]")))

    assert receiver.requests == []


def test_an_address_that_turned_internal_after_the_import_is_refused_at_send_time() -> None:
    """DNS rebinding: the name was public when the knowledge base was imported, now it is not."""
    rebound = _webhook(allowed_hosts=frozenset(), resolve=lambda host, port: ("10.0.0.5",))

    with pytest.raises(DeliveryError, match=r"non-public address \(10\.0\.0\.5\)"):
        rebound.send(_notice("https://crm.zwolle.example.org/aanmeldingen"))


def test_the_post_goes_to_the_checked_address_not_to_a_second_lookup() -> None:
    """The name does not resolve at all outside the check, so only the checked address can work;
    the first address refuses connections, so the second one is tried as a normal connect would."""
    checked = ("127.0.0.2", "127.0.0.1")
    with webhook_receiver(WebhookReceiver()) as receiver:
        port = urlsplit(receiver.url).port
        webhook = _webhook(
            allowed_hosts=frozenset({"ontvanger.steunpunt.invalid"}),
            resolve=lambda host, port: checked,
        )
        webhook.send(_notice(f"http://ontvanger.steunpunt.invalid:{port}/aanmeldingen"))

    (request,) = receiver.requests
    assert request.headers["Host"] == f"ontvanger.steunpunt.invalid:{port}"
    assert request.path == "/aanmeldingen"


def test_webhook_timeout_and_unreachable_are_short_errors() -> None:
    with webhook_receiver(WebhookReceiver(delay_s=0.5)) as receiver:
        notice = Notice("MZ-AAAAAA", "normaal", "gm0193_steunpunt", receiver.url, "k", {"a": 1})
        with pytest.raises(DeliveryError, match=r"^webhook timeout$"):
            _webhook(timeout=0.1).send(notice)

    closed = Notice(
        "MZ-AAAAAA", "normaal", "gm0193_steunpunt", f"http://127.0.0.1:{free_port()}/x", "k", {}
    )
    with pytest.raises(DeliveryError, match=r"^webhook unreachable \(ConnectError\)$"):
        _webhook(timeout=2).send(closed)


# --- retries, claims and failures ---------------------------------------------------------------


def test_backoff_doubles_up_to_an_hour_then_fails_and_can_be_retried(
    session_factory: sessionmaker,
) -> None:
    _store(session_factory)
    failing = Failing()
    policy = RetryPolicy(max_attempts=9)
    now, waits = NOW, []

    for _ in range(8):
        assert deliver_due(session_factory, {"email": failing}, now, policy=policy).retrying == 1
        entry = _entries(session_factory)["email"]
        waits.append((entry.next_attempt_at - now) / MINUTE)
        now = entry.next_attempt_at
    last = deliver_due(session_factory, {"email": failing}, now, policy=policy)

    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]
    assert last.failed == 1
    assert _entries(session_factory)["email"].status == "failed"
    assert (
        deliver_due(
            session_factory, {"email": failing}, now + 24 * 60 * MINUTE, policy=policy
        ).attempted
        == 0
    )
    assert failing.calls == 9

    assert retry_failed(session_factory, now + 2 * MINUTE) == 1
    recovered = deliver_due(
        session_factory, {"email": Recording()}, now + 2 * MINUTE, policy=policy
    )
    assert recovered.delivered == 1
    assert retry_failed(session_factory, now + 3 * MINUTE) == 0


def test_retry_failed_for_one_handoff_only(session_factory: sessionmaker) -> None:
    first = _store(session_factory)
    second_document = make_document(reference="MZ-BBBBBB")
    create_handoff(session_factory, second_document, make_steunpunt())
    with session_factory() as session, session.begin():
        session.execute(update(OutboxEntry).values(status="failed"))

    assert retry_failed(session_factory, NOW, reference=first.reference) == 1
    with session_factory() as session:
        statuses = dict(
            session.execute(select(OutboxEntry.handoff_reference, OutboxEntry.status)).all()
        )
    assert statuses == {first.reference: "pending", "MZ-BBBBBB": "failed"}


def test_two_workers_never_send_the_same_entry(session_factory: sessionmaker) -> None:
    _store(session_factory)
    second_worker = Recording()
    nested: list[Any] = []

    class SlowFirstWorker:
        """While it is sending, a second worker runs a full round."""

        def __init__(self) -> None:
            self.sent = 0

        def send(self, notice: Notice) -> None:
            nested.append(deliver_due(session_factory, {"email": second_worker}, NOW))
            self.sent += 1

    first_worker = SlowFirstWorker()
    report = deliver_due(session_factory, {"email": first_worker}, NOW)

    assert report.delivered == 1 and first_worker.sent == 1
    assert nested[0].attempted == 0 and second_worker.notices == []
    assert _entries(session_factory)["email"].attempts == 1


def test_entry_claimed_by_a_dead_worker_is_sent_after_its_lease(
    session_factory: sessionmaker,
) -> None:
    _store(session_factory)
    lease = RetryPolicy().lease
    with session_factory() as session, session.begin():
        session.execute(
            update(OutboxEntry).values(
                status="sending", lease_until=NOW + lease, claim_token="dead", attempts=1
            )
        )
    recording = Recording()

    during = deliver_due(session_factory, {"email": recording}, NOW + lease - timedelta(seconds=1))
    after = deliver_due(session_factory, {"email": recording}, NOW + lease)

    assert during.attempted == 0
    assert after.delivered == 1 and len(recording.notices) == 1
    assert _entries(session_factory)["email"].attempts == 2


def test_a_late_finish_by_a_worker_that_lost_its_claim_changes_nothing(
    session_factory: sessionmaker,
) -> None:
    """Worker A's send outlives its lease; B takes over and delivers; A's failure must not undo it."""
    _store(session_factory)
    lease = RetryPolicy().lease
    rounds: list[Any] = []

    class OutlivesItsLease:
        def send(self, notice: Notice) -> None:
            rounds.append(deliver_due(session_factory, {"email": Recording()}, NOW + lease))
            raise DeliveryError("SMTP 421")

    deliver_due(session_factory, {"email": OutlivesItsLease()}, NOW)

    assert rounds[0].delivered == 1
    entry = _entries(session_factory)["email"]
    assert (entry.status, entry.last_error) == ("delivered", None)


def test_a_broken_transport_stores_only_the_error_class(session_factory: sessionmaker) -> None:
    _store(session_factory)
    failing = Failing(ValueError("Fatima El Amrani 0612345678"))

    report = deliver_due(session_factory, {"email": failing}, NOW)

    assert report.retrying == 1
    assert _entries(session_factory)["email"].last_error == "unexpected error (ValueError)"


def test_missing_transport_is_a_failure_not_a_crash(session_factory: sessionmaker) -> None:
    _store(session_factory, webhook="https://crm.zwolle.example.org/aanmeldingen")

    report = deliver_due(session_factory, {"email": Recording()}, NOW)

    assert (report.delivered, report.retrying) == (1, 1)
    assert _entries(session_factory)["webhook"].last_error == "no webhook transport configured"


def test_errors_are_cut_to_the_column(session_factory: sessionmaker) -> None:
    _store(session_factory)

    deliver_due(session_factory, {"email": Failing(DeliveryError("x" * 500))}, NOW)

    assert len(_entries(session_factory)["email"].last_error) == 200


def test_naive_now_is_refused(session_factory: sessionmaker) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        deliver_due(session_factory, {}, datetime(2026, 11, 24, 13, 5))


def test_notice_carries_what_transports_need(session_factory: sessionmaker) -> None:
    stored = _store(session_factory, safety_urgency="acuut")
    recording = Recording()

    deliver_due(session_factory, {"email": recording}, NOW)

    (notice,) = recording.notices
    assert (notice.reference, notice.urgency, notice.steunpunt_id) == (
        stored.reference,
        "acuut",
        "gm0193_steunpunt",
    )
    assert notice.target == "aanmeldingen@zwolle.example.org"
    assert notice.document == stored.document
    assert FATIMA.name in notice.document["summary_text"]
