"""Updates by webhook (BOT_WEBHOOK_URL): Telegram POSTs each update to the bot's own HTTP
endpoint, behind a reverse proxy that terminates TLS.

A request without the secret token Telegram was given (X-Telegram-Bot-Api-Secret-Token) gets
403 and is never parsed. An update is answered 200 only once it has been handled: a process
killed before that leaves the update with Telegram, which sends it again (as an unconfirmed
getUpdates batch would be fetched again), and the duplicate check drops what was already done.
Updates pass through the same sanitising as polled ones, so a malformed one is skipped, never
logged, and never stops the bot.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update

from bot.context import BotApplication
from bot.errors import StartupError
from bot.services.token_watch import SecondReader
from bot.transport import sanitize_updates

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (the header's name)
_APPLICATION = web.AppKey("application", BotApplication)
_SECRET = web.AppKey("secret", str)


@dataclass
class RunningWebhook:
    port: int
    _runner: web.AppRunner
    received: list[int]  # counts: [handled, refused]

    async def stop(self) -> None:
        await self._runner.cleanup()


def webhook_secret(master_blind_index: bytes) -> str:
    """The secret token Telegram sends with every update: derived from the master key, so every
    process of one deployment expects the same one without another secret to hand out.
    Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and -."""
    return base64.urlsafe_b64encode(master_blind_index).decode().rstrip("=")


def path_of(url: str) -> str:
    return urlsplit(url).path or "/"


async def _receive(request: web.Request) -> web.Response:
    app = request.app
    counts = app[_COUNTS]
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), app[_SECRET].encode()):
        counts[1] += 1
        return web.Response(status=403)
    application = app[_APPLICATION]
    body = await request.read()
    payload = sanitize_updates(b'{"ok": true, "result": [' + body + b"]}")
    try:
        results = json.loads(payload)["result"]
    except (ValueError, KeyError, TypeError):
        log.warning("a webhook request that is not an update was dropped")
        return web.Response(status=200)  # Telegram would only send it again
    for raw in results:
        update = Update.de_json(raw, application.bot)
        await application.update_processor.process_update(
            update, application.process_update(update)
        )
        counts[0] += 1
        application.bot_data.backlog.on_batch(1)
    if application.bot_data.health is not None:
        application.bot_data.health.telegram_answered()
    return web.Response(status=200)


_COUNTS = web.AppKey("counts", list)


async def start_webhook_server(
    application: BotApplication, host: str, port: int, path: str, secret: str
) -> RunningWebhook:
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise StartupError(
            f"The webhook endpoint cannot listen on {host}:{port} ({reason}). Choose another "
            "BOT_WEBHOOK_LISTEN (host:port), or unset BOT_WEBHOOK_URL to poll instead."
        ) from None
    app = web.Application(client_max_size=1024 * 1024)
    app[_APPLICATION] = application
    app[_SECRET] = secret
    counts = [0, 0]
    app[_COUNTS] = counts
    app.router.add_post(path, _receive)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=5)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    return RunningWebhook(int(sock.getsockname()[1]), runner, counts)


async def set_our_webhook(application: BotApplication, url: str, secret: str) -> None:
    await application.bot.set_webhook(
        url,
        secret_token=secret,
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )


async def check_our_webhook(application: BotApplication, url: str, secret: str) -> bool:
    """Every minute in webhook mode: Telegram still sends to our URL (else another holder of
    the token changed it: the admins are told and ours is set back). True when it was ours."""
    info = await application.bot.get_webhook_info()
    if application.bot_data.health is not None:
        application.bot_data.health.telegram_answered()
    if info.url == url:
        return True
    log.error("the bot's webhook was changed or removed by someone else; setting it back")
    watch = application.bot_data.polling
    if watch is not None:
        await watch.watch.second_reader_seen(SecondReader.WEBHOOK_CHANGED)
    await set_our_webhook(application, url, secret)
    return False
