-- Logins (issue 14), PostgreSQL only: who is connected, the audit log that
-- the database stamps and keeps append-only, and row-level security on the
-- rows that belong to one org. Runs after migration_login.sql.
--
-- "The owner" is the role that owns the schema's tables (the one that ran
-- `orgctl init`) or a superuser. Owners bypass row-level security (they own
-- the tables); logins get only the privileges granted to the login group
-- by orgctl_ensure_login_group().

CREATE FUNCTION orgctl_is_owner() RETURNS BOOLEAN
    LANGUAGE SQL STABLE
    AS $$ SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
              OR coalesce(pg_has_role(current_user,
                             (SELECT tableowner FROM pg_tables
                              WHERE schemaname = current_schema() AND tablename = 'audit'),
                             'MEMBER'), false) $$;

-- The org of the login connected now, or NULL (the owner, or a role that is
-- no orgctl login). A login whose account was deleted or moved to another
-- org has no org: it may change no org's rows.
CREATE FUNCTION orgctl_login_org() RETURNS BIGINT
    LANGUAGE SQL STABLE
    AS $$ SELECT a.org_id FROM orgctl_logins l JOIN accounts a ON a.id = l.account_id
          WHERE l.role_name = current_user AND a.status = 'active' AND a.org_id = l.org_id $$;

-- The org an outbox row belongs to: a login's own org (it cannot claim
-- another), else the org of the account the owner acts for, which orgctl
-- sets for the session (orgctl.actor_org).
CREATE FUNCTION orgctl_actor_org() RETURNS BIGINT
    LANGUAGE SQL STABLE
    AS $$ SELECT CASE WHEN orgctl_is_owner()
                      THEN nullif(current_setting('orgctl.actor_org', true), '')::BIGINT
                      ELSE orgctl_login_org() END $$;
ALTER TABLE outbox ALTER COLUMN org_id SET DEFAULT orgctl_actor_org();

-- The group role every login of this database is a member of; roles are
-- per cluster, so the name carries the database's.
CREATE FUNCTION orgctl_login_group() RETURNS TEXT
    LANGUAGE SQL STABLE
    AS $$ SELECT left('orgctl_login_' || current_database(), 63) $$;

-- Creates the login group if needed and grants it exactly what orgctl
-- needs: reading everything, writing the service's state, appending to the
-- audit log (never UPDATE or DELETE: issue 14.3), and no DDL. Run by the
-- owner when it creates a login, so grants follow later migrations' tables.
CREATE FUNCTION orgctl_ensure_login_group() RETURNS TEXT
    LANGUAGE plpgsql
    AS $$
DECLARE
    g TEXT := orgctl_login_group();
    s TEXT := current_schema();
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), g);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, g);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, g);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, g);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON
        accounts, teams, team_members, chats, chat_members, contacts, messages,
        files, tasks, registrations, transfers, transfer_users, staff, outbox,
        org_allow, org_login_restrictions TO %I', g);
    -- Orgs are created and closed by orgctl's commands only through UPDATE
    -- of an org's own row (row-level security below); `org create` and
    -- fixtures are the owner's.
    EXECUTE format('GRANT UPDATE ON orgs TO %I', g);
    EXECUTE format('GRANT UPDATE ON orgctl_id_high TO %I', g);
    -- Append-only: a login adds audit rows and reads them, nothing more.
    EXECUTE format('GRANT INSERT ON audit TO %I', g);
    RETURN g;
END $$;

-- Creates a login role for an account, member of the login group. The
-- password arrives as a SCRAM-SHA-256 verifier, never in clear.
CREATE FUNCTION orgctl_create_login(role_name TEXT, verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   role_name, verifier, orgctl_ensure_login_group());
END $$;

-- Ends a login: the role is dropped and its row removed. Anyone may call
-- it, but it acts only when the owner calls it or when the state says the
-- login must end (its account deleted, or no longer an admin or user_admin
-- of the org it was made for): a deletion or a transfer applied by an org
-- admin ends the login in the same transaction (issue 14.1). SECURITY
-- DEFINER runs it with the owner's right to drop roles.
CREATE FUNCTION orgctl_drop_login(login TEXT) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
    allowed BOOLEAN;
    -- Inside SECURITY DEFINER current_user is the owner: the caller is the
    -- session's user.
    caller_is_owner BOOLEAN := coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR coalesce(pg_has_role(session_user,
                                (SELECT tableowner FROM pg_tables
                                 WHERE schemaname = current_schema() AND tablename = 'audit'),
                                'MEMBER'), false);
BEGIN
    SELECT caller_is_owner
           OR a.status <> 'active'
           OR a.org_id IS DISTINCT FROM l.org_id
           OR coalesce(a.role, '') NOT IN ('admin', 'user_admin')
      INTO allowed
      FROM orgctl_logins l JOIN accounts a ON a.id = l.account_id
     WHERE l.role_name = login;
    IF allowed IS NULL THEN
        RETURN false;
    END IF;
    IF NOT allowed THEN
        RAISE EXCEPTION 'login % is still valid; only the owner may drop it', login
            USING ERRCODE = '42501';
    END IF;
    DELETE FROM orgctl_logins WHERE role_name = login;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
        IF login = session_user THEN
            -- A login ending itself (its own account deleted) cannot drop
            -- the role it is connected as: it can no longer log in, and
            -- holds no privilege.
            EXECUTE format('ALTER ROLE %I NOLOGIN', login);
            EXECUTE format('REVOKE %I FROM %I', orgctl_login_group(), login);
        ELSE
            EXECUTE format('DROP ROLE %I', login);
        END IF;
    END IF;
    RETURN true;
END $$;
-- SECURITY DEFINER functions run with the caller's search_path otherwise.
ALTER FUNCTION orgctl_drop_login(TEXT) SET search_path FROM CURRENT;

-- Every audit row records the database user, set here whatever the client
-- sent; a login's rows carry the server's clock, so ORGCTL_NOW cannot
-- backdate history (issue 14.3, 14.4). The owner keeps its clock (tests,
-- replays of fixtures).
CREATE FUNCTION orgctl_audit_stamp() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.db_user := current_user;
    -- The owner acting with --as (issue 14.2): said by the database, so a
    -- login cannot claim it.
    NEW.detail := CASE WHEN orgctl_is_owner() AND NEW.actor IS NOT NULL
                       THEN 'owner acting for ' || NEW.actor END;
    IF NOT orgctl_is_owner() THEN
        NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_stamp BEFORE INSERT ON audit
    FOR EACH ROW EXECUTE FUNCTION orgctl_audit_stamp();
ALTER TABLE audit ALTER COLUMN db_user SET DEFAULT current_user;

-- Row-level security on the rows one org owns (issue 14.3): a login reads
-- them all (the rules of SPEC §2 read other orgs' settings) but changes only
-- its own org's. Outbox rows are read only by their org (issue 14.5).
ALTER TABLE orgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY orgs_read ON orgs FOR SELECT USING (true);
CREATE POLICY orgs_own ON orgs FOR UPDATE
    USING (id = orgctl_login_org()) WITH CHECK (id = orgctl_login_org());

ALTER TABLE org_allow ENABLE ROW LEVEL SECURITY;
CREATE POLICY org_allow_read ON org_allow FOR SELECT USING (true);
CREATE POLICY org_allow_add ON org_allow FOR INSERT WITH CHECK (org_id = orgctl_login_org());
CREATE POLICY org_allow_remove ON org_allow FOR DELETE USING (org_id = orgctl_login_org());

ALTER TABLE org_login_restrictions ENABLE ROW LEVEL SECURITY;
CREATE POLICY olr_read ON org_login_restrictions FOR SELECT USING (true);
CREATE POLICY olr_own ON org_login_restrictions FOR ALL
    USING (org_id = orgctl_login_org()) WITH CHECK (org_id = orgctl_login_org());

ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON staff FOR SELECT USING (true);
CREATE POLICY staff_add ON staff FOR INSERT WITH CHECK (org_id = orgctl_login_org());
CREATE POLICY staff_change ON staff FOR UPDATE
    USING (org_id = orgctl_login_org()) WITH CHECK (org_id = orgctl_login_org());
CREATE POLICY staff_remove ON staff FOR DELETE USING (org_id = orgctl_login_org());

ALTER TABLE registrations ENABLE ROW LEVEL SECURITY;
CREATE POLICY registrations_read ON registrations FOR SELECT USING (true);
CREATE POLICY registrations_add ON registrations FOR INSERT
    WITH CHECK (org_id = orgctl_login_org());
CREATE POLICY registrations_change ON registrations FOR UPDATE
    USING (org_id = orgctl_login_org()) WITH CHECK (org_id = orgctl_login_org());
CREATE POLICY registrations_remove ON registrations FOR DELETE
    USING (org_id = orgctl_login_org());

-- Outbox IDs are max(id) + 1 like every ID a plan shows (issue 13.5), over
-- every row, including those row-level security hides from a login.
CREATE FUNCTION orgctl_outbox_next_id() RETURNS BIGINT
    LANGUAGE SQL STABLE SECURITY DEFINER
    AS $$ SELECT coalesce(max(id), 0) + 1 FROM outbox $$;
ALTER FUNCTION orgctl_outbox_next_id() SET search_path FROM CURRENT;

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY outbox_own ON outbox FOR ALL
    USING (org_id = orgctl_login_org()) WITH CHECK (org_id = orgctl_login_org());
