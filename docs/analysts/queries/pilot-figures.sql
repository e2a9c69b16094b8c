-- The evaluation pilot (report: 6 institutions, 76 institutional measures, 329 researchers reached).
-- Researchers reached are the distinct researchers with a dossier in a cycle opened under the pilot.
SELECT p.pilotId, p.name,
       (SELECT count(DISTINCT institution) FROM read_parquet('evaluation.InstitutionJoinedPilot.v1/*.parquet', union_by_name = true) i
         WHERE i.pilotId = p.pilotId) AS institutions,
       (SELECT count(*) FROM read_parquet('evaluation.PilotMeasureRecorded.v1/*.parquet', union_by_name = true) m
         WHERE m.pilotId = p.pilotId) AS measures,
       (SELECT count(DISTINCT d.researcherId)
          FROM read_parquet('evaluation.DossierSubmitted.v1/*.parquet', union_by_name = true) d
          JOIN read_parquet('evaluation.CycleOpened.v1/*.parquet', union_by_name = true) c USING (cycleId)
         WHERE c.pilotId = p.pilotId) AS researchers_reached
FROM read_parquet('evaluation.PilotLaunched.v1/*.parquet', union_by_name = true) p
ORDER BY p.launchedAt;
