-- session_locks: the coach locks a planned day against automatic change (docs/oversight.md, "The coach's hands").
-- A lock is never deleted: unlocking records who, why and when. Locked days are carried into a regenerated plan.
CREATE TABLE session_locks (
    id               INTEGER PRIMARY KEY,
    day              TEXT    NOT NULL,
    locked_by        TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    locked_at_utc    TEXT    NOT NULL,
    unlocked_by      TEXT,
    unlock_reason    TEXT,
    unlocked_at_utc  TEXT
);

CREATE INDEX session_locks_open ON session_locks (day) WHERE unlocked_at_utc IS NULL;
