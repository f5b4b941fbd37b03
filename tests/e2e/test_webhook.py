"""Updates by webhook (issue 16, item 2): Telegram POSTs each update, with the secret token it
was given, to the bot's local endpoint. Here the emulator's update sink plays Telegram's part:
every update a scripted person sends is POSTed to the endpoint, and returns once answered."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from bot.app import build_application
from bot.context import BotApplication
from bot.emulator.inprocess import EmulatorRequest
from bot.runner import serve, webhook_secret_of
from bot.webhook import SECRET_HEADER, check_our_webhook
from tests.e2e.alerting import ADMIN_ID, Network, network
from tests.e2e.harness import BotHarness
from tests.e2e.serving import WITHIN, sos_texts, until_sent

URL = "http://127.0.0.1/telegram"


@dataclass
class WebhookBot:
    harness: BotHarness
    app: BotApplication
    net: Network
    answers: list[int]

    @property
    def endpoint(self) -> str:
        server = self.app.bot_data.webhook_server
        assert server is not None
        return f"http://127.0.0.1:{server.port}/telegram"

    @property
    def secret(self) -> str:
        services = self.app.bot_data.services
        assert services is not None
        return webhook_secret_of(services)

    async def post(self, body: bytes, headers: dict[str, str]) -> int:
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.endpoint, data=body, headers=headers) as response,
        ):
            return response.status

    async def until(self, predicate: Any) -> None:
        await until_sent(self.harness.emulator, predicate)


@pytest.fixture
async def webhook_bot(tmp_path) -> AsyncIterator[WebhookBot]:
    harness = BotHarness(
        tmp_path / "data",
        BOT_ADMINS=ADMIN_ID,
        BOT_WEBHOOK_URL=URL,
        BOT_WEBHOOK_LISTEN="127.0.0.1:0",
    )
    await harness.start()
    admin = harness.user("coordinator", first_name="Cora")
    await admin.send("/start")
    net = await network(harness, coordinators=False)
    await harness.stop()
    app = build_application(
        harness.config,
        harness.clock,
        request=EmulatorRequest(harness.emulator),
        updates_request=EmulatorRequest(harness.emulator),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, harness.config.api_url, stop))
    async with asyncio.timeout(WITHIN):
        await app.bot_data.running.wait()
    running = WebhookBot(harness, app, net, [])

    async def telegram_posts(update: dict[str, Any]) -> None:
        headers = {SECRET_HEADER: running.secret, "Content-Type": "application/json"}
        running.answers.append(await running.post(json.dumps(update).encode(), headers))

    harness.emulator.set_update_sink(telegram_posts)
    try:
        yield running
    finally:
        harness.emulator.set_update_sink(None)
        stop.set()
        async with asyncio.timeout(WITHIN):
            await task


async def test_the_webhook_is_set_with_its_secret_and_an_sos_comes_through_it(webhook_bot):
    assert webhook_bot.harness.emulator.webhook_url == URL
    await webhook_bot.net.alice.send("/sos")
    assert webhook_bot.answers == [200]
    await webhook_bot.until(lambda: len(sos_texts(webhook_bot.net.bob.texts())) == 1)


@pytest.mark.parametrize("secret", [None, "", "wrong", "x" * 43])
async def test_a_request_without_the_secret_token_is_refused_and_never_read(webhook_bot, secret):
    update = {
        "update_id": 900,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": webhook_bot.net.alice.id, "type": "private"},
            "from": {"id": webhook_bot.net.alice.id, "is_bot": False, "first_name": "A"},
            "text": "/sos forged",
        },
    }
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    before = len(webhook_bot.net.alice.texts())
    assert await webhook_bot.post(json.dumps(update).encode(), headers) == 403
    server = webhook_bot.app.bot_data.webhook_server
    assert server is not None
    assert server.received == [0, 1]
    assert len(webhook_bot.net.alice.texts()) == before


@pytest.mark.parametrize("body", [b"", b"not json", b"[1, 2]", b'{"update_id": "x"}', b"7"])
async def test_a_malformed_update_is_answered_and_the_bot_goes_on(webhook_bot, body):
    headers = {SECRET_HEADER: webhook_bot.secret, "Content-Type": "application/json"}
    assert await webhook_bot.post(body, headers) == 200
    await webhook_bot.net.alice.send("/sos")
    await webhook_bot.until(lambda: len(sos_texts(webhook_bot.net.bob.texts())) == 1)


async def test_an_update_telegram_sends_again_is_handled_once(webhook_bot):
    sent: list[dict[str, Any]] = []

    async def remember(update: dict[str, Any]) -> None:
        sent.append(update)

    webhook_bot.harness.emulator.set_update_sink(remember)
    await webhook_bot.net.alice.send("/sos")
    headers = {SECRET_HEADER: webhook_bot.secret, "Content-Type": "application/json"}
    body = json.dumps(sent[0]).encode()
    assert await webhook_bot.post(body, headers) == 200
    assert await webhook_bot.post(body, headers) == 200  # the first answer was lost, say
    await webhook_bot.until(lambda: len(sos_texts(webhook_bot.net.bob.texts())) == 1)
    services = webhook_bot.app.bot_data.services
    assert services is not None
    alice = await services.users.find(webhook_bot.net.alice.id)
    assert alice is not None
    assert len(await services.alerts.open_alerts_of(alice)) == 1


async def test_a_webhook_changed_by_someone_else_is_set_back_and_the_admins_are_told(webhook_bot):
    emulator = webhook_bot.harness.emulator
    emulator.webhook_url = "https://elsewhere.example/steal"
    assert not await check_our_webhook(webhook_bot.app, URL, webhook_bot.secret)
    assert emulator.webhook_url == URL
    cora = emulator.user("coordinator")
    await webhook_bot.until(lambda: any("webhook" in t for t in cora.texts()))
    assert await check_our_webhook(webhook_bot.app, URL, webhook_bot.secret)
