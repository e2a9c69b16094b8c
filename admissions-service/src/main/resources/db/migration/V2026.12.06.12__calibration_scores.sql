-- Issue 18, calibrated scores. Read model (inline projection "calibration-scores"): each application's intake event and
-- every review's total, so that the reviewers of an event are calibrated, and its applications ranked, from one query
-- instead of every application's stream. Inline: the review that completes a panel sees the reviews recorded before it.
CREATE TABLE calibration_applications (
    application_id  UUID    PRIMARY KEY,
    intake_event_id UUID    NOT NULL,
    -- the application's status (SUBMITTED ... ADMITTED, REJECTED, WITHDRAWN), for the event's ranking
    status          TEXT    NOT NULL,
    -- what the intake event's policy reads (RAW or CALIBRATED), as copied into the application at submission
    score_basis     TEXT    NOT NULL,
    version         INTEGER NOT NULL
);
CREATE INDEX calibration_applications_event ON calibration_applications (intake_event_id);

CREATE TABLE calibration_reviews (
    application_id UUID          NOT NULL,
    reviewer       TEXT          NOT NULL,
    total          NUMERIC(5, 2) NOT NULL,
    recommendation TEXT          NOT NULL,
    PRIMARY KEY (application_id, reviewer)
);
