-- The audit viewer in Beheer filters the log by moment, action and user; these keep it quick
-- when the log has grown to millions of records.
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_action ON audit_log(action, seq);
CREATE INDEX audit_log_login ON audit_log(user_login, seq);
