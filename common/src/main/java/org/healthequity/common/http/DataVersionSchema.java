package org.healthequity.common.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The data version a service's reads are tagged from ({@link DataVersionTags}), installed by each service's migration
 * in its own schema: one row holding a counter that every statement changing one of the service's tables raises, in
 * the writer's transaction, and the time of the last commit that raised it (the reads' {@code Last-Modified}). The
 * time is stamped by a deferred trigger, as the transaction commits, so that a change committed after a read is
 * never stamped earlier than what that read saw. Safe to run again: a later migration runs it to put the trigger on
 * tables created since.
 */
public final class DataVersionSchema {

    private DataVersionSchema() {
    }

    public static void install(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    static List<String> statements() {
        return List.of("""
                CREATE TABLE IF NOT EXISTS data_version (
                    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
                    version bigint  NOT NULL
                )""",
                "INSERT INTO data_version (id, version) VALUES (true, 1) ON CONFLICT DO NOTHING",
                "ALTER TABLE data_version ADD COLUMN IF NOT EXISTS changed_at timestamptz NOT NULL "
                        + "DEFAULT clock_timestamp()",
                // The function keeps the schema it was made in, so that a write from any session (a restore, psql)
                // finds the counter.
                """
                CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql
                SET search_path FROM CURRENT AS $$
                BEGIN
                    UPDATE data_version SET version = version + 1;
                    RETURN NULL;
                END;
                $$""",
                // Runs at commit for each raise; its own update changes the time, which the check tells apart.
                """
                CREATE OR REPLACE FUNCTION stamp_data_version() RETURNS trigger LANGUAGE plpgsql
                SET search_path FROM CURRENT AS $$
                BEGIN
                    IF NEW.changed_at IS NOT DISTINCT FROM OLD.changed_at THEN
                        UPDATE data_version SET changed_at = clock_timestamp();
                    END IF;
                    RETURN NULL;
                END;
                $$""",
                "DROP TRIGGER IF EXISTS data_version_stamped_at_commit ON data_version",
                "CREATE CONSTRAINT TRIGGER data_version_stamped_at_commit AFTER UPDATE ON data_version "
                        + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stamp_data_version()",
                """
                DO $$
                DECLARE
                    served text;
                BEGIN
                    FOR served IN SELECT t.tablename FROM pg_tables t
                            WHERE t.schemaname = current_schema()
                              AND t.tablename NOT IN ('data_version', 'flyway_schema_history', 'change_event')
                              AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                                  JOIN pg_namespace n ON n.oid = c.relnamespace
                                  WHERE n.nspname = current_schema() AND c.relname = t.tablename
                                    AND g.tgname = t.tablename || '_raises_data_version') LOOP
                        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                                || 'FOR EACH STATEMENT EXECUTE FUNCTION raise_data_version()',
                                served || '_raises_data_version', served);
                    END LOOP;
                END;
                $$""");
    }
}
