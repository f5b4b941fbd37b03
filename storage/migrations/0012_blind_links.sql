-- Links between people are no longer plain ids (issue 19): the file alone must not show who
-- protects whom or whose an alert is. Each link becomes <name>_ct (the id, encrypted) and
-- <name>_bidx (its blind index, keyed per table and column), see storage/links.py.
--
-- SQLite cannot drop a column that holds a foreign key, so each table is rebuilt: the old one
-- is renamed to <table>_v11, the new one created here, and storage/upgrade.py (in this
-- migration's own transaction: it needs the key) copies every row across, computing the links
-- and sealing each row again, then drops the old table. ON DELETE CASCADE cannot follow a
-- blind index: erasing a person deletes their linked rows explicitly (storage/erasure.py).

DROP INDEX contacts_contact;
ALTER TABLE contacts RENAME TO contacts_v11;
CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    defender_ct BLOB NOT NULL,
    defender_bidx BLOB NOT NULL,
    contact_user_ct BLOB NOT NULL,
    contact_user_bidx BLOB NOT NULL,
    label_ct BLOB NOT NULL,
    shown_name_ct BLOB NOT NULL,
    tier INTEGER NOT NULL CHECK (tier IN (1, 2)),
    status TEXT NOT NULL CHECK (status IN ('active', 'unreachable')),
    row_mac BLOB,
    UNIQUE (defender_bidx, contact_user_bidx)
);
CREATE INDEX contacts_contact ON contacts (contact_user_bidx);

DROP INDEX invites_defender;
ALTER TABLE invites RENAME TO invites_v11;
CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    defender_ct BLOB NOT NULL,
    defender_bidx BLOB NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    label_ct BLOB NOT NULL,
    shown_name_ct BLOB NOT NULL,
    tier INTEGER NOT NULL CHECK (tier IN (1, 2)),
    status TEXT NOT NULL CHECK (status IN ('pending', 'used', 'revoked', 'declined')),
    expires_at INTEGER NOT NULL,
    row_mac BLOB
);
CREATE INDEX invites_defender ON invites (defender_bidx);

DROP INDEX alerts_wake;
DROP INDEX alerts_defender;
DROP INDEX alerts_closed;
ALTER TABLE alerts RENAME TO alerts_v11;
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    defender_ct BLOB NOT NULL,
    defender_bidx BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'cancelled')),
    body_ct BLOB NOT NULL,
    version INTEGER NOT NULL,
    next_wake_at INTEGER,
    raised_on INTEGER NOT NULL,
    closed_on INTEGER,
    row_mac BLOB
);
CREATE INDEX alerts_wake ON alerts (state, next_wake_at);
CREATE INDEX alerts_defender ON alerts (defender_bidx, state);
CREATE INDEX alerts_closed ON alerts (state, closed_on);
