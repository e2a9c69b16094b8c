-- Which erasure requests and reports are on the service's erasure topic, one row each, so that
-- every recovery of the relay can copy there whatever was published without a copy: before the
-- erasure topics existed, or by a replica of that older version that published the outbox again
-- after a newer one had (a rolling update, a rollback). It replaces relay_copies, which recorded a
-- single copy made at the first start and so missed the second case. Nothing is carried over from
-- it: the first recovery after this migration copies the earlier requests and reports once more,
-- which the handlers pass over (they take each event id once).
CREATE TABLE erasure_copies (
    topic    text NOT NULL,
    position bigint NOT NULL,
    PRIMARY KEY (topic, position)
);

DROP TABLE relay_copies;

-- The recovery's query, a handful of rows in a store of millions: it must match
-- PersonalDataEvent.EVENT_TYPES (ErasureCopiesTest checks it does).
CREATE INDEX events_erasure_traffic ON events (position) WHERE event_type IN ('ErasureRequested', 'SubjectForgotten');
