-- Full-text search over persons, incidents, follow-up notes and correspondence (SQLite FTS5).
-- The program writes folded text into it inside every Transaction (see SearchIndex); the rowid
-- encodes the row: id * 4 + 0 persons, + 1 incidents, + 2 incident_notes, + 3 correspondence.
CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
