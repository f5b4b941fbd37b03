"""Field encryption and blind indexes, built only from PyNaCl (libsodium) primitives.

Layout of every encrypted value, so that `rotate-key` can tell which key wrote it:

    0x02 | key id (4 bytes) | nonce (24 bytes) | XChaCha20-Poly1305 ciphertext and tag

The associated data binds the value to its table, column and row (and to the header above), so a
ciphertext copied into another row, column or table fails authentication instead of decrypting.

Format 2 pads the plaintext before encryption (libsodium's `sodium_pad`, ISO/IEC 7816-4) to
one of a few fixed sizes (`PAD_BUCKETS`, then whole multiples of the largest), so a
ciphertext's length no longer tells a PIN from a PIN and a duress word, or one flow from
another. Format 1 (unpadded) is still read: databases written before it are re-encrypted
once, at the upgrade to schema 9 (see storage/integrity.py).

Row MACs (`row_mac` columns, storage/integrity.py) are keyed BLAKE2b from their own sub-key,
prefixed with the key id like ciphertexts, so a row sealed under the previous key still
verifies while `rotate-key` runs.

Sub-keys come from the master key with libsodium's `crypto_kdf_derive_from_key` construction
(BLAKE2b keyed by the master key, the sub-key id as salt, an 8-byte context as personalisation),
which PyNaCl exposes only through `nacl.hash.blake2b`; tests check it against libsodium's own
known answers.
"""

from __future__ import annotations

import hmac
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

import nacl.bindings
import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.secret

from bot.errors import DecryptionError

FORMAT_VERSION = 2
UNPADDED_FORMAT = 1
KEY_ID_BYTES = 4
HEADER_BYTES = 1 + KEY_ID_BYTES
KDF_CONTEXT = b"dfndrbot"
BLIND_INDEX_BYTES = 32
ROW_MAC_BYTES = 32
# Padded plaintext sizes; beyond the last, whole multiples of it.
PAD_BUCKETS = (64, 256, 1024, 4096)
# Columns whose length would otherwise tell states apart (measured: a user's anchor with an open
# alert, a schedule with a pause, a flow's step, an alert's button set) start at a larger size.
PAD_FLOORS: dict[tuple[str, str], int] = {
    ("users", "settings_ct"): 256,
    ("users", "state_ct"): 256,
    ("safety_words", "words_ct"): 256,
    ("schedules", "body_ct"): 1024,
    ("conversations", "state_ct"): 1024,
    ("button_sets", "actions_ct"): 1024,
    ("alerts", "body_ct"): 4096,
}

MacValue = bytes | str | int | None


class SubkeyPurpose(IntEnum):
    """Sub-key ids for the KDF; never renumber, stored data depends on them."""

    FIELD_ENCRYPTION = 1
    BLIND_INDEX = 2
    KEY_ID = 3
    ROW_MAC = 4


def derive_subkey(master: bytes, subkey_id: int, context: bytes, size: int = 32) -> bytes:
    """libsodium's crypto_kdf_derive_from_key (BLAKE2b-based), computed through PyNaCl."""
    if len(context) != 8:
        raise ValueError("the KDF context is exactly 8 bytes")
    if not 16 <= size <= 64:
        raise ValueError("sub-keys are 16 to 64 bytes")
    return nacl.hash.blake2b(
        b"",
        digest_size=size,
        key=master,
        salt=struct.pack("<Q", subkey_id),
        person=context,
        encoder=nacl.encoding.RawEncoder,
    )


@dataclass(frozen=True)
class MasterKey:
    raw: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.raw) != nacl.secret.Aead.KEY_SIZE:
            raise ValueError("a master key is 32 bytes")

    @property
    def key_id(self) -> bytes:
        """A short public fingerprint, stored with each ciphertext; reveals nothing of the key."""
        return derive_subkey(self.raw, SubkeyPurpose.KEY_ID, KDF_CONTEXT, 16)[:KEY_ID_BYTES]


def _associated_data(table: str, column: str, row_id: str, header: bytes) -> bytes:
    return b"\x00".join(
        (b"defender-bot/field", table.encode(), column.encode(), row_id.encode(), header)
    )


class FieldCrypto:
    """Encrypts with the active key; decrypts with whichever known key wrote the value."""

    def __init__(self, active: MasterKey, previous: Iterable[MasterKey] = ()) -> None:
        self._active = active
        self._active_header = bytes([FORMAT_VERSION]) + active.key_id
        self._aeads = {
            key.key_id: nacl.secret.Aead(
                derive_subkey(key.raw, SubkeyPurpose.FIELD_ENCRYPTION, KDF_CONTEXT)
            )
            for key in (*previous, active)
        }
        self._blind_key = derive_subkey(active.raw, SubkeyPurpose.BLIND_INDEX, KDF_CONTEXT)
        self._mac_keys = {
            key.key_id: derive_subkey(key.raw, SubkeyPurpose.ROW_MAC, KDF_CONTEXT)
            for key in (*previous, active)
        }

    @property
    def active_key_id(self) -> bytes:
        return self._active.key_id

    def knows_key(self, key_id: bytes) -> bool:
        return key_id in self._aeads

    def encrypt(self, table: str, column: str, row_id: str, plaintext: bytes) -> bytes:
        aad = _associated_data(table, column, row_id, self._active_header)
        size = padded_size(len(plaintext), PAD_FLOORS.get((table, column), 0))
        padded = nacl.bindings.sodium_pad(plaintext, size)
        sealed = self._aeads[self._active.key_id].encrypt(padded, aad)
        return self._active_header + bytes(sealed)

    def decrypt(self, table: str, column: str, row_id: str, blob: bytes) -> bytes:
        key_id = key_id_of(blob)
        aead = self._aeads.get(key_id)
        if aead is None:
            raise DecryptionError(
                f"A value in {table}.{column} was written with a key this bot does not have."
            )
        aad = _associated_data(table, column, row_id, blob[:HEADER_BYTES])
        try:
            opened = aead.decrypt(blob[HEADER_BYTES:], aad)
            if blob[0] == UNPADDED_FORMAT:
                return opened
            return nacl.bindings.sodium_unpad(opened, len(opened))
        except (nacl.exceptions.CryptoError, ValueError):
            raise DecryptionError(
                f"A value in {table}.{column} failed authentication: it was altered or moved "
                "from another row."
            ) from None

    def row_mac(self, table: str, row_id: str, values: Sequence[tuple[str, MacValue]]) -> bytes:
        """Key id and keyed BLAKE2b over a row's named values, with the active key."""
        key_id = self._active.key_id
        return key_id + self._mac(self._mac_keys[key_id], table, row_id, values)

    def verify_row_mac(
        self, table: str, row_id: str, values: Sequence[tuple[str, MacValue]], tag: object
    ) -> bool:
        if not isinstance(tag, bytes) or len(tag) != KEY_ID_BYTES + ROW_MAC_BYTES:
            return False
        key = self._mac_keys.get(tag[:KEY_ID_BYTES])
        if key is None:
            return False
        expected = self._mac(key, table, row_id, values)
        return hmac.compare_digest(expected, tag[KEY_ID_BYTES:])

    @staticmethod
    def _mac(key: bytes, table: str, row_id: str, values: Sequence[tuple[str, MacValue]]) -> bytes:
        fields = [_mac_field("table", table), _mac_field("id", row_id)]
        fields.extend(_mac_field(name, value) for name, value in values)
        message = b"".join(fields)
        return nacl.hash.blake2b(
            message,
            digest_size=ROW_MAC_BYTES,
            key=key,
            person=b"row-mac",
            encoder=nacl.encoding.RawEncoder,
        )

    def blind_index(self, table: str, column: str, plaintext: bytes) -> bytes:
        """A keyed hash for equality lookups, from a key separate from the encryption key."""
        return nacl.hash.blake2b(
            b"\x00".join((table.encode(), column.encode(), plaintext)),
            digest_size=BLIND_INDEX_BYTES,
            key=self._blind_key,
            person=b"blind-index",
            encoder=nacl.encoding.RawEncoder,
        )

    # Typed conveniences for the common value kinds.

    def encrypt_text(self, table: str, column: str, row_id: str, value: str) -> bytes:
        return self.encrypt(table, column, row_id, value.encode())

    def decrypt_text(self, table: str, column: str, row_id: str, blob: bytes) -> str:
        return self.decrypt(table, column, row_id, blob).decode()

    def encrypt_int(self, table: str, column: str, row_id: str, value: int) -> bytes:
        return self.encrypt(table, column, row_id, str(value).encode())

    def decrypt_int(self, table: str, column: str, row_id: str, blob: bytes) -> int:
        return int(self.decrypt(table, column, row_id, blob))

    def blind_index_int(self, table: str, column: str, value: int) -> bytes:
        return self.blind_index(table, column, str(value).encode())

    def row(self, table: str, row_id: str) -> RowCrypto:
        return RowCrypto(self, table, row_id)


class RowCrypto:
    """FieldCrypto bound to one row, so repositories name only the column."""

    def __init__(self, crypto: FieldCrypto, table: str, row_id: str) -> None:
        self._crypto = crypto
        self._table = table
        self._row_id = row_id

    def text(self, column: str, value: str) -> bytes:
        return self._crypto.encrypt_text(self._table, column, self._row_id, value)

    def optional_text(self, column: str, value: str | None) -> bytes | None:
        return None if value is None else self.text(column, value)

    def integer(self, column: str, value: int) -> bytes:
        return self._crypto.encrypt_int(self._table, column, self._row_id, value)

    def read_text(self, column: str, blob: bytes) -> str:
        return self._crypto.decrypt_text(self._table, column, self._row_id, blob)

    def read_optional_text(self, column: str, blob: bytes | None) -> str | None:
        return None if blob is None else self.read_text(column, blob)

    def read_integer(self, column: str, blob: bytes) -> int:
        return self._crypto.decrypt_int(self._table, column, self._row_id, blob)


def padded_size(length: int, floor: int = 0) -> int:
    """The bucket a plaintext of `length` bytes is padded to (at least one byte of padding),
    never below `floor`."""
    for bucket in PAD_BUCKETS:
        if length < bucket and bucket >= floor:
            return bucket
    largest = PAD_BUCKETS[-1]
    return (length // largest + 1) * largest


def _mac_field(name: str, value: MacValue) -> bytes:
    """One value, unambiguously: its name, a type tag and a length prefix."""
    if value is None:
        tag, raw = b"n", b""
    elif isinstance(value, bool):
        raise TypeError("store booleans as integers")
    elif isinstance(value, int):
        tag, raw = b"i", str(value).encode()
    elif isinstance(value, str):
        tag, raw = b"s", value.encode()
    else:
        tag, raw = b"b", bytes(value)
    encoded_name = name.encode()
    return b"".join(
        (struct.pack("<I", len(encoded_name)), encoded_name, tag, struct.pack("<I", len(raw)), raw)
    )


def key_id_of(blob: bytes) -> bytes:
    if len(blob) < HEADER_BYTES or blob[0] not in (FORMAT_VERSION, UNPADDED_FORMAT):
        raise DecryptionError("A stored value is not in the encrypted format this bot writes.")
    return bytes(blob[1:HEADER_BYTES])
