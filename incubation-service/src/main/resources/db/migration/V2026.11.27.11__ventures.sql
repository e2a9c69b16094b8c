-- Read model "ventures": ventures by stage, and the rounds they raised with their investors.
CREATE TABLE venture_summaries (
    id            UUID PRIMARY KEY,
    centre        TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    stage         TEXT    NOT NULL,
    applied_on    DATE    NOT NULL,
    stage_since   DATE    NOT NULL,
    founders      INTEGER NOT NULL DEFAULT 0,
    milestones    INTEGER NOT NULL DEFAULT 0,
    rounds        INTEGER NOT NULL DEFAULT 0,
    closed_reason TEXT,
    version       INTEGER NOT NULL
);
CREATE INDEX venture_summaries_centre ON venture_summaries (centre, stage, name);

CREATE TABLE funding_rounds (
    id          UUID PRIMARY KEY,
    venture_id  UUID    NOT NULL,
    centre      TEXT    NOT NULL,
    round_name  TEXT    NOT NULL,
    amount      NUMERIC NOT NULL CHECK (amount > 0),
    currency    TEXT    NOT NULL,
    closed_on   DATE    NOT NULL,
    UNIQUE (venture_id, round_name)
);
CREATE INDEX funding_rounds_centre ON funding_rounds (centre, currency);

CREATE TABLE round_investors (
    id           UUID PRIMARY KEY,
    round_id     UUID    NOT NULL,
    venture_id   UUID    NOT NULL,
    ordinal      INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    partner_id   UUID,
    organisation TEXT,
    commitment   NUMERIC,
    currency     TEXT
);
CREATE INDEX round_investors_partner ON round_investors (partner_id);

-- Read model "venture-timeline": what happened to a venture, in order.
CREATE TABLE venture_timeline (
    event_id       UUID PRIMARY KEY,
    venture_id     UUID        NOT NULL,
    stream_version INTEGER     NOT NULL,
    kind           TEXT        NOT NULL,
    occurred_on    DATE,
    recorded_at    TIMESTAMPTZ NOT NULL,
    summary        TEXT        NOT NULL,
    amount         NUMERIC,
    currency       TEXT,
    UNIQUE (venture_id, stream_version)
);
