-- Read model: special posts with their holder, and who held which post when (projection "special-posts").
CREATE TABLE special_posts (
    id             UUID PRIMARY KEY,
    institution    TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    family         TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    filled         BOOLEAN NOT NULL DEFAULT FALSE,
    holder_id      UUID,
    holder_name    TEXT,
    arrangement_id UUID,
    filled_on      DATE,
    version        INTEGER NOT NULL
);
CREATE INDEX special_posts_institution ON special_posts (institution, kind);

CREATE TABLE post_holdings (
    id             UUID PRIMARY KEY,
    post_id        UUID NOT NULL,
    researcher_id  UUID NOT NULL,
    holder_name    TEXT NOT NULL,
    institution    TEXT NOT NULL,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    arrangement_id UUID,
    filled_on      DATE NOT NULL,
    vacated_on     DATE
);
CREATE INDEX post_holdings_researcher ON post_holdings (researcher_id);
CREATE INDEX post_holdings_post ON post_holdings (post_id);
