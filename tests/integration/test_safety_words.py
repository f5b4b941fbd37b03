"""The safety PIN and duress word: never stored in plaintext, matched loosely, cleared."""

import nacl.pwhash

from bot.domain.safety_pin import PinAttempts, wrong_pin
from storage import safety_words
from storage.db import database_files
from storage.pin_attempts import PinAttemptRepository
from storage.safety_words import SafetyWord, SafetyWordRepository, _as_before, hash_word
from storage.users import UserRepository
from tests.integration.test_rotate_key import NOW, person


async def test_words_are_matched_by_meaning_not_by_case_or_spacing_and_never_stored(db):
    user, _ = await UserRepository(db).register(person(1), NOW)
    words = SafetyWordRepository(db)
    assert await words.matches(user.id, "blue heron") is None
    await words.store(user.id, SafetyWord.DURESS, "Blue  Heron")
    await words.store(user.id, SafetyWord.PIN, "4711")
    assert await words.which_are_set(user.id) == {SafetyWord.DURESS, SafetyWord.PIN}
    assert await words.matches(user.id, " blue heron ") is SafetyWord.DURESS
    assert await words.matches(user.id, "4711") is SafetyWord.PIN
    assert await words.matches(user.id, "4712") is None
    await db.checkpoint()
    stored = b"".join(f.read_bytes() for f in database_files(db.path) if f.exists())
    for secret in (b"heron", b"Heron", b"4711", b"argon2id"):
        assert secret not in stored
    assert await words.clear(user.id, SafetyWord.PIN)
    assert not await words.clear(user.id, SafetyWord.PIN)
    assert await words.matches(user.id, "4711") is None
    assert await words.which_are_set(user.id) == {SafetyWord.DURESS}


async def test_a_decoy_acts_as_the_duress_word_and_goes_with_it(db):
    user, _ = await UserRepository(db).register(person(1), NOW)
    words = SafetyWordRepository(db)
    await words.store(user.id, SafetyWord.PIN, "4711")
    await words.store(user.id, SafetyWord.DURESS, "blue heron")
    await words.add_decoy(user.id, await hash_word("6390"))
    await words.add_decoy(user.id, await hash_word("2244"))
    assert await words.which_are_set(user.id) == {SafetyWord.DURESS, SafetyWord.PIN}
    assert await words.matches(user.id, "6390") is SafetyWord.DURESS
    assert await words.matches(user.id, "2244") is SafetyWord.DURESS
    assert await words.matches(user.id, "4711") is SafetyWord.PIN
    await words.clear(user.id, SafetyWord.DURESS)
    assert await words.matches(user.id, "6390") is None
    assert await words.matches(user.id, "4711") is SafetyWord.PIN


async def test_every_stored_word_is_checked_whatever_matches_first(db, monkeypatch):
    """So the time a check takes does not tell the duress word from the PIN or a wrong word."""
    user, _ = await UserRepository(db).register(person(1), NOW)
    words = SafetyWordRepository(db)
    await words.store(user.id, SafetyWord.PIN, "4711")
    await words.store(user.id, SafetyWord.DURESS, "blue heron")
    checked = []
    real_verify = safety_words._verify

    def counting(stored: str, candidate: bytes) -> bool:
        checked.append(stored)
        return real_verify(stored, candidate)

    monkeypatch.setattr(safety_words, "_verify", counting)
    for typed in ("blue heron", "4711", "nothing"):
        checked.clear()
        await words.matches(user.id, typed)
        assert len(checked) == 2, typed


async def test_wrong_pin_attempts_are_kept_encrypted_and_forgotten_after_the_right_one(db):
    user, _ = await UserRepository(db).register(person(1), NOW)
    attempts = PinAttemptRepository(db)
    assert await attempts.get(user.id) == PinAttempts()
    counted = wrong_pin(PinAttempts(), NOW).attempts
    await attempts.save(user.id, counted)
    assert await attempts.get(user.id) == counted
    await attempts.save(user.id, PinAttempts())
    async with db.read() as tx:
        assert await tx.scalar("SELECT count(*) FROM pin_attempts") == 0


async def test_a_word_copied_with_direction_marks_still_matches(db):
    user, _ = await UserRepository(db).register(person(1), NOW)
    words = SafetyWordRepository(db)
    await words.store(user.id, SafetyWord.DURESS, "\u2068آبی\u2069")  # set from a copy
    assert await words.matches(user.id, "آبی") is SafetyWord.DURESS
    assert await words.matches(user.id, "\u200fآبی") is SafetyWord.DURESS


async def test_a_word_hashed_before_marks_were_dropped_still_matches_as_typed_then(db):
    user, _ = await UserRepository(db).register(person(1), NOW)
    words = SafetyWordRepository(db)
    legacy = nacl.pwhash.argon2id.str(_as_before("\u200f1234"))
    async with db.transaction() as tx:
        await words._store(tx, user.id, {"pin": legacy.decode()})
    assert await words.matches(user.id, "\u200f1234") is SafetyWord.PIN
    assert await words.matches(user.id, "9999") is None
