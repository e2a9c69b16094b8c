-- Special posts (project managers, technology managers, industry mentors, enterprise professors, ...)
-- by institution and kind: how many are filled now (newest event: filled, not vacated) and how many vacant.
WITH posts AS (
    SELECT postId, institution, kind FROM read_parquet('mobility.PostDefined.v1/*.parquet', union_by_name = true)
),
holder_events AS (
    SELECT postId, true AS filled, ce_streamversion FROM read_parquet('mobility.PostFilled.v1/*.parquet', union_by_name = true)
    UNION ALL SELECT postId, false, ce_streamversion FROM read_parquet('mobility.PostVacated.v1/*.parquet', union_by_name = true)
),
holder AS (
    SELECT postId, filled FROM holder_events
    QUALIFY row_number() OVER (PARTITION BY postId ORDER BY ce_streamversion DESC) = 1
)
SELECT p.institution, p.kind,
       count(*) FILTER (WHERE coalesce(h.filled, false)) AS filled,
       count(*) FILTER (WHERE NOT coalesce(h.filled, false)) AS vacant
FROM posts p LEFT JOIN holder h USING (postId)
GROUP BY p.institution, p.kind
ORDER BY p.institution, p.kind;
