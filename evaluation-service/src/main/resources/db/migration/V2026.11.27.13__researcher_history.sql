-- Read model: a researcher's evaluation history with evidence (projection "researcher-history").
CREATE TABLE researcher_history (
    id            UUID PRIMARY KEY,
    researcher_id UUID        NOT NULL,
    event_position BIGINT     NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    kind          TEXT        NOT NULL,
    institution   TEXT,
    reference_id  UUID,
    summary       TEXT        NOT NULL
);
CREATE INDEX researcher_history_researcher ON researcher_history (researcher_id, occurred_at, event_position);
