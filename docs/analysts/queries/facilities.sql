-- A centre's co-built facilities by kind (laboratories, internship and training bases, joint
-- programmes): how many were signed, and how many are open now (newest event: opened, not closed).
WITH facilities AS (
    SELECT facilityId, kind
    FROM read_parquet('incubation.FacilitySigned.v1/*.parquet', union_by_name = true)
    WHERE centre = getvariable('centre')
),
status_events AS (
    SELECT facilityId, 'SIGNED' AS status, ce_streamversion FROM read_parquet('incubation.FacilitySigned.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT facilityId, 'OPEN', ce_streamversion FROM read_parquet('incubation.FacilityOpened.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT facilityId, 'CLOSED', ce_streamversion FROM read_parquet('incubation.FacilityClosed.v1/*.parquet', union_by_name = true)
),
status AS (
    SELECT facilityId, status FROM status_events
    QUALIFY row_number() OVER (PARTITION BY facilityId ORDER BY ce_streamversion DESC) = 1
)
SELECT f.kind, count(*) AS facilities, count(*) FILTER (WHERE s.status = 'OPEN') AS open
FROM facilities f JOIN status s USING (facilityId)
GROUP BY f.kind
ORDER BY f.kind;
