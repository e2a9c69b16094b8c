-- What a later version of the platform might add: an additive migration this build does not know.
-- SchemaAheadOfTheBuildTest applies it before starting Flyway the way this build starts it.
ALTER TABLE events ADD COLUMN later_version_note text;
