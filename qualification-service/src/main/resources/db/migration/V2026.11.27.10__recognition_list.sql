-- Read model "recognition-list": every version of the recognition list with its entries, so that
-- versions can be filtered, counted, compared and found by date.
CREATE TABLE list_versions (
    version        TEXT        PRIMARY KEY,
    major          INTEGER     NOT NULL,
    minor          INTEGER     NOT NULL,
    status         TEXT        NOT NULL,
    based_on       TEXT,
    effective_on   DATE,
    drafted_at     TIMESTAMPTZ NOT NULL,
    published_at   TIMESTAMPTZ,
    -- the list stream's version last applied to this row: older events never overwrite newer ones
    stream_version INTEGER     NOT NULL
);
-- "in force on D": the latest published version with effective_on <= D
CREATE INDEX list_versions_in_force ON list_versions (effective_on) WHERE status = 'PUBLISHED';

-- One row per entry and version: a draft starts as a copy of the version it is based on.
CREATE TABLE listed_entries (
    version            TEXT    NOT NULL REFERENCES list_versions (version) ON DELETE CASCADE,
    qualification_id   UUID    NOT NULL,
    name               TEXT    NOT NULL,
    issuing_body       TEXT    NOT NULL,
    country            TEXT    NOT NULL,
    profession         TEXT    NOT NULL,
    recognised         BOOLEAN NOT NULL,
    urgently_needed    BOOLEAN NOT NULL,
    title_equivalence  BOOLEAN NOT NULL,
    mutual_recognition BOOLEAN NOT NULL,
    title_series       TEXT,
    title_level        TEXT,
    PRIMARY KEY (version, qualification_id)
);
CREATE INDEX listed_entries_by_name ON listed_entries (version, name, qualification_id);
CREATE INDEX listed_entries_by_country ON listed_entries (version, lower(country));
CREATE INDEX listed_entries_by_profession ON listed_entries (version, lower(profession));

-- Why an entry was withdrawn in a version, for the differences between versions.
CREATE TABLE list_withdrawals (
    version          TEXT NOT NULL REFERENCES list_versions (version) ON DELETE CASCADE,
    qualification_id UUID NOT NULL,
    reason           TEXT NOT NULL,
    PRIMARY KEY (version, qualification_id)
);
