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
    # Issue 12 and the notes and media of issue 7: what people type and send, everywhere.
    "PX7741902Q",  # a passport number
    "amlodipine twice daily",  # medical needs
    "Quillfeather Hostel",  # a search of the rights pages
    "Karimova Tashkentova",  # an invitation label
    "they took my phone at Brackenford",  # typed during the alert
    "blue minivan plate",  # a photo's caption
    "called Wexcombe legal clinic",  # a contact's note, by replying
    "driving to Ossory Street",  # a contact's note, with Add a note
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
        await alice.send("/card")
        await alice.press("Passport or ID number")
        await alice.send("PX7741902Q")
        await alice.send("/card")
        await alice.press("Medical needs")
        await alice.send("amlodipine twice daily")
        await alice.send("Quillfeather Hostel")
        assert "Quillfeather Hostel" in alice.last_text  # searched for
        await alice.send("/invite")
        await alice.send("Karimova Tashkentova")
        await alice.press(2)
        await alice.press(1)
        assert "Karimova Tashkentova" in alice.last_text  # the invitation is open
        await set_word(alice, "🗝 Duress word", "heliotrope lantern")
        await alice.send("/sos at the Ravenmoor checkpoint")
        await alice.send_location(LATITUDE, LONGITUDE)
        alert = next(m for m in net.bob.inbox if "Ravenmoor" in (m.text or ""))
        assert "Fairweather-Oduya" in alert.text  # the canaries were really there
        assert "PX7741902Q" in alert.text
        assert net.bob.last.location is not None
        await alice.send("they took my phone at Brackenford")
        photo = (await alice.send_media("photo", caption="blue minivan plate"))["message"]
        files = [photo["photo"][0]["file_id"], photo["photo"][0]["file_unique_id"]]
        assert any(m.media is not None for m in net.bob.inbox)
        await net.bob.reply(alert.message_id, "called Wexcombe legal clinic")
        await net.bob.press_on(alert.message_id, "✍️ Add a note")
        await net.bob.send("driving to Ossory Street")
        told = " ".join(alice.texts())
        for said in ("Brackenford", "Wexcombe", "Ossory"):
            assert said in " ".join(net.bob.texts() + net.carol.texts()) + told, said

        needles = {word: text_forms(word) for word in WORDS}
        for person in (alice, net.bob, net.carol):
            needles[f"id of {person.name}"] = integer_forms(person.id)
        needles["latitude"] = float_forms(LATITUDE)
        needles["longitude"] = float_forms(LONGITUDE)
        needles["token"] = text_forms(bot.emulator.token)
        for file_id in files:
            needles[f"file id {file_id}"] = text_forms(file_id)
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
