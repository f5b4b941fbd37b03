"""A defender's safety PIN and duress word, kept only as salted Argon2id hashes (libsodium's
`crypto_pwhash_str`), and those encrypted too. Hashes rather than a keyed MAC, so that
rotate-key, which cannot see the words, leaves them valid.

Argon2id takes about a tenth of a second and 64 MiB on purpose; it runs in a thread so that
the bot keeps answering everyone else meanwhile.

The row is sealed (storage/integrity.py) and carries a version that must match the one in the
user's anchor (storage/anchors.py), which also says whether any word is set: an older row put
back (a PIN without the duress word), or the row deleted, is refused instead of read as "no
duress word".
"""

from __future__ import annotations

import asyncio
import json
import os
import unicodedata
from enum import StrEnum

import nacl.exceptions
import nacl.pwhash

from bot.text import typed
from storage.anchors import Anchor, load_anchor_in, save_anchor_in
from storage.db import Database, Tx
from storage.integrity import MAC_COLUMN

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
        # At least a PIN's and a duress word's worth of work, even when fewer are set: the
        # time taken does not tell what is set either.
        for _ in range(len(hashes), len(SafetyWord)):
            for candidate in candidates:
                await asyncio.to_thread(_verify, await _stand_in_hash(), candidate)
        for which in (SafetyWord.DURESS, SafetyWord.PIN):
            if which in found:
                return which
        return None

    async def _load(self, tx: Tx, user_id: str) -> dict[str, str]:
        return (await self._load_with_anchor(tx, user_id))[0]

    async def _load_with_anchor(self, tx: Tx, user_id: str) -> tuple[dict[str, str], Anchor]:
        """The user's hashes; `TamperedRowError` when the row fails its check or disagrees with
        the user's anchor (an older row put back, or the row deleted)."""
        anchor = await load_anchor_in(self._db, tx, user_id) or Anchor()
        row = await tx.fetchone(
            "SELECT id, words_ct, row_mac FROM safety_words WHERE id = ?", (user_id,)
        )
        if row is None:
            if anchor.words_set:
                raise self._db.seals.refuse(TABLE)
            return {}, anchor
        self._db.seals.check(TABLE, row)
        version, hashes = decode_words(
            self._db.crypto.row(TABLE, user_id).read_text("words_ct", row["words_ct"])
        )
        if not anchor.words_set or version != anchor.words_version:
            raise self._db.seals.refuse(TABLE)
        return hashes, anchor

    async def _store(self, tx: Tx, user_id: str, hashes: dict[str, str]) -> None:
        _, anchor = await self._load_with_anchor(tx, user_id)
        version = anchor.words_version + 1
        await save_anchor_in(
            self._db,
            tx,
            user_id,
            Anchor(version, bool(hashes), anchor.open_alerts),
        )
        if not hashes:
            await tx.execute("DELETE FROM safety_words WHERE id = ?", (user_id,))
            return
        row = {
            "id": user_id,
            "words_ct": self._db.crypto.row(TABLE, user_id).text(
                "words_ct", encode_words(version, hashes)
            ),
        }
        row[MAC_COLUMN] = self._db.seals.seal(TABLE, row)
        await tx.execute(
            "INSERT INTO safety_words (id, words_ct, row_mac) VALUES (:id, :words_ct, :row_mac) "
            "ON CONFLICT (id) DO UPDATE SET words_ct = excluded.words_ct, "
            "row_mac = excluded.row_mac",
            row,
        )


def encode_words(version: int, hashes: dict[str, str]) -> str:
    return json.dumps({"version": version, "hashes": hashes}, sort_keys=True)


def decode_words(text: str) -> tuple[int, dict[str, str]]:
    body = json.loads(text)
    return int(body["version"]), {str(k): str(v) for k, v in body["hashes"].items()}


_stand_in: str | None = None


async def _stand_in_hash() -> str:
    """A hash no word matches (of random bytes), made once, to check against in place of a
    word that is not set."""
    global _stand_in
    if _stand_in is None:
        _stand_in = await hash_word(os.urandom(32).hex())
    return _stand_in


def _verify(stored: str, candidate: bytes) -> bool:
    try:
        return bool(nacl.pwhash.verify(stored.encode(), candidate))
    except nacl.exceptions.InvalidkeyError:
        return False
