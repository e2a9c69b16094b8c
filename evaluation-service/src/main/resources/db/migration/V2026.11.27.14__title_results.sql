-- Read model: title reviews and their applications' results (projection "title-results").
CREATE TABLE title_review_listings (
    id              UUID PRIMARY KEY,
    title           TEXT        NOT NULL,
    series_code     TEXT        NOT NULL,
    discipline_code TEXT        NOT NULL,
    level           TEXT        NOT NULL,
    specialties     INTEGER     NOT NULL,
    organiser       TEXT,
    status          TEXT        NOT NULL,
    panel_size      INTEGER     NOT NULL DEFAULT 0,
    applications    INTEGER     NOT NULL DEFAULT 0,
    opened_at       TIMESTAMPTZ NOT NULL,
    version         INTEGER     NOT NULL
);

CREATE TABLE title_applications (
    application_id  UUID PRIMARY KEY,
    review_id       UUID        NOT NULL,
    researcher_id   UUID        NOT NULL,
    institution     TEXT        NOT NULL,
    series_code     TEXT        NOT NULL,
    discipline_code TEXT        NOT NULL,
    specialty       TEXT        NOT NULL,
    level           TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    route           TEXT,
    filed_at        TIMESTAMPTZ NOT NULL,
    decided_at      TIMESTAMPTZ
);
CREATE INDEX title_applications_results ON title_applications (series_code, discipline_code, specialty, level);
