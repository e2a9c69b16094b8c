-- Decryption grants (privacy.DecryptionGrants, /ops/personal-data/decryption-grants): an operator lets
-- one analyst read, for a limited time, the sealed personal fields of named event types of this
-- service; every use is recorded. Ids, type and field names only: never a key or a clear value.
CREATE TABLE decryption_grants (
    grant_id      UUID        PRIMARY KEY,
    grantee       TEXT        NOT NULL,      -- the analyst's token subject
    event_types   TEXT[]      NOT NULL,      -- this service's event types, e.g. ApplicationSubmitted
    fields        TEXT[]      NOT NULL,      -- dotted paths in the event data, array indices left out, e.g. candidate.name
    reason        TEXT        NOT NULL,
    granted_by    TEXT        NOT NULL,
    granted_at    TIMESTAMPTZ NOT NULL,
    valid_until   TIMESTAMPTZ NOT NULL,
    revoked_by    TEXT,
    revoked_at    TIMESTAMPTZ
);
CREATE TABLE decryption_grant_uses (
    grant_id      UUID        NOT NULL REFERENCES decryption_grants (grant_id),
    used_at       TIMESTAMPTZ NOT NULL,
    used_by       TEXT        NOT NULL,
    events        INTEGER     NOT NULL,      -- events asked for
    values_opened INTEGER     NOT NULL       -- sealed values opened (an erased one counts: it was asked for)
);
CREATE INDEX decryption_grant_uses_grant ON decryption_grant_uses (grant_id, used_at);
