-- Mobility arrangements by status now (applied, approved, active, decision due after a deferral,
-- ended, rejected, withdrawn, lapsed): each arrangement's newest status event decides; and, for the
-- arrangements reviewed on their results, the latest review's outcome.
WITH status_events AS (
    SELECT arrangementId, 'APPLIED' AS status, ce_streamversion FROM read_parquet('mobility.ArrangementApplied.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'APPROVED', ce_streamversion FROM read_parquet('mobility.ArrangementApproved.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'REJECTED', ce_streamversion FROM read_parquet('mobility.ArrangementRejected.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'WITHDRAWN', ce_streamversion FROM read_parquet('mobility.ArrangementWithdrawn.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'LAPSED', ce_streamversion FROM read_parquet('mobility.ArrangementLapsed.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'DECISION_DUE', ce_streamversion FROM read_parquet('mobility.DeferralExpired.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'ACTIVE', ce_streamversion FROM read_parquet('mobility.ArrangementActivated.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT arrangementId, 'ENDED', ce_streamversion FROM read_parquet('mobility.ArrangementEnded.v1/*.parquet', union_by_name = true)
),
status AS (
    SELECT arrangementId, status FROM status_events
    QUALIFY row_number() OVER (PARTITION BY arrangementId ORDER BY ce_streamversion DESC) = 1
),
review AS (
    SELECT arrangementId, outcome FROM read_parquet('mobility.ResultsReviewed.v1/*.parquet', union_by_name = true)
    QUALIFY row_number() OVER (PARTITION BY arrangementId ORDER BY ce_streamversion DESC) = 1
)
SELECT s.status, r.outcome AS review_outcome, count(*) AS arrangements
FROM status s LEFT JOIN review r USING (arrangementId)
GROUP BY s.status, r.outcome
ORDER BY s.status, r.outcome;
