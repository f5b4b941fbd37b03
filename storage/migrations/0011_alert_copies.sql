-- Contacts' copies of an alert expire (issue 12): what the bot sent each contact and the
-- coordinators' chat about an alert, so it can be taken away (edited down to a stub, or
-- deleted) once the alert is closed, or at once when the person leaves or the alert is gone.
--
-- The alert is a link (storage/links.py): alert_ct, the alert's id encrypted, and alert_bidx,
-- its blind index keyed for this table. Which recipient, which chat and which message, what
-- kind of message and the reader's language are one encrypted value. The row MAC covers the
-- link and copy_ct. redact_at is the minute the copy expires (rounded up:
-- never earlier than asked), NULL while its alert is open; a row is deleted once its
-- redaction is queued in the outbox, in the same transaction.
CREATE TABLE alert_copies (
    id TEXT PRIMARY KEY,
    alert_ct BLOB NOT NULL,
    alert_bidx BLOB NOT NULL,
    copy_ct BLOB NOT NULL,
    redact_at INTEGER,
    row_mac BLOB NOT NULL
);
CREATE INDEX alert_copies_alert ON alert_copies (alert_bidx);
CREATE INDEX alert_copies_due ON alert_copies (redact_at);
