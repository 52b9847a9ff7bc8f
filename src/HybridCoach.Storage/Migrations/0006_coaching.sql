-- Coaching under a human coach (issue 6). Times are fixed-width ISO 8601 UTC text (see SqliteDialect); JSON columns
-- hold explicit records (Application/Coaching/Records).
-- check_ins: one row per `coach checkin`, the request kept in words and in structure.
CREATE TABLE check_ins (
    id               INTEGER PRIMARY KEY,
    week_start       TEXT    NOT NULL,
    effort           INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 10),
    fatigue          INTEGER NOT NULL CHECK (fatigue BETWEEN 1 AND 10),
    niggles_json     TEXT    NOT NULL,
    notes            TEXT,
    request_text     TEXT,
    request_json     TEXT    NOT NULL,
    created_at_utc   TEXT    NOT NULL
);
CREATE INDEX check_ins_week ON check_ins (week_start);

-- session_adjustments: `coach adjust`; at most one open (requested) adjustment per planned day.
CREATE TABLE session_adjustments (
    id               INTEGER PRIMARY KEY,
    plan_version     INTEGER NOT NULL,
    session_date     TEXT    NOT NULL,
    original_json    TEXT    NOT NULL,
    replacement_json TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    changes_json     TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('requested', 'accepted', 'rejected')),
    created_at_utc   TEXT    NOT NULL,
    decided_at_utc   TEXT
);
CREATE UNIQUE INDEX session_adjustments_one_open ON session_adjustments (session_date) WHERE status = 'requested';

-- proposals: changes the policy holds (suggested to the athlete or waiting for the coach), with who decided and why.
CREATE TABLE proposals (
    id               INTEGER PRIMARY KEY,
    category         TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    payload_json     TEXT    NOT NULL,
    route            TEXT    NOT NULL CHECK (route IN ('auto_apply', 'suggest_to_athlete', 'coach_approval')),
    rule_id          TEXT    NOT NULL,
    route_reason     TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'applied')),
    created_at_utc   TEXT    NOT NULL,
    decided_by       TEXT,
    decision_reason  TEXT,
    decided_at_utc   TEXT
);
CREATE INDEX proposals_status ON proposals (status);

-- escalations: alerts for the coach; dedup_key keeps the same alert from being raised twice.
CREATE TABLE escalations (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,
    urgency          INTEGER NOT NULL,
    alert_date       TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    evidence_json    TEXT    NOT NULL,
    dedup_key        TEXT    NOT NULL UNIQUE,
    status           TEXT    NOT NULL CHECK (status IN ('open', 'acknowledged')),
    created_at_utc   TEXT    NOT NULL,
    decided_by       TEXT,
    decision_reason  TEXT,
    decided_at_utc   TEXT
);

-- plan_version_notes / plan_changes: why a plan version exists and the per-day changes it made, with reasons.
CREATE TABLE plan_version_notes (
    plan_version     INTEGER PRIMARY KEY,
    source           TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    decided_by       TEXT
);

CREATE TABLE plan_changes (
    plan_version     INTEGER NOT NULL,
    session_date     TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    PRIMARY KEY (plan_version, session_date)
);
