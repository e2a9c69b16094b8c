-- The sample read model of the kernel's tests. "trail" lists the increments in the order they were
-- applied, so that a projection fed out of stream order shows it.
CREATE TABLE tally_totals (
    stream_id  TEXT PRIMARY KEY,
    total      INTEGER NOT NULL DEFAULT 0,
    increments INTEGER NOT NULL DEFAULT 0,
    trail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX tally_totals_total ON tally_totals (total, stream_id);

-- One row per increment applied: an event applied twice would show as two.
CREATE TABLE tally_increments (
    event_id   UUID    NOT NULL,
    stream_id  TEXT    NOT NULL REFERENCES tally_totals (stream_id),
    by_amount  INTEGER NOT NULL
);
