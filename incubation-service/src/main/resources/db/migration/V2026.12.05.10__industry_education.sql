-- Read model "industry-education": platforms (with a pilot's reform plan), co-built facilities and
-- placements. `parties` lists the organisations that may see a row ("|host|enterprise|..."), for
-- partners' lists.
CREATE TABLE education_platforms (
    id                UUID PRIMARY KEY,
    centre            TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    host_institution  TEXT    NOT NULL,
    parties           TEXT    NOT NULL,
    functions         TEXT    NOT NULL,
    illustrative      BOOLEAN NOT NULL,
    status            TEXT    NOT NULL,
    recognition_level TEXT,
    recognition_batch TEXT,
    proposed_on       DATE    NOT NULL,
    plan_status       TEXT,
    plan_published_on DATE,
    plan_revisions    INTEGER NOT NULL DEFAULT 0,
    version           INTEGER NOT NULL
);
CREATE INDEX education_platforms_centre ON education_platforms (centre, kind, status);

CREATE TABLE education_facilities (
    id               UUID PRIMARY KEY,
    platform_id      UUID    NOT NULL,
    centre           TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    institution      TEXT    NOT NULL,
    enterprise_id    UUID    NOT NULL,
    third_party      TEXT,
    parties          TEXT    NOT NULL,
    places_per_term  INTEGER NOT NULL CHECK (places_per_term > 0),
    status           TEXT    NOT NULL,
    signed_on        DATE    NOT NULL,
    placements       INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL
);
CREATE INDEX education_facilities_centre ON education_facilities (centre, kind);
CREATE INDEX education_facilities_platform ON education_facilities (platform_id);

CREATE TABLE education_placements (
    id                      UUID PRIMARY KEY,
    facility_id             UUID    NOT NULL,
    platform_id             UUID    NOT NULL,
    centre                  TEXT    NOT NULL,
    facility_kind           TEXT    NOT NULL,
    term                    TEXT    NOT NULL,
    student_name            TEXT    NOT NULL,
    student_from_admissions BOOLEAN NOT NULL,
    academic_mentor         TEXT    NOT NULL,
    industry_mentor         TEXT    NOT NULL,
    parties                 TEXT    NOT NULL,
    status                  TEXT    NOT NULL,
    outcome                 TEXT,
    placed_on               DATE    NOT NULL
);
CREATE INDEX education_placements_facility ON education_placements (facility_id, term);
CREATE INDEX education_placements_centre ON education_placements (centre, facility_kind, term);
