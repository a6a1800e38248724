-- Dossierkast schema, version 1 (SQLite).
-- Conventions: every table has an integer id (the audit log names rows by table and id);
-- editable rows carry a version for optimistic locking; dates are 'YYYY-MM-DD' text,
-- moments are UTC 'YYYY-MM-DDTHH:MM:SS.zzzZ' text; flags are 0/1 integers.
-- Rows are written through Transaction, which audits them; seed data is written by the
-- program after this script, for the same reason.

PRAGMA application_id = 1146310484;

CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

CREATE TABLE attachment_content (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size        INTEGER NOT NULL CHECK (size >= 0),
    chunk_size  INTEGER NOT NULL CHECK (chunk_size > 0),
    created_at  TEXT NOT NULL
);

-- Content in chunks, so that large files never have to sit in memory whole.
CREATE TABLE attachment_chunks (
    content_id  INTEGER NOT NULL REFERENCES attachment_content(id) ON DELETE CASCADE,
    chunk_no    INTEGER NOT NULL CHECK (chunk_no >= 0),
    data        BLOB NOT NULL,
    PRIMARY KEY (content_id, chunk_no)
) WITHOUT ROWID;

CREATE TABLE organisation (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    address         TEXT,
    postal_code     TEXT,
    city            TEXT,
    phone           TEXT,
    email           TEXT,
    website         TEXT,
    letterhead_text TEXT,
    logo_sha256     TEXT REFERENCES attachment_content(sha256),
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE schools (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    brin            TEXT CHECK (brin IS NULL OR brin GLOB '[0-9][0-9][A-Z][A-Z]' OR brin GLOB '[0-9][0-9][A-Z][A-Z][0-9][0-9]'),
    address         TEXT,
    postal_code     TEXT,
    city            TEXT,
    phone           TEXT,
    email           TEXT,
    director_name   TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1
);

-- Holidays per school year; school_id NULL means every school of the board.
CREATE TABLE school_holidays (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER REFERENCES schools(id),
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    first_day   TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    last_day    TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (last_day >= first_day)
);
CREATE INDEX school_holidays_days ON school_holidays(first_day, last_day);

CREATE TABLE users (
    id                      INTEGER PRIMARY KEY,
    login                   TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(login) <> ''),
    display_name            TEXT NOT NULL CHECK (trim(display_name) <> ''),
    email                   TEXT,
    password_hash           TEXT,
    role                    TEXT NOT NULL CHECK (role IN ('beheerder', 'bestuur', 'directeur', 'melder')),
    active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins           INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until            TEXT,
    must_change_password    INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    may_report_to_police    INTEGER NOT NULL DEFAULT 0 CHECK (may_report_to_police IN (0, 1)),
    created_at              TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_schools (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    school_id   INTEGER NOT NULL REFERENCES schools(id),
    UNIQUE (user_id, school_id)
);
CREATE INDEX user_schools_school ON user_schools(school_id);

CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('medewerker', 'leerling', 'ouder', 'overig')),
    given_names     TEXT,
    roepnaam        TEXT,
    tussenvoegsel   TEXT,
    surname         TEXT NOT NULL CHECK (trim(surname) <> ''),
    gender          TEXT NOT NULL DEFAULT 'onbekend' CHECK (gender IN ('onbekend', 'man', 'vrouw', 'anders')),
    birth_date      TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    school_id       INTEGER REFERENCES schools(id),
    group_name      TEXT,
    function_title  TEXT,
    external_id     TEXT,
    email           TEXT,
    phone           TEXT,
    address         TEXT,
    postal_code     TEXT,
    city            TEXT,
    start_date      TEXT CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    leave_date      TEXT CHECK (leave_date IS NULL OR leave_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes           TEXT,
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (kind <> 'leerling' OR (birth_date IS NOT NULL AND school_id IS NOT NULL)),
    CHECK (leave_date IS NULL OR start_date IS NULL OR leave_date >= start_date)
);
CREATE INDEX persons_name ON persons(surname, given_names);
CREATE INDEX persons_school_kind ON persons(school_id, kind, group_name);
CREATE UNIQUE INDEX persons_external_id ON persons(kind, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX persons_leave_date ON persons(leave_date) WHERE leave_date IS NOT NULL;

CREATE TABLE guardianships (
    id                  INTEGER PRIMARY KEY,
    parent_id           INTEGER NOT NULL REFERENCES persons(id),
    pupil_id            INTEGER NOT NULL REFERENCES persons(id),
    relation            TEXT NOT NULL CHECK (relation IN ('moeder', 'vader', 'verzorger', 'voogd', 'pleegouder', 'overig')),
    parental_authority  INTEGER NOT NULL DEFAULT 1 CHECK (parental_authority IN (0, 1)),
    receives_mail       INTEGER NOT NULL DEFAULT 1 CHECK (receives_mail IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (parent_id, pupil_id),
    CHECK (parent_id <> pupil_id)
);
CREATE INDEX guardianships_pupil ON guardianships(pupil_id);

CREATE TABLE protocol_versions (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    in_force_from   TEXT NOT NULL UNIQUE CHECK (in_force_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes           TEXT,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE protocol_articles (
    id                  INTEGER PRIMARY KEY,
    protocol_version_id INTEGER NOT NULL REFERENCES protocol_versions(id),
    code                TEXT NOT NULL CHECK (trim(code) <> ''),
    section             TEXT NOT NULL CHECK (trim(section) <> ''),
    section_title       TEXT NOT NULL,
    title               TEXT NOT NULL CHECK (trim(title) <> ''),
    body                TEXT NOT NULL,
    is_sanction         INTEGER NOT NULL DEFAULT 0 CHECK (is_sanction IN (0, 1)),
    sort_order          INTEGER NOT NULL DEFAULT 0,
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (protocol_version_id, code)
);

-- The rungs of the three ladders; a board may rename, reorder (rank) or add rungs.
CREATE TABLE measure_types (
    id                  INTEGER PRIMARY KEY,
    ladder              TEXT NOT NULL CHECK (ladder IN ('medewerker', 'leerling', 'ouder')),
    code                TEXT NOT NULL CHECK (trim(code) <> ''),
    name                TEXT NOT NULL CHECK (trim(name) <> ''),
    rank                INTEGER NOT NULL CHECK (rank >= 1),
    is_disciplinary     INTEGER NOT NULL DEFAULT 1 CHECK (is_disciplinary IN (0, 1)),
    has_period          INTEGER NOT NULL DEFAULT 0 CHECK (has_period IN (0, 1)),
    caution             TEXT,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (ladder, code)
);

CREATE TABLE incidents (
    id                      INTEGER PRIMARY KEY,
    reference               TEXT NOT NULL UNIQUE CHECK (reference GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'),
    school_id               INTEGER NOT NULL REFERENCES schools(id),
    protocol_version_id     INTEGER NOT NULL REFERENCES protocol_versions(id),
    title                   TEXT NOT NULL CHECK (trim(title) <> ''),
    description             TEXT,
    occurred_at             TEXT NOT NULL,
    reported_at             TEXT NOT NULL,
    reported_by_person_id   INTEGER REFERENCES persons(id),
    registered_by_user_id   INTEGER REFERENCES users(id),
    handler_user_id         INTEGER REFERENCES users(id),
    platform                TEXT NOT NULL CHECK (platform IN ('instagram', 'x', 'facebook', 'youtube', 'linkedin', 'tiktok', 'snapchat', 'whatsapp', 'email', 'website', 'anders')),
    context                 TEXT NOT NULL CHECK (context IN ('tijdens_les', 'in_school', 'buiten_school', 'tijdens_werk', 'buiten_werk')),
    severity                TEXT NOT NULL CHECK (severity IN ('licht', 'ernstig', 'zeer_ernstig')),
    possibly_criminal       INTEGER NOT NULL DEFAULT 0 CHECK (possibly_criminal IN (0, 1)),
    confidential            INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    sexual_offence_suspected INTEGER NOT NULL DEFAULT 0 CHECK (sexual_offence_suspected IN (0, 1)),
    unsafe_home_signs       INTEGER NOT NULL DEFAULT 0 CHECK (unsafe_home_signs IN (0, 1)),
    parents_refuse_cooperation INTEGER NOT NULL DEFAULT 0 CHECK (parents_refuse_cooperation IN (0, 1)),
    no_causer_reason        TEXT,
    status                  TEXT NOT NULL DEFAULT 'gemeld' CHECK (status IN ('gemeld', 'in_behandeling', 'maatregel', 'afgesloten', 'geen_actie')),
    closing_summary         TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1,
    CHECK (reported_at >= occurred_at),
    CHECK (status NOT IN ('afgesloten', 'geen_actie') OR trim(coalesce(closing_summary, '')) <> ''),
    CHECK (sexual_offence_suspected = 0 OR confidential = 1)
);
CREATE INDEX incidents_reported ON incidents(reported_at DESC, id DESC);
CREATE INDEX incidents_school_reported ON incidents(school_id, reported_at DESC);
CREATE INDEX incidents_status_reported ON incidents(status, reported_at DESC);
CREATE INDEX incidents_registered_by ON incidents(registered_by_user_id);
CREATE INDEX incidents_handler ON incidents(handler_user_id);

CREATE TABLE incident_harms (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    harm        TEXT NOT NULL CHECK (harm IN ('pesten', 'kwetsen', 'stalken', 'bedreigen', 'zwartmaken', 'vertrouwelijke_informatie', 'persoonsgegevens', 'beeld_zonder_toestemming', 'vriend_leerling', 'geen_disclaimer', 'actief_tijdens_les', 'overig')),
    UNIQUE (incident_id, harm)
);

CREATE TABLE incident_articles (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    article_id  INTEGER NOT NULL REFERENCES protocol_articles(id),
    UNIQUE (incident_id, article_id)
);
CREATE INDEX incident_articles_article ON incident_articles(article_id);

CREATE TABLE incident_links (
    id                  INTEGER PRIMARY KEY,
    incident_id         INTEGER NOT NULL REFERENCES incidents(id),
    related_incident_id INTEGER NOT NULL REFERENCES incidents(id),
    UNIQUE (incident_id, related_incident_id),
    CHECK (incident_id < related_incident_id)
);
CREATE INDEX incident_links_related ON incident_links(related_incident_id);

CREATE TABLE involvements (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    person_id   INTEGER NOT NULL REFERENCES persons(id),
    role        TEXT NOT NULL CHECK (role IN ('veroorzaker', 'slachtoffer', 'getuige', 'melder', 'betrokken_ouder')),
    notes       TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (incident_id, person_id, role)
);
CREATE INDEX involvements_person ON involvements(person_id);

-- Follow-up log. An edit adds a row that replaces the earlier one, which stays readable.
CREATE TABLE incident_notes (
    id                  INTEGER PRIMARY KEY,
    incident_id         INTEGER NOT NULL REFERENCES incidents(id),
    author_user_id      INTEGER REFERENCES users(id),
    written_at          TEXT NOT NULL,
    body                TEXT NOT NULL CHECK (trim(body) <> ''),
    replaces_note_id    INTEGER REFERENCES incident_notes(id),
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX incident_notes_incident ON incident_notes(incident_id, written_at);

CREATE TABLE measures (
    id                      INTEGER PRIMARY KEY,
    incident_id             INTEGER NOT NULL REFERENCES incidents(id),
    person_id               INTEGER NOT NULL REFERENCES persons(id),
    measure_type_id         INTEGER NOT NULL REFERENCES measure_types(id),
    status                  TEXT NOT NULL DEFAULT 'voornemen' CHECK (status IN ('voornemen', 'opgelegd', 'ingetrokken', 'bezwaar', 'bezwaar_gegrond', 'bezwaar_ongegrond')),
    proposed_on             TEXT NOT NULL,
    proposed_by_user_id     INTEGER REFERENCES users(id),
    decided_on              TEXT,
    decided_by_user_id      INTEGER REFERENCES users(id),
    starts_on               TEXT,
    ends_on                 TEXT,
    facts_known_on          TEXT,
    is_order_measure        INTEGER NOT NULL DEFAULT 0 CHECK (is_order_measure IN (0, 1)),
    motivation              TEXT,
    advised_measure_type_id INTEGER REFERENCES measure_types(id),
    escalation_motivation   TEXT,
    hearing_held            INTEGER NOT NULL DEFAULT 0 CHECK (hearing_held IN (0, 1)),
    hearing_on              TEXT,
    hearing_by              TEXT,
    created_at              TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CHECK (decided_on IS NULL OR decided_on >= proposed_on),
    CHECK (status = 'voornemen' OR status = 'ingetrokken' OR decided_on IS NOT NULL),
    CHECK (hearing_held = 0 OR hearing_on IS NOT NULL)
);
CREATE INDEX measures_person ON measures(person_id, decided_on);
CREATE INDEX measures_incident ON measures(incident_id);

CREATE TABLE objections (
    id              INTEGER PRIMARY KEY,
    measure_id      INTEGER NOT NULL REFERENCES measures(id),
    received_on     TEXT NOT NULL,
    hearing_on      TEXT,
    decision_on     TEXT,
    outcome         TEXT CHECK (outcome IS NULL OR outcome IN ('gegrond', 'ongegrond', 'ingetrokken')),
    notes           TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (decision_on IS NULL OR decision_on >= received_on),
    CHECK ((outcome IS NULL) = (decision_on IS NULL))
);
CREATE INDEX objections_measure ON objections(measure_id);

CREATE TABLE actions (
    id                  INTEGER PRIMARY KEY,
    incident_id         INTEGER REFERENCES incidents(id),
    measure_id          INTEGER REFERENCES measures(id),
    person_id           INTEGER REFERENCES persons(id),
    kind                TEXT NOT NULL CHECK (kind IN ('hoorgesprek', 'ouders_informeren', 'inspectie_informeren', 'leerplichtambtenaar_informeren', 'aangifte', 'slachtoffer_aangifte', 'vertrouwensinspecteur', 'veilig_thuis', 'leidinggevende', 'bestuur_informeren', 'voornemen_aangetekend', 'reactietermijn', 'besluit_aangetekend', 'beroepstermijn', 'bezwaartermijn', 'beslistermijn_bezwaar', 'herinnering_verwijdering', 'inzageverzoek', 'overig')),
    title               TEXT NOT NULL CHECK (trim(title) <> ''),
    due_on              TEXT,
    responsible_user_id INTEGER REFERENCES users(id),
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'niet_nodig')),
    done_on             TEXT,
    done_note           TEXT,
    not_needed_reason   TEXT,
    police_reference    TEXT,
    rule                TEXT,
    legal_source        TEXT,
    created_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK (incident_id IS NOT NULL OR person_id IS NOT NULL),
    CHECK (status <> 'gedaan' OR done_on IS NOT NULL),
    CHECK (status <> 'niet_nodig' OR trim(coalesce(not_needed_reason, '')) <> '')
);
CREATE INDEX actions_open_due ON actions(status, due_on);
CREATE INDEX actions_incident ON actions(incident_id);
CREATE INDEX actions_measure ON actions(measure_id);
CREATE INDEX actions_person ON actions(person_id);

-- Correspondence is filed in a dossier: person_id is the staff member or pupil whose dossier
-- holds it; about_person_id names a parent when the item concerns the parent's conduct.
CREATE TABLE correspondence (
    id                  INTEGER PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES persons(id),
    about_person_id     INTEGER REFERENCES persons(id),
    incident_id         INTEGER REFERENCES incidents(id),
    direction           TEXT NOT NULL CHECK (direction IN ('in', 'uit', 'intern')),
    channel             TEXT NOT NULL CHECK (channel IN ('brief', 'aangetekend', 'email', 'telefoon', 'gespreksverslag')),
    sent_on             TEXT NOT NULL CHECK (sent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    correspondent       TEXT,
    subject             TEXT NOT NULL CHECK (trim(subject) <> ''),
    summary             TEXT,
    registered_number   TEXT,
    created_by_user_id  INTEGER REFERENCES users(id),
    created_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX correspondence_person ON correspondence(person_id, sent_on);
CREATE INDEX correspondence_incident ON correspondence(incident_id);
CREATE INDEX correspondence_sent ON correspondence(sent_on DESC, id DESC);

-- A file attached to exactly one owner. sha256 is what the file was; content_sha256 points at
-- the stored content and is NULL only for metadata imported without content (import-json).
CREATE TABLE attachments (
    id                  INTEGER PRIMARY KEY,
    sha256              TEXT NOT NULL CHECK (length(sha256) = 64),
    content_sha256      TEXT REFERENCES attachment_content(sha256),
    file_name           TEXT NOT NULL CHECK (trim(file_name) <> ''),
    mime_type           TEXT NOT NULL,
    size                INTEGER NOT NULL CHECK (size >= 0),
    incident_id         INTEGER REFERENCES incidents(id),
    correspondence_id   INTEGER REFERENCES correspondence(id),
    person_id           INTEGER REFERENCES persons(id),
    description         TEXT,
    source_url          TEXT,
    captured_at         TEXT,
    added_by_user_id    INTEGER REFERENCES users(id),
    added_at            TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK (content_sha256 IS NULL OR content_sha256 = sha256),
    CHECK ((incident_id IS NOT NULL) + (correspondence_id IS NOT NULL) + (person_id IS NOT NULL) = 1)
);
CREATE INDEX attachments_incident ON attachments(incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX attachments_correspondence ON attachments(correspondence_id) WHERE correspondence_id IS NOT NULL;
CREATE INDEX attachments_person ON attachments(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX attachments_content ON attachments(content_sha256);

-- A legal hold (open police or court case) blocks destruction of a dossier.
CREATE TABLE legal_holds (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES persons(id),
    reason      TEXT NOT NULL CHECK (trim(reason) <> ''),
    starts_on   TEXT NOT NULL,
    ends_on     TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX legal_holds_person ON legal_holds(person_id);

-- What was destroyed at the end of a retention term; holds no personal data.
CREATE TABLE destruction_records (
    id              INTEGER PRIMARY KEY,
    destroyed_at    TEXT NOT NULL,
    user_id         INTEGER REFERENCES users(id),
    dossier_kind    TEXT NOT NULL CHECK (dossier_kind IN ('medewerker', 'leerling', 'ouder', 'overig')),
    ground          TEXT NOT NULL CHECK (trim(ground) <> ''),
    rows_removed    INTEGER NOT NULL DEFAULT 0,
    attachments_removed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE settings (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE CHECK (trim(key) <> ''),
    value       TEXT NOT NULL,
    source      TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);

-- Append-only, hash-chained. hash covers the record's fields and the hashes of its
-- before/after content, so that content may be erased (retention) without breaking the chain.
CREATE TABLE audit_log (
    seq             INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    user_id         INTEGER,
    user_login      TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       INTEGER,
    before_json     TEXT,
    after_json      TEXT,
    before_hash     TEXT NOT NULL,
    after_hash      TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    content_erased  INTEGER NOT NULL DEFAULT 0 CHECK (content_erased IN (0, 1)),
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, seq);
CREATE INDEX audit_log_user ON audit_log(user_id, seq);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- The only change allowed is erasing content at the end of a retention term.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.user_login = OLD.user_login AND NEW.action = OLD.action
          AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id
          AND NEW.before_hash = OLD.before_hash AND NEW.after_hash = OLD.after_hash
          AND NEW.detail = OLD.detail AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
          AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND NEW.content_erased = 1)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
