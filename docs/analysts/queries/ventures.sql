-- Ventures incubated by a centre: every venture that applied there, whatever its stage now (report: 10).
SELECT count(DISTINCT ventureId) AS ventures
FROM read_parquet('incubation.VentureApplied.v1/*.parquet', union_by_name = true)
WHERE centre = getvariable('centre');
