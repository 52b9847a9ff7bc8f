-- Activities and their parts. Units are in the column names; times are UTC ISO 8601 text
-- ("2024-05-01T06:30:00.000Z"), which sorts in time order.
CREATE TABLE activities (
    id               INTEGER PRIMARY KEY,
    start_time_utc   TEXT    NOT NULL,
    utc_offset_min   INTEGER NOT NULL,
    sport            TEXT    NOT NULL,
    sub_sport        TEXT,
    distance_m       REAL    NOT NULL,
    timer_time_s     REAL    NOT NULL,
    elapsed_time_s   REAL    NOT NULL,
    moving_time_s    REAL    NOT NULL,
    avg_hr_bpm       REAL,
    max_hr_bpm       REAL,
    avg_cadence_spm  REAL,
    ascent_m         REAL,
    descent_m        REAL,
    avg_speed_mps    REAL,
    max_speed_mps    REAL,
    device           TEXT,
    name             TEXT,
    rpe              INTEGER,
    source_file      TEXT    NOT NULL,
    source_format    TEXT    NOT NULL,
    content_sha256   TEXT    NOT NULL UNIQUE,
    imported_at      TEXT    NOT NULL
);
CREATE INDEX ix_activities_start_time_utc ON activities (start_time_utc);
CREATE INDEX ix_activities_sport_start ON activities (sport, start_time_utc);

CREATE TABLE laps (
    activity_id      INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    lap_number       INTEGER NOT NULL,
    start_time_utc   TEXT    NOT NULL,
    distance_m       REAL    NOT NULL,
    timer_time_s     REAL    NOT NULL,
    elapsed_time_s   REAL    NOT NULL,
    avg_hr_bpm       REAL,
    max_hr_bpm       REAL,
    avg_speed_mps    REAL,
    avg_cadence_spm  REAL,
    PRIMARY KEY (activity_id, lap_number)
);

-- unit is 'km' or 'mi'.
CREATE TABLE splits (
    activity_id      INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    unit             TEXT    NOT NULL,
    split_number     INTEGER NOT NULL,
    distance_m       REAL    NOT NULL,
    time_s           REAL    NOT NULL,
    avg_hr_bpm       REAL,
    elevation_gain_m REAL,
    PRIMARY KEY (activity_id, unit, split_number)
);

CREATE TABLE best_efforts (
    activity_id      INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    effort_id        TEXT    NOT NULL,
    distance_m       REAL    NOT NULL,
    time_s           REAL    NOT NULL,
    start_offset_s   REAL    NOT NULL,
    PRIMARY KEY (activity_id, effort_id)
);

-- The sample series, columnar: one row per activity, one compressed BLOB per channel (NULL when the
-- channel was not recorded). Encoding: HybridCoach.Storage/Samples/SampleColumnCodec.cs.
CREATE TABLE samples (
    activity_id              INTEGER PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
    sample_count             INTEGER NOT NULL,
    timestamps_ms            BLOB    NOT NULL,
    distance_m               BLOB,
    latitude_deg             BLOB,
    longitude_deg            BLOB,
    altitude_m               BLOB,
    speed_mps                BLOB,
    heart_rate_bpm           BLOB,
    cadence_spm              BLOB,
    power_w                  BLOB,
    temperature_c            BLOB,
    vertical_oscillation_mm  BLOB,
    ground_contact_time_ms   BLOB
);
