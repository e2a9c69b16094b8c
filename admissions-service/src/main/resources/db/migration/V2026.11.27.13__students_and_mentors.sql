-- Read model: admitted students (projection "admissions"): admissions per month and per intake event.
CREATE TABLE admitted_students (
    student_id      UUID PRIMARY KEY,
    application_id  UUID        NOT NULL,
    intake_event_id UUID        NOT NULL,
    organisation    TEXT        NOT NULL,
    candidate_name  TEXT        NOT NULL,
    admitted_at     TIMESTAMPTZ NOT NULL,
    -- YYYY-MM of admittedAt in UTC
    admitted_month  TEXT        NOT NULL
);
CREATE INDEX admitted_students_month ON admitted_students (admitted_month);
CREATE INDEX admitted_students_intake_event ON admitted_students (intake_event_id);
CREATE INDEX admitted_students_organisation ON admitted_students (organisation, admitted_at, student_id);

-- Read model: mentors and how many students each mentors (projection "mentor-load").
CREATE TABLE mentor_loads (
    id            UUID PRIMARY KEY,
    name          TEXT        NOT NULL,
    kind          TEXT        NOT NULL,
    affiliation   TEXT,
    capacity      INTEGER     NOT NULL,
    students      INTEGER     NOT NULL DEFAULT 0,
    registered_at TIMESTAMPTZ NOT NULL,
    version       INTEGER     NOT NULL
);
CREATE INDEX mentor_loads_kind ON mentor_loads (kind, name, id);
CREATE INDEX mentor_loads_affiliation ON mentor_loads (affiliation, kind);
