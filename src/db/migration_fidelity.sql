-- Issue 12 (fidelity): what the domain rules need beyond schema v1.
-- Portable DDL (ALTER TABLE ADD COLUMN), for SQLite and PostgreSQL alike.

-- D2, R7: why a request ended when a rule ended it (the invitee was deleted,
-- its org cancelled, it was moved, it joined another org), shown by
-- `registration list`.
ALTER TABLE registrations ADD COLUMN end_reason TEXT;

-- R8: exemptions set by the inviting org's admin on the pending membership;
-- the account takes them when it accepts, so the fix an acceptance preview
-- names can be applied before acceptance.
ALTER TABLE registrations ADD COLUMN exempt_outside BIGINT NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN exempt_file BIGINT NOT NULL DEFAULT 0;

-- D2, T6: why a user's part in a transfer ended without a decision of either
-- admin (the user was deleted), shown by `transfer show`.
ALTER TABLE transfer_users ADD COLUMN reason TEXT;
