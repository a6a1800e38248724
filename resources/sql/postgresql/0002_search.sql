-- Full-text search over persons, incidents, follow-up notes and correspondence (PostgreSQL).
-- The program writes folded text into it inside every Transaction (see SearchIndex), as on
-- SQLite, so both databases find the same rows; key encodes the row as id * 4 + entity.
-- The 'simple' configuration does not stem: a Dutch stemmer would make the two databases
-- disagree, and folding already makes case and diacritics irrelevant.
CREATE TABLE search_index (
    key         bigint PRIMARY KEY,
    body        text NOT NULL,
    document    tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED
);
CREATE INDEX search_index_document ON search_index USING gin (document);
