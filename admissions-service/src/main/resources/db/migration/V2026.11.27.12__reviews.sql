-- Read model: reviewers' queues (projection "review-queue"). One row per reviewer on an application's panel.
CREATE TABLE review_assignments (
    application_id  UUID        NOT NULL,
    reviewer        TEXT        NOT NULL,
    intake_event_id UUID        NOT NULL,
    assigned_at     TIMESTAMPTZ NOT NULL,
    -- AWAITING (in the queue), REVIEWED, RECUSED (declared a conflict), CLOSED (decided or withdrawn before reviewing)
    state           TEXT        NOT NULL,
    version         INTEGER     NOT NULL,
    PRIMARY KEY (application_id, reviewer)
);
CREATE INDEX review_assignments_queue ON review_assignments (reviewer, state, assigned_at);

-- Read model: the special-review docket (projection "special-review-docket").
CREATE TABLE special_reviews (
    application_id   UUID PRIMARY KEY,
    intake_event_id  UUID          NOT NULL,
    candidate_name   TEXT          NOT NULL,
    -- JSON array of {reviewer, total, recommendation}, as in the referral event
    reviewer_totals  TEXT          NOT NULL,
    mean_total       NUMERIC(5, 2) NOT NULL,
    spread           NUMERIC(5, 2) NOT NULL,
    -- comma-separated SpecialReviewReason names
    reasons          TEXT          NOT NULL,
    admission_bar    NUMERIC(5, 2) NOT NULL,
    spread_threshold NUMERIC(5, 2) NOT NULL,
    referred_at      TIMESTAMPTZ   NOT NULL,
    -- PENDING, ADMITTED, REJECTED, WITHDRAWN
    status           TEXT          NOT NULL,
    rationale        TEXT,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    version          INTEGER       NOT NULL
);
CREATE INDEX special_reviews_status ON special_reviews (status, referred_at, application_id);
