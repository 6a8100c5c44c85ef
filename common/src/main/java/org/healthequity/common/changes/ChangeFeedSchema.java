package org.healthequity.common.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that give a service its change feed, run by the service's own migration: a table of events
 * ({@code change_event}) written by triggers in the writer's transaction, so that no write can happen without its
 * event, whatever wrote it (the service, an import, psql). Each event records the writing transaction's id, which is
 * what lets {@link ChangeFeed} hand out a cursor that never skips an event committed late.
 */
public final class ChangeFeedSchema {

    private ChangeFeedSchema() {
    }

    /**
     * A table whose rows are resources of the feed. {@code link} is an SQL expression over {@code $1}, the row as
     * jsonb, giving the resource's path. A {@code part} (a KPI's targets, a recommendation's history) is announced as
     * a change of the part, never as its deletion: the part lives as long as its owner.
     */
    public record Tracked(String table, String type, String idColumn, String link, boolean part) {

        public static Tracked resource(String table, String type, String idColumn, String link) {
            return new Tracked(table, type, idColumn, link, false);
        }

        public static Tracked part(String table, String type, String idColumn, String link) {
            return new Tracked(table, type, idColumn, link, true);
        }
    }

    /** Runs {@link #statements} on a migration's connection. */
    public static void install(Connection connection, List<Tracked> rows, List<Tracked> bulk) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(rows, bulk)) {
                statement.execute(sql);
            }
        }
    }

    /** Tracks tables created after the feed was installed: their triggers only (they start empty). */
    public static void track(Connection connection, List<Tracked> rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Tracked tracked : rows) {
                statement.execute(rowTrigger(tracked));
            }
        }
    }

    private static String rowTrigger(Tracked tracked) {
        return "CREATE TRIGGER " + tracked.table() + "_records_changes AFTER INSERT OR UPDATE OR DELETE ON "
                + tracked.table() + " FOR EACH ROW EXECUTE FUNCTION record_change(" + literal(tracked.type())
                + ", " + literal(tracked.idColumn()) + ", " + literal(tracked.link()) + ", "
                + literal(tracked.part() ? "part" : "resource") + ")";
    }

    /** The table, its functions, and a trigger per tracked table. */
    public static List<String> statements(List<Tracked> rows, List<Tracked> bulk) {
        List<String> statements = new ArrayList<>();
        statements.add("""
                CREATE TABLE change_event (
                    position    bigserial PRIMARY KEY,
                    xid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
                    type        text NOT NULL,
                    resource_id text NOT NULL,
                    action      text NOT NULL CHECK (action IN ('UPSERT', 'DELETE')),
                    changed_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
                    link        text NOT NULL
                )""");
        statements.add("CREATE INDEX change_event_cursor ON change_event (xid, position)");
        // One row trigger per resource table: arguments are the type, the id column, the link expression, 'part'.
        statements.add("""
                CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
                DECLARE
                    changed jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
                    link text;
                BEGIN
                    EXECUTE 'SELECT ' || TG_ARGV[2] INTO link USING changed;
                    INSERT INTO change_event (type, resource_id, action, link)
                    VALUES (TG_ARGV[0], changed ->> TG_ARGV[1],
                            CASE WHEN TG_OP = 'DELETE' AND TG_ARGV[3] = 'resource' THEN 'DELETE' ELSE 'UPSERT' END,
                            link);
                    RETURN NULL;
                END;
                $$""");
        // Tables written a million rows at a time announce one change per owner and statement, not per row.
        statements.add("""
                CREATE FUNCTION record_bulk_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
                BEGIN
                    EXECUTE format('INSERT INTO change_event (type, resource_id, action, link) '
                            || 'SELECT %L, owner, %L, %s FROM (SELECT DISTINCT %I::text AS owner FROM changed_rows) o',
                            TG_ARGV[0], 'UPSERT', replace(TG_ARGV[2], '$1', 'jsonb_build_object(' || quote_literal(
                            TG_ARGV[1]) || ', o.owner)'), TG_ARGV[1]);
                    RETURN NULL;
                END;
                $$""");
        for (Tracked tracked : rows) {
            statements.add(rowTrigger(tracked));
        }
        for (Tracked tracked : bulk) {
            for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                String transition = event.equals("DELETE") ? "OLD TABLE" : "NEW TABLE";
                statements.add("CREATE TRIGGER " + tracked.table() + "_records_" + event.toLowerCase() + "s AFTER "
                        + event + " ON " + tracked.table() + " REFERENCING " + transition + " AS changed_rows FOR EACH "
                        + "STATEMENT EXECUTE FUNCTION record_bulk_change(" + literal(tracked.type()) + ", "
                        + literal(tracked.idColumn()) + ", " + literal(tracked.link()) + ")");
            }
        }
        // What existed before the feed did is announced once, so that a reader starting from the beginning sees it.
        for (Tracked tracked : rows) {
            statements.add("INSERT INTO change_event (type, resource_id, action, link) SELECT "
                    + literal(tracked.type())
                    + ", r ->> " + literal(tracked.idColumn()) + ", 'UPSERT', " + tracked.link().replace("$1", "r")
                    + " FROM (SELECT to_jsonb(t) AS r FROM " + tracked.table() + " t) existing");
        }
        for (Tracked tracked : bulk) {
            statements.add("INSERT INTO change_event (type, resource_id, action, link) SELECT "
                    + literal(tracked.type())
                    + ", r ->> " + literal(tracked.idColumn()) + ", 'UPSERT', " + tracked.link().replace("$1", "r")
                    + " FROM (SELECT DISTINCT jsonb_build_object(" + literal(tracked.idColumn()) + ", "
                    + tracked.idColumn() + "::text) AS r FROM " + tracked.table() + ") existing");
        }
        return statements;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
