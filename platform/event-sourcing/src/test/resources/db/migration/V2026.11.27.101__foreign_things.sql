CREATE TABLE foreign_things (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject    TEXT NOT NULL,
    name       TEXT NOT NULL
);
