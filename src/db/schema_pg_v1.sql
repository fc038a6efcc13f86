-- orgctl schema, version 1, for PostgreSQL: the same model as schema_v1.sql
-- (SPEC §1), table for table, in PostgreSQL's dialect. Differences, each
-- for a reason:
-- * every integer is BIGINT (64-bit IDs, as SQLite's BIGINT);
-- * IDs are given by orgctl inside the transaction (max(id) + 1, and for
--   accounts above the high-water mark below), never by a sequence, so a
--   dry run shows the IDs the real run creates (a sequence skips numbers
--   after a rollback); only messages and the audit, whose IDs no plan shows,
--   use an identity column;
-- * SQLite's COLLATE NOCASE folds ASCII letters only; ascii_lower() folds
--   exactly those, so e-mail uniqueness is the same on both backends;
-- * text columns are COLLATE "C": compared and sorted by code point, as
--   SQLite's BINARY does, whatever the server's default collation, so every
--   list comes out in the same order on both backends.
-- Migrations are append-only: never edit this file once released.

CREATE FUNCTION ascii_lower(t TEXT) RETURNS TEXT
    LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') $$;

-- The highest account ID ever given (SQLite's sqlite_sequence for the
-- AUTOINCREMENT accounts table): a removed pending account's ID is never
-- given again (S1).
CREATE TABLE orgctl_id_high (
    name TEXT PRIMARY KEY,
    last BIGINT NOT NULL
);
INSERT INTO orgctl_id_high (name, last) VALUES ('accounts', 0);

CREATE TABLE orgs (
    id                    BIGINT PRIMARY KEY,
    slug                  TEXT COLLATE "C" NOT NULL UNIQUE,
    name                  TEXT COLLATE "C" NOT NULL,
    plan                  TEXT COLLATE "C" NOT NULL CHECK (plan IN ('business', 'enterprise', 'kddi')),
    seats                 BIGINT NOT NULL CHECK (seats >= 0),
    status                TEXT COLLATE "C" NOT NULL DEFAULT 'active'
                          CHECK (status IN ('active', 'closed', 'cancelled')),
    prohibit_outside      BIGINT NOT NULL DEFAULT 0 CHECK (prohibit_outside IN (0, 1)),
    prohibit_file_sharing BIGINT NOT NULL DEFAULT 0 CHECK (prohibit_file_sharing IN (0, 1)),
    created_at            TEXT COLLATE "C" NOT NULL
);

-- The outside allow-list (組織外許可設定): org_id allows other_id. Held by
-- the org that prohibits.
CREATE TABLE org_allow (
    org_id   BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    other_id BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    PRIMARY KEY (org_id, other_id)
);
CREATE INDEX org_allow_other ON org_allow(other_id);

-- Login restrictions are org-level and never travel with a user (T8).
CREATE TABLE org_login_restrictions (
    id     BIGINT PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    kind   TEXT COLLATE "C" NOT NULL CHECK (kind IN ('ip', 'device', 'sso')),
    value  TEXT COLLATE "C" NOT NULL
);
CREATE INDEX org_login_restrictions_org ON org_login_restrictions(org_id);

-- Accounts are never removed from this table once they have existed as
-- active accounts: a deleted account keeps its row so that its messages and
-- tasks can show "NAME (Cancelled)" (D3, L3).
CREATE TABLE accounts (
    -- The account ID (識別ID): never given twice, even after a pending
    -- account is removed (orgctl_id_high; S1: admins hold IDs in bulk).
    id             BIGINT PRIMARY KEY,
    chatwork_id    TEXT COLLATE "C",                          -- compared with ascii_lower()
    name           TEXT COLLATE "C" NOT NULL,
    email          TEXT COLLATE "C" NOT NULL,
    password_hash  TEXT COLLATE "C",                          -- Argon2id PHC string
    status         TEXT COLLATE "C" NOT NULL
                   CHECK (status IN ('active', 'pending_first_login', 'deleted')),
    org_id         BIGINT REFERENCES orgs(id),
    role           TEXT COLLATE "C" CHECK (role IN ('admin', 'user_admin', 'member')),
    exempt_outside BIGINT NOT NULL DEFAULT 0 CHECK (exempt_outside IN (0, 1)),
    exempt_file    BIGINT NOT NULL DEFAULT 0 CHECK (exempt_file IN (0, 1)),
    api_token_hash TEXT COLLATE "C",                          -- SHA-256, hex
    created_at     TEXT COLLATE "C" NOT NULL,
    deleted_at     TEXT COLLATE "C",
    CHECK ((org_id IS NULL) = (role IS NULL))
);
-- E-mails are unique among accounts that are not deleted (D2), compared
-- case-insensitively; Chatwork IDs are unique among all accounts.
CREATE UNIQUE INDEX accounts_email_live ON accounts(ascii_lower(email))
    WHERE status != 'deleted';
-- Lookups by e-mail that also find deleted accounts ("already deleted")
-- cannot use the partial index above; without this one they scan the table.
CREATE INDEX accounts_email ON accounts(ascii_lower(email));
CREATE UNIQUE INDEX accounts_chatwork_id ON accounts(ascii_lower(chatwork_id))
    WHERE chatwork_id IS NOT NULL;
CREATE INDEX accounts_org ON accounts(org_id, role);

CREATE TABLE teams (
    id     BIGINT PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    name   TEXT COLLATE "C" NOT NULL,
    UNIQUE (org_id, name)
);
CREATE TABLE team_members (
    team_id    BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, account_id)
);
CREATE INDEX team_members_account ON team_members(account_id);

-- A direct chat remembers its contact pair (I5) even after the contact is
-- removed by a deletion (L6).
CREATE TABLE chats (
    id         BIGINT PRIMARY KEY,
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind IN ('my', 'direct', 'group')),
    name       TEXT COLLATE "C",
    owner_id   BIGINT REFERENCES accounts(id),
    pair_a     BIGINT REFERENCES accounts(id),
    pair_b     BIGINT REFERENCES accounts(id),
    created_at TEXT COLLATE "C" NOT NULL,
    CHECK ((kind = 'group') = (name IS NOT NULL)),
    CHECK ((kind = 'my') = (owner_id IS NOT NULL)),
    CHECK ((kind = 'direct') = (pair_a IS NOT NULL AND pair_b IS NOT NULL))
);
CREATE INDEX chats_owner ON chats(owner_id) WHERE owner_id IS NOT NULL;

CREATE TABLE chat_members (
    chat_id    BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    role       TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin', 'member', 'readonly')),
    PRIMARY KEY (chat_id, account_id)
);
-- A user's chats.
CREATE INDEX chat_members_account ON chat_members(account_id, chat_id);

-- An unordered pair, stored with a_id < b_id; chat_id is its direct chat.
CREATE TABLE contacts (
    a_id    BIGINT NOT NULL REFERENCES accounts(id),
    b_id    BIGINT NOT NULL REFERENCES accounts(id),
    chat_id BIGINT NOT NULL REFERENCES chats(id),
    PRIMARY KEY (a_id, b_id),
    CHECK (a_id < b_id)
);
CREATE INDEX contacts_b ON contacts(b_id);
CREATE UNIQUE INDEX contacts_chat ON contacts(chat_id);

CREATE TABLE messages (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    chat_id   BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    sender_id BIGINT NOT NULL REFERENCES accounts(id),
    body      TEXT COLLATE "C" NOT NULL,
    sent_at   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX messages_chat ON messages(chat_id);
CREATE INDEX messages_sender ON messages(sender_id);

-- owner_org_id NULL: owned by the uploader's account; else organization-owned.
CREATE TABLE files (
    id           BIGINT PRIMARY KEY,
    chat_id      BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    uploader_id  BIGINT NOT NULL REFERENCES accounts(id),
    name         TEXT COLLATE "C" NOT NULL,
    size         BIGINT NOT NULL DEFAULT 0 CHECK (size >= 0),
    owner_org_id BIGINT REFERENCES orgs(id),
    uploaded_at  TEXT COLLATE "C" NOT NULL
);
CREATE INDEX files_chat ON files(chat_id);
-- A user's files, by chat (L2, C2).
CREATE INDEX files_uploader ON files(uploader_id, chat_id);
CREATE INDEX files_owner_org ON files(owner_org_id) WHERE owner_org_id IS NOT NULL;

CREATE TABLE tasks (
    id           BIGINT PRIMARY KEY,
    chat_id      BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    requester_id BIGINT NOT NULL REFERENCES accounts(id),
    assignee_id  BIGINT NOT NULL REFERENCES accounts(id),
    body         TEXT COLLATE "C" NOT NULL,
    status       TEXT COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    created_at   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX tasks_chat ON tasks(chat_id);
-- A user's tasks as person in charge (L3) and as requester.
CREATE INDEX tasks_assignee ON tasks(assignee_id, chat_id);
CREATE INDEX tasks_requester ON tasks(requester_id);

-- Registration requests (SPEC §4). The link's token is stored only hashed.
CREATE TABLE registrations (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES orgs(id),
    account_id  BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    email       TEXT COLLATE "C" NOT NULL,
    role        TEXT COLLATE "C" NOT NULL CHECK (role IN ('user_admin', 'member')),
    new_account BIGINT NOT NULL CHECK (new_account IN (0, 1)),
    status      TEXT COLLATE "C" NOT NULL
                CHECK (status IN ('pending', 'accepted', 'cancelled', 'expired')),
    token_hash  TEXT COLLATE "C",                          -- SHA-256 of the live link's token, hex
    -- R7: the hashes of links a resend voided, space-separated, so that an
    -- old link is refused as replaced rather than unknown.
    voided_hashes TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_by  BIGINT REFERENCES accounts(id),
    created_at  TEXT COLLATE "C" NOT NULL,
    expires_at  TEXT COLLATE "C" NOT NULL,
    decided_at  TEXT COLLATE "C"
);
CREATE UNIQUE INDEX registrations_token ON registrations(token_hash)
    WHERE token_hash IS NOT NULL;
CREATE INDEX registrations_org ON registrations(org_id, status);
CREATE INDEX registrations_account ON registrations(account_id, status);
CREATE INDEX registrations_email ON registrations(ascii_lower(email), status);

-- Transfers between organizations (SPEC §5), one row per user in them.
CREATE TABLE transfers (
    id           BIGINT PRIMARY KEY,
    from_org_id  BIGINT NOT NULL REFERENCES orgs(id),
    to_org_id    BIGINT NOT NULL REFERENCES orgs(id),
    requested_by BIGINT REFERENCES accounts(id),
    to_admin_id  BIGINT REFERENCES accounts(id),
    created_at   TEXT COLLATE "C" NOT NULL,
    expires_at   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX transfers_from ON transfers(from_org_id);
CREATE INDEX transfers_to ON transfers(to_org_id);
CREATE TABLE transfer_users (
    transfer_id BIGINT NOT NULL REFERENCES transfers(id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES accounts(id),
    status      TEXT COLLATE "C" NOT NULL
                CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled', 'expired')),
    decided_at  TEXT COLLATE "C",
    PRIMARY KEY (transfer_id, account_id)
);
-- T5: a user's pending transfers.
CREATE INDEX transfer_users_account ON transfer_users(account_id, status);

-- The staff roster (SPEC §8).
CREATE TABLE staff (
    id              BIGINT PRIMARY KEY,
    org_id          BIGINT NOT NULL REFERENCES orgs(id),
    name            TEXT COLLATE "C" NOT NULL,
    email           TEXT COLLATE "C",
    -- SET NULL: cancelling a registration removes the pending account it
    -- created (R7); the entry then shows as unresolved (S7).
    account_id      BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    chatwork_id     TEXT COLLATE "C",           -- as it was when the entry was resolved
    registration_id BIGINT REFERENCES registrations(id),
    created_at      TEXT COLLATE "C" NOT NULL,
    updated_at      TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX staff_org_account ON staff(org_id, account_id)
    WHERE account_id IS NOT NULL;
CREATE INDEX staff_org_email ON staff(org_id, ascii_lower(email));

-- Outgoing e-mail: the complete RFC 5322 message in `raw`.
CREATE TABLE outbox (
    id         BIGINT PRIMARY KEY,
    to_addr    TEXT COLLATE "C" NOT NULL,
    subject    TEXT COLLATE "C" NOT NULL,
    body       TEXT COLLATE "C" NOT NULL,
    raw        TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX outbox_to ON outbox(ascii_lower(to_addr));

CREATE TABLE audit (
    id     BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at     TEXT COLLATE "C" NOT NULL,
    actor  TEXT COLLATE "C",
    action TEXT COLLATE "C" NOT NULL,
    target TEXT COLLATE "C",
    result TEXT COLLATE "C" NOT NULL,
    detail TEXT COLLATE "C"
);
CREATE INDEX audit_at ON audit(at);
