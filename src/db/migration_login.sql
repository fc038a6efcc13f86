-- Logins (issue 14), the part both backends share. SQLite never fills
-- orgctl_logins (its boundary is the file's permissions), but the same
-- queries run on both, so the table exists on both.
--
-- orgctl_logins: a PostgreSQL login role and the account it acts as. org_id
-- is the account's org when the login was made: a login whose account has
-- left that org (transfer) or was deleted stops working (issue 14.1).
CREATE TABLE orgctl_logins (
    role_name  TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL UNIQUE REFERENCES accounts(id),
    org_id     BIGINT NOT NULL REFERENCES orgs(id),
    created_at TEXT NOT NULL
);
-- The database user who wrote each audit row (issue 14.3); on PostgreSQL a
-- trigger sets it, whatever the client sends.
ALTER TABLE audit ADD COLUMN db_user TEXT;
-- The org whose admin caused an e-mail (issue 14.5): on PostgreSQL only
-- that org's logins may read the row.
ALTER TABLE outbox ADD COLUMN org_id BIGINT;
