-- activity_deletions: `coach activity delete` hides an activity from every read (a broken file stored before the
-- import checked, a wrong import) and `--restore` brings it back within the grace period. Nothing is erased: the row
-- and its samples stay, and every delete and restore is recorded with when and why.
ALTER TABLE activities ADD COLUMN deleted_at_utc TEXT;

CREATE TABLE activity_deletions (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL,
    action       TEXT    NOT NULL CHECK (action IN ('delete', 'restore')),
    reason       TEXT    NOT NULL,
    at_utc       TEXT    NOT NULL
);
