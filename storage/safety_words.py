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


# Beside the duress word, more words may act as duress words: a "new PIN" typed by someone
# who forced the defender past the PIN prompt with the duress word (`add_decoy`) works on
# screen like a PIN and alerts like the duress word. Stored as "duress:1", "duress:2", ...
_DECOY = SafetyWord.DURESS.value + ":"


async def hash_word(word: str) -> str:
    """A salted Argon2id hash of `word`, to store now or after it is typed a second time."""
    hashed = await asyncio.to_thread(
        nacl.pwhash.argon2id.str, normalise(word), opslimit=_OPS, memlimit=_MEM
    )
    return hashed.decode()


async def word_matches_hash(hashed: str, word: str) -> bool:
    return await asyncio.to_thread(_verify, hashed, normalise(word))


class SafetyWordRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def store(self, user_id: str, which: SafetyWord, word: str) -> None:
        await self.store_hash(user_id, which, await hash_word(word))

    async def store_hash(self, user_id: str, which: SafetyWord, hashed: str) -> None:
        async with self._db.transaction() as tx:
            hashes = await self._load(tx, user_id)
            hashes[which.value] = hashed
            await self._store(tx, user_id, hashes)

    async def add_decoy(self, user_id: str, hashed: str) -> None:
        """One more word that acts as the duress word (see `_DECOY`)."""
        async with self._db.transaction() as tx:
            hashes = await self._load(tx, user_id)
            number = 1 + sum(name.startswith(_DECOY) for name in hashes)
            hashes[f"{_DECOY}{number}"] = hashed
            await self._store(tx, user_id, hashes)

    async def clear(self, user_id: str, which: SafetyWord) -> bool:
        """Remove the word; removing the duress word removes the words acting as it too."""
        async with self._db.transaction() as tx:
            hashes = await self._load(tx, user_id)
            if hashes.pop(which.value, None) is None:
                return False
            if which is SafetyWord.DURESS:
                hashes = {k: v for k, v in hashes.items() if not k.startswith(_DECOY)}
            await self._store(tx, user_id, hashes)
        return True

    async def which_are_set(self, user_id: str) -> frozenset[SafetyWord]:
        async with self._db.read() as tx:
            hashes = await self._load(tx, user_id)
        return frozenset(SafetyWord(name) for name in hashes if not name.startswith(_DECOY))

    async def matches(self, user_id: str, text: str) -> SafetyWord | None:
        """Which of the user's words `text` is, if any (a duress word wins).

        Every stored hash is checked, whatever matched first, so the time taken does not tell
        a duress word from a PIN or from a wrong word."""
        async with self._db.read() as tx:
            hashes = await self._load(tx, user_id)
        candidates = list(dict.fromkeys((normalise(text), _as_before(text))))
        found: set[SafetyWord] = set()
        for name, stored in sorted(hashes.items()):
            for candidate in candidates:
                if await asyncio.to_thread(_verify, stored, candidate):
                    found.add(SafetyWord(name.partition(":")[0]))
        for which in (SafetyWord.DURESS, SafetyWord.PIN):
            if which in found:
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
