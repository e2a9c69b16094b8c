-- The event store of one service. Kernel migrations live in db/event-store, a service's own in
-- db/migration; versions are dates so that both interleave in the order they were written.

CREATE TABLE events (
    position        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       TEXT        NOT NULL,
    stream_type     TEXT        NOT NULL,
    stream_version  INTEGER     NOT NULL CHECK (stream_version > 0),
    event_id        UUID        NOT NULL,
    event_type      TEXT        NOT NULL,
    schema_version  INTEGER     NOT NULL,
    -- json, not jsonb: the payload is kept byte for byte as written, and published as such.
    payload         JSON        NOT NULL,
    metadata        JSONB       NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    -- Optimistic concurrency: two writers that read the same version cannot both append after it.
    CONSTRAINT events_stream_version_uq UNIQUE (stream_id, stream_version),
    CONSTRAINT events_event_id_uq UNIQUE (event_id)
);

-- Transactional outbox: written in the same transaction as the events, emptied by the relay once
-- the broker has acknowledged them. Rows whose transactions commit late are simply picked up by a
-- later relay pass, so a gap in positions never loses an event.
CREATE TABLE outbox (
    position BIGINT PRIMARY KEY
);

-- Where the relay's last acknowledged records ended, per partition: after a crash between the
-- broker's acknowledgement and the outbox delete, the relay reads from here to find what it
-- already published and does not publish it twice.
CREATE TABLE relay_checkpoint (
    topic       TEXT    NOT NULL,
    partition   INTEGER NOT NULL,
    next_offset BIGINT  NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Effectively-once projections: an event is applied in the same transaction that records it here.
CREATE TABLE processed_events (
    projection   TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    outcome      TEXT        NOT NULL DEFAULT 'applied',
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, event_id)
);

-- One row per projection: live or rebuilding, and the rebuild's progress.
CREATE TABLE projection_status (
    projection        TEXT PRIMARY KEY,
    state             TEXT        NOT NULL DEFAULT 'live',
    rebuild_owner     TEXT,
    heartbeat_at      TIMESTAMPTZ,
    rebuild_started   TIMESTAMPTZ,
    rebuild_finished  TIMESTAMPTZ,
    rebuild_target    BIGINT,
    rebuild_done      BIGINT      NOT NULL DEFAULT 0,
    events_per_second NUMERIC
);

-- Safe retries of creating POSTs: the first answer is kept and replayed.
CREATE TABLE idempotency_keys (
    scope        TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    status       INTEGER     NOT NULL,
    body         TEXT,
    location     TEXT,
    etag         TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);

ALTER TABLE projection_status ADD COLUMN last_error TEXT;

-- Events from other services that refer to something not known here yet, kept until it is.
CREATE TABLE parked_events (
    -- arrival order: several events parked in one transaction share their timestamp
    seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    consumer       TEXT        NOT NULL,
    park_key       TEXT        NOT NULL,
    event_id       UUID        NOT NULL,
    envelope       JSONB       NOT NULL,
    data           TEXT        NOT NULL,
    parked_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, park_key, event_id)
);
