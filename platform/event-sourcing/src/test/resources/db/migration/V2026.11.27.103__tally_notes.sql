-- A second sample read model, beside tally_totals, so that the kernel's tests run a service whose
-- consumer applies a batch to several projections at once: the notes of each tally's increments,
-- poison ones included (this projection refuses none).
CREATE TABLE tally_notes (
    stream_id  TEXT    PRIMARY KEY,
    increments INTEGER NOT NULL,
    notes      TEXT    NOT NULL
);
