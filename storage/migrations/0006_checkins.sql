-- Scheduled check-ins (issue 6). One schedule per defender, stored whole (encrypted): the
-- rule, grace, reminder, the next due time, a one-off deadline, a pause, the last check-in.
-- In the clear only what the alarm clock must query: when the schedule next needs waking, and
-- a version for conditional updates, so a timer and the sweep racing on one schedule act once.
CREATE TABLE schedules (
    id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body_ct BLOB NOT NULL,
    version INTEGER NOT NULL,
    next_wake_at INTEGER
);
CREATE INDEX schedules_wake ON schedules (next_wake_at);

-- The safety PIN and the duress word: salted Argon2id hashes, in an encrypted JSON object.
CREATE TABLE safety_words (
    id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    words_ct BLOB NOT NULL
);
