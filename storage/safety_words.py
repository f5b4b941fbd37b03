"""A defender's safety PIN and duress word, kept only as salted Argon2id hashes (libsodium's
`crypto_pwhash_str`), and those encrypted too. Hashes rather than a keyed MAC, so that
rotate-key, which cannot see the words, leaves them valid.

Argon2id takes about a tenth of a second and 64 MiB on purpose; it runs in a thread so that
the bot keeps answering everyone else meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import unicodedata
from enum import StrEnum

import nacl.exceptions
import nacl.pwhash

from bot.text import typed
from storage.db import Database, Tx

TABLE = "safety_words"
_OPS = nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE
_MEM = nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE


class SafetyWord(StrEnum):
    PIN = "pin"
    DURESS = "duress"


def normalise(text: str) -> bytes:
    """What counts as the same word: case, spacing, Unicode forms and invisible direction
    marks do not matter."""
    return " ".join(typed(text).casefold().split()).encode()


def _as_before(text: str) -> bytes:
    """The form hashed before direction marks were dropped: a word set then with such a
    mark in it still matches when typed the same way."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split()).encode()


class SafetyWordRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def store(self, user_id: str, which: SafetyWord, word: str) -> None:
        hashed = await asyncio.to_thread(
            nacl.pwhash.argon2id.str, normalise(word), opslimit=_OPS, memlimit=_MEM
        )
        async with self._db.transaction() as tx:
            hashes = await self._load(tx, user_id)
            hashes[which.value] = hashed.decode()
            await self._store(tx, user_id, hashes)

    async def clear(self, user_id: str, which: SafetyWord) -> bool:
        async with self._db.transaction() as tx:
            hashes = await self._load(tx, user_id)
            if hashes.pop(which.value, None) is None:
                return False
            await self._store(tx, user_id, hashes)
        return True

    async def which_are_set(self, user_id: str) -> frozenset[SafetyWord]:
        async with self._db.read() as tx:
            hashes = await self._load(tx, user_id)
        return frozenset(SafetyWord(name) for name in hashes)

    async def matches(self, user_id: str, text: str) -> SafetyWord | None:
        """Which of the user's words `text` is, if any (the duress word is checked first)."""
        async with self._db.read() as tx:
            hashes = await self._load(tx, user_id)
        candidates = list(dict.fromkeys((normalise(text), _as_before(text))))
        for which in (SafetyWord.DURESS, SafetyWord.PIN):
            stored = hashes.get(which.value)
            if stored is None:
                continue
            for candidate in candidates:
                if await asyncio.to_thread(_verify, stored, candidate):
                    return which
        return None

    async def _load(self, tx: Tx, user_id: str) -> dict[str, str]:
        blob = await tx.scalar("SELECT words_ct FROM safety_words WHERE id = ?", (user_id,))
        if blob is None:
            return {}
        text = self._db.crypto.row(TABLE, user_id).read_text("words_ct", blob)
        loaded = json.loads(text)
        return {str(k): str(v) for k, v in loaded.items()}

    async def _store(self, tx: Tx, user_id: str, hashes: dict[str, str]) -> None:
        if not hashes:
            await tx.execute("DELETE FROM safety_words WHERE id = ?", (user_id,))
            return
        blob = self._db.crypto.row(TABLE, user_id).text("words_ct", json.dumps(hashes))
        await tx.execute(
            "INSERT INTO safety_words (id, words_ct) VALUES (?, ?) "
            "ON CONFLICT (id) DO UPDATE SET words_ct = excluded.words_ct",
            (user_id, blob),
        )


def _verify(stored: str, candidate: bytes) -> bool:
    try:
        return bool(nacl.pwhash.verify(stored.encode(), candidate))
    except nacl.exceptions.InvalidkeyError:
        return False
