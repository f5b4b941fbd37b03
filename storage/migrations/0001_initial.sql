-- Naming rule that rotate-key and the plaintext tests rely on:
--   <name>_ct    BLOB  an encrypted value (storage/crypto.py format), bound to table, column, row
--   <name>_bidx  BLOB  the blind index of the plaintext of <name>_ct in the same row
--   <name>_hash  BLOB  an unkeyed hash of a high-entropy secret we never store (invite tokens)
-- Every table holding either has a single TEXT primary key named id (or name, for meta).
-- Times are UTC microseconds since the epoch.

CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value_ct BLOB NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    tg_user_id_bidx BLOB NOT NULL UNIQUE,
    tg_user_id_ct BLOB NOT NULL,
    chat_id_ct BLOB NOT NULL,
    display_name_ct BLOB NOT NULL,
    language_ct BLOB,
    -- Only the day: the database reveals coarse timing, not when someone was active.
    created_on INTEGER NOT NULL
);

-- Telegram re-sends updates that were not confirmed before a restart; an id seen here is not
-- processed again, so a replayed SOS is not raised twice.
CREATE TABLE processed_updates (
    update_id INTEGER PRIMARY KEY,
    seen_at INTEGER NOT NULL
);
CREATE INDEX processed_updates_seen_at ON processed_updates (seen_at);
