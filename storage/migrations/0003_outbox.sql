-- The outbox (issue 4): every message an alert must send is written here in the same
-- transaction as the state change that causes it; the delivery worker sends it at least once.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    -- The alert (or other cause) the message belongs to; rows of one alert share it.
    topic TEXT,
    -- Who it is for (an internal contact or user id, or "coordinators") and what it is
    -- (new alert, reminder, notice...), so a failure can be traced to the right person.
    recipient_ref TEXT,
    purpose TEXT,
    chat_id_ct BLOB NOT NULL,
    -- Telegram paces private chats (about 1 message a second) and groups (20 a minute) apart.
    chat_kind TEXT NOT NULL CHECK (chat_kind IN ('private', 'group')),
    payload_ct BLOB NOT NULL,
    -- 0 distress, 1 escalation, 2 reminder, 3 anything else: lower goes first.
    priority INTEGER NOT NULL,
    -- cancelled: overtaken before it was sent (the alert was resolved, say).
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before INTEGER NOT NULL,
    -- A worker that claimed the row holds it until then; a crash lets it expire and the row
    -- is claimed again: at least once, never lost.
    lease_until INTEGER,
    message_id_ct BLOB,
    failure TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, priority, not_before);
CREATE INDEX outbox_topic ON outbox (topic);
