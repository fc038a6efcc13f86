-- Seats used (SPEC §1) count an org's active and pending members: with this
-- index `org list` counts them inside the index, without reading each
-- account (issue 18). Portable: plain CREATE INDEX.
CREATE INDEX accounts_org_status ON accounts(org_id, status);
