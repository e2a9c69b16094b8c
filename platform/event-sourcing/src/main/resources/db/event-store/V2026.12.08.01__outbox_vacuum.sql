-- The outbox is a queue: each row is deleted within moments of its insert, and the relay reads it
-- from its lowest position. With the default autovacuum thresholds (20 % of the table) a drained
-- backlog of 100,000 rows left its dead index entries at the head of the primary key, and every read
-- of the relay stepped over them until a vacuum came. Vacuum it after a fixed number of deletes.
ALTER TABLE outbox SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000);
