import nacl.secret
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import DecryptionError
from storage.crypto import (
    HEADER_BYTES,
    KDF_CONTEXT,
    FieldCrypto,
    MasterKey,
    SubkeyPurpose,
    derive_subkey,
    key_id_of,
)

# libsodium test/default/kdf.c: master key 00..1f, context "KDF test", 64-byte sub-keys.
LIBSODIUM_KDF_ANSWERS = {
    0: "a0c724404728c8bb95e5433eb6a9716171144d61efb23e74b873fcbeda51d807"
    "1b5d70aae12066dfc94ce943f145aa176c055040c3dd73b0a15e36254d450614",
    1: "02507f144fa9bf19010bf7c70b235b4c2663cc00e074f929602a5e2c10a78075"
    "7d2a3993d06debc378a90efdac196dd841817b977d67b786804f6d3cd585bab5",
    2: "1944da61ff18dc2028c3578ac85be904931b83860896598f62468f1cb5471c6a"
    "344c945dbc62c9aaf70feb62472d17775ea5db6ed5494c68b7a9a59761f39614",
}


@pytest.mark.parametrize(("subkey_id", "expected"), LIBSODIUM_KDF_ANSWERS.items())
def test_kdf_matches_libsodium_crypto_kdf(subkey_id, expected):
    assert derive_subkey(bytes(range(32)), subkey_id, b"KDF test", 64).hex() == expected


def test_kdf_matches_libsodium_for_a_16_byte_subkey():
    assert derive_subkey(bytes(range(32)), 16, b"KDF test", 16).hex() == (
        "a529216624ef9161e4cf117272aafff2"
    )


def test_aead_matches_the_xchacha20_poly1305_draft_vector():
    # draft-irtf-cfrg-xchacha-03, appendix A.3.1.
    key = bytes.fromhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")
    nonce = bytes.fromhex("404142434445464748494a4b4c4d4e4f5051525354555657")
    aad = bytes.fromhex("50515253c0c1c2c3c4c5c6c7")
    plaintext = (
        b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
        b"future, sunscreen would be it."
    )
    expected = (
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
        "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
        "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
        "21f9664c97637da9768812f615c68b13b52e"
        "c0875924c1c7987947deafd8780acf49"
    )
    sealed = nacl.secret.Aead(key).encrypt(plaintext, aad, nonce)
    assert sealed.ciphertext.hex() == expected
    assert nacl.secret.Aead(key).decrypt(sealed, aad) == plaintext


@pytest.fixture
def crypto():
    return FieldCrypto(MasterKey(bytes(range(32))))


def test_subkeys_differ_per_purpose():
    master = bytes(range(32))
    keys = {derive_subkey(master, purpose, KDF_CONTEXT) for purpose in SubkeyPurpose}
    assert len(keys) == len(SubkeyPurpose)


@settings(deadline=None)  # a loaded machine must not fail a correctness test
@given(st.binary(max_size=512), st.text(min_size=1, max_size=30))
def test_round_trip_any_value(plaintext, row_id):
    crypto = FieldCrypto(MasterKey(bytes(range(32))))
    blob = crypto.encrypt("users", "display_name_ct", row_id, plaintext)
    assert crypto.decrypt("users", "display_name_ct", row_id, blob) == plaintext


def test_ciphertext_carries_version_and_key_id(crypto):
    blob = crypto.encrypt("users", "chat_id_ct", "row1", b"secret")
    assert blob[0] == 2  # format 2: padded
    assert key_id_of(blob) == crypto.active_key_id
    assert b"secret" not in blob


def test_same_plaintext_encrypts_differently_each_time(crypto):
    first = crypto.encrypt("users", "chat_id_ct", "row1", b"secret")
    assert first != crypto.encrypt("users", "chat_id_ct", "row1", b"secret")


@pytest.mark.parametrize("position", [0, 3, HEADER_BYTES, HEADER_BYTES + 24, -1])
def test_a_flipped_bit_anywhere_is_detected(crypto, position):
    blob = bytearray(crypto.encrypt("users", "display_name_ct", "row1", b"Amina"))
    blob[position] ^= 0x01
    with pytest.raises(DecryptionError):
        crypto.decrypt("users", "display_name_ct", "row1", bytes(blob))


@pytest.mark.parametrize(
    ("table", "column", "row_id"),
    [
        ("users", "display_name_ct", "row2"),
        ("users", "language_ct", "row1"),
        ("x", "display_name_ct", "row1"),
    ],
)
def test_a_value_moved_to_another_row_column_or_table_does_not_decrypt(
    crypto, table, column, row_id
):
    blob = crypto.encrypt("users", "display_name_ct", "row1", b"Amina")
    with pytest.raises(DecryptionError):
        crypto.decrypt(table, column, row_id, blob)


def test_another_key_cannot_decrypt(crypto):
    blob = crypto.encrypt("users", "display_name_ct", "row1", b"Amina")
    other = FieldCrypto(MasterKey(bytes(32)))
    with pytest.raises(DecryptionError, match="key this bot does not have"):
        other.decrypt("users", "display_name_ct", "row1", blob)


def test_previous_keys_still_decrypt_during_rotation(crypto):
    blob = crypto.encrypt("users", "display_name_ct", "row1", b"Amina")
    rotated = FieldCrypto(MasterKey(bytes(32)), previous=[MasterKey(bytes(range(32)))])
    assert rotated.decrypt("users", "display_name_ct", "row1", blob) == b"Amina"
    assert key_id_of(rotated.encrypt("users", "display_name_ct", "row1", b"A")) != key_id_of(blob)


def test_blind_index_is_stable_keyed_and_scoped(crypto):
    first = crypto.blind_index_int("users", "tg_user_id", 424242)
    assert first == crypto.blind_index_int("users", "tg_user_id", 424242)
    assert first != crypto.blind_index_int("users", "tg_user_id", 424243)
    assert first != crypto.blind_index_int("contacts", "tg_user_id", 424242)
    assert first != FieldCrypto(MasterKey(bytes(32))).blind_index_int("users", "tg_user_id", 424242)
    assert len(first) == 32


def test_master_key_repr_hides_the_key():
    assert "0, 1, 2" not in repr(MasterKey(bytes(range(32))))
    assert bytes(range(32)).hex() not in repr(MasterKey(bytes(range(32))))


def test_garbage_is_not_mistaken_for_a_ciphertext(crypto):
    with pytest.raises(DecryptionError, match="not in the encrypted format"):
        crypto.decrypt("users", "display_name_ct", "row1", b"\x07abc")


def test_ciphertext_lengths_fall_into_a_few_fixed_sizes(crypto):
    lengths = {len(crypto.encrypt("t", "c_ct", "r", b"x" * n)) for n in range(5000)}
    overhead = HEADER_BYTES + 24 + 16  # header, nonce, tag
    assert lengths == {overhead + size for size in (64, 256, 1024, 4096, 8192)}


def test_a_pin_and_a_pin_with_a_duress_word_are_the_same_length(crypto):
    one = b'{"hashes": {"pin": "' + b"h" * 97 + b'"}, "version": 1}'
    two = b'{"hashes": {"duress": "' + b"h" * 97 + b'", "pin": "' + b"h" * 97 + b'"}, "version": 9}'
    assert len(crypto.encrypt("t", "c_ct", "r", one)) == len(crypto.encrypt("t", "c_ct", "r", two))


@settings(deadline=None)
@given(st.binary(max_size=5000))
def test_padding_is_removed_exactly(plaintext):
    crypto = FieldCrypto(MasterKey(bytes(range(32))))
    assert (
        crypto.decrypt("t", "c_ct", "r", crypto.encrypt("t", "c_ct", "r", plaintext)) == plaintext
    )


def test_values_written_before_padding_are_still_read(crypto):
    """Format 1 (unpadded), as the previous release wrote it: read once, at the upgrade."""
    master = MasterKey(bytes(range(32)))
    aead = nacl.secret.Aead(derive_subkey(master.raw, SubkeyPurpose.FIELD_ENCRYPTION, KDF_CONTEXT))
    header = b"\x01" + master.key_id
    aad = b"\x00".join((b"defender-bot/field", b"users", b"chat_id_ct", b"row1", header))
    blob = header + bytes(aead.encrypt(b"4242", aad))
    assert crypto.decrypt("users", "chat_id_ct", "row1", blob) == b"4242"


def test_a_format_byte_changed_from_padded_to_unpadded_fails(crypto):
    blob = bytearray(crypto.encrypt("users", "chat_id_ct", "row1", b"4242"))
    blob[0] = 1
    with pytest.raises(DecryptionError):
        crypto.decrypt("users", "chat_id_ct", "row1", bytes(blob))


ROW = [("defender_id", "d1"), ("contact_user_id", "c1"), ("tier", 1), ("label_ct", b"\x02ab")]


def test_a_row_mac_verifies_only_the_row_it_was_made_for(crypto):
    tag = crypto.row_mac("contacts", "row1", ROW)
    assert crypto.verify_row_mac("contacts", "row1", ROW, tag)
    assert not crypto.verify_row_mac("contacts", "row2", ROW, tag)
    assert not crypto.verify_row_mac("invites", "row1", ROW, tag)
    for index, (name, _value) in enumerate(ROW):
        changed = [*ROW]
        changed[index] = (name, "other")
        assert not crypto.verify_row_mac("contacts", "row1", changed, tag)
    assert not crypto.verify_row_mac("contacts", "row1", [*ROW[:2], ("tier", "1"), ROW[3]], tag)
    assert not crypto.verify_row_mac("contacts", "row1", ROW, None)
    assert not crypto.verify_row_mac("contacts", "row1", ROW, tag[:-1] + bytes([tag[-1] ^ 1]))


def test_a_row_mac_from_the_previous_key_verifies_during_rotation_only(crypto):
    tag = crypto.row_mac("contacts", "row1", ROW)
    rotated = FieldCrypto(MasterKey(bytes(32)), previous=[MasterKey(bytes(range(32)))])
    assert rotated.verify_row_mac("contacts", "row1", ROW, tag)
    assert not FieldCrypto(MasterKey(bytes(32))).verify_row_mac("contacts", "row1", ROW, tag)


@pytest.mark.parametrize(
    ("table", "column", "short", "long"),
    [
        # A user's anchor without and with an open alert; a schedule before and after a pause.
        ("users", "state_ct", 60, 240),
        ("schedules", "body_ct", 250, 1000),
        ("conversations", "state_ct", 40, 900),
        ("button_sets", "actions_ct", 60, 700),
        ("alerts", "body_ct", 1000, 4000),
    ],
)
def test_columns_whose_length_told_states_apart_start_at_a_larger_size(
    crypto, table, column, short, long
):
    first = crypto.encrypt(table, column, "r", b"x" * short)
    assert len(first) == len(crypto.encrypt(table, column, "r", b"x" * long))
