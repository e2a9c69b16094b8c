-- Read model "arrangements": the dates time acts on (issue 17). sign_by: the last day to sign an
-- approved agreement before it lapses; decide_by: the last day to return or resign after a deferral.
-- New statuses (WITHDRAWN, LAPSED, DECISION_DUE) need no change: status is text.
ALTER TABLE arrangement_summaries ADD COLUMN sign_by DATE;
ALTER TABLE arrangement_summaries ADD COLUMN decide_by DATE;
CREATE INDEX arrangement_summaries_signing ON arrangement_summaries (status, sign_by);
CREATE INDEX arrangement_summaries_deciding ON arrangement_summaries (status, decide_by);
