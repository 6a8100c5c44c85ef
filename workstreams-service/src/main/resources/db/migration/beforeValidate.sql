-- Flyway callback, run before every validation. Luton's demo content used to be written by migrations; it is now
-- loaded at start-up when HES_DEMO_DATA is on (demo/*.sql). A database migrated before keeps its rows, and this
-- brings its history in line with the migrations as they are now.
DO $$
BEGIN
    IF to_regclass('${flyway:defaultSchema}.${flyway:table}') IS NOT NULL THEN
        DELETE FROM ${flyway:defaultSchema}.${flyway:table} WHERE version = '3' AND script LIKE '%V3__luton_workstreams.sql';
    END IF;
END
$$;
