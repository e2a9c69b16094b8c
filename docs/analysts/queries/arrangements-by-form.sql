-- Mobility arrangements by form (leave to found, part-time innovation, secondment, enterprise talent):
-- every arrangement applied for, once, whatever became of it.
SELECT form, count(DISTINCT arrangementId) AS arrangements
FROM read_parquet('mobility.ArrangementApplied.v1/*.parquet', union_by_name = true)
GROUP BY form
ORDER BY form;
