"""The duress and PIN checks do the same work whatever the word and whatever is set (issue 19,
item 5): counted in hash checks, never timed."""

import pytest

from storage import safety_words
from storage.safety_words import SafetyWord, SafetyWordRepository
from storage.users import UserRepository
from tests.integration.test_rotate_key import NOW, person


@pytest.fixture
def hash_checks(monkeypatch) -> list[str]:
    """Every Argon2id check `matches` makes, through the real function."""
    checked: list[str] = []
    real = safety_words._verify

    def counting(stored: str, candidate: bytes) -> bool:
        checked.append(stored)
        return real(stored, candidate)

    monkeypatch.setattr(safety_words, "_verify", counting)
    return checked


@pytest.mark.parametrize(
    "words_set",
    [(), (SafetyWord.PIN,), (SafetyWord.DURESS,), (SafetyWord.PIN, SafetyWord.DURESS)],
    ids=["nothing set", "a PIN", "a duress word", "both"],
)
async def test_every_word_costs_two_hash_checks_whatever_is_set(db, hash_checks, words_set):
    user, _ = await UserRepository(db).register(person(1), NOW)
    words = SafetyWordRepository(db)
    for which in words_set:
        await words.store(user.id, which, {"pin": "4711", "duress": "blue heron"}[which])
    counts = []
    for typed in ("4711", "blue heron", "4712"):
        hash_checks.clear()
        await words.matches(user.id, typed)
        counts.append(len(hash_checks))
    assert counts == [2, 2, 2]
