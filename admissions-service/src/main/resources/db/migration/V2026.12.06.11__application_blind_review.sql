-- Issue 18: blind review. Operators' application lists show a blind event's candidate by pseudonym until
-- the application is decided. Rows from before were not blind and have no pseudonym.
ALTER TABLE application_statuses
    ADD COLUMN blind_review     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN review_pseudonym TEXT;
