-- Durable deadlines: a command due at a moment, scheduled in the same transaction as the append
-- that makes it due (an arrangement approved: its signing lapses in 30 days), cancelled in the
-- transaction that makes it moot (the agreement signed). The dispatcher claims due rows with
-- FOR UPDATE SKIP LOCKED and runs each command in the transaction that marks its row fired, so a
-- deadline fires exactly once across replicas and restarts, whenever the service comes back.
CREATE TABLE deadlines (
    id              UUID        PRIMARY KEY,
    name            TEXT        NOT NULL,           -- what is due, e.g. mobility.SigningLapse
    stream_id       TEXT        NOT NULL,           -- the stream the command is for
    organisation    TEXT,                           -- whose deadline it is, for partners' views
    subject         TEXT        NOT NULL,           -- a line a person reads: what happens when it falls due
    due_at          TIMESTAMPTZ NOT NULL,
    payload         TEXT        NOT NULL,           -- the command's parameters, JSON
    correlation_id  UUID        NOT NULL,           -- of the command that scheduled it
    causation_id    UUID        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PENDING', -- PENDING, FIRED, REFUSED, CANCELLED
    scheduled_at    TIMESTAMPTZ NOT NULL,
    closed_at       TIMESTAMPTZ,                    -- fired, refused or cancelled at (the platform's clock)
    outcome         TEXT,                           -- what firing did, or why it was refused or cancelled
    attempts        INTEGER     NOT NULL DEFAULT 0, -- failed attempts (the database or broker away): retried
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT
);

-- One pending deadline of a name per stream: scheduling it again moves it.
CREATE UNIQUE INDEX deadlines_one_pending ON deadlines (name, stream_id) WHERE status = 'PENDING';
-- The dispatcher's query and the overdue gauge: pending rows by due time.
CREATE INDEX deadlines_due ON deadlines (due_at, id) WHERE status = 'PENDING';
CREATE INDEX deadlines_by_organisation ON deadlines (organisation, due_at);
