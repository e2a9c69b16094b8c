-- Read model: challenge lists and pledge agreements (projection "challenges-and-pledges").
CREATE TABLE challenge_list_listings (
    id           UUID PRIMARY KEY,
    institution  TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    challenges   INTEGER     NOT NULL,
    taken        INTEGER     NOT NULL DEFAULT 0,
    published_at TIMESTAMPTZ NOT NULL,
    version      INTEGER     NOT NULL
);
CREATE INDEX challenge_list_listings_institution ON challenge_list_listings (institution, published_at);

CREATE TABLE pledge_listings (
    id             UUID PRIMARY KEY,
    institution    TEXT        NOT NULL,
    leader_id      UUID        NOT NULL,
    title          TEXT        NOT NULL,
    challenge_code TEXT,
    deadline       DATE        NOT NULL,
    status         TEXT        NOT NULL,
    targets        INTEGER     NOT NULL,
    targets_met    INTEGER     NOT NULL DEFAULT 0,
    signed_at      TIMESTAMPTZ NOT NULL,
    version        INTEGER     NOT NULL
);
CREATE INDEX pledge_listings_institution ON pledge_listings (institution, deadline);
