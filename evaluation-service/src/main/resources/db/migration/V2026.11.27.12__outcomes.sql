-- Read model: evaluation outcomes of cycles and pledges (projection "outcomes").
CREATE TABLE outcomes (
    id            UUID PRIMARY KEY,
    source        TEXT        NOT NULL,
    reference_id  UUID        NOT NULL,
    dossier_id    UUID,
    researcher_id UUID        NOT NULL,
    institution   TEXT        NOT NULL,
    track         TEXT        NOT NULL,
    outcome_use   TEXT,
    result        TEXT        NOT NULL,
    use_granted   BOOLEAN     NOT NULL,
    total         NUMERIC(7, 2),
    determined_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX outcomes_institution ON outcomes (institution, track, outcome_use);
CREATE INDEX outcomes_researcher ON outcomes (researcher_id);
