-- Erasures made by one replica, told to the others at once (privacy.ErasureWatch): a subject's key
-- becoming a tombstone notifies 'personal_data_forgotten' when its transaction commits, and every
-- replica LISTENs on that channel. It replaces a count of the tombstones every second per replica,
-- which read the whole table (tens of milliseconds at 300,000 keys) for a change that comes rarely.
-- A trigger rather than a NOTIFY in SubjectKeys.forget: a tombstone written any other way (a restore,
-- an operator's statement) is told just the same. PostgreSQL folds the notices of one transaction
-- into one, so an erasure of many subjects wakes each replica once.
CREATE FUNCTION personal_data_forgotten_notice() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('personal_data_forgotten', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER personal_data_keys_forgotten
    AFTER INSERT OR UPDATE OF forgotten_at ON personal_data_keys
    FOR EACH ROW WHEN (NEW.forgotten_at IS NOT NULL)
    EXECUTE FUNCTION personal_data_forgotten_notice();
