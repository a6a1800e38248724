-- An attachment is shown and saved under a clean name (no folders, control or bidi characters,
-- not endlessly long); the name it arrived with is kept beside it when that differed.
ALTER TABLE attachments ADD COLUMN original_name TEXT;
