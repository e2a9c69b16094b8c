-- Erasure requests and reports are published a second time, to the service's erasure topic
-- (<service>.erasures), which the other services read instead of its whole event topic. The relay
-- copies those stored before that topic existed there once, on its first start, and records it here
-- (docs/operations.md, "Upgrading to the erasure topics").
CREATE TABLE relay_copies (
    topic     text PRIMARY KEY,
    events    integer NOT NULL,
    copied_at timestamptz NOT NULL DEFAULT now()
);
