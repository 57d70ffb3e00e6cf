-- When an import was last committed for running: until its batch execution has started (and
-- recorded its id), a second commit must see it under way, not start a second execution.
ALTER TABLE import_job ADD COLUMN queued_at TIMESTAMP;
