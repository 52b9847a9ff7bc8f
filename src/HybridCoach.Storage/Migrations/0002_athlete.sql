-- The athlete's profile (one row, id = 1), injury history, and daily recovery signals. Units are in the
-- column names; days of the week are comma-separated lower-case three-letter names ("mon,wed,sat");
-- dates are ISO "yyyy-mm-dd" text, which sorts in date order.
CREATE TABLE athlete_profile (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    name                     TEXT    NOT NULL,
    birth_year               INTEGER NOT NULL,
    sex                      TEXT    NOT NULL,
    weight_kg                REAL,
    max_hr_bpm               INTEGER,
    resting_hr_bpm           INTEGER,
    lthr_bpm                 INTEGER,
    threshold_pace_s_per_km  REAL,
    training_age_years       INTEGER,
    available_days           TEXT    NOT NULL,
    long_run_day             TEXT,
    clear_days               TEXT    NOT NULL,
    units                    TEXT    NOT NULL
);

CREATE TABLE injuries (
    id           INTEGER PRIMARY KEY,
    site         TEXT    NOT NULL,
    side         TEXT    NOT NULL,
    injury_date  TEXT    NOT NULL,
    severity     INTEGER NOT NULL,
    notes        TEXT
);

-- illness is 'none', 'above_neck' or 'below_neck'; pain is 0 or 1.
CREATE TABLE recovery_signals (
    signal_date      TEXT    PRIMARY KEY,
    resting_hr_bpm   INTEGER,
    hrv_rmssd_ms     REAL,
    sleep_hours      REAL,
    sleep_quality    INTEGER,
    soreness         INTEGER,
    pain             INTEGER NOT NULL,
    pain_site        TEXT,
    illness          TEXT    NOT NULL,
    life_stress      INTEGER,
    motivation       INTEGER,
    note             TEXT
);

CREATE TABLE site_soreness (
    signal_date  TEXT    NOT NULL REFERENCES recovery_signals (signal_date) ON DELETE CASCADE,
    site         TEXT    NOT NULL,
    soreness     INTEGER NOT NULL,
    PRIMARY KEY (signal_date, site)
);
