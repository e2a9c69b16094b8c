-- Issue 18 item 3. Read model: every relation checked before an evaluator was assigned to a dossier (projection "conflict-checks").
CREATE TABLE evaluator_relation_checks (
    dossier_id UUID        NOT NULL,
    evaluator  TEXT        NOT NULL,
    relation   TEXT        NOT NULL,
    cycle_id   UUID        NOT NULL,
    outcome    TEXT        NOT NULL,
    detail     TEXT,
    checked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dossier_id, evaluator, relation)
);
CREATE INDEX evaluator_relation_checks_cycle ON evaluator_relation_checks (cycle_id, dossier_id, evaluator);
