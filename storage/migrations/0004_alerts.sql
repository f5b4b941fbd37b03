-- Alerts (issue 4). The whole alert (recipients, levels, who acknowledged) is one encrypted
-- JSON value; beside it only what the engine must query: its state, when it next needs
-- waking (the alarm clock aims at the earliest), and a version for conditional updates, so a
-- sweep and a timer racing on one alert apply a transition once.
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    defender_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'cancelled')),
    body_ct BLOB NOT NULL,
    version INTEGER NOT NULL,
    next_wake_at INTEGER,
    -- The day only: the file does not show when someone raised an alert.
    raised_on INTEGER NOT NULL
);
CREATE INDEX alerts_wake ON alerts (state, next_wake_at);
CREATE INDEX alerts_defender ON alerts (defender_id, state);
