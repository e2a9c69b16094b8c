-- Issue 17: reviews have a due date (a reminder before it; reassigned or escalated after it) and the
-- committee has a time limit for a docket case (escalated after it). Null in rows from before.
ALTER TABLE review_assignments
    ADD COLUMN remind_at     TIMESTAMPTZ,
    ADD COLUMN review_due_at TIMESTAMPTZ,
    ADD COLUMN reminded_at   TIMESTAMPTZ,
    ADD COLUMN escalated_at  TIMESTAMPTZ;
-- state gains REASSIGNED: the review was overdue and passed to another reviewer.
CREATE INDEX review_assignments_pool ON review_assignments (intake_event_id, reviewer);

ALTER TABLE special_reviews
    ADD COLUMN decision_due_at TIMESTAMPTZ,
    ADD COLUMN escalated_at    TIMESTAMPTZ;
