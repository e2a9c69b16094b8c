-- An evaluation cycle's timetable: dossiers until a day (then SCORING), scores until a day (then the sheets owed are overdue).
ALTER TABLE cycle_summaries ADD COLUMN dossiers_until DATE;
ALTER TABLE cycle_summaries ADD COLUMN scores_until DATE;
ALTER TABLE cycle_summaries ADD COLUMN scoring_overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE evaluator_assignments ADD COLUMN overdue BOOLEAN NOT NULL DEFAULT FALSE;
