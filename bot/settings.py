"""Runtime configuration, read from the environment once, in one place.

Every variable is listed with its meaning in `.env.example`. The defaults are the embedded set-up:
SQLite files under `var/`, everything on loopback, nothing leaves the machine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WEBHOOK_SECRET_PREFIX = "STEUNWIJZER_WEBHOOK_SECRET_"
_TRUE = frozenset({"1", "true", "yes", "ja", "on"})
_FALSE = frozenset({"0", "false", "no", "nee", "off"})
PRODUCTION = "production"
DEVELOPMENT = "development"
MODES = (PRODUCTION, DEVELOPMENT)


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    models_dir: Path
    database_url: str
    tracker_store_url: str
    rasa_host: str
    rasa_port: int
    action_server_host: str
    action_server_port: int
    web_host: str
    web_port: int
    public_rasa_url: str
    # Which burden instrument (knowledge/instruments/<id>.yml) the burden check uses.
    assessment_instrument: str
    # production: every secret must be set (bot.server_secrets) and demo data is not imported.
    # development (`make run`, the tests): missing secrets are generated under var/, demo data too.
    mode: str = PRODUCTION
    # Web sites (scheme://host[:port]) whose pages may open the socket.io chat: the gemeente sites.
    allowed_origins: tuple[str, ...] = ()
    # Handoff delivery. Without an SMTP host, notices are written as .eml files to outbox_dir, so
    # nothing leaves the machine.
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_sender: str = "steunwijzer@localhost"
    smtp_starttls: bool = False
    smtp_username: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    # The web app as residents open it (overview pages linked from the chat).
    public_web_url: str = "http://localhost:8000"
    # The staff portal as consultants open it; the only link in a notice e-mail.
    portal_url: str = "http://localhost:8000"
    # Signs the portal's session and CSRF cookies; replicas must share one value. Required in
    # production; generated under var/ in development (bot.server_secrets).
    portal_secret: str | None = field(default=None, repr=False)
    # Failed logins of one account from one address before each next try waits (15 s, 30 s ...
    # up to the maximum wait); bot.portal.throttle.
    portal_free_failed_logins: int = 3
    portal_max_login_wait_minutes: float = 15.0
    # New staff passwords are checked against known breaches (bot.portal.breached).
    breached_password_check: bool = True
    breached_passwords_url: str = "https://api.pwnedpasswords.com"
    # A portal login ends after this many idle minutes, and after this many hours however active.
    portal_idle_minutes: float = 30.0
    portal_session_hours: float = 8.0
    # Consultants log in with a code from an authenticator app too (coordinators always do);
    # BIO / NEN 7510 expect two factors, so only an explicit "off" turns it off.
    portal_totp_for_consultants: bool = True
    # Four eyes: a change to the knowledge base made in the portal is published by a second
    # account, never by the one who made it.
    portal_four_eyes: bool = False
    # Months after its last check that an entry is flagged in the portal as due for a check.
    knowledge_fresh_months: int = 6
    outbox_dir: Path = PROJECT_ROOT / "var" / "outbox"
    worker_interval_s: float = 5.0
    webhook_timeout_s: float = 10.0
    # Webhook hosts that may resolve to non-public addresses (a steunpunt's internal receiver, a
    # test's loopback receiver); every other webhook must be https to public addresses only.
    webhook_allowed_hosts: frozenset[str] = frozenset()
    delivery_max_attempts: int = 12
    # Key for the hash that stands in for a sender id in the app database (bot.keys).
    # Required in production; generated under var/ in development (bot.server_secrets).
    conversation_key_secret: str | None = field(default=None, repr=False)
    # Rasa's lock store: in_memory for one Rasa process, redis for several replicas.
    lock_store_type: str = "in_memory"
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_db: int = 1
    redis_password: str | None = field(default=None, repr=False)
    # TLS to Redis (bot.lock_store): the server's certificate must name redis_host and come from
    # one of the system's CAs or from this CA file (PEM), which redis-py adds to them.
    redis_tls: bool = False
    redis_tls_ca_file: str | None = None
    # (env suffix, secret) pairs from STEUNWIJZER_WEBHOOK_SECRET_<STEUNPUNT_ID>; see webhook_secret.
    webhook_secrets: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    # WhatsApp Business Cloud API (bot.channels.whatsapp); the channel is off until the phone
    # number id, access token, app secret and verify token are all set.
    whatsapp_graph_url: str = "https://graph.facebook.com"
    whatsapp_graph_version: str = "v21.0"
    whatsapp_phone_number_id: str | None = None
    whatsapp_access_token: str | None = field(default=None, repr=False)
    whatsapp_app_secret: str | None = field(default=None, repr=False)
    whatsapp_verify_token: str | None = field(default=None, repr=False)
    # WhatsApp through Twilio (bot.channels.twilio_whatsapp); off until sid, token and number are
    # set. The webhook URL is the public one Twilio calls and signs (behind a proxy it differs from
    # what the server sees); without it the URL of the request is used.
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = field(default=None, repr=False)
    twilio_whatsapp_number: str | None = None
    twilio_webhook_url: str | None = None
    twilio_api_url: str = "https://api.twilio.com"
    # Retention terms in days (bot.privacy.retention); no legal term known, the gemeente decides.
    # Each conversation event counts from its own time, aanmeldingen from closing.
    retention_conversation_days: int = 30
    retention_handoff_days: int = 365
    retention_audit_days: int = 730
    # An open aanmelding (nieuw, in behandeling) is erased at this age, after a warning to the
    # steunpunt (bot.privacy.retention.expiry_warning).
    retention_open_handoff_days: int = 180
    # The insights' anonymous events (bot.insights) are kept this long, counted from their week:
    # three years, so a year can be set beside the one before it.
    retention_insights_days: int = 1096
    # The insights (bot.insights): on, the conversation, the portal and the worker record anonymous
    # coded events for the gemeente's figures; off (a gemeente may choose not to count), no event
    # is recorded at all. Only an explicit off turns it off.
    insights: bool = True
    # Flood limit (bot.channels.guard): at most this many messages from one sender within this
    # many seconds reach the assistant, and at most max_waiting wait for their answer at once;
    # 0 messages switches the limit off. Counted per Rasa process.
    flood_max_messages: int = 12
    flood_window_s: float = 10.0
    flood_max_waiting: int = 8
    # The REST channel (bot.channels.rest): off unless an integration needs it; `make run` turns it on.
    rest_channel: bool = False
    # Per-address limits on the REST and socket.io channels (bot.channels.limits): at most this many
    # messages from one client address within this many seconds, and at most this many different
    # conversations per address in an hour; 0 switches a limit off. Counted per Rasa process.
    ip_max_messages: int = 60
    ip_window_s: float = 60.0
    ip_max_new_conversations: int = 20
    # Addresses or networks (CIDR) not counted: an integration's server that relays many caregivers.
    ip_limit_exempt: tuple[str, ...] = ()
    # Reverse proxies in front of Rasa that append to X-Forwarded-For (the Ingress: 1). 0: the
    # header is ignored and the socket peer is the client.
    trusted_proxy_hops: int = 0
    # Aanmeldingen with one contact phone number in any 24 hours, across conversations
    # (bot.handoff.service.PhoneCap); 0 switches the cap off.
    max_handoffs_per_phone_per_day: int = 3
    # Aanmeldingen from one chat client address (IPv6: its /64) in any 24 hours, counted by a keyed
    # hash (bot.channels.address_key, bot.handoff.service.AddressCap); 0 switches the cap off.
    max_handoffs_per_ip_per_day: int = 10
    # The live chat (bot.live): a consultant joins the conversation during the steunpunt's opening
    # hours when one is marked available in the portal. Off: "ik wil iemand spreken" makes an
    # aanmelding only. A chat nobody takes within live_chat_timeout_s offers the call-back.
    live_chat: bool = True
    live_chat_timeout_s: int = 180

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(
                f"STEUNWIJZER_MODE must be one of {', '.join(MODES)}, not {self.mode!r}"
            )
        # A CA file without TLS would look like protection while Redis is spoken in plain text.
        if self.redis_tls_ca_file and not self.redis_tls:
            raise ValueError(
                "STEUNWIJZER_REDIS_TLS_CA_FILE is set, but STEUNWIJZER_REDIS_TLS is off"
            )

    @property
    def is_development(self) -> bool:
        return self.mode == DEVELOPMENT

    @property
    def action_endpoint_url(self) -> str:
        return f"http://{self.action_server_host}:{self.action_server_port}/webhook"

    def webhook_secret(self, steunpunt_id: str) -> str | None:
        """The HMAC secret for a steunpunt's webhook, or None when none is configured."""
        return dict(self.webhook_secrets).get(webhook_secret_suffix(steunpunt_id))


def webhook_secret_suffix(steunpunt_id: str) -> str:
    """gm0193_steunpunt -> GM0193_STEUNPUNT: the end of its STEUNWIJZER_WEBHOOK_SECRET_ variable."""
    return re.sub(r"[^A-Z0-9]", "_", steunpunt_id.upper())


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _origins(value: str | None, web_port: int) -> tuple[str, ...]:
    """Comma-separated origins; by default the web app's own pages (the demo page)."""
    origins = [item.strip() for item in (value or "").split(",") if item.strip()]
    return tuple(origins) or (f"http://localhost:{web_port}", f"http://127.0.0.1:{web_port}")


def is_switched_on(value: object) -> bool:
    """A switch that only an explicit on (1, true, yes, ja, on) turns on."""
    return str(value or "").strip().lower() in _TRUE


def _on_unless_off(value: str | None) -> bool:
    """A safeguard (or a default) that only an explicit off (0, false, no, nee, off) turns off."""
    return (value or "").strip().lower() not in _FALSE


def _items(value: str | None) -> tuple[str, ...]:
    """Comma-separated items, without blanks."""
    return tuple(item.strip() for item in (value or "").split(",") if item.strip())


def _host_names(value: str | None) -> frozenset[str]:
    """Comma-separated host names, compared in lower case as URLs spell hosts either way."""
    return frozenset(item.strip().lower() for item in (value or "").split(",") if item.strip())


def _webhook_secrets(env: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        sorted(
            (name.removeprefix(WEBHOOK_SECRET_PREFIX), value)
            for name, value in env.items()
            if name.startswith(WEBHOOK_SECRET_PREFIX) and value
        )
    )


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    var_dir = Path(env.get("STEUNWIJZER_VAR_DIR", PROJECT_ROOT / "var")).resolve()
    rasa_port = int(env.get("STEUNWIJZER_RASA_PORT", "5005"))
    web_port = int(env.get("STEUNWIJZER_WEB_PORT", "8000"))
    return Settings(
        var_dir=var_dir,
        models_dir=Path(env.get("STEUNWIJZER_MODELS_DIR", PROJECT_ROOT / "models")).resolve(),
        database_url=env.get("STEUNWIJZER_DATABASE_URL") or _sqlite_url(var_dir / "app.db"),
        tracker_store_url=(
            env.get("STEUNWIJZER_TRACKER_STORE_URL") or _sqlite_url(var_dir / "tracker.db")
        ),
        rasa_host=env.get("STEUNWIJZER_RASA_HOST", "127.0.0.1"),
        rasa_port=rasa_port,
        action_server_host=env.get("STEUNWIJZER_ACTION_SERVER_HOST", "127.0.0.1"),
        action_server_port=int(env.get("STEUNWIJZER_ACTION_SERVER_PORT", "5055")),
        web_host=env.get("STEUNWIJZER_WEB_HOST", "127.0.0.1"),
        web_port=web_port,
        public_rasa_url=env.get("STEUNWIJZER_PUBLIC_RASA_URL", f"http://localhost:{rasa_port}"),
        assessment_instrument=env.get("STEUNWIJZER_ASSESSMENT_INSTRUMENT", "csi"),
        mode=(env.get("STEUNWIJZER_MODE") or PRODUCTION).strip().lower(),
        allowed_origins=_origins(env.get("STEUNWIJZER_ALLOWED_ORIGINS"), web_port),
        smtp_host=env.get("STEUNWIJZER_SMTP_HOST") or None,
        smtp_port=int(env.get("STEUNWIJZER_SMTP_PORT") or "25"),
        smtp_sender=env.get("STEUNWIJZER_SMTP_SENDER") or "steunwijzer@localhost",
        smtp_starttls=(env.get("STEUNWIJZER_SMTP_STARTTLS") or "").strip().lower() in _TRUE,
        smtp_username=env.get("STEUNWIJZER_SMTP_USERNAME") or None,
        smtp_password=env.get("STEUNWIJZER_SMTP_PASSWORD") or None,
        public_web_url=(
            env.get("STEUNWIJZER_PUBLIC_WEB_URL") or f"http://localhost:{web_port}"
        ).rstrip("/"),
        portal_url=(env.get("STEUNWIJZER_PORTAL_URL") or f"http://localhost:{web_port}").rstrip(
            "/"
        ),
        portal_secret=env.get("STEUNWIJZER_PORTAL_SECRET") or None,
        portal_free_failed_logins=int(env.get("STEUNWIJZER_PORTAL_FREE_FAILED_LOGINS") or "3"),
        portal_max_login_wait_minutes=float(
            env.get("STEUNWIJZER_PORTAL_MAX_LOGIN_WAIT_MINUTES") or "15"
        ),
        portal_idle_minutes=float(env.get("STEUNWIJZER_PORTAL_IDLE_MINUTES") or "30"),
        breached_password_check=(
            (env.get("STEUNWIJZER_BREACHED_PASSWORD_CHECK") or "on").strip().lower() in _TRUE
        ),
        breached_passwords_url=(
            env.get("STEUNWIJZER_BREACHED_PASSWORDS_URL") or "https://api.pwnedpasswords.com"
        ),
        portal_session_hours=float(env.get("STEUNWIJZER_PORTAL_SESSION_HOURS") or "8"),
        portal_totp_for_consultants=_on_unless_off(
            env.get("STEUNWIJZER_PORTAL_TOTP_FOR_CONSULTANTS")
        ),
        portal_four_eyes=is_switched_on(env.get("STEUNWIJZER_PORTAL_FOUR_EYES")),
        knowledge_fresh_months=int(env.get("STEUNWIJZER_KNOWLEDGE_FRESH_MONTHS") or "6"),
        outbox_dir=Path(env.get("STEUNWIJZER_OUTBOX_DIR") or var_dir / "outbox").resolve(),
        worker_interval_s=float(env.get("STEUNWIJZER_WORKER_INTERVAL_S") or "5"),
        webhook_timeout_s=float(env.get("STEUNWIJZER_WEBHOOK_TIMEOUT_S") or "10"),
        webhook_allowed_hosts=_host_names(env.get("STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS")),
        delivery_max_attempts=int(env.get("STEUNWIJZER_DELIVERY_MAX_ATTEMPTS") or "12"),
        webhook_secrets=_webhook_secrets(env),
        conversation_key_secret=env.get("STEUNWIJZER_CONVERSATION_KEY_SECRET") or None,
        lock_store_type=env.get("STEUNWIJZER_LOCK_STORE_TYPE") or "in_memory",
        redis_host=env.get("STEUNWIJZER_REDIS_HOST") or "127.0.0.1",
        redis_port=int(env.get("STEUNWIJZER_REDIS_PORT") or "6379"),
        redis_db=int(env.get("STEUNWIJZER_REDIS_DB") or "1"),
        redis_password=env.get("STEUNWIJZER_REDIS_PASSWORD") or None,
        redis_tls=is_switched_on(env.get("STEUNWIJZER_REDIS_TLS")),
        redis_tls_ca_file=env.get("STEUNWIJZER_REDIS_TLS_CA_FILE") or None,
        whatsapp_graph_url=(
            env.get("STEUNWIJZER_WHATSAPP_GRAPH_URL") or "https://graph.facebook.com"
        ).rstrip("/"),
        whatsapp_graph_version=env.get("STEUNWIJZER_WHATSAPP_GRAPH_VERSION") or "v21.0",
        whatsapp_phone_number_id=env.get("STEUNWIJZER_WHATSAPP_PHONE_NUMBER_ID") or None,
        whatsapp_access_token=env.get("STEUNWIJZER_WHATSAPP_ACCESS_TOKEN") or None,
        whatsapp_app_secret=env.get("STEUNWIJZER_WHATSAPP_APP_SECRET") or None,
        whatsapp_verify_token=env.get("STEUNWIJZER_WHATSAPP_VERIFY_TOKEN") or None,
        twilio_account_sid=env.get("STEUNWIJZER_TWILIO_ACCOUNT_SID") or None,
        twilio_auth_token=env.get("STEUNWIJZER_TWILIO_AUTH_TOKEN") or None,
        twilio_whatsapp_number=env.get("STEUNWIJZER_TWILIO_WHATSAPP_NUMBER") or None,
        twilio_webhook_url=env.get("STEUNWIJZER_TWILIO_WEBHOOK_URL") or None,
        twilio_api_url=(env.get("STEUNWIJZER_TWILIO_API_URL") or "https://api.twilio.com").rstrip(
            "/"
        ),
        retention_conversation_days=int(env.get("STEUNWIJZER_RETENTION_CONVERSATION_DAYS") or "30"),
        retention_handoff_days=int(env.get("STEUNWIJZER_RETENTION_HANDOFF_DAYS") or "365"),
        retention_audit_days=int(env.get("STEUNWIJZER_RETENTION_AUDIT_DAYS") or "730"),
        retention_open_handoff_days=int(
            env.get("STEUNWIJZER_RETENTION_OPEN_HANDOFF_DAYS") or "180"
        ),
        retention_insights_days=int(env.get("STEUNWIJZER_RETENTION_INSIGHTS_DAYS") or "1096"),
        insights=_on_unless_off(env.get("STEUNWIJZER_INSIGHTS")),
        flood_max_messages=int(env.get("STEUNWIJZER_FLOOD_MAX_MESSAGES") or "12"),
        flood_window_s=float(env.get("STEUNWIJZER_FLOOD_WINDOW_S") or "10"),
        flood_max_waiting=int(env.get("STEUNWIJZER_FLOOD_MAX_WAITING") or "8"),
        rest_channel=(env.get("STEUNWIJZER_REST_CHANNEL") or "").strip().lower() in _TRUE,
        ip_max_messages=int(env.get("STEUNWIJZER_IP_MAX_MESSAGES") or "60"),
        ip_window_s=float(env.get("STEUNWIJZER_IP_WINDOW_S") or "60"),
        ip_max_new_conversations=int(env.get("STEUNWIJZER_IP_MAX_NEW_CONVERSATIONS") or "20"),
        ip_limit_exempt=_items(env.get("STEUNWIJZER_IP_LIMIT_EXEMPT")),
        trusted_proxy_hops=int(env.get("STEUNWIJZER_TRUSTED_PROXY_HOPS") or "0"),
        max_handoffs_per_phone_per_day=int(
            env.get("STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY") or "3"
        ),
        max_handoffs_per_ip_per_day=int(env.get("STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY") or "10"),
        live_chat=(env.get("STEUNWIJZER_LIVE_CHAT") or "on").strip().lower() in _TRUE,
        live_chat_timeout_s=int(env.get("STEUNWIJZER_LIVE_CHAT_TIMEOUT_S") or "180"),
    )


def rasa_environment(settings: Settings) -> dict[str, str]:
    """Variables that endpoints.yml and credentials.yml interpolate; Rasa has no `${VAR}` defaults."""
    return {
        "STEUNWIJZER_TRACKER_STORE_URL": settings.tracker_store_url,
        "STEUNWIJZER_ACTION_ENDPOINT_URL": settings.action_endpoint_url,
        "STEUNWIJZER_ALLOWED_ORIGINS": ",".join(settings.allowed_origins),
        "STEUNWIJZER_LOCK_STORE_TYPE": settings.lock_store_type,
        "STEUNWIJZER_REDIS_HOST": settings.redis_host,
        "STEUNWIJZER_REDIS_PORT": str(settings.redis_port),
        "STEUNWIJZER_REDIS_DB": str(settings.redis_db),
        "STEUNWIJZER_REDIS_PASSWORD": settings.redis_password or "",
        "STEUNWIJZER_REDIS_TLS": "on" if settings.redis_tls else "off",
        "STEUNWIJZER_REDIS_TLS_CA_FILE": settings.redis_tls_ca_file or "",
        "RASA_TELEMETRY_ENABLED": "false",
    }
