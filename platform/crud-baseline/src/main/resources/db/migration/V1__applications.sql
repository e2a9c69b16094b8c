CREATE TABLE applications (
    id                     UUID PRIMARY KEY,
    intake_event_id        UUID        NOT NULL,
    organisation           TEXT        NOT NULL,
    status                 TEXT        NOT NULL,
    candidate_name         TEXT        NOT NULL,
    contact_email          TEXT        NOT NULL,
    degree_level           TEXT        NOT NULL,
    discipline             TEXT,
    background_description TEXT,
    submitted_at           TIMESTAMPTZ NOT NULL
);
-- What a list of an event's applications would need; admissions' read model has the same.
CREATE INDEX applications_intake_event ON applications (intake_event_id);
