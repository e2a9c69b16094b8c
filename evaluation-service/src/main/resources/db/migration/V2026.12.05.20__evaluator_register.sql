-- Read model: the register of evaluators with their kind (projection "evaluator-register").
CREATE TABLE evaluator_register (
    id            UUID PRIMARY KEY,
    subject       TEXT        NOT NULL,
    name          TEXT,
    kind          TEXT        NOT NULL,
    affiliation   TEXT,
    registered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX evaluator_register_kind ON evaluator_register (kind, subject);
