-- Read model: arrangements (projection "arrangements"): lists by form and institution, due dates,
-- and the arrangement half of a researcher's mobility record.
CREATE TABLE arrangement_summaries (
    id                UUID PRIMARY KEY,
    researcher_id     UUID        NOT NULL,
    researcher_name   TEXT        NOT NULL,
    form              TEXT        NOT NULL,
    institution       TEXT        NOT NULL,
    enterprise        TEXT,
    post_id           UUID,
    status            TEXT        NOT NULL,
    starts_on         DATE        NOT NULL,
    ends_on           DATE        NOT NULL,
    deferred_until    DATE,
    policy_version    INTEGER,
    agreement_version INTEGER     NOT NULL DEFAULT 0,
    signed_by         TEXT        NOT NULL DEFAULT '',
    milestones        INTEGER     NOT NULL DEFAULT 0,
    funding_rounds    INTEGER     NOT NULL DEFAULT 0,
    ending            TEXT,
    ended_on          DATE,
    review_outcome    TEXT,
    review_results    TEXT,
    applied_at        TIMESTAMPTZ NOT NULL,
    version           INTEGER     NOT NULL
);
CREATE INDEX arrangement_summaries_status ON arrangement_summaries (status, form, institution);
CREATE INDEX arrangement_summaries_due ON arrangement_summaries (status, ends_on);
CREATE INDEX arrangement_summaries_researcher ON arrangement_summaries (researcher_id);
CREATE INDEX arrangement_summaries_enterprise ON arrangement_summaries (enterprise);
