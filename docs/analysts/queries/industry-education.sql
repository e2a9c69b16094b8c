-- A centre's industry-education platforms by kind and status (report: 5 applied-undergraduate pilots
-- active, 2 excellence-engineer colleges of the 4th national batch, 2 modern industry colleges, 1
-- industry-education centre), with the pilots' published reform plans (report: 5). A platform's status
-- is set by its newest status event (proposed, recognised, activated, closed); a plan is published
-- when its newest plan event is the publication (a revision leaves it published).
WITH platforms AS (
    SELECT platformId, kind
    FROM read_parquet('incubation.PlatformProposed.v1/*.parquet', union_by_name = true)
    WHERE centre = getvariable('centre')
),
status_events AS (
    SELECT platformId, 'PROPOSED' AS status, ce_streamversion FROM read_parquet('incubation.PlatformProposed.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT platformId, 'RECOGNISED', ce_streamversion FROM read_parquet('incubation.PlatformRecognised.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT platformId, 'ACTIVE', ce_streamversion FROM read_parquet('incubation.PlatformActivated.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT platformId, 'CLOSED', ce_streamversion FROM read_parquet('incubation.PlatformClosed.v1/*.parquet', union_by_name = true)
),
status AS (
    SELECT platformId, status FROM status_events
    QUALIFY row_number() OVER (PARTITION BY platformId ORDER BY ce_streamversion DESC) = 1
),
plan_events AS (
    SELECT platformId, 'DRAFTED' AS plan, ce_streamversion FROM read_parquet('incubation.ReformPlanDrafted.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT platformId, 'PUBLISHED', ce_streamversion FROM read_parquet('incubation.ReformPlanPublished.v1/*.parquet', union_by_name = true)
),
plan AS (
    SELECT platformId, plan FROM plan_events
    QUALIFY row_number() OVER (PARTITION BY platformId ORDER BY ce_streamversion DESC) = 1
)
SELECT p.kind, s.status, count(*) AS platforms,
       count(*) FILTER (WHERE p.kind = 'APPLIED_UNDERGRADUATE_PILOT' AND plan.plan = 'PUBLISHED') AS published_plans
FROM platforms p JOIN status s USING (platformId) LEFT JOIN plan USING (platformId)
GROUP BY p.kind, s.status
ORDER BY p.kind, s.status;
