"""Plaintext canaries (issue 19, item 6): what people typed and who they are is searched for,
in every encoding a careless writer might use, in every file of the data directory (the
database, its WAL and journal, the key and lock files, anything else) and in the logs, after
use, after a purge and after a wipe, and again once the bot has stopped."""

from __future__ import annotations

import base64
import io
import logging
import struct
from datetime import timedelta
from pathlib import Path

from bot.context import BotContext
from bot.logs import configure_logging
from handlers.maintenance import purge_old_records
from storage.alert_copies import AlertCopyRepository
from tests.e2e.alerting import network, set_word
from tests.e2e.harness import BotHarness

WORDS = [
    "Zuleika",
    "Marchbanks",
    "Oyelaran",
    "Quistgaard",
    "Carolyne",
    "Bobby",  # the label Alice gives Bob
    "at the Ravenmoor checkpoint",
    "Ignatius Fairweather-Oduya",
    "+60 12-345 6789",
    "heliotrope lantern",
    "zuleika_hrd",
]
LATITUDE, LONGITUDE = 13.756331, 100.501765


def text_forms(text: str) -> list[bytes]:
    raw = text.encode()
    forms = [raw, text.encode("utf-16-le"), text.encode("utf-16-be"), text.casefold().encode()]
    forms += [raw.hex().encode(), raw.hex().upper().encode()]
    forms += base64_forms(raw)
    return forms


def base64_forms(raw: bytes) -> list[bytes]:
    """The value base64-encoded at each of the three alignments it can have inside a longer
    value: only the characters that depend on nothing but the value itself."""
    forms = []
    for shift in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(b"\0" * shift + raw)
            middle = encoded[4 if shift else 0 : -4]
            if len(middle) >= 8:
                forms.append(middle.rstrip(b"="))
    return forms


def integer_forms(value: int) -> list[bytes]:
    forms = [str(value).encode(), str(value).encode("utf-16-le"), f"{value:x}".encode()]
    for size in (4, 8):
        if value < 2 ** (8 * size - 1):
            forms += [value.to_bytes(size, "big"), value.to_bytes(size, "little")]
    return forms


def float_forms(value: float) -> list[bytes]:
    return [f"{value}".encode(), struct.pack(">d", value), struct.pack("<d", value)]


class Search:
    def __init__(self, data_dir: Path, logs: io.StringIO, needles: dict[str, list[bytes]]):
        self.data_dir = data_dir
        self.logs = logs
        self.needles = needles
        self.checks = 0

    def places(self) -> dict[str, bytes]:
        found = {
            str(path.relative_to(self.data_dir)): path.read_bytes()
            for path in sorted(self.data_dir.rglob("*"))
            if path.is_file()
        }
        found["the log"] = self.logs.getvalue().encode()
        return found

    def assert_clean(self, moment: str, *, open_database: bool = True) -> None:
        places = self.places()
        assert "bot.db" in places
        if open_database:
            assert "bot.db-wal" in places, moment  # while open, fresh pages are in the WAL
        hits = []
        for place, content in places.items():
            for canary, forms in self.needles.items():
                for form in forms:
                    self.checks += 1
                    if form in content:
                        hits.append(f"{canary!r} as {form[:24]!r} in {place}")
        assert hits == [], f"{moment}: " + "; ".join(hits)


async def test_no_canary_is_anywhere_in_the_data_directory_or_the_logs(tmp_path, restore_logging):
    data = tmp_path / "data"
    logs = io.StringIO()
    bot = BotHarness(data)
    configure_logging(logging.DEBUG, [bot.emulator.token], logs)
    bot.user("alice", first_name="Zuleika", last_name="Marchbanks", username="zuleika_hrd")
    bot.user("bob", first_name="Oyelaran", last_name="Quistgaard")
    bot.user("carol", first_name="Carolyne")
    await bot.start()
    try:
        net = await network(bot, coordinators=False)
        alice = net.alice
        await alice.send("/card")
        await alice.press("Lawyer's name")
        await alice.send("Ignatius Fairweather-Oduya")
        await alice.send("/card")
        await alice.press("Lawyer's phone")
        await alice.send("+60 12-345 6789")
        await set_word(alice, "🗝 Duress word", "heliotrope lantern")
        await alice.send("/sos at the Ravenmoor checkpoint")
        await alice.send_location(LATITUDE, LONGITUDE)
        alert = next(t for t in net.bob.texts() if "Ravenmoor" in t)
        assert "Fairweather-Oduya" in alert  # the canaries were really there
        assert net.bob.last.location is not None

        needles = {word: text_forms(word) for word in WORDS}
        for person in (alice, net.bob, net.carol):
            needles[f"id of {person.name}"] = integer_forms(person.id)
        needles["latitude"] = float_forms(LATITUDE)
        needles["longitude"] = float_forms(LONGITUDE)
        needles["token"] = text_forms(bot.emulator.token)
        search = Search(data, logs, needles)
        search.assert_clean("after use")
        copies = AlertCopyRepository(bot.database)
        assert await copies.count() >= 3  # what Bob was sent, and where, is on the disk

        await alice.send("✅ I'm safe")
        search.assert_clean("after the close, the copies not yet taken away")
        assert await copies.count() >= 3
        await bot.advance(timedelta(hours=25))
        assert await copies.count() == 0
        search.assert_clean("after the copies were taken away")
        bot.clock.advance(timedelta(days=31))
        await purge_old_records(BotContext(bot.app))
        search.assert_clean("after the purge")

        await alice.send("/wipe")
        await alice.send("DELETE")
        assert any("has been erased" in t for t in alice.texts())
        search.assert_clean("after the wipe")
    finally:
        await bot.stop()
    search.assert_clean("after the bot stopped", open_database=False)
    print(f"{search.checks} checks in {sorted(search.places())}, no canary found")
    assert search.checks > 2000


def test_the_search_finds_a_canary_in_every_form_it_looks_for(tmp_path):
    """The search itself can fail: each form, buried in other bytes, is found."""
    (tmp_path / "bot.db").write_bytes(b"")
    word = "at the Ravenmoor checkpoint"
    for form in [*text_forms(word), *integer_forms(111000001), *float_forms(LATITUDE)]:
        (tmp_path / "other").write_bytes(b"\x01\x02" + form + b"\x03")
        search = Search(tmp_path, io.StringIO(), {"canary": [form]})
        try:
            search.assert_clean("planted", open_database=False)
        except AssertionError:
            continue
        raise AssertionError(f"{form!r} was not found")
    for shift in range(3):
        embedded = base64.b64encode(b"x" * shift + word.encode() + b"tail")
        (tmp_path / "other").write_bytes(embedded)
        search = Search(tmp_path, io.StringIO(), {"canary": text_forms(word)})
        try:
            search.assert_clean("planted in base64", open_database=False)
        except AssertionError:
            continue
        raise AssertionError(f"base64 at shift {shift} was not found")
