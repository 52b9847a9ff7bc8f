-- Decisions (issue 4): the race calendar, per-athlete guardrail overrides, the append-only audit trail of engine
-- decisions, and the journal of the athlete's (or coach's) own verdicts. Dates are ISO "yyyy-mm-dd" text; *_utc
-- times are fixed-width ISO 8601 UTC text (see SqliteDialect); both sort in time order.
CREATE TABLE races (
    id          INTEGER PRIMARY KEY,
    race_date   TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    distance_m  REAL    NOT NULL CHECK (distance_m > 0),
    priority    TEXT    NOT NULL CHECK (priority IN ('A', 'B', 'C'))
);
CREATE INDEX races_by_date ON races (race_date);

CREATE TABLE guardrail_overrides (
    setting_id  TEXT    PRIMARY KEY,
    value       REAL    NOT NULL,
    set_at_utc  TEXT    NOT NULL,
    note        TEXT
);

-- One row per engine run; never changed or deleted (the triggers below refuse it), so every call can be
-- inspected and replayed later. The llm_* columns stay null until a language model narrates (issue 7).
CREATE TABLE decisions (
    id                 INTEGER PRIMARY KEY,
    decided_for        TEXT    NOT NULL,
    created_at_utc     TEXT    NOT NULL,
    recommendation     TEXT    NOT NULL,
    engine_version     TEXT    NOT NULL,
    settings_hash      TEXT    NOT NULL,
    settings_json      TEXT    NOT NULL,
    snapshot_json      TEXT    NOT NULL,
    outcomes_json      TEXT    NOT NULL,
    narrative          TEXT    NOT NULL,
    narrative_source   TEXT    NOT NULL,
    llm_provider       TEXT,
    llm_model          TEXT,
    llm_prompt         TEXT,
    llm_response       TEXT,
    llm_guard_verdict  TEXT,
    llm_latency_ms     INTEGER,
    llm_fallback_used  INTEGER
);
CREATE INDEX decisions_by_day ON decisions (decided_for);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: an audit record cannot be changed');
END;

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: an audit record cannot be deleted');
END;

-- author is 'athlete' or 'coach'; my_call is a recommendation id (PROCEED … NEEDS_MORE_DATA).
CREATE TABLE journal (
    id              INTEGER PRIMARY KEY,
    entry_date      TEXT    NOT NULL,
    my_call         TEXT    NOT NULL,
    note            TEXT,
    author          TEXT    NOT NULL CHECK (author IN ('athlete', 'coach')),
    created_at_utc  TEXT    NOT NULL
);
CREATE INDEX journal_by_date ON journal (entry_date);
