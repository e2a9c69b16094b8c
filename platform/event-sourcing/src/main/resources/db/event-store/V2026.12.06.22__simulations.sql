-- The policy laboratory: one row per simulation. A simulation reads the event store up to
-- read_up_to (the global position when it started) and replays it under the exact policy kept
-- here, so a rerun reads the same events under the same rules and gives the same answer. It writes
-- nothing else: no event, no outbox row, no read model.
CREATE TABLE simulations (
    id             UUID        PRIMARY KEY,
    scope_kind     TEXT        NOT NULL,           -- which simulator: e.g. mobility-arrangements
    scope          JSONB       NOT NULL,           -- the scope as the simulator fixed it
    policy         JSONB       NOT NULL,           -- the exact policy tried, written out in full
    reproduction   BOOLEAN     NOT NULL,           -- the check: the policy in force as recorded
    read_up_to     BIGINT      NOT NULL,           -- the last global position read
    as_of          TIMESTAMPTZ NOT NULL,           -- deadlines due by then fire in the simulated world
    state          TEXT        NOT NULL,           -- RUNNING, DONE, FAILED
    progress_done  BIGINT      NOT NULL DEFAULT 0,
    progress_total BIGINT      NOT NULL DEFAULT 0,
    events_read    BIGINT,
    differences    BIGINT,                         -- outcomes that differ from the recorded ones
    result         JSONB,                          -- the report, when done
    report_csv     TEXT,                           -- its CSV export
    failure        TEXT,                           -- why it failed, when it did
    started_by     TEXT        NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    CONSTRAINT simulations_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);

CREATE INDEX simulations_recent ON simulations (started_at DESC, id);
