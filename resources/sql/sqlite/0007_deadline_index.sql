-- The deadline list counts every open term while it shows only the soonest: the index holds
-- what its filters and the count read, so counting does not visit the actions themselves.
DROP INDEX actions_open_due;
CREATE INDEX actions_open_due ON actions(status, due_on, incident_id, person_id, kind, responsible_user_id);
