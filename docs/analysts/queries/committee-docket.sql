-- The committee's docket of non-consensus cases by status (pending, admitted, rejected, withdrawn):
-- every application referred to special review, with the decision that followed the referral.
WITH referred AS (
    SELECT applicationId, intakeEventId, ce_streamversion AS referredAt
    FROM read_parquet('admissions.ApplicationReferredToSpecialReview.v1/*.parquet', union_by_name = true)
),
decisions AS (
    SELECT applicationId, 'ADMITTED' AS status, ce_streamversion FROM read_parquet('admissions.ApplicationAdmitted.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, 'REJECTED', ce_streamversion FROM read_parquet('admissions.ApplicationRejected.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, 'WITHDRAWN', ce_streamversion FROM read_parquet('admissions.ApplicationWithdrawn.v1/*.parquet', union_by_name = true)
),
cases AS (
    SELECT r.applicationId, r.intakeEventId, coalesce(d.status, 'PENDING') AS status
    FROM referred r LEFT JOIN decisions d ON d.applicationId = r.applicationId AND d.ce_streamversion > r.referredAt
    QUALIFY row_number() OVER (PARTITION BY r.applicationId ORDER BY d.ce_streamversion DESC NULLS LAST) = 1
)
SELECT status, count(*) AS cases
FROM cases
GROUP BY status
ORDER BY status;
