-- The incident list is read a page at a time after the last row shown (keyset paging), in any
-- order: one index per order, with the moment of reporting and the id as ties, so that both
-- directions read it without sorting.
DROP INDEX incidents_school_reported;
DROP INDEX incidents_status_reported;
CREATE INDEX incidents_school_reported ON incidents(school_id, reported_at, id);
CREATE INDEX incidents_status_reported ON incidents(status, reported_at, id);
CREATE INDEX incidents_occurred ON incidents(occurred_at, reported_at, id);
CREATE INDEX incidents_title ON incidents(lower(title), reported_at, id);
CREATE INDEX incidents_platform ON incidents(platform, reported_at, id);
CREATE INDEX incidents_severity_order ON incidents((CASE severity WHEN 'licht' THEN 1 WHEN 'ernstig' THEN 2 ELSE 3 END),
                                                   reported_at, id);
CREATE INDEX incidents_status_order ON incidents((CASE status WHEN 'gemeld' THEN 1 WHEN 'in_behandeling' THEN 2
                                                  WHEN 'maatregel' THEN 3 WHEN 'afgesloten' THEN 4 ELSE 5 END),
                                                 reported_at, id);

-- An import looks each pupil up by date of birth and name, and each parent by e-mail address.
CREATE INDEX persons_birth_date ON persons(birth_date, kind);
CREATE INDEX persons_email ON persons(lower(email));

-- By school: the schools in name order, then each school's incidents from its index.
CREATE INDEX schools_name_order ON schools(lower(name), id);
