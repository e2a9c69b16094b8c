-- Read model "partners": partners, their agreements with centres, and their donations.
-- Money is NUMERIC (exact decimal) with its currency; totals are summed per currency, never mixed.
CREATE TABLE partner_summaries (
    id           UUID PRIMARY KEY,
    organisation TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    version      INTEGER NOT NULL
);
CREATE INDEX partner_summaries_kind ON partner_summaries (kind, name);

CREATE TABLE partner_agreements (
    id           UUID PRIMARY KEY,
    partner_id   UUID    NOT NULL,
    partner_kind TEXT    NOT NULL,
    centre       TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    signed_on    DATE    NOT NULL,
    valid_until  DATE,
    status       TEXT    NOT NULL,
    renewals     INTEGER NOT NULL DEFAULT 0,
    ended_on     DATE
);
CREATE INDEX partner_agreements_centre ON partner_agreements (centre, partner_kind);
CREATE INDEX partner_agreements_partner ON partner_agreements (partner_id);

CREATE TABLE partner_donations (
    id           UUID PRIMARY KEY,
    partner_id   UUID    NOT NULL,
    centre       TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    amount       NUMERIC NOT NULL CHECK (amount > 0),
    currency     TEXT    NOT NULL,
    purpose      TEXT    NOT NULL,
    received_on  DATE    NOT NULL
);
CREATE INDEX partner_donations_partner ON partner_donations (partner_id, received_on);
CREATE INDEX partner_donations_centre ON partner_donations (centre, currency);
