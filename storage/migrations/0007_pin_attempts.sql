-- Wrong safety-PIN attempts (issue 11): when they were, and whether the prompts are locked,
-- in one encrypted JSON value per person. Nothing in the clear says who typed a wrong PIN.
CREATE TABLE pin_attempts (
    id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    state_ct BLOB NOT NULL
);
