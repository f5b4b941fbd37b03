"""Field encryption and blind indexes, built only from PyNaCl (libsodium) primitives.

Layout of every encrypted value, so that `rotate-key` can tell which key wrote it:

    0x01 | key id (4 bytes) | nonce (24 bytes) | XChaCha20-Poly1305 ciphertext and tag

The associated data binds the value to its table, column and row (and to the header above), so a
ciphertext copied into another row, column or table fails authentication instead of decrypting.

Sub-keys come from the master key with libsodium's `crypto_kdf_derive_from_key` construction
(BLAKE2b keyed by the master key, the sub-key id as salt, an 8-byte context as personalisation),
which PyNaCl exposes only through `nacl.hash.blake2b`; tests check it against libsodium's own
known answers.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.secret

from bot.errors import DecryptionError

FORMAT_VERSION = 1
KEY_ID_BYTES = 4
HEADER_BYTES = 1 + KEY_ID_BYTES
KDF_CONTEXT = b"dfndrbot"
BLIND_INDEX_BYTES = 32


class SubkeyPurpose(IntEnum):
    """Sub-key ids for the KDF; never renumber, stored data depends on them."""

    FIELD_ENCRYPTION = 1
    BLIND_INDEX = 2
    KEY_ID = 3


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

    @property
    def active_key_id(self) -> bytes:
        return self._active.key_id

    def knows_key(self, key_id: bytes) -> bool:
        return key_id in self._aeads

    def encrypt(self, table: str, column: str, row_id: str, plaintext: bytes) -> bytes:
        aad = _associated_data(table, column, row_id, self._active_header)
        sealed = self._aeads[self._active.key_id].encrypt(plaintext, aad)
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
            return aead.decrypt(blob[HEADER_BYTES:], aad)
        except nacl.exceptions.CryptoError:
            raise DecryptionError(
                f"A value in {table}.{column} failed authentication: it was altered or moved "
                "from another row."
            ) from None

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


def key_id_of(blob: bytes) -> bytes:
    if len(blob) < HEADER_BYTES or blob[0] != FORMAT_VERSION:
        raise DecryptionError("A stored value is not in the encrypted format this bot writes.")
    return bytes(blob[1:HEADER_BYTES])
