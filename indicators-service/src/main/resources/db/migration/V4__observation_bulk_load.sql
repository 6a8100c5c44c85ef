-- Observations are written in bulk (a Fingertips download is a million rows). Foreign-key checks cost a row lock on
-- the indicator, the area and the import for every row written, which tripled the time of a large import. The import
-- checks every row's indicator and area before anything is written, indicators with observations cannot be deleted
-- (409), and areas are never deleted, so the references hold without the per-row checks.
ALTER TABLE observation DROP CONSTRAINT observation_indicator_id_fkey;
ALTER TABLE observation DROP CONSTRAINT observation_area_code_fkey;
ALTER TABLE observation DROP CONSTRAINT observation_import_id_fkey;

-- Incremental refreshes (updatedSince) scan the table instead; an index on a column every write changes cost more
-- on each import than it saved on a refresh.
DROP INDEX observation_updated;
