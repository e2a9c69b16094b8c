-- Read model: intake events with their remaining places (projection "intake-events").
CREATE TABLE intake_event_summaries (
    id           UUID PRIMARY KEY,
    title        TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    opens_at     TIMESTAMPTZ NOT NULL,
    closes_at    TIMESTAMPTZ NOT NULL,
    capacity     INTEGER     NOT NULL,
    places_taken INTEGER     NOT NULL DEFAULT 0,
    version      INTEGER     NOT NULL
);
CREATE INDEX intake_event_summaries_status ON intake_event_summaries (status, opens_at);
