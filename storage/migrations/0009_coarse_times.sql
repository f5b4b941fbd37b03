-- The file shows coarse timing only (issue 19): what rows written before this kept to the
-- microsecond is coarsened here, as new rows are written (storage/timecodec.py).
-- Times are UTC microseconds: 60000000 is a minute, 86400000000 a day.

-- Moments something must wake at: to the minute, rounded up (never earlier than asked).
UPDATE alerts SET next_wake_at = (next_wake_at + 59999999) / 60000000 * 60000000
    WHERE next_wake_at IS NOT NULL;
UPDATE schedules SET next_wake_at = (next_wake_at + 59999999) / 60000000 * 60000000
    WHERE next_wake_at IS NOT NULL;
UPDATE sent_messages SET delete_at = (delete_at + 59999999) / 60000000 * 60000000
    WHERE delete_at IS NOT NULL;
UPDATE conversations SET expires_at = (expires_at + 59999999) / 60000000 * 60000000;

-- The outbox: the day it was written; a settled row keeps nothing finer, a pending one the
-- second it may go next.
UPDATE outbox SET created_at = created_at / 86400000000 * 86400000000;
UPDATE outbox SET not_before = created_at, lease_until = NULL WHERE state != 'pending';
UPDATE outbox SET not_before = (not_before + 999999) / 1000000 * 1000000,
    lease_until = (lease_until + 999999) / 1000000 * 1000000
    WHERE state = 'pending';

-- Expiries: to the minute, rounded up.
UPDATE button_sets SET expires_at = (expires_at + 59999999) / 60000000 * 60000000;
UPDATE invites SET expires_at = (expires_at + 59999999) / 60000000 * 60000000;
