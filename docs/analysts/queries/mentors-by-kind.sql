-- Mentors by kind for one affiliation (report: 81 full-time, 130+ part-time, 120+ industry) and the
-- students they mentor now: every MenteeTaken not followed by a MenteeReleased of the same mentor.
-- Set the affiliation first: SET VARIABLE affiliation = 'report-year';
WITH mentors AS (
    SELECT mentorId, kind
    FROM read_parquet('admissions.MentorRegistered.v1/*.parquet', union_by_name = true)
    WHERE affiliation = getvariable('affiliation')
),
mentees AS (
    SELECT mentorId, count(*) AS n FROM read_parquet('admissions.MenteeTaken.v1/*.parquet', union_by_name = true) GROUP BY mentorId
    UNION ALL
    SELECT mentorId, -count(*) FROM read_parquet('admissions.MenteeReleased.v1/*.parquet', union_by_name = true) GROUP BY mentorId
)
SELECT m.kind, count(DISTINCT m.mentorId) AS mentors, coalesce(sum(s.n), 0) AS students
FROM mentors m LEFT JOIN mentees s USING (mentorId)
GROUP BY m.kind
ORDER BY m.kind;
