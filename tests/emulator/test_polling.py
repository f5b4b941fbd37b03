"""Long polling: PTB's Updater in process and over real loopback HTTP, and getUpdates itself."""

import asyncio
import json
from typing import Any

import aiohttp
import pytest

from bot.emulator.core import BotApiEmulator
from bot.emulator.http import start_http_emulator
from tests.emulator.tinybot import TinyBot, build_tiny_bot


async def run_polling_round_trip(emu: BotApiEmulator, tiny: TinyBot) -> None:
    app = tiny.app
    assert app.updater is not None
    await app.initialize()
    await app.start()
    await app.updater.start_polling()
    try:
        alice = emu.user("alice")
        async with asyncio.timeout(10):
            await emu.wait_for_poll()
            await alice.send("/start polled")
            await tiny.started.wait()
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert alice.last_text == "Welcome Alice! args: polled"
    assert emu.pending_updates == []
    assert tiny.errors == []


async def test_updater_long_polls_in_process(emu: BotApiEmulator) -> None:
    await run_polling_round_trip(emu, build_tiny_bot(emu, with_updater=True))
    polls = emu.calls_to("getUpdates")
    assert any(call.params.get("timeout") == 10 for call in polls)
    assert emu.calls_to("deleteWebhook")


async def test_updater_long_polls_over_http(emu: BotApiEmulator) -> None:
    running = await start_http_emulator(emu)
    try:
        assert running.base_url.startswith("http://127.0.0.1:")
        tiny = build_tiny_bot(emu, base_url=running.base_url, with_updater=True)
        await run_polling_round_trip(emu, tiny)
    finally:
        await running.stop()


async def test_wait_until_fetched_paces_a_script(emu: BotApiEmulator) -> None:
    tiny = build_tiny_bot(emu, with_updater=True)
    app = tiny.app
    assert app.updater is not None
    await app.initialize()
    await app.start()
    await app.updater.start_polling()
    alice = emu.user("alice")
    try:
        async with asyncio.timeout(10):
            for step in ("/start one", 1, "/start two", 2):
                await (alice.send(step) if isinstance(step, str) else alice.press(step))
                await emu.wait_until_fetched()
                await app.update_queue.join()
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert alice.texts() == ["You pressed accept", "You pressed decline"]
    assert alice.answers == ["Saved", "Saved"]


async def test_http_accepts_json_and_form_bodies(emu: BotApiEmulator) -> None:
    running = await start_http_emulator(emu)
    url = f"{running.base_url}{emu.token}"
    alice = emu.user("alice")
    await alice.send("hi")
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{url}/getme") as response:
                assert response.status == 200
                assert (await response.json())["result"]["is_bot"] is True
            body = {"chat_id": alice.id, "text": "via json"}
            async with session.post(f"{url}/sendMessage", json=body) as response:
                assert response.status == 200
            form = {"chat_id": str(alice.id), "text": "via form", "protect_content": "true"}
            async with session.post(f"{url}/sendMessage", data=form) as response:
                assert (await response.json())["result"]["has_protected_content"] is True
            async with session.post(f"{running.base_url}bad-token/getMe") as response:
                assert response.status == 401
                assert await response.json() == {
                    "ok": False,
                    "error_code": 401,
                    "description": "Unauthorized",
                }
    finally:
        await running.stop()
    assert alice.texts() == ["via json", "via form"]


async def test_http_long_poll_does_not_block_other_requests(emu: BotApiEmulator) -> None:
    running = await start_http_emulator(emu)
    url = f"{running.base_url}{emu.token}"
    try:
        async with aiohttp.ClientSession() as session:
            poll = asyncio.create_task(session.post(f"{url}/getUpdates", json={"timeout": 30}))
            async with session.post(f"{url}/getMe") as response:
                assert response.status == 200
            update = await emu.user("alice").send("/start")
            async with asyncio.timeout(10):
                response = await poll
            assert [u["update_id"] for u in (await response.json())["result"]] == [
                update["update_id"]
            ]
            response.release()
    finally:
        await running.stop()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org", "::"])
async def test_http_emulator_refuses_non_loopback_hosts(emu: BotApiEmulator, host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        await start_http_emulator(emu, host=host)


async def call(emu: BotApiEmulator, method: str, **params: object) -> tuple[int, Any]:
    status, body = await emu.call(emu.token, method, dict(params))
    return status, body.get("result", body)


async def test_get_updates_offset_limit_and_negative_offset(emu: BotApiEmulator) -> None:
    alice = emu.user("alice")
    ids = [(await alice.send(f"message {n}"))["update_id"] for n in range(4)]
    _, first_two = await call(emu, "getUpdates", limit=2)
    assert [u["update_id"] for u in first_two] == ids[:2]
    _, rest = await call(emu, "getUpdates", offset=ids[2])
    assert [u["update_id"] for u in rest] == ids[2:]
    _, last = await call(emu, "getUpdates", offset=-1)
    assert [u["update_id"] for u in last] == ids[3:]
    _, none = await call(emu, "getUpdates", offset=ids[3] + 1, timeout=0)
    assert none == []


async def test_second_poller_conflicts_the_first(emu: BotApiEmulator) -> None:
    first = asyncio.create_task(emu.call(emu.token, "getUpdates", {"timeout": 30}))
    await asyncio.sleep(0)
    second = asyncio.create_task(emu.call(emu.token, "GETUPDATES", {"timeout": 30}))
    status, body = await first
    assert status == 409
    assert "terminated by other getUpdates" in body["description"]
    await emu.release_pollers()
    assert await second == (200, {"ok": True, "result": []})


async def test_allowed_updates_filter_what_is_queued(emu: BotApiEmulator) -> None:
    await call(emu, "getUpdates", allowed_updates=json.loads('["callback_query"]'))
    await emu.user("alice").send("ignored")
    assert emu.pending_updates == []


async def test_webhook_blocks_get_updates_until_deleted(emu: BotApiEmulator) -> None:
    await call(emu, "setWebhook", url="https://example.org/hook")
    status, _ = await call(emu, "getUpdates")
    assert status == 409
    await call(emu, "deleteWebhook", drop_pending_updates=True)
    _, info = await call(emu, "getWebhookInfo")
    assert info == {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
