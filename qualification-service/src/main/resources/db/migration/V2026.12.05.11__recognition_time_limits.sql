-- Read model "recognition-applications": the statutory decision clock (due date, documents awaited,
-- escalation), the right of appeal after a refusal and the compensation measure of a conditional
-- recognition, for the operators' queue and the partners' overview.
ALTER TABLE application_summaries
    ADD COLUMN decision_due_on      DATE,
    ADD COLUMN documents_requested  TEXT,
    ADD COLUMN escalated_on         DATE,
    ADD COLUMN overdue              BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN appeal_until         DATE,
    ADD COLUMN refusal_final_on     DATE,
    ADD COLUMN appealed_on          DATE,
    ADD COLUMN appeal_outcome       TEXT,
    ADD COLUMN compensation_measure TEXT,
    ADD COLUMN compensation_due_on  DATE;
CREATE INDEX application_summaries_overdue ON application_summaries (overdue, applied_on, id) WHERE overdue;
