"""What `bot.db` alone shows someone without the key (storage/reveal.py), checked on a bot in
use: no clear column links two people, and a duress alert looks like an SOS in the tables an
alert writes to."""

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

from storage.reveal import TableView, clear_view, is_opaque
from tests.e2e.alerting import ADMIN_ID, link, network, set_word
from tests.e2e.harness import BotHarness

PIN = "4711"
DURESS = "blue heron"
# What an alert writes: these must not tell a duress alert from an SOS. (The defender's own
# chat records and schedule follow what they typed, /sos or /checkin, not the alert's kind.)
ALERT_TABLES = ("alerts", "outbox", "button_sets", "audit_log", "contacts", "invites", "users")
# Clear columns whose values are random by design (an alert's first version), left out.
RANDOM = {"alerts": {"version"}}


def read_without_the_key(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


async def used_bot(data_dir: Path, raise_it: str) -> dict[str, TableView]:
    """A network in use (Alice with a PIN and a duress word, two contacts, the coordinators),
    an alert raised by `raise_it`, delivered, a minute on; then the file, read without the key."""
    bot = BotHarness(data_dir, BOT_ADMINS=ADMIN_ID)
    await bot.start()
    try:
        net = await network(bot)
        await set_word(net.alice, "🔐 Safety PIN", PIN)
        await set_word(net.alice, "🗝 Duress word", DURESS, pin=PIN)
        await net.alice.send(raise_it)
        await bot.deliver()
        await bot.advance(timedelta(minutes=1))
        await bot.database.checkpoint()
        path = bot.database.path
    finally:
        await bot.stop()
    conn = read_without_the_key(path)
    try:
        return clear_view(conn)
    finally:
        conn.close()


def shape(view: TableView) -> tuple[list[tuple[Any, ...]], dict[int, int]]:
    """The table's clear rows (random columns left out) and its ciphertext sizes."""
    kept = [i for i, c in enumerate(view.clear_columns) if c not in ("id", "name")]
    random = RANDOM.get(view.name, set())
    keep = [n for n, i in enumerate(kept) if view.clear_columns[i] not in random]
    rows = sorted((tuple(row[n] for n in keep) for row in view.clear_rows), key=repr)
    return rows, dict(view.opaque_sizes)


async def test_a_duress_alert_looks_like_an_sos_in_the_file(tmp_path):
    sos = await used_bot(tmp_path / "sos", "/sos")
    duress = await used_bot(tmp_path / "duress", f"/checkin {DURESS}")
    assert sos["alerts"].rows == duress["alerts"].rows == 1
    for table in ALERT_TABLES:
        assert shape(sos[table]) == shape(duress[table]), table
    # Nothing in the clear names the kind, in any table.
    for view in (*sos.values(), *duress.values()):
        for row in view.clear_rows:
            assert not any(isinstance(v, str) and "duress" in v.lower() for v in row), view.name


async def test_no_clear_column_links_two_people(tmp_path):
    bot = BotHarness(tmp_path / "data", BOT_ADMINS=ADMIN_ID)
    await bot.start()
    try:
        net = await network(bot)
        await link(net.bob, net.alice, "Ali")  # Alice also protects Bob: both sides of a link
        await net.alice.send("/sos")
        await bot.deliver()
        await net.bob.press("🙋 I'm on it")
        await bot.deliver()
        await bot.database.checkpoint()
        path = bot.database.path
    finally:
        await bot.stop()
    conn = read_without_the_key(path)
    try:
        views = clear_view(conn)
        tables = list(views)
        keys = {t: [r[0] for r in conn.execute(f"SELECT * FROM {t}")] for t in tables}
        cells = {
            (t, c): [r[0] for r in conn.execute(f"SELECT {c} FROM {t}") if r[0] is not None]
            for t in tables
            for c in [row[1] for row in conn.execute(f"PRAGMA table_info({t})")]
        }
    finally:
        conn.close()
    # Rows keyed by their owner's id (card, schedule, safety words...) link a person to their
    # own data. Every other row id (people, links, alerts, messages) appears in no other
    # column, clear or opaque: nothing joins two rows, so nothing joins two people.
    people_and_links = {
        str(i) for t in ("users", "contacts", "invites", "alerts", "outbox") for i in keys[t]
    }
    assert len(people_and_links) > 10
    for (table, column), values in cells.items():
        if column in ("id", "name"):
            continue
        for value in values:
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            assert not any(i in text for i in people_and_links), (table, column)
    # Blind indexes are keyed per table and column: one person's value in one place matches
    # nothing anywhere else (Alice as a defender, as a contact, as an alert's owner...).
    index_columns = [(t, c) for (t, c) in cells if c.endswith("_bidx")]
    assert ("contacts", "defender_bidx") in index_columns
    assert ("contacts", "contact_user_bidx") in index_columns
    for n, first in enumerate(index_columns):
        for second in index_columns[n + 1 :]:
            assert not set(cells[first]) & set(cells[second]), (first, second)
    # What is left in the clear is states, tiers, flags and coarse times: never a reference.
    for view in views.values():
        for column in view.clear_columns:
            assert not column.endswith(("_id", "_ref", "topic")) or column == "update_id", (
                view.name,
                column,
            )
            assert not is_opaque(column)
