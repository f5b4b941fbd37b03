"""Links between people and rows, stored so the file alone does not show who is linked to whom.

A link to a user (a contact's defender, the person a contact row protects, whose alert it is)
is never a plain user id. It is two columns:

- `<name>_ct`: the user id, encrypted and bound to the table, column and row like any value;
- `<name>_bidx`: a keyed blind index of that id, for `WHERE <name>_bidx = ?` lookups.

The blind index is keyed per table *and* column (storage/crypto.py), so one person's value in
`contacts.defender_bidx` is unrelated to theirs in `contacts.contact_user_bidx`, in
`alerts.defender_bidx`, or to their `users.id`: without the key, a row says only that some rows
of the same table share an owner (counts), never who, and nothing joins two tables or the two
sides of a contact link. rotate-key re-derives every `*_bidx` from its `*_ct` (storage/reseal.py).

Because nothing in SQL can follow such a link, `ON DELETE CASCADE` cannot either: erasing a
person deletes their linked rows explicitly (`LINKED` and storage/erasure.py).

A new table that names a person stores the link this way (`link_columns` on write,
`read_link` on read, `link_index` in WHERE clauses), lists the pair in `SEALED` when it decides
where something goes, and lists the table in `LINKED` so that erasure removes its rows.
"""

from __future__ import annotations

from typing import Any

from storage.crypto import FieldCrypto

# table -> link columns (without the suffixes) whose rows go when the linked person is erased.
# sent_messages is not here: its rows outlive the person until the messages are deleted from
# the chat (storage/erasure.py unlinks them instead).
LINKED: dict[str, tuple[str, ...]] = {
    "contacts": ("defender", "contact_user"),
    "invites": ("defender",),
    "alerts": ("defender",),
    "outbox": ("owner",),
    "button_sets": ("user",),
}


def ct(name: str) -> str:
    return f"{name}_ct"


def bidx(name: str) -> str:
    return f"{name}_bidx"


def link_index(crypto: FieldCrypto, table: str, name: str, value: str) -> bytes:
    """What `<table>.<name>_bidx` holds for a link to `value` (a user id, an alert id)."""
    return crypto.blind_index(table, name, value.encode())


def link_columns(
    crypto: FieldCrypto, table: str, row_id: str, name: str, value: str | None
) -> dict[str, bytes | None]:
    """The two columns of a link from row `row_id` to `value` (both NULL for no link)."""
    if value is None:
        return {ct(name): None, bidx(name): None}
    return {
        ct(name): crypto.encrypt_text(table, ct(name), row_id, value),
        bidx(name): link_index(crypto, table, name, value),
    }


def read_link(crypto: FieldCrypto, table: str, row: Any, name: str) -> str | None:
    """The value a row links to, from its ciphertext; None for no link. A ciphertext whose
    blind index disagrees was not written by us, and raises `ValueError`."""
    blob = row[ct(name)]
    if blob is None:
        return None
    value = crypto.decrypt_text(table, ct(name), str(row["id"]), blob)
    if row[bidx(name)] != link_index(crypto, table, name, value):
        raise ValueError(f"{table}.{name}: the link and its index disagree")
    return value
