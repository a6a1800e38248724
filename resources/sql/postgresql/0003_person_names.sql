-- Dutch name order for person lists ("Hof, Jan van 't" sorts under H, "Öztürk" under O).
-- Derived data like search_index: the program writes a folded key for every person inside
-- each Transaction (see SearchIndex). The key is already folded, so it is compared byte by
-- byte ("C"), as SQLite does, whatever the server's locale.
CREATE TABLE person_sort_keys (
    person_id   bigint PRIMARY KEY,
    name_key    text COLLATE "C" NOT NULL
);
CREATE INDEX person_sort_keys_name ON person_sort_keys(name_key, person_id);
