-- Rewrapping of the data-subject keys under the current key-encryption key (privacy.KeyRotations,
-- POST /ops/personal-data/key-rotations): the operators' audit trail of each run. Ids of keys only
-- (the first bytes of a hash of the key-encryption key), never a key or a subject.
CREATE TABLE key_rotations (
    run_id        UUID        PRIMARY KEY,
    kek_id        TEXT        NOT NULL,      -- the key-encryption key the keys were rewrapped with
    requested_by  TEXT,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,               -- NULL while running, or when the run was interrupted (run it again)
    rewrapped     INTEGER     NOT NULL DEFAULT 0,
    remaining     INTEGER                    -- keys still under another key-encryption key when it finished
);
