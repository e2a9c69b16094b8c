-- Read model: the pilot's headline figures, counted from events (projection "pilot-figures").
CREATE TABLE pilots (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    launched_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE pilot_institutions (
    pilot_id    UUID        NOT NULL,
    institution TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    joined_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pilot_id, institution)
);

CREATE TABLE pilot_measures (
    pilot_id     UUID NOT NULL,
    measure_code TEXT NOT NULL,
    institution  TEXT NOT NULL,
    title        TEXT NOT NULL,
    dimension    TEXT NOT NULL,
    PRIMARY KEY (pilot_id, measure_code)
);

-- Which cycles belong to a pilot, so that their dossiers count among the researchers reached.
CREATE TABLE pilot_cycles (
    cycle_id    UUID PRIMARY KEY,
    pilot_id    UUID NOT NULL,
    institution TEXT NOT NULL
);

CREATE TABLE pilot_dossiers (
    dossier_id    UUID PRIMARY KEY,
    pilot_id      UUID NOT NULL,
    cycle_id      UUID NOT NULL,
    institution   TEXT NOT NULL,
    researcher_id UUID NOT NULL
);
CREATE INDEX pilot_dossiers_pilot ON pilot_dossiers (pilot_id, researcher_id);
