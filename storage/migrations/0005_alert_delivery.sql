-- Alert delivery and coordination (issue 4).

-- Buttons in the coordinators' group belong to no single user: anyone in that chat (or a
-- coordinator, privately) may press them. audience says which kind of set a row is.
CREATE TABLE button_sets_new (
    id TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    audience TEXT NOT NULL DEFAULT 'user' CHECK (audience IN ('user', 'coordinators')),
    actions_ct BLOB NOT NULL,
    single_use INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    CHECK ((audience = 'user') = (user_id IS NOT NULL))
);
INSERT INTO button_sets_new (id, user_id, audience, actions_ct, single_use, used, expires_at)
    SELECT id, user_id, 'user', actions_ct, single_use, used, expires_at FROM button_sets;
DROP TABLE button_sets;
ALTER TABLE button_sets_new RENAME TO button_sets;
CREATE INDEX button_sets_expires_at ON button_sets (expires_at);
CREATE INDEX button_sets_user ON button_sets (user_id);

-- The person whose private chat an outbox row goes to (NULL for a group), so that what is
-- sent can be auto-deleted by their own setting, and so that erasing them withdraws what has
-- not gone yet.
ALTER TABLE outbox ADD COLUMN owner_user_id TEXT REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX outbox_owner ON outbox (owner_user_id);
CREATE INDEX outbox_created_at ON outbox (created_at);

-- What coordinators did (acknowledged, resolved, with which reason), kept for the audit.
-- Who did it and the details are encrypted; only the day is in the clear.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    alert_id TEXT,
    action TEXT NOT NULL,
    entry_ct BLOB NOT NULL,
    logged_on INTEGER NOT NULL
);
CREATE INDEX audit_log_logged_on ON audit_log (logged_on);

-- The day an alert was closed: its short history is kept for the retention period from then.
ALTER TABLE alerts ADD COLUMN closed_on INTEGER;
CREATE INDEX alerts_closed ON alerts (state, closed_on);
