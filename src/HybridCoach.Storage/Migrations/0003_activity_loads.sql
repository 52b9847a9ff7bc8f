-- Per-activity training loads, stored with how they were derived: one row per activity, measure
-- ('duration', 'distance', 'srpe', 'trimp', 'rss') and inputs_key — the fingerprint of the athlete profile
-- values and constants the formulas used (LoadInputsKey), so a profile change is computed afresh and never
-- read from an older profile's rows. A measure the activity cannot have is a row with no value and the
-- reason, so it is not recomputed either.
CREATE TABLE activity_loads (
    inputs_key          TEXT    NOT NULL,
    activity_id         INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    measure             TEXT    NOT NULL,
    value               REAL,
    formula_id          TEXT,
    derivation          TEXT,
    unavailable_reason  TEXT,
    PRIMARY KEY (inputs_key, activity_id, measure),
    CHECK ((value IS NOT NULL AND formula_id IS NOT NULL AND derivation IS NOT NULL AND unavailable_reason IS NULL)
        OR (value IS NULL AND unavailable_reason IS NOT NULL))
);
-- For the cascade and for dropping one activity's loads when its RPE or sport changes.
CREATE INDEX ix_activity_loads_activity ON activity_loads (activity_id);
