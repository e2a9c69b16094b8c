-- Issue 18: an intake event's capacity counts admissions (a rejection gives the place back, as a
-- withdrawal did) and an optional cap limits the applications it receives in all. Rows from before
-- have no cap; a rebuild fills applications_received from the log.
ALTER TABLE intake_event_summaries
    ADD COLUMN application_limit     INTEGER,
    ADD COLUMN applications_received INTEGER NOT NULL DEFAULT 0;
