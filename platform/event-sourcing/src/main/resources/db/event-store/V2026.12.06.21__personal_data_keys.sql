-- Data-subject keys (crypto-shredding, privacy.SubjectKeys): one random AES-256 key per person whose
-- personal data this service's events hold, wrapped by the key-encryption key from configuration
-- (kek_id says which). Events carry only the ciphertext; forgetting a subject sets wrapped_key to
-- NULL and keeps the row as a tombstone (forgotten_at), so that no new key is ever made for it and
-- a restore can be checked against the tombstones (docs/operations.md, personal data keys).
CREATE TABLE personal_data_keys (
    subject       TEXT        PRIMARY KEY,     -- the subject's id (an id the services share, never a name)
    wrapped_key   BYTEA,                       -- IV || AES-GCM(key), the subject as associated data; NULL once forgotten
    kek_id        TEXT,                        -- which key-encryption key wrapped it
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    forgotten_at  TIMESTAMPTZ,
    CONSTRAINT personal_data_keys_forgotten CHECK ((wrapped_key IS NULL) = (forgotten_at IS NOT NULL))
);

-- Platform-wide erasure requests (privacy.ErasureRequests): which service reported which subject of
-- a request forgotten (its SubjectForgotten event, from its topic or from this service itself). A
-- request is done when every service has reported every subject. Ids only, no personal data.
CREATE TABLE erasure_requests (
    request_id    UUID        PRIMARY KEY,
    subjects      TEXT[]      NOT NULL,
    requested_by  TEXT,
    requested_at  TIMESTAMPTZ NOT NULL
);
CREATE TABLE erasure_completions (
    request_id    UUID        NOT NULL,
    service       TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, service, subject)
);
