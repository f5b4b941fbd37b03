"""The safety PIN and duress word: never stored in plaintext, matched loosely, cleared."""

from storage.db import database_files
from storage.safety_words import SafetyWord, SafetyWordRepository
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
