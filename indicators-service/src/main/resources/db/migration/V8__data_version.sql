-- The data version: one counter that every statement changing a served table raises, in the writer's transaction.
-- Reads of lists, CSV and scorecards take their ETag from it (common's DataVersionTags), read before the answer is
-- built, so a conditional read whose data has not changed is answered 304 without building anything. A writer holds
-- the row until it commits: writes to this service are imports and curation, not a stream of small updates.
CREATE TABLE data_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (true, 1);

-- The function keeps the schema it was made in, so that a write from any session (a restore, psql) finds the counter.
CREATE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE data_version SET version = version + 1;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    served text;
BEGIN
    FOR served IN SELECT tablename FROM pg_tables
            WHERE schemaname = current_schema() AND tablename NOT IN ('data_version', 'flyway_schema_history') LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION raise_data_version()', served || '_raises_data_version',
                served);
    END LOOP;
END;
$$;
