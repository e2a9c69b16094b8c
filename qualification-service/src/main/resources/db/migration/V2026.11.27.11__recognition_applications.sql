-- Read model "recognition-applications": applications by status and organisation.
CREATE TABLE application_summaries (
    id                 UUID    PRIMARY KEY,
    organisation       TEXT    NOT NULL,
    holder_id          UUID    NOT NULL,
    qualification_id   UUID    NOT NULL,
    qualification_name TEXT    NOT NULL,
    country            TEXT    NOT NULL,
    list_version       TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    applied_on         DATE    NOT NULL,
    decided_on         DATE,
    refusal_ground     TEXT,
    refusal_reason     TEXT,
    stream_version     INTEGER NOT NULL
);
CREATE INDEX application_summaries_by_status ON application_summaries (status, applied_on, id);
CREATE INDEX application_summaries_by_organisation ON application_summaries (organisation, status, applied_on, id);

-- Read model "holder-recognitions": what each holder has had recognised, with any title equivalence.
CREATE TABLE holder_recognitions (
    application_id     UUID    PRIMARY KEY,
    holder_id          UUID    NOT NULL,
    organisation       TEXT    NOT NULL,
    qualification_id   UUID    NOT NULL,
    qualification_name TEXT    NOT NULL,
    country            TEXT    NOT NULL,
    profession         TEXT    NOT NULL,
    list_version       TEXT    NOT NULL,
    recognised_on      DATE    NOT NULL,
    title_series       TEXT,
    title_level        TEXT,
    stream_version     INTEGER NOT NULL
);
CREATE INDEX holder_recognitions_by_holder ON holder_recognitions (holder_id, recognised_on, application_id);
