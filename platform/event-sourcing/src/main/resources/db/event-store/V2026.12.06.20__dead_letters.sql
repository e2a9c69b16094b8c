-- Dead letters an operator can act on. Every event a projection or foreign-event handler refused is
-- copied to the <service>.dead-letters topic (the permanent record, kept forever) and, in the same
-- transaction that passes it over, to this table: the operator's work list, with what became of
-- each letter (replayed after a fix, or discarded with a reason, by whom and when).
CREATE TABLE dead_letters (
    id              UUID        PRIMARY KEY,        -- derived from consumer and event id: one letter per refusal
    consumer        TEXT        NOT NULL,           -- the projection or handler that refused it
    event_id        UUID        NOT NULL,           -- ce_id, or derived from topic/partition/offset for an unreadable record
    event_type      TEXT,                           -- ce_type, when readable
    subject         TEXT,                           -- ce_subject: the stream
    topic           TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,           -- -1 for an event that had waited for a missing one
    kafka_offset    BIGINT      NOT NULL,
    record_key      TEXT,
    record_value    BYTEA,                          -- the record as it was: replay decodes it again
    headers         JSONB       NOT NULL,
    reason          TEXT        NOT NULL,
    exception       TEXT        NOT NULL,
    lettered_at     TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'OPEN', -- OPEN, REPLAYED, DISCARDED
    resolved_at     TIMESTAMPTZ,
    resolved_by     TEXT,                           -- the operator's token subject
    resolution      TEXT,                           -- what replay did, or why it was discarded
    CONSTRAINT dead_letters_status CHECK (status IN ('OPEN', 'REPLAYED', 'DISCARDED')),
    CONSTRAINT dead_letters_one_per_refusal UNIQUE (consumer, event_id)
);

CREATE INDEX dead_letters_open ON dead_letters (lettered_at, id) WHERE status = 'OPEN';
