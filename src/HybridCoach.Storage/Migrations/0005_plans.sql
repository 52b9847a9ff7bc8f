-- Season plans (issue 5): one row per `coach plan generate` (a version, numbered from 1 and never changed), with
-- the request it was built from and the active variant; one row per variant with its plan and the validator's
-- violations. JSON columns hold explicit records (Application/Plans/Records); created_at_utc is fixed-width ISO
-- 8601 UTC text (see SqliteDialect).
CREATE TABLE plans (
    version          INTEGER PRIMARY KEY,
    created_at_utc   TEXT    NOT NULL,
    active_variant   TEXT    NOT NULL CHECK (active_variant IN ('conservative', 'moderate', 'aggressive')),
    request_json     TEXT    NOT NULL
);

CREATE TABLE plan_variants (
    plan_version     INTEGER NOT NULL REFERENCES plans (version),
    variant          TEXT    NOT NULL CHECK (variant IN ('conservative', 'moderate', 'aggressive')),
    plan_json        TEXT    NOT NULL,
    violations_json  TEXT    NOT NULL,
    PRIMARY KEY (plan_version, variant)
);
