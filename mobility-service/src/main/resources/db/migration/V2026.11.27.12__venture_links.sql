-- Facts the venture-events handler needs before it can record incubation's venture events on an
-- arrangement: who founded which venture, and each researcher's latest leave-to-found arrangement.
-- Written only by that handler, in the transaction that releases the events parked for them.
CREATE TABLE venture_founders (
    id            UUID PRIMARY KEY,
    venture_id    UUID NOT NULL,
    researcher_id UUID NOT NULL,
    CONSTRAINT venture_founders_uq UNIQUE (venture_id, researcher_id)
);

CREATE TABLE leave_to_found_links (
    researcher_id  UUID PRIMARY KEY,
    arrangement_id UUID NOT NULL,
    ended_on       DATE
);
