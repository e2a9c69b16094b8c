-- Applications by status per intake event: an application's status is set by its newest status event
-- (submitted, reviewers assigned, referred to the committee, admitted, rejected, withdrawn).
WITH status_events AS (
    SELECT applicationId, intakeEventId, 'SUBMITTED' AS status, ce_streamversion
    FROM read_parquet('admissions.ApplicationSubmitted.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, intakeEventId, 'UNDER_REVIEW', ce_streamversion
    FROM read_parquet('admissions.ReviewersAssigned.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, intakeEventId, 'SPECIAL_REVIEW', ce_streamversion
    FROM read_parquet('admissions.ApplicationReferredToSpecialReview.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, intakeEventId, 'ADMITTED', ce_streamversion
    FROM read_parquet('admissions.ApplicationAdmitted.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, intakeEventId, 'REJECTED', ce_streamversion
    FROM read_parquet('admissions.ApplicationRejected.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT applicationId, intakeEventId, 'WITHDRAWN', ce_streamversion
    FROM read_parquet('admissions.ApplicationWithdrawn.v1/*.parquet', union_by_name = true)
),
current AS (
    SELECT applicationId, intakeEventId, status
    FROM status_events
    QUALIFY row_number() OVER (PARTITION BY applicationId ORDER BY ce_streamversion DESC) = 1
)
SELECT intakeEventId, status, count(*) AS applications
FROM current
GROUP BY intakeEventId, status
ORDER BY intakeEventId, status;
