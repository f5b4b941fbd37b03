import base64
import logging
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_URL, load_config, load_storage_config
from bot.errors import ConfigError

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def env(**values: str) -> dict[str, str]:
    return {"TELEGRAM_BOT_TOKEN": TOKEN, **values}


def test_defaults_point_at_telegram_and_a_local_data_dir():
    config = load_config(env())
    assert config.api_url == DEFAULT_API_URL
    assert config.storage.data_dir == Path("data")
    assert config.storage.master_key.key_file == Path("data/master.key")
    assert config.storage.master_key.inline_key is None
    assert config.admin_ids == frozenset()
    assert config.log_level == logging.INFO


def test_missing_token_explains_botfather_and_the_demo():
    with pytest.raises(ConfigError) as caught:
        load_config({})
    message = str(caught.value)
    assert "@BotFather" in message
    assert "make demo" in message


def test_a_malformed_token_is_refused_without_echoing_it():
    with pytest.raises(ConfigError) as caught:
        load_config({"TELEGRAM_BOT_TOKEN": "not-a-token-secret-value"})
    assert "not-a-token-secret-value" not in str(caught.value)


def test_token_can_come_from_a_file(tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    config = load_config({"TELEGRAM_BOT_TOKEN_FILE": str(token_file)})
    assert config.token == TOKEN


def test_token_file_that_does_not_exist_is_named(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config({"TELEGRAM_BOT_TOKEN_FILE": str(tmp_path / "nope")})


def test_setting_a_secret_twice_is_refused(tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    with pytest.raises(ConfigError, match="Set only one"):
        load_config(env(TELEGRAM_BOT_TOKEN_FILE=str(token_file)))


def test_api_url_must_be_http():
    with pytest.raises(ConfigError, match="TELEGRAM_API_URL"):
        load_config(env(TELEGRAM_API_URL="ftp://example"))
    assert load_config(env(TELEGRAM_API_URL="http://127.0.0.1:8081/bot")).api_url.startswith(
        "http://127.0.0.1"
    )


def test_inline_master_key_must_be_32_bytes_of_base64():
    good = base64.b64encode(bytes(range(32))).decode()
    assert load_storage_config({"BOT_MASTER_KEY": good}).master_key.inline_key == bytes(range(32))
    for bad in ("short", base64.b64encode(b"x" * 31).decode(), "!!!!"):
        with pytest.raises(ConfigError, match="32 random bytes"):
            load_storage_config({"BOT_MASTER_KEY": bad})


def test_key_file_defaults_inside_the_data_dir_and_can_be_moved(tmp_path):
    config = load_storage_config({"BOT_DATA_DIR": str(tmp_path)})
    assert config.master_key.key_file == tmp_path / "master.key"
    assert config.database_path == tmp_path / "bot.db"
    moved = load_storage_config({"BOT_MASTER_KEY_FILE": "/run/credentials/key"})
    assert moved.master_key.key_file == Path("/run/credentials/key")


def test_admins_are_numeric_ids():
    assert load_config(env(BOT_ADMINS=" 12, 34 ,")).admin_ids == frozenset({12, 34})
    with pytest.raises(ConfigError, match="numeric Telegram user ids"):
        load_config(env(BOT_ADMINS="12,@alice"))


def test_repr_of_the_config_hides_secrets():
    config = load_config(env(BOT_ADMINS="4242"))
    assert TOKEN not in repr(config)
    assert "4242" not in repr(config)


def test_log_level_is_validated():
    assert load_config(env(BOT_LOG_LEVEL="debug")).log_level == logging.DEBUG
    with pytest.raises(ConfigError, match="BOT_LOG_LEVEL"):
        load_config(env(BOT_LOG_LEVEL="chatty"))


def test_contact_limits_have_defaults_and_bounds():
    from datetime import timedelta

    config = load_config(env())
    assert config.invite_lifetime == timedelta(hours=72)
    assert config.max_contacts == 10
    tuned = load_config(env(BOT_INVITE_TTL_HOURS="24", BOT_MAX_CONTACTS="3"))
    assert (tuned.invite_lifetime, tuned.max_contacts) == (timedelta(hours=24), 3)
    for bad in ({"BOT_MAX_CONTACTS": "0"}, {"BOT_INVITE_TTL_HOURS": "two"}):
        with pytest.raises(ConfigError, match="whole number"):
            load_config(env(**bad))


def test_alert_timings_have_defaults_and_take_durations():
    from datetime import timedelta

    defaults = load_config(env()).alerts
    assert defaults.ack_timeout == timedelta(minutes=10)
    assert defaults.false_alarm_window == timedelta(minutes=2)
    assert defaults.retention == timedelta(days=30)
    chosen = load_config(
        env(BOT_ACK_TIMEOUT="90s", BOT_FALSE_ALARM_WINDOW="5m", BOT_ALERT_RETENTION_DAYS="7")
    ).alerts
    assert chosen.ack_timeout == timedelta(seconds=90)
    assert chosen.false_alarm_window == timedelta(minutes=5)
    assert chosen.retention == timedelta(days=7)


def test_the_follow_up_time_has_a_default_and_takes_a_duration():
    from datetime import timedelta

    assert load_config(env()).alerts.follow_up == timedelta(minutes=30)
    assert load_config(env(BOT_FOLLOW_UP="45m")).alerts.follow_up == timedelta(minutes=45)
    with pytest.raises(ConfigError) as error:
        load_config(env(BOT_FOLLOW_UP="thirty"))
    assert "BOT_FOLLOW_UP must be a duration such as 90s, 10m or 2h" in str(error.value)
    assert "(default 30m)" in str(error.value)


@pytest.mark.parametrize("value", ["10", "2s", "25h", "ten minutes", "-5m"])
def test_an_unusable_acknowledgement_timeout_is_explained(value):
    with pytest.raises(ConfigError) as error:
        load_config(env(BOT_ACK_TIMEOUT=value))
    assert "BOT_ACK_TIMEOUT must be a duration such as 90s, 10m or 2h" in str(error.value)
    assert "from 5s to 1d (default 10m)" in str(error.value)


def test_the_health_endpoint_is_off_and_the_heartbeat_unset_by_default():
    health = load_config(env()).health
    assert health.port is None
    assert health.heartbeat_url is None
    assert health.host == "127.0.0.1"


def test_health_port_heartbeat_url_and_its_file(tmp_path):
    ping = tmp_path / "ping"
    ping.write_text("https://hc-ping.example/0f1e2d\n")
    health = load_config(env(BOT_HEALTH_PORT="9100", BOT_HEARTBEAT_URL_FILE=str(ping))).health
    assert health.port == 9100
    assert health.heartbeat_url == "https://hc-ping.example/0f1e2d"
    assert "0f1e2d" not in repr(load_config(env(BOT_HEARTBEAT_URL="https://x.example/0f1e2d")))


@pytest.mark.parametrize(
    ("name", "value"),
    [("BOT_HEALTH_PORT", "70000"), ("BOT_HEALTH_PORT", "web"), ("BOT_HEARTBEAT_URL", "ping.me")],
)
def test_a_wrong_health_setting_is_refused_with_what_to_write(name, value):
    with pytest.raises(ConfigError, match=name):
        load_config(env(**{name: value}))


def test_without_a_webhook_url_the_bot_polls():
    assert load_config(env()).webhook is None


def test_a_webhook_url_and_where_to_listen():
    webhook = load_config(
        env(BOT_WEBHOOK_URL="https://bot.example.org/telegram", BOT_WEBHOOK_LISTEN="0.0.0.0:8443")
    ).webhook
    assert webhook is not None
    assert (webhook.url, webhook.host, webhook.port) == (
        "https://bot.example.org/telegram",
        "0.0.0.0",
        8443,
    )


@pytest.mark.parametrize(
    "values",
    [
        {"BOT_WEBHOOK_URL": "http://bot.example.org/telegram"},  # Telegram needs https
        {"BOT_WEBHOOK_URL": "https://bot.example.org"},  # no path
        {"BOT_WEBHOOK_URL": "https://bot.example.org/t", "BOT_WEBHOOK_LISTEN": "8080"},
        {"BOT_WEBHOOK_URL": "https://bot.example.org/t", "BOT_WEBHOOK_LISTEN": "h:99999"},
    ],
)
def test_a_wrong_webhook_setting_is_refused_with_what_to_write(values):
    with pytest.raises(ConfigError, match="BOT_WEBHOOK"):
        load_config(env(**values))


def test_contacts_copies_expire_a_day_after_the_close_unless_set_otherwise():
    from datetime import timedelta

    assert load_config(env()).alerts.redact_after == timedelta(hours=24)
    assert load_config(env(BOT_REDACT_AFTER="2h")).alerts.redact_after == timedelta(hours=2)
    with pytest.raises(ConfigError) as error:
        load_config(env(BOT_REDACT_AFTER="30d"))
    assert "BOT_REDACT_AFTER must be a duration such as 90s, 10m or 2h" in str(error.value)
    assert "(default 1d)" in str(error.value)
