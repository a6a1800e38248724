-- Terms as the law counts them (DESIGN.md §4): a term remembers from which day it runs and,
-- when the Algemene termijnenwet moved it, where it would have ended; a measure keeps why it
-- was decided before a required step and that a long suspension was confirmed; an objection
-- received late keeps why it was handled; a board's own day off counts as no working day. The
-- settings that go with them are added by the program (Seeder::addMissingSettings), audited.
ALTER TABLE actions ADD COLUMN counted_from TEXT;
ALTER TABLE actions ADD COLUMN unextended_due_on TEXT;
ALTER TABLE measures ADD COLUMN step_motivation TEXT;
ALTER TABLE measures ADD COLUMN period_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (period_confirmed IN (0, 1));
ALTER TABLE objections ADD COLUMN late_reason TEXT;
ALTER TABLE school_holidays ADD COLUMN day_off INTEGER NOT NULL DEFAULT 0 CHECK (day_off IN (0, 1));
