-- Indexes for what grows: the audit viewer in Beheer filters the log by moment, action and user;
-- the dossier view reads letters about a person and notes that replace others.
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_action ON audit_log(action, seq);
CREATE INDEX audit_log_login ON audit_log(user_login, seq);

-- A dossier lists the letters about a person filed elsewhere, and each note's latest wording.
CREATE INDEX correspondence_about ON correspondence(about_person_id) WHERE about_person_id IS NOT NULL;
CREATE INDEX incident_notes_replaces ON incident_notes(replaces_note_id) WHERE replaces_note_id IS NOT NULL;
