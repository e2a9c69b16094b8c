-- Students admitted per intake event (the admission statistics).
SELECT intakeEventId, count(DISTINCT studentId) AS admitted
FROM read_parquet('admissions.StudentAdmitted.v1/*.parquet', union_by_name = true)
GROUP BY intakeEventId
ORDER BY intakeEventId;
