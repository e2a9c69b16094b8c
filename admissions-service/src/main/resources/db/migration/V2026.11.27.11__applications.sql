-- Read model: each application's status (projection "applications"), for partners' and operators' lists.
CREATE TABLE application_statuses (
    id               UUID PRIMARY KEY,
    intake_event_id  UUID        NOT NULL,
    organisation     TEXT        NOT NULL,
    candidate_name   TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    submitted_at     TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    required_reviews INTEGER     NOT NULL,
    reviews_in       INTEGER     NOT NULL DEFAULT 0,
    student_id       UUID,
    version          INTEGER     NOT NULL
);
CREATE INDEX application_statuses_organisation ON application_statuses (organisation, submitted_at, id);
CREATE INDEX application_statuses_intake_event ON application_statuses (intake_event_id, submitted_at, id);

-- ... and its history: one row per event of the application's stream (same projection).
CREATE TABLE application_history (
    event_id       UUID PRIMARY KEY,
    application_id UUID        NOT NULL,
    stream_version INTEGER     NOT NULL,
    event_type     TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT application_history_version_uq UNIQUE (application_id, stream_version)
);
