-- Observations are written a million at a time, and every index costs each row written. The natural key now does
-- the work of both indexes:
-- * its text columns hold codes and labels, not prose, so they compare byte by byte (COLLATE "C") instead of by the
--   locale's collation on every comparison an index makes;
-- * it runs indicator, area, breakdown, period: keys mostly differ in their area or period, so a comparison settles
--   early instead of walking four breakdown columns that are nearly always the same, and each series (one
--   indicator, area and breakdown) comes off the index in period order;
-- * queries by area name every indicator (there are hundreds) and probe this key, so the index led by the area,
--   which cost a large import more than a third of its time, goes.
ALTER TABLE observation DROP CONSTRAINT observation_natural_key;
DROP INDEX observation_area;
ALTER TABLE observation
    ALTER COLUMN area_code TYPE text COLLATE "C",
    ALTER COLUMN period_label TYPE text COLLATE "C",
    ALTER COLUMN sex TYPE text COLLATE "C",
    ALTER COLUMN age TYPE text COLLATE "C",
    ALTER COLUMN category_type TYPE text COLLATE "C",
    ALTER COLUMN category TYPE text COLLATE "C";
ALTER TABLE observation ADD CONSTRAINT observation_natural_key
    UNIQUE (indicator_id, area_code, sex, age, category_type, category, period_label);
