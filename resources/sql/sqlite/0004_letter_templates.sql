-- Letter templates: rich text (HTML) with merge fields written [[veld]]; a board edits them in
-- Beheer. The defaults are written in our own words and seeded through a Transaction.
CREATE TABLE letter_templates (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    channel     TEXT NOT NULL DEFAULT 'brief' CHECK (channel IN ('brief', 'aangetekend', 'email')),
    action_kind TEXT,
    body        TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);
