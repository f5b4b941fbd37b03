"""Each user's anchor (`users.state_ct`): what other rows about them must agree with.

A row MAC proves a row was written with the key, not that it is the latest such row: a whole
row put back as it was, old MAC and all, still verifies. The anchor, inside the user's own
sealed row, closes that for the two rollbacks that weaken protection most:

- the safety words: their version and whether any are set. An older `safety_words` row (a PIN
  without the duress word) carries an older version; a deleted row leaves `words_set` true.
- open alerts: the ids of the user's alerts that are open. A resolved alert put back as it was
  while open is not in the set, so it is refused rather than escalated again.
- wrong safety-PIN attempts: their version and whether a row is kept. An older count put back
  (to lift a lock), or the row deleted, is refused, and a refused row keeps the prompts shut.

Rolling back the user's row together with those rows is still possible (docs/data-protection.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from storage.db import Database, Tx
from storage.sealed import fetch_sealed_in, rewrite_sealed_in

TABLE = "users"
COLUMN = "state_ct"


@dataclass(frozen=True)
class Anchor:
    words_version: int = 0
    words_set: bool = False
    open_alerts: frozenset[str] = field(default_factory=frozenset)
    pin_version: int = 0
    pin_set: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {
                "words_version": self.words_version,
                "words_set": self.words_set,
                "open_alerts": sorted(self.open_alerts),
                "pin_version": self.pin_version,
                "pin_set": self.pin_set,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | None) -> Anchor:
        if text is None:
            return cls()
        body = json.loads(text)
        return cls(
            int(body["words_version"]),
            bool(body["words_set"]),
            frozenset(str(i) for i in body["open_alerts"]),
            int(body.get("pin_version", 0)),  # anchors from before migration 12 have none
            bool(body.get("pin_set", False)),
        )

    def with_alert(self, alert_id: str, is_open: bool) -> Anchor:
        ids = self.open_alerts | {alert_id} if is_open else self.open_alerts - {alert_id}
        return replace(self, open_alerts=ids)


def seal_anchor(db: Database, user_id: str, anchor: Anchor) -> bytes:
    return db.crypto.row(TABLE, user_id).text(COLUMN, anchor.to_json())


async def load_anchor_in(db: Database, tx: Tx, user_id: str) -> Anchor | None:
    """The user's anchor, from their checked row; None when there is no such user."""
    row = await fetch_sealed_in(db, tx, TABLE, user_id)
    if row is None:
        return None
    return Anchor.from_json(db.crypto.row(TABLE, user_id).read_optional_text(COLUMN, row[COLUMN]))


async def save_anchor_in(db: Database, tx: Tx, user_id: str, anchor: Anchor) -> bool:
    changed = await rewrite_sealed_in(
        db, tx, TABLE, user_id, {COLUMN: seal_anchor(db, user_id, anchor)}
    )
    return changed is not None
