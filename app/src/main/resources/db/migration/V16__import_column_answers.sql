-- The coordinator's column answers an import was committed with: the batch job, and any later
-- resumption, read the file with these, not with answers saved since for other uploads.
ALTER TABLE import_job ADD COLUMN column_answers VARCHAR(100000);
