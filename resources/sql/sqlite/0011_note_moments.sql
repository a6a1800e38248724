-- A follow-up note says when the conversation or event it records took place, beside when it
-- was written down; empty for older notes (they took place when they were written).
ALTER TABLE incident_notes ADD COLUMN happened_at TEXT;
