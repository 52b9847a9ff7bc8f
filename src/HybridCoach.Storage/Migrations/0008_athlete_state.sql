-- What is in force for the athlete beyond the training record (docs/athlete-state.md).

-- escalations.site: the body site of a pain report (null for other alerts and pain with no site named).
ALTER TABLE escalations ADD COLUMN site TEXT;

-- flag_clearances: the coach clears a medical red flag or a pain report; until then it holds the athlete back.
-- One clearance per alert; cleared_on is the first day the flag no longer applies.
CREATE TABLE flag_clearances (
    escalation_id   INTEGER PRIMARY KEY REFERENCES escalations (id),
    cleared_by      TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    cleared_on      TEXT    NOT NULL,
    cleared_at_utc  TEXT    NOT NULL
);

-- coach_holds: restrictions the coach places, from starts_on to until (inclusive; null = until lifted).
-- lifted_on is the first day a lifted hold no longer applies.
CREATE TABLE coach_holds (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('no_training', 'no_running', 'no_hard_sessions', 'max_weekly_distance')),
    starts_on       TEXT    NOT NULL,
    until           TEXT,
    max_weekly_km   REAL,
    reason          TEXT    NOT NULL,
    placed_by       TEXT    NOT NULL,
    placed_at_utc   TEXT    NOT NULL,
    lifted_by       TEXT,
    lift_reason     TEXT,
    lifted_on       TEXT,
    lifted_at_utc   TEXT
);

-- activities.notes: what the athlete wrote about an activity (read for pain and red-flag words the moment it is saved).
ALTER TABLE activities ADD COLUMN notes TEXT;
