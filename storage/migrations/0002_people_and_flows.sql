-- Onboarding, trusted contacts, the emergency card, privacy settings (issue 3).
-- Links between people use the random internal user ids; everything that names, describes or
-- locates someone is a *_ct ciphertext. Deleting a user cascades to every row about them.

-- JSON: time zone, auto-delete delay, disguise mode.
ALTER TABLE users ADD COLUMN settings_ct BLOB;

-- Buttons carry only "<set id>.<index>"; what a button does, and who may press it, is here.
CREATE TABLE button_sets (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    actions_ct BLOB NOT NULL,
    single_use INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL
);
CREATE INDEX button_sets_expires_at ON button_sets (expires_at);

-- The step a user is at in a multi-step flow (invite, card, settings, wipe), so a restart
-- continues where they were.
CREATE TABLE conversations (
    id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    state_ct BLOB NOT NULL,
    expires_at INTEGER NOT NULL
);

-- Messages in a user's chat (the bot's, and sensitive ones the user typed), kept for 48 hours
-- (Telegram's limit for deleting them) so that auto-delete and /wipe can remove them.
-- delete_at is NULL when no deletion is due. When the user is erased, their rows lose the link
-- to them (SET NULL) but stay until the deletion job has removed the messages from the chat.
-- sent_at is kept to the hour only.
CREATE TABLE sent_messages (
    id TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    chat_id_ct BLOB NOT NULL,
    message_id_ct BLOB NOT NULL,
    sensitive INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    delete_at INTEGER
);
CREATE INDEX sent_messages_delete_at ON sent_messages (delete_at);
CREATE INDEX sent_messages_user ON sent_messages (user_id);

CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    defender_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- BLAKE2b of the 128-bit random token: the link itself is never stored. Unkeyed, so a key
    -- rotation leaves pending invitations valid; the token's entropy makes that safe.
    token_hash BLOB NOT NULL UNIQUE,
    label_ct BLOB NOT NULL,
    shown_name_ct BLOB NOT NULL,
    tier INTEGER NOT NULL CHECK (tier IN (1, 2)),
    status TEXT NOT NULL CHECK (status IN ('pending', 'used', 'revoked', 'declined')),
    expires_at INTEGER NOT NULL
);
CREATE INDEX invites_defender ON invites (defender_id);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    defender_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    contact_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label_ct BLOB NOT NULL,
    shown_name_ct BLOB NOT NULL,
    tier INTEGER NOT NULL CHECK (tier IN (1, 2)),
    status TEXT NOT NULL CHECK (status IN ('active', 'unreachable')),
    UNIQUE (defender_id, contact_user_id)
);
CREATE INDEX contacts_contact ON contacts (contact_user_id);

CREATE TABLE cards (
    id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    fields_ct BLOB NOT NULL
);

-- The network's coordinators' group chat(s), set by an admin with /coordinators.
CREATE TABLE coordinator_chats (
    id TEXT PRIMARY KEY,
    chat_id_bidx BLOB NOT NULL UNIQUE,
    chat_id_ct BLOB NOT NULL,
    title_ct BLOB NOT NULL
);
