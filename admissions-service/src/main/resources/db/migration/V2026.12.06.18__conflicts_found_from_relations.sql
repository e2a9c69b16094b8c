-- Issue 18 item 3: conflicts of interest found from relations admissions holds.
-- A reviewer is recognised as a registered mentor by the token subject the mentor acts with, and as a
-- founder by the mentor's researcher id (projection "mentor-load"; rows from before get them on a rebuild).
ALTER TABLE mentor_loads
    ADD COLUMN subject       TEXT,
    ADD COLUMN researcher_id UUID;
CREATE INDEX mentor_loads_subject ON mentor_loads (subject);

-- incubation's founders (handler "venture-founders"): a student (by student id) or researcher (by researcher id).
CREATE TABLE venture_founders (
    id           UUID PRIMARY KEY,
    venture_id   UUID NOT NULL,
    founder_kind TEXT NOT NULL,
    person_id    UUID NOT NULL
);
CREATE INDEX venture_founders_person ON venture_founders (founder_kind, person_id);

-- Read model: every relation checked before a reviewer joined an application's panel (projection "conflict-checks").
CREATE TABLE reviewer_relation_checks (
    application_id UUID        NOT NULL,
    reviewer       TEXT        NOT NULL,
    relation       TEXT        NOT NULL,
    outcome        TEXT        NOT NULL,
    detail         TEXT,
    checked_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, reviewer, relation)
);
CREATE INDEX reviewer_relation_checks_reviewer ON reviewer_relation_checks (reviewer, checked_at);
