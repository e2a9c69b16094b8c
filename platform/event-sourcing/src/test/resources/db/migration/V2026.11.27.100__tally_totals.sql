CREATE TABLE tally_totals (
    stream_id  TEXT PRIMARY KEY,
    total      INTEGER NOT NULL DEFAULT 0,
    increments INTEGER NOT NULL DEFAULT 0
);
