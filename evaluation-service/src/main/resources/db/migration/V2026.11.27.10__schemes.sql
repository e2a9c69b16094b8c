-- Read model: institutions' evaluation schemes (projection "schemes").
CREATE TABLE scheme_summaries (
    id              UUID PRIMARY KEY,
    institution     TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    current_version INTEGER     NOT NULL,
    tracks          INTEGER     NOT NULL,
    defined_at      TIMESTAMPTZ NOT NULL,
    revised_at      TIMESTAMPTZ,
    version         INTEGER     NOT NULL
);
CREATE INDEX scheme_summaries_institution ON scheme_summaries (institution, name);
