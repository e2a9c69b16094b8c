-- Read model: cycles, their dossiers and evaluator assignments (projection "cycle-progress").
CREATE TABLE cycle_summaries (
    id             UUID PRIMARY KEY,
    institution    TEXT        NOT NULL,
    scheme_id      UUID        NOT NULL,
    scheme_version INTEGER     NOT NULL,
    name           TEXT        NOT NULL,
    pilot_id       UUID,
    status         TEXT        NOT NULL,
    dossiers       INTEGER     NOT NULL DEFAULT 0,
    opened_at      TIMESTAMPTZ NOT NULL,
    concluded_at   TIMESTAMPTZ,
    version        INTEGER     NOT NULL
);
CREATE INDEX cycle_summaries_institution ON cycle_summaries (institution, opened_at);

-- How many evaluators each track of a cycle requires per dossier (from the scheme version it keeps).
CREATE TABLE cycle_tracks (
    cycle_id            UUID    NOT NULL,
    track               TEXT    NOT NULL,
    name                TEXT    NOT NULL,
    required_evaluators INTEGER NOT NULL,
    PRIMARY KEY (cycle_id, track)
);

CREATE TABLE dossier_progress (
    dossier_id          UUID PRIMARY KEY,
    cycle_id            UUID        NOT NULL,
    researcher_id       UUID        NOT NULL,
    institution         TEXT        NOT NULL,
    track               TEXT        NOT NULL,
    outcome_use         TEXT        NOT NULL,
    required_evaluators INTEGER     NOT NULL,
    assigned            INTEGER     NOT NULL DEFAULT 0,
    scored              INTEGER     NOT NULL DEFAULT 0,
    total               NUMERIC(7, 2),
    result              TEXT,
    submitted_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX dossier_progress_cycle ON dossier_progress (cycle_id, submitted_at);

CREATE TABLE evaluator_assignments (
    dossier_id    UUID        NOT NULL,
    evaluator     TEXT        NOT NULL,
    cycle_id      UUID        NOT NULL,
    institution   TEXT        NOT NULL,
    researcher_id UUID        NOT NULL,
    track         TEXT        NOT NULL,
    kind          TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    assigned_at   TIMESTAMPTZ NOT NULL,
    scored_at     TIMESTAMPTZ,
    PRIMARY KEY (dossier_id, evaluator)
);
CREATE INDEX evaluator_assignments_evaluator ON evaluator_assignments (evaluator, status, assigned_at);
