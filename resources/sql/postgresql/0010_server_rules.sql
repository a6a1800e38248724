-- The server enforces who sees and changes what (README: The server's own rules), so that
-- connection settings copied from a PC into psql give no more than the program does.
--
-- dossierkast_owner owns every table and function and nobody logs in as it; it bypasses row
-- security, so the rule functions below, which run with its rights, read the tables whole.
-- One group role per application role holds the rights of that role (GRANTs below); each user's
-- login role is a member of the group of their role (dossierkast_sync_login). Whoever is a
-- member of dossierkast_owner (the administrator account that set the database up, a backup
-- job) works as the program itself does without a user: everything, as the owner could anyway.
-- Roles belong to the whole server, so they are created only when missing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossierkast_owner') THEN
        CREATE ROLE dossierkast_owner NOLOGIN CREATEROLE BYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossierkast_beheerder') THEN
        CREATE ROLE dossierkast_beheerder NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossierkast_bestuur') THEN
        CREATE ROLE dossierkast_bestuur NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossierkast_directeur') THEN
        CREATE ROLE dossierkast_directeur NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dossierkast_melder') THEN
        CREATE ROLE dossierkast_melder NOLOGIN;
    END IF;
    IF NOT pg_has_role(current_user, 'dossierkast_owner', 'MEMBER') THEN
        EXECUTE format('GRANT dossierkast_owner TO %I', current_user);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dossierkast_beheerder, dossierkast_bestuur, '
                   'dossierkast_directeur, dossierkast_melder', current_database());
END;
$$;

-- Everything moves to the owner; nobody else has any right that is not granted below.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO dossierkast_owner', t.tablename);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC', t.tablename);
    END LOOP;
END;
$$;
ALTER FUNCTION audit_log_guard() OWNER TO dossierkast_owner;
ALTER FUNCTION audit_append(bigint, text, text, text, bigint, text, text, text) OWNER TO dossierkast_owner;
REVOKE ALL ON FUNCTION audit_append(bigint, text, text, text, bigint, text, text, text) FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Who this connection is, keyed on session_user (the login the server checked), never on a
-- setting a client could change. NULL: not a Dossierkast user.
CREATE FUNCTION dk_user_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM users WHERE lower(login) = lower(session_user::text) AND active = 1
$$;

CREATE FUNCTION dk_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT role FROM users WHERE lower(login) = lower(session_user::text) AND active = 1
$$;

-- The set-up account and its like: the program without a user (AccessScope::system).
CREATE FUNCTION dk_is_system() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, 'dossierkast_owner', 'MEMBER')
$$;

-- AccessFilter::seesEverything.
CREATE FUNCTION dk_sees_everything() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_is_system() OR coalesce(dk_role() IN ('beheerder', 'bestuur'), false)
$$;

-- AccessFilter::schools.
CREATE FUNCTION dk_school_ok(p_school bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR EXISTS (SELECT 1 FROM user_schools WHERE user_id = dk_user_id() AND school_id = p_school)
$$;

-- AccessFilter::incidents, for the columns of one incident.
CREATE FUNCTION dk_incident_row_ok(p_school bigint, p_confidential bigint, p_handler bigint, p_registrar bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR (dk_role() = 'melder' AND p_registrar = dk_user_id())
        OR (dk_role() = 'directeur' AND dk_school_ok(p_school)
            AND (p_confidential = 0 OR p_handler = dk_user_id() OR p_registrar = dk_user_id()))
$$;

CREATE FUNCTION dk_incident_ok(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR EXISTS (SELECT 1 FROM incidents i WHERE i.id = p_id
                   AND dk_incident_row_ok(i.school_id, i.confidential, i.handler_user_id, i.registered_by_user_id))
$$;

-- AccessFilter::persons, for the columns of one person (a new row too: its policy checks the
-- row being written, which no query sees yet).
CREATE FUNCTION dk_person_row_ok(p_id bigint, p_school bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR (p_school IS NOT NULL AND dk_school_ok(p_school))
        OR (p_school IS NULL AND (
            EXISTS (SELECT 1 FROM guardianships g JOIN persons c ON c.id = g.pupil_id
                    WHERE g.parent_id = p_id AND c.school_id IS NOT NULL AND dk_school_ok(c.school_id))
            OR EXISTS (SELECT 1 FROM involvements v WHERE v.person_id = p_id AND dk_incident_ok(v.incident_id))
            OR (NOT EXISTS (SELECT 1 FROM guardianships g2 WHERE g2.parent_id = p_id)
                AND NOT EXISTS (SELECT 1 FROM involvements v2 WHERE v2.person_id = p_id))))
$$;

CREATE FUNCTION dk_person_ok(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything() OR EXISTS (SELECT 1 FROM persons p WHERE p.id = p_id AND dk_person_row_ok(p.id, p.school_id))
$$;

-- AccessFilter::personRecords: what is filed on a person outside any incident.
CREATE FUNCTION dk_person_record_ok(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_is_system() OR (coalesce(dk_role() <> 'melder', false) AND dk_person_ok(p_id))
$$;

-- AccessFilter::correspondence.
CREATE FUNCTION dk_correspondence_row_ok(p_person bigint, p_incident bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR (p_incident IS NULL AND dk_person_record_ok(p_person))
        OR (p_incident IS NOT NULL AND dk_person_ok(p_person) AND dk_incident_ok(p_incident))
$$;

CREATE FUNCTION dk_correspondence_ok(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR EXISTS (SELECT 1 FROM correspondence c WHERE c.id = p_id AND dk_correspondence_row_ok(c.person_id, c.incident_id))
$$;

CREATE FUNCTION dk_measure_ok(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything() OR EXISTS (SELECT 1 FROM measures m WHERE m.id = p_id AND dk_incident_ok(m.incident_id))
$$;

-- An attachment follows what it is attached to.
CREATE FUNCTION dk_attachment_row_ok(p_incident bigint, p_correspondence bigint, p_person bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR (p_incident IS NOT NULL AND dk_incident_ok(p_incident))
        OR (p_correspondence IS NOT NULL AND dk_correspondence_ok(p_correspondence))
        OR (p_person IS NOT NULL AND dk_person_record_ok(p_person))
$$;

-- Stored content: seen through an attachment that may be seen. A new content row may be
-- written first and its attachment after it, in the same transaction.
CREATE FUNCTION dk_content_ok(p_sha256 text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything()
        OR EXISTS (SELECT 1 FROM attachments a WHERE a.content_sha256 = p_sha256
                   AND dk_attachment_row_ok(a.incident_id, a.correspondence_id, a.person_id))
$$;

-- The search index: key = id * 4 + entity (SearchIndex).
CREATE FUNCTION dk_search_key_ok(p_key bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything() OR CASE p_key % 4
        WHEN 0 THEN dk_person_ok(p_key / 4)
        WHEN 1 THEN dk_incident_ok(p_key / 4)
        WHEN 2 THEN EXISTS (SELECT 1 FROM incident_notes n WHERE n.id = p_key / 4 AND dk_incident_ok(n.incident_id))
        ELSE dk_correspondence_ok(p_key / 4)
    END
$$;

-- Whether a row exists, for telling "hidden" (refused and recorded) from "missing": a user's
-- own rows cannot tell them apart. Only the tables a user asks for by id.
CREATE FUNCTION dk_row_exists(p_table text, p_id bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    found boolean;
BEGIN
    IF p_table NOT IN ('persons', 'incidents', 'correspondence', 'measures', 'actions', 'attachments',
                       'incident_notes', 'objections', 'legal_holds', 'guardianships') THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE id = $1)', p_table) INTO found USING p_id;
    RETURN found;
END;
$$;

CREATE FUNCTION dk_incident_by_reference(p_reference text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM incidents WHERE reference = p_reference
$$;

-- The highest case number of a year (LIKE '2026-%'), across the board: new cases number on.
CREATE FUNCTION dk_last_reference(p_pattern text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT reference FROM incidents WHERE reference LIKE p_pattern ORDER BY length(reference) DESC, reference DESC LIMIT 1
$$;

DO $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'dk\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO dossierkast_owner', f.signature);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f.signature);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO dossierkast_beheerder, dossierkast_bestuur, '
                       'dossierkast_directeur, dossierkast_melder', f.signature);
    END LOOP;
END;
$$;
GRANT EXECUTE ON FUNCTION audit_append(bigint, text, text, text, bigint, text, text, text)
    TO dossierkast_beheerder, dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;

-- Row security on every table with dossier content: the rules of AccessFilter, which the
-- program's own queries keep applying too (tests/storage/tst_access.cpp proves they agree).
-- Writes must stay within what the user may see, and a new row too.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES
        ('persons', '(SELECT dk_sees_everything()) OR dk_person_row_ok(id, school_id)'),
        ('person_sort_keys', '(SELECT dk_sees_everything()) OR dk_person_ok(person_id)'),
        ('guardianships', '(SELECT dk_sees_everything()) OR dk_person_ok(pupil_id)'),
        ('legal_holds', '(SELECT dk_sees_everything()) OR dk_person_record_ok(person_id)'),
        ('incidents', '(SELECT dk_sees_everything()) OR dk_incident_row_ok(school_id, confidential, handler_user_id, registered_by_user_id)'),
        ('incident_harms', '(SELECT dk_sees_everything()) OR dk_incident_ok(incident_id)'),
        ('incident_articles', '(SELECT dk_sees_everything()) OR dk_incident_ok(incident_id)'),
        ('incident_links', '(SELECT dk_sees_everything()) OR (dk_incident_ok(incident_id) AND dk_incident_ok(related_incident_id))'),
        ('involvements', '(SELECT dk_sees_everything()) OR dk_incident_ok(incident_id)'),
        ('incident_notes', '(SELECT dk_sees_everything()) OR dk_incident_ok(incident_id)'),
        ('measures', '(SELECT dk_sees_everything()) OR dk_incident_ok(incident_id)'),
        ('objections', '(SELECT dk_sees_everything()) OR dk_measure_ok(measure_id)'),
        ('actions', '(SELECT dk_sees_everything()) OR CASE WHEN incident_id IS NOT NULL THEN dk_incident_ok(incident_id) ELSE dk_person_record_ok(person_id) END'),
        ('correspondence', '(SELECT dk_sees_everything()) OR dk_correspondence_row_ok(person_id, incident_id)'),
        ('attachments', '(SELECT dk_sees_everything()) OR dk_attachment_row_ok(incident_id, correspondence_id, person_id)'),
        ('search_index', '(SELECT dk_sees_everything()) OR dk_search_key_ok(key)')
    ) AS rules(tablename, rule) LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', r.tablename);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', r.tablename);
        EXECUTE format('CREATE POLICY dossierkast_rules ON public.%I USING (%s) WITH CHECK (%s)',
                       r.tablename, r.rule, r.rule);
    END LOOP;
END;
$$;
-- Stored content is found by its hash, whoever's attachment holds it (a file is stored once),
-- so its row — hash, size, no personal data — is readable to all; its bytes, the chunks, only
-- through an attachment the user may see. New content is written before the attachment that
-- refers to it.
CREATE FUNCTION dk_chunk_ok(p_content bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT dk_sees_everything() OR EXISTS (SELECT 1 FROM attachment_content c WHERE c.id = p_content AND dk_content_ok(c.sha256))
$$;
ALTER FUNCTION dk_chunk_ok(bigint) OWNER TO dossierkast_owner;
REVOKE ALL ON FUNCTION dk_chunk_ok(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dk_chunk_ok(bigint)
    TO dossierkast_beheerder, dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;
ALTER TABLE attachment_chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment_chunks FORCE ROW LEVEL SECURITY;
CREATE POLICY dossierkast_read ON attachment_chunks FOR SELECT USING ((SELECT dk_sees_everything()) OR dk_chunk_ok(content_id));
CREATE POLICY dossierkast_add ON attachment_chunks FOR INSERT WITH CHECK (true);
CREATE POLICY dossierkast_remove ON attachment_chunks FOR DELETE USING ((SELECT dk_sees_everything()) OR dk_chunk_ok(content_id));

-- What each role may do with the tables (Permissions, README: Who may do what). Everybody reads
-- the organisation, schools, users (without their password hashes), the protocol, ladders,
-- settings and templates, and the dossier content the row security lets through.
GRANT SELECT ON organisation, schools, school_holidays, user_schools, protocol_versions, protocol_articles,
                measure_types, settings, letter_templates, schema_migrations,
                persons, person_sort_keys, guardianships, legal_holds, incidents, incident_harms, incident_articles,
                incident_links, involvements, incident_notes, measures, objections, actions, correspondence,
                attachments, attachment_content, attachment_chunks, search_index
    TO dossierkast_beheerder, dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;
GRANT SELECT (id, login, display_name, email, role, active, failed_logins, locked_until, must_change_password,
              may_report_to_police, created_at, version) ON users
    TO dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;
-- Users change one thing of their own row: the mark of a temporary password, once they chose
-- their own (dossierkast_set_own_password). The program reads the row it changes, hash and
-- all, through dk_user_row: a user their own, an administrator any.
GRANT UPDATE (must_change_password) ON users TO dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY dossierkast_read ON users FOR SELECT USING (true);
CREATE POLICY dossierkast_manage ON users FOR ALL USING ((SELECT dk_is_system()) OR (SELECT dk_role()) = 'beheerder')
    WITH CHECK ((SELECT dk_is_system()) OR (SELECT dk_role()) = 'beheerder');
CREATE POLICY dossierkast_own ON users FOR UPDATE USING (id = (SELECT dk_user_id())) WITH CHECK (id = (SELECT dk_user_id()));
CREATE FUNCTION dk_user_row(p_id bigint) RETURNS SETOF users
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT * FROM users WHERE id = p_id AND (dk_is_system() OR dk_role() = 'beheerder' OR id = dk_user_id())
$$;
ALTER FUNCTION dk_user_row(bigint) OWNER TO dossierkast_owner;
REVOKE ALL ON FUNCTION dk_user_row(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dk_user_row(bigint)
    TO dossierkast_beheerder, dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;

-- A reporter registers incidents and adds notes and evidence to their own cases (with what the
-- registration files: involvements, harms, articles, generated actions, the search entries).
GRANT INSERT ON incidents, incident_harms, incident_articles, involvements, incident_notes, actions, attachments,
                attachment_content, attachment_chunks, search_index, person_sort_keys
    TO dossierkast_melder;
GRANT UPDATE, DELETE ON search_index TO dossierkast_melder;

-- Directors and the board handle cases, persons, measures, letters and legal holds; the row
-- security keeps a director to their schools.
GRANT INSERT, UPDATE ON persons, person_sort_keys, guardianships, legal_holds, incidents, incident_harms,
                        incident_articles, incident_links, involvements, incident_notes, measures, objections,
                        actions, correspondence, attachments, attachment_content, attachment_chunks, search_index
    TO dossierkast_bestuur, dossierkast_directeur, dossierkast_beheerder;
GRANT DELETE ON person_sort_keys, guardianships, incident_harms, incident_articles, incident_links, involvements,
                search_index
    TO dossierkast_bestuur, dossierkast_directeur;
-- Deleting persons and destroying dossiers at the end of their term is for administrators.
GRANT DELETE ON persons, person_sort_keys, guardianships, legal_holds, incidents, incident_harms, incident_articles,
                incident_links, involvements, incident_notes, measures, objections, actions, correspondence,
                attachments, attachment_content, attachment_chunks, search_index
    TO dossierkast_beheerder;

-- Administrators manage users, the organisation, settings, protocol, templates, ladders and
-- retention, and read (never write) the audit trail; erasing content at the end of a retention
-- term is the one change its guard lets through.
GRANT SELECT, INSERT, UPDATE, DELETE ON users, user_schools, organisation, schools, school_holidays, protocol_versions,
                                        protocol_articles, measure_types, settings, letter_templates
    TO dossierkast_beheerder;
GRANT SELECT, INSERT ON destruction_records TO dossierkast_beheerder;
GRANT SELECT, UPDATE (before_json, after_json, content_erased) ON audit_log TO dossierkast_beheerder;

-- A logged-in user's audit records name that user, whatever the client hands over: only the
-- set-up account (the program without a user) names the actor itself.
CREATE OR REPLACE FUNCTION audit_append(p_user_id bigint, p_login text, p_action text, p_entity text, p_entity_id bigint,
                                        p_before_json text, p_after_json text, p_detail text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_user bigint := p_user_id;
    v_login text := coalesce(p_login, '');
    v_seq bigint;
    v_prev text;
    v_at text;
    v_before text;
    v_after text;
    v_hash text;
BEGIN
    IF NOT dk_is_system() THEN
        SELECT id, login INTO v_user, v_login FROM users WHERE lower(login) = lower(session_user::text);
        IF NOT FOUND THEN
            RAISE EXCEPTION 'audit_append: % is not a Dossierkast user', session_user USING ERRCODE = '42501';
        END IF;
    END IF;
    -- One writer at a time extends the chain; released at commit or rollback.
    PERFORM pg_advisory_xact_lock(1146310484);
    SELECT seq, hash INTO v_seq, v_prev FROM audit_log ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        v_seq := 0;
        v_prev := repeat('0', 64);
    END IF;
    v_seq := v_seq + 1;
    v_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    v_before := CASE WHEN coalesce(p_before_json, '') = '' THEN ''
                     ELSE encode(sha256(convert_to(p_before_json, 'UTF8')), 'hex') END;
    v_after := CASE WHEN coalesce(p_after_json, '') = '' THEN ''
                    ELSE encode(sha256(convert_to(p_after_json, 'UTF8')), 'hex') END;
    v_hash := encode(sha256(convert_to(concat_ws(chr(31), v_seq::text, v_at, coalesce(v_user, 0)::text,
                                                 v_login, p_action, p_entity,
                                                 coalesce(p_entity_id, 0)::text, v_before, v_after,
                                                 coalesce(p_detail, ''), v_prev), 'UTF8')), 'hex');
    INSERT INTO audit_log (seq, at, user_id, user_login, action, entity, entity_id, before_json, after_json,
                           before_hash, after_hash, detail, content_erased, prev_hash, hash)
    VALUES (v_seq, v_at, nullif(v_user, 0), v_login, p_action, p_entity, nullif(p_entity_id, 0),
            nullif(p_before_json, ''), nullif(p_after_json, ''), v_before, v_after, coalesce(p_detail, ''), 0,
            v_prev, v_hash);
    RETURN v_seq;
END;
$$;

-- Creates or updates the login role of a Dossierkast user: named as the login, LOGIN while the
-- user is active, a member of the group of their role and of no other. `p_password` (NULL:
-- unchanged) is hashed by the server (SCRAM-SHA-256); `p_previous_login`: the role is renamed
-- from it first. For administrators and the set-up account; a role of the same name that is
-- not one of ours is left alone.
CREATE FUNCTION dossierkast_sync_login(p_login text, p_password text, p_previous_login text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    u record;
    g text;
    ours boolean;
BEGIN
    IF NOT (dk_is_system() OR coalesce(dk_role() = 'beheerder', false)) THEN
        RAISE EXCEPTION 'only an administrator manages logins' USING ERRCODE = '42501';
    END IF;
    SELECT login, role, active INTO u FROM users WHERE lower(login) = lower(p_login);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no user %', p_login USING ERRCODE = '42704';
    END IF;
    IF p_previous_login IS NOT NULL AND p_previous_login <> u.login
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_previous_login)
       AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.login)
       AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles grp ON grp.oid = m.roleid
                   JOIN pg_roles r ON r.oid = m.member
                   WHERE r.rolname = p_previous_login AND grp.rolname LIKE 'dossierkast\_%') THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', p_previous_login, u.login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.login) THEN
        SELECT NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication
               AND r.rolname NOT LIKE 'dossierkast\_%'
               AND (EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles grp ON grp.oid = m.roleid
                            WHERE m.member = r.oid AND grp.rolname IN ('dossierkast_beheerder', 'dossierkast_bestuur',
                                                                        'dossierkast_directeur', 'dossierkast_melder'))
                    OR NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid))
          INTO ours FROM pg_roles r WHERE r.rolname = u.login;
        IF NOT ours THEN
            RAISE EXCEPTION 'the server role % is not a Dossierkast login', u.login USING ERRCODE = '42501';
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', u.login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', u.login, CASE WHEN u.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', u.login, p_password);
    END IF;
    FOREACH g IN ARRAY ARRAY['beheerder', 'bestuur', 'directeur', 'melder'] LOOP
        IF g = u.role THEN
            EXECUTE format('GRANT %I TO %I', 'dossierkast_' || g, u.login);
        ELSIF pg_has_role(u.login, 'dossierkast_' || g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', 'dossierkast_' || g, u.login);
        END IF;
    END LOOP;
END;
$$;
ALTER FUNCTION dossierkast_sync_login(text, text, text) OWNER TO dossierkast_owner;
REVOKE ALL ON FUNCTION dossierkast_sync_login(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dossierkast_sync_login(text, text, text) TO dossierkast_beheerder;

-- A user's own new password, set on their role (the server hashes it); nobody else's. The
-- program takes the temporary password's mark away in the same (audited) transaction.
CREATE FUNCTION dossierkast_set_own_password(p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_user bigint := dk_user_id();
BEGIN
    IF v_user IS NULL THEN
        RAISE EXCEPTION '% is not a Dossierkast user', session_user USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_password);
END;
$$;
ALTER FUNCTION dossierkast_set_own_password(text) OWNER TO dossierkast_owner;
REVOKE ALL ON FUNCTION dossierkast_set_own_password(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dossierkast_set_own_password(text)
    TO dossierkast_beheerder, dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;

-- What anyone who prints may know of the trail: its newest record, as an audit mark, and who
-- last changed a row (for "changed meanwhile by …").
CREATE FUNCTION audit_head(OUT seq bigint, OUT hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1
$$;
CREATE FUNCTION audit_last_change(p_entity text, p_id bigint, OUT user_login text, OUT at text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT user_login, at FROM audit_log WHERE entity = p_entity AND entity_id = p_id ORDER BY seq DESC LIMIT 1
$$;
ALTER FUNCTION audit_head() OWNER TO dossierkast_owner;
ALTER FUNCTION audit_last_change(text, bigint) OWNER TO dossierkast_owner;
REVOKE ALL ON FUNCTION audit_head(), audit_last_change(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_head(), audit_last_change(text, bigint)
    TO dossierkast_beheerder, dossierkast_bestuur, dossierkast_directeur, dossierkast_melder;
