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

-- Buttons: whose they are (the coordinators' sets link to "coordinators", as if to a person:
-- the clear audience column, which told their sets apart, is gone).
DROP INDEX button_sets_expires_at;
DROP INDEX button_sets_user;
ALTER TABLE button_sets RENAME TO button_sets_v11;
CREATE TABLE button_sets (
    id TEXT PRIMARY KEY,
    user_ct BLOB NOT NULL,
    user_bidx BLOB NOT NULL,
    actions_ct BLOB NOT NULL,
    single_use INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    row_mac BLOB
);
CREATE INDEX button_sets_expires_at ON button_sets (expires_at);
CREATE INDEX button_sets_user ON button_sets (user_bidx);

-- Messages to delete later: whose chat they are in (NULL once that person is erased).
DROP INDEX sent_messages_delete_at;
DROP INDEX sent_messages_user;
ALTER TABLE sent_messages RENAME TO sent_messages_v11;
CREATE TABLE sent_messages (
    id TEXT PRIMARY KEY,
    user_ct BLOB,
    user_bidx BLOB,
    chat_id_ct BLOB NOT NULL,
    message_id_ct BLOB NOT NULL,
    sensitive INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    delete_at INTEGER
);
CREATE INDEX sent_messages_delete_at ON sent_messages (delete_at);
CREATE INDEX sent_messages_user ON sent_messages (user_bidx);

-- The outbox. What a row is about (its alert: topic), for whom within it (thread: the alert
-- and the recipient) and whose chat it goes to (owner) are links; why it is sent (purpose),
-- how urgent (priority) and to which kind of chat are in route_ct. The clear priority and
-- chat_kind are only the pacer's hints while a row is pending (route_ct decides): a settled
-- row has them set to the same values as every other settled row (3, 'private').
DROP INDEX outbox_due;
DROP INDEX outbox_topic;
DROP INDEX outbox_owner;
DROP INDEX outbox_created_at;
ALTER TABLE outbox RENAME TO outbox_v11;
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    topic_ct BLOB,
    topic_bidx BLOB,
    thread_ct BLOB,
    thread_bidx BLOB,
    owner_ct BLOB,
    owner_bidx BLOB,
    route_ct BLOB NOT NULL,
    chat_id_ct BLOB NOT NULL,
    chat_kind TEXT NOT NULL CHECK (chat_kind IN ('private', 'group')),
    payload_ct BLOB NOT NULL,
    priority INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before INTEGER NOT NULL,
    lease_until INTEGER,
    message_id_ct BLOB,
    failure TEXT,
    created_at INTEGER NOT NULL,
    row_mac BLOB
);
CREATE INDEX outbox_due ON outbox (state, priority, not_before);
CREATE INDEX outbox_topic ON outbox (topic_bidx);
CREATE INDEX outbox_thread ON outbox (thread_bidx);
CREATE INDEX outbox_owner ON outbox (owner_bidx);
CREATE INDEX outbox_created_at ON outbox (created_at);

-- The emergency card, the step of a flow and the coordinators' chat are sealed too (their
-- rows were one ciphertext each, already bound to the row; the seal adds their clear columns
-- and makes them refused like the others). storage/upgrade.py seals the rows there are.
ALTER TABLE cards ADD COLUMN row_mac BLOB;
ALTER TABLE conversations ADD COLUMN row_mac BLOB;
ALTER TABLE coordinator_chats ADD COLUMN row_mac BLOB;

-- The audit log: the alert an entry is about is a link; what was done moves into entry_ct.
DROP INDEX audit_log_logged_on;
ALTER TABLE audit_log RENAME TO audit_log_v11;
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    alert_ct BLOB,
    alert_bidx BLOB,
    entry_ct BLOB NOT NULL,
    logged_on INTEGER NOT NULL
);
CREATE INDEX audit_log_logged_on ON audit_log (logged_on);
CREATE INDEX audit_log_alert ON audit_log (alert_bidx);
