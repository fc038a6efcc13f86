-- Delivering the outbox through SMTP (issue 16) and the secrets in it
-- (issue 15.6). Portable SQL: ALTER TABLE ADD COLUMN and CREATE INDEX only.

-- Per-message delivery state: `unsent` until the SMTP server accepted the
-- message (`sent`, with `sent_at` and the server's reply), or `failed` after
-- a permanent (5xx) rejection, with that reply. Messages queued before this
-- migration were never handed to a server by orgctl, so they start unsent.
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'unsent'
    CHECK (status IN ('unsent', 'sent', 'failed'));
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN reply TEXT;
ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT;
-- The envelope sender (the address of the From header when it was built).
ALTER TABLE outbox ADD COLUMN env_from TEXT;
-- 15.6: a registration e-mail carries the only clear copy of its token; it
-- is shown only to the admins of this org (NULL: the message holds no
-- secret).
ALTER TABLE outbox ADD COLUMN secret_org_id BIGINT REFERENCES orgs(id);
CREATE INDEX outbox_status ON outbox(status, id);

-- 15.6: wrong-password attempts on a registration request (R3 accept);
-- five lock the request until the admin resends it, which resets them.
ALTER TABLE registrations ADD COLUMN failed_attempts BIGINT NOT NULL DEFAULT 0;
