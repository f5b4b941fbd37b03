-- Naming rule (0001) gains one name: row_mac BLOB, a row's MAC (neither ciphertext nor index).
--
-- Rows that decide where an alert goes or what state something is in are sealed (issue 19):
-- row_mac is a key id and a keyed BLAKE2b over the row's id and the columns listed in
-- storage/integrity.py (SEALED). A row that fails is refused, never acted on.
--
-- users.state_ct is each user's anchor (storage/anchors.py): the version of their safety words,
-- whether any are set, and their open alerts, so an older row put back as it was is refused.
--
-- SQL alone cannot compute MACs: the key is needed. Existing rows are sealed, and every value is
-- re-encrypted in the padded format, by storage/upgrade.py in this migration's own transaction,
-- so a database is never at version 9 with rows left unsealed (which would all be refused).
ALTER TABLE users ADD COLUMN state_ct BLOB;
ALTER TABLE users ADD COLUMN row_mac BLOB;
ALTER TABLE contacts ADD COLUMN row_mac BLOB;
ALTER TABLE invites ADD COLUMN row_mac BLOB;
ALTER TABLE alerts ADD COLUMN row_mac BLOB;
ALTER TABLE schedules ADD COLUMN row_mac BLOB;
ALTER TABLE safety_words ADD COLUMN row_mac BLOB;
ALTER TABLE pin_attempts ADD COLUMN row_mac BLOB;
ALTER TABLE button_sets ADD COLUMN row_mac BLOB;
ALTER TABLE outbox ADD COLUMN row_mac BLOB;
