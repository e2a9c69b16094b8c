-- Read models equal the log: a projection applies each stream's events in stream-version order,
-- exactly once, whatever the order or number of deliveries. The kernel keeps, per projection and
-- stream, the last version it has taken (applied, or passed over because the projection does not
-- read that type, or dead-lettered); an event at or below it is a duplicate, the next one is
-- applied, one further ahead waits in projection_gaps until the missing one arrives.
CREATE TABLE projection_cursors (
    projection TEXT    NOT NULL,
    stream_id  TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (projection, stream_id)
);

-- Events that arrived ahead of their stream's next version, kept whole (they are applied from
-- here once the gap closes) and visible to operators (a metric and an alert fire while any wait).
CREATE TABLE projection_gaps (
    projection     TEXT        NOT NULL,
    stream_id      TEXT        NOT NULL,
    stream_version INTEGER     NOT NULL,
    position       BIGINT      NOT NULL,
    stream_type    TEXT        NOT NULL,
    event_id       UUID        NOT NULL,
    event_type     TEXT        NOT NULL,
    schema_version INTEGER     NOT NULL,
    payload        TEXT        NOT NULL,
    metadata       TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    parked_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, stream_id, stream_version)
);

-- Projections no longer keep one processed_events row per event: their cursors say it. The table
-- stays for handlers of other services' events and for records that are not readable events. A
-- projection that has processed_events rows but no cursors was built before this migration: the
-- kernel rebuilds it at start-up (Projections), since the rebuilds of that time could reorder events.

-- What operators see beside the state: events dead-lettered (never applied; counted, not hidden),
-- and the schema a rebuild is building its copy in while the live one keeps answering.
ALTER TABLE projection_status
    ADD COLUMN dead_lettered  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN rebuild_shadow TEXT;
