-- Narrations (issue 7): every narration of something other than the daily call (weekly summaries, session notes,
-- adaptation diffs, escalation alerts), with what the narrator was given (subject_json) and, when a language model
-- was asked, the whole exchange. Append-only like the decisions: the triggers refuse UPDATE and DELETE.
CREATE TABLE narrations (
    id                 INTEGER PRIMARY KEY,
    purpose            TEXT    NOT NULL,
    reference          TEXT    NOT NULL,
    narrated_for       TEXT    NOT NULL,
    created_at_utc     TEXT    NOT NULL,
    subject_json       TEXT    NOT NULL,
    text               TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    llm_provider       TEXT,
    llm_model          TEXT,
    llm_prompt         TEXT,
    llm_response       TEXT,
    llm_guard_verdict  TEXT,
    llm_latency_ms     INTEGER,
    llm_fallback_used  INTEGER
);
CREATE INDEX narrations_by_reference ON narrations (reference, id);
CREATE INDEX narrations_by_purpose ON narrations (purpose, id);

CREATE TRIGGER narrations_no_update BEFORE UPDATE ON narrations
BEGIN
    SELECT RAISE(ABORT, 'narrations are append-only: an audit record cannot be changed');
END;

CREATE TRIGGER narrations_no_delete BEFORE DELETE ON narrations
BEGIN
    SELECT RAISE(ABORT, 'narrations are append-only: an audit record cannot be deleted');
END;
