-- Audit records are written by the server, not composed by the client: audit_append takes the
-- record's content, and itself numbers it, stamps the time, hashes the before/after content and
-- links it into the chain (the same SHA-256 over the same fields as the program computes for
-- SQLite, so `check` proves both alike). It runs with its owner's rights and a fixed search
-- path, so a client that may call it needs no right on audit_log itself.
CREATE FUNCTION audit_append(p_user_id bigint, p_login text, p_action text, p_entity text, p_entity_id bigint,
                             p_before_json text, p_after_json text, p_detail text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_seq bigint;
    v_prev text;
    v_at text;
    v_before text;
    v_after text;
    v_hash text;
BEGIN
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
    v_hash := encode(sha256(convert_to(concat_ws(chr(31), v_seq::text, v_at, coalesce(p_user_id, 0)::text,
                                                 coalesce(p_login, ''), p_action, p_entity,
                                                 coalesce(p_entity_id, 0)::text, v_before, v_after,
                                                 coalesce(p_detail, ''), v_prev), 'UTF8')), 'hex');
    INSERT INTO audit_log (seq, at, user_id, user_login, action, entity, entity_id, before_json, after_json,
                           before_hash, after_hash, detail, content_erased, prev_hash, hash)
    VALUES (v_seq, v_at, nullif(p_user_id, 0), coalesce(p_login, ''), p_action, p_entity, nullif(p_entity_id, 0),
            nullif(p_before_json, ''), nullif(p_after_json, ''), v_before, v_after, coalesce(p_detail, ''), 0,
            v_prev, v_hash);
    RETURN v_seq;
END;
$$;
