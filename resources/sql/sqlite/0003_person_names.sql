-- Dutch name order for person lists ("Hof, Jan van 't" sorts under H, "Öztürk" under O).
-- Derived data like search_index: the program writes a folded key for every person inside
-- each Transaction (see SearchIndex), so sorting happens in SQL with an index.
CREATE TABLE person_sort_keys (
    person_id   INTEGER PRIMARY KEY,
    name_key    TEXT NOT NULL
);
CREATE INDEX person_sort_keys_name ON person_sort_keys(name_key, person_id);
