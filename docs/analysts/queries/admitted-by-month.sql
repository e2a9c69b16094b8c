-- Students admitted per month (UTC), from the admission's own time.
SELECT strftime(timezone('UTC', admittedAt), '%Y-%m') AS month, count(DISTINCT studentId) AS admitted
FROM read_parquet('admissions.StudentAdmitted.v1/*.parquet', union_by_name = true)
GROUP BY month
ORDER BY month;
