"""Configuration from environment variables, validated before anything starts.

Secrets (the bot token, the master key, the admin list) can also come from a file named by the
same variable with `_FILE` appended, which keeps them out of `/proc/PID/environ` and child
processes. Every error says what is wrong and how to fix it.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bot.delivery.pacing import Limits
from bot.errors import ConfigError

DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_API_FILE_URL = "https://api.telegram.org/file/bot"
MASTER_KEY_BYTES = 32
DEFAULT_INVITE_HOURS = 72
DEFAULT_MAX_CONTACTS = 10
DEFAULT_ACK_TIMEOUT_MINUTES = 10
DEFAULT_FALSE_ALARM_MINUTES = 2
DEFAULT_FOLLOW_UP_MINUTES = 30
DEFAULT_ALERT_RETENTION_DAYS = 30
DEFAULT_REDACT_AFTER_HOURS = 24

# The shape Telegram gives tokens: the bot's numeric id, a colon, a secret of 30+ characters.
_TOKEN_SHAPE = re.compile(r"^\d{4,}:[A-Za-z0-9_-]{30,}$")

BOTFATHER_HELP = (
    "No Telegram bot token is set. To run the bot for real, open Telegram, talk to @BotFather, "
    "send /newbot, and put the token it gives you in TELEGRAM_BOT_TOKEN (or in a file named by "
    "TELEGRAM_BOT_TOKEN_FILE). To try the bot without a token, run `make demo`: it runs the "
    "whole bot against a local Telegram emulator."
)


@dataclass(frozen=True)
class MasterKeySource:
    """Where the master key comes from: inline (base64 in the environment) or a file."""

    inline_key: bytes | None
    key_file: Path


@dataclass(frozen=True)
class StorageConfig:
    """What storage needs: enough for commands such as rotate-key, which need no token."""

    data_dir: Path
    master_key: MasterKeySource = field(repr=False)

    @property
    def database_path(self) -> Path:
        return self.data_dir / "bot.db"


@dataclass(frozen=True)
class Config:
    token: str = field(repr=False)
    api_url: str
    api_file_url: str
    storage: StorageConfig
    admin_ids: frozenset[int] = field(repr=False)
    log_level: int = logging.INFO
    invite_lifetime: timedelta = timedelta(hours=DEFAULT_INVITE_HOURS)
    max_contacts: int = DEFAULT_MAX_CONTACTS
    alerts: AlertConfig = field(default_factory=lambda: AlertConfig())
    health: HealthConfig = field(default_factory=lambda: HealthConfig())
    webhook: WebhookConfig | None = None  # None: long polling
    send_limits: Limits = field(default_factory=lambda: Limits())


@dataclass(frozen=True)
class WebhookConfig:
    """Updates pushed by Telegram to `url` (public, behind a reverse proxy), received on
    `host`:`port` locally."""

    url: str
    host: str = "127.0.0.1"
    port: int = 8080


@dataclass(frozen=True)
class HealthConfig:
    """The local health endpoint (off unless a port is given; 0 picks a free one, logged) and
    the outbound heartbeat."""

    port: int | None = None
    host: str = "127.0.0.1"
    # A ping URL is a credential of its own (whoever has it can fake the bot's heartbeat).
    heartbeat_url: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class AlertConfig:
    """How alerts escalate, and how long their history is kept, for this deployment."""

    ack_timeout: timedelta = timedelta(minutes=DEFAULT_ACK_TIMEOUT_MINUTES)
    false_alarm_window: timedelta = timedelta(minutes=DEFAULT_FALSE_ALARM_MINUTES)
    # "I'm on it" holds this long without news before the alert escalates again; an SOS
    # still open this long after it was raised reaches the coordinators.
    follow_up: timedelta = timedelta(minutes=DEFAULT_FOLLOW_UP_MINUTES)
    retention: timedelta = timedelta(days=DEFAULT_ALERT_RETENTION_DAYS)
    # What contacts and the coordinators were sent about an alert is taken away this long
    # after it closes (issue 12).
    redact_after: timedelta = timedelta(hours=DEFAULT_REDACT_AFTER_HOURS)


_DURATION = re.compile(r"^(\d{1,6})\s*([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def _parse_duration(
    env: Mapping[str, str], name: str, default: timedelta, low: timedelta, high: timedelta
) -> timedelta:
    """`90s`, `10m`, `2h` or `1d`, within [low, high]."""
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    match = _DURATION.fullmatch(raw)
    value = timedelta(**{_UNITS[match[2]]: int(match[1])}) if match else None
    if value is None or not low <= value <= high:
        raise ConfigError(
            f"{name} must be a duration such as 90s, 10m or 2h, from {_say(low)} to "
            f"{_say(high)} (default {_say(default)})."
        )
    return value


def _say(duration: timedelta) -> str:
    seconds = int(duration.total_seconds())
    for unit, size in (("d", 86_400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _parse_alerts(env: Mapping[str, str]) -> AlertConfig:
    return AlertConfig(
        ack_timeout=_parse_duration(
            env,
            "BOT_ACK_TIMEOUT",
            timedelta(minutes=DEFAULT_ACK_TIMEOUT_MINUTES),
            timedelta(seconds=5),
            timedelta(hours=24),
        ),
        false_alarm_window=_parse_duration(
            env,
            "BOT_FALSE_ALARM_WINDOW",
            timedelta(minutes=DEFAULT_FALSE_ALARM_MINUTES),
            timedelta(seconds=10),
            timedelta(hours=1),
        ),
        follow_up=_parse_duration(
            env,
            "BOT_FOLLOW_UP",
            timedelta(minutes=DEFAULT_FOLLOW_UP_MINUTES),
            timedelta(seconds=5),
            timedelta(hours=24),
        ),
        retention=timedelta(
            days=_parse_int(env, "BOT_ALERT_RETENTION_DAYS", DEFAULT_ALERT_RETENTION_DAYS, 1, 3650)
        ),
        redact_after=_parse_duration(
            env,
            "BOT_REDACT_AFTER",
            timedelta(hours=DEFAULT_REDACT_AFTER_HOURS),
            timedelta(minutes=1),
            timedelta(days=7),
        ),
    )


def _read_secret(env: Mapping[str, str], name: str) -> str | None:
    """`NAME` from the environment, or the contents of the file named by `NAME_FILE`."""
    inline = env.get(name, "").strip()
    file_name = env.get(f"{name}_FILE", "").strip()
    if inline and file_name:
        raise ConfigError(f"Both {name} and {name}_FILE are set. Set only one of them.")
    if file_name:
        path = Path(file_name)
        try:
            return path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise ConfigError(
                f"{name}_FILE points to {path}, which does not exist. Create the file or fix "
                "the path."
            ) from None
        except (PermissionError, IsADirectoryError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"{name}_FILE points to {path}, which cannot be read as text "
                f"({type(exc).__name__}). Check the path and its permissions."
            ) from None
    return inline or None


def _parse_token(env: Mapping[str, str]) -> str:
    token = _read_secret(env, "TELEGRAM_BOT_TOKEN")
    if token is None:
        raise ConfigError(BOTFATHER_HELP)
    if not _TOKEN_SHAPE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a Telegram bot token (digits, a colon, then a "
            "long secret, e.g. 123456789:AA...). Copy it again from @BotFather, without quotes "
            "or spaces."
        )
    return token


def _parse_url(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip() or default
    if not re.match(r"^https?://[^\s/]+", value):
        raise ConfigError(
            f"{name} must be an http(s) URL such as {default} (got something else). Leave it "
            "unset to use Telegram's own servers."
        )
    return value


def _parse_master_key(env: Mapping[str, str], data_dir: Path) -> MasterKeySource:
    inline = env.get("BOT_MASTER_KEY", "").strip()
    file_name = env.get("BOT_MASTER_KEY_FILE", "").strip()
    if inline and file_name:
        raise ConfigError(
            "Both BOT_MASTER_KEY and BOT_MASTER_KEY_FILE are set. Set only one; a key file with "
            "mode 0600 is safer than an environment variable."
        )
    key_file = Path(file_name) if file_name else data_dir / "master.key"
    if not inline:
        return MasterKeySource(inline_key=None, key_file=key_file)
    key = decode_base64_key(inline.encode())
    if key is None:
        raise ConfigError(
            "BOT_MASTER_KEY must be 32 random bytes in base64 (44 characters), for example the "
            'output of `python -c "import base64,os;print(base64.b64encode(os.urandom(32))'
            '.decode())"`. It is not; fix it or unset it to use a key file.'
        )
    return MasterKeySource(inline_key=key, key_file=key_file)


def decode_base64_key(text: bytes) -> bytes | None:
    """A 32-byte master key written as base64, or None if that is not what `text` holds."""
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == MASTER_KEY_BYTES else None


def _parse_admins(env: Mapping[str, str]) -> frozenset[int]:
    raw = _read_secret(env, "BOT_ADMINS") or ""
    ids: set[int] = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"\d{1,20}", part):
            raise ConfigError(
                "BOT_ADMINS must be a comma-separated list of numeric Telegram user ids (e.g. "
                "12345678,87654321). One entry is not a number. A user can see their id by "
                "sending /start to the bot; the bot never prints it in logs."
            )
        ids.add(int(part))
    return frozenset(ids)


def _parse_log_level(env: Mapping[str, str]) -> int:
    name = env.get("BOT_LOG_LEVEL", "INFO").strip().upper() or "INFO"
    level = logging.getLevelNamesMapping().get(name)
    if level is None:
        raise ConfigError("BOT_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR.")
    return level


def _parse_int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(
            f"{name} must be a whole number from {low} to {high} (default {default})."
        )
    return int(raw)


def load_storage_config(env: Mapping[str, str]) -> StorageConfig:
    data_dir = Path(env.get("BOT_DATA_DIR", "").strip() or "./data")
    return StorageConfig(data_dir=data_dir, master_key=_parse_master_key(env, data_dir))


def load_config(env: Mapping[str, str]) -> Config:
    storage = load_storage_config(env)
    return Config(
        token=_parse_token(env),
        api_url=_parse_url(env, "TELEGRAM_API_URL", DEFAULT_API_URL),
        api_file_url=_parse_url(env, "TELEGRAM_API_FILE_URL", DEFAULT_API_FILE_URL),
        storage=storage,
        admin_ids=_parse_admins(env),
        log_level=_parse_log_level(env),
        invite_lifetime=timedelta(
            hours=_parse_int(env, "BOT_INVITE_TTL_HOURS", DEFAULT_INVITE_HOURS, 1, 720)
        ),
        max_contacts=_parse_int(env, "BOT_MAX_CONTACTS", DEFAULT_MAX_CONTACTS, 1, 50),
        alerts=_parse_alerts(env),
        health=_parse_health(env),
        webhook=_parse_webhook(env),
        send_limits=_parse_send_limits(env),
    )


def _parse_webhook(env: Mapping[str, str]) -> WebhookConfig | None:
    url = env.get("BOT_WEBHOOK_URL", "").strip()
    if not url:
        return None
    local = re.match(r"^http://(127\.0\.0\.1|localhost)(:\d+)?/", url)
    if not (re.match(r"^https://[^\s/]+/\S*$", url) or local):
        raise ConfigError(
            "BOT_WEBHOOK_URL must be the public https:// address Telegram sends updates to, "
            "with a path, such as https://bot.example.org/telegram (Telegram accepts ports "
            "443, 80, 88 and 8443). Leave it unset to poll instead."
        )
    listen = env.get("BOT_WEBHOOK_LISTEN", "").strip() or "127.0.0.1:8080"
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(
            "BOT_WEBHOOK_LISTEN must be host:port, the local address the reverse proxy "
            "forwards the webhook to, such as 127.0.0.1:8080."
        )
    return WebhookConfig(url=url, host=host.strip("[]"), port=int(port))


def _parse_health(env: Mapping[str, str]) -> HealthConfig:
    port = env.get("BOT_HEALTH_PORT", "").strip()
    heartbeat = _read_secret(env, "BOT_HEARTBEAT_URL")
    if heartbeat is not None and not re.match(r"^https?://[^\s/]+", heartbeat):
        raise ConfigError(
            "BOT_HEARTBEAT_URL must be an http(s) URL, such as the ping URL a monitoring "
            "service (healthchecks.io, Uptime Kuma) gives you."
        )
    return HealthConfig(
        port=_parse_int(env, "BOT_HEALTH_PORT", 0, 0, 65535) if port else None,
        host=env.get("BOT_HEALTH_HOST", "").strip() or "127.0.0.1",
        heartbeat_url=heartbeat,
    )


def _parse_send_limits(env: Mapping[str, str]) -> Limits:
    """Telegram's limits the pacer keeps to (lower them for a bot Telegram limits harder)."""
    return Limits(
        per_second_overall=_parse_int(env, "BOT_SEND_PER_SECOND", 30, 1, 1000),
        private_burst=_parse_int(env, "BOT_SEND_PRIVATE_BURST", 3, 1, 20),
        group_per_minute=_parse_int(env, "BOT_SEND_GROUP_PER_MINUTE", 20, 1, 600),
    )
