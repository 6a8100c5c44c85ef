package db.migration;

import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.changes.ChangeFeedSchema;
import org.healthequity.common.changes.ChangeFeedSchema.Tracked;
import org.healthequity.common.http.DataVersionSchema;

/**
 * Published editions of the annual report: each a frozen copy of the composed report with where its parts came from.
 * The table refuses changes to a stored edition, so an edition read today is the one read on the day it appeared.
 */
public class V5__report_editions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TABLE report_edition (
                        id           bigserial PRIMARY KEY,
                        year         text NOT NULL,
                        number       integer NOT NULL CHECK (number > 0),
                        published_at timestamptz NOT NULL,
                        published_by text NOT NULL,
                        report       jsonb NOT NULL,
                        sources      jsonb NOT NULL,
                        digest       text NOT NULL,
                        UNIQUE (year, number)
                    )""");
            statement.execute("""
                    CREATE FUNCTION refuse_edition_change() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION 'published report editions never change' USING ERRCODE = 'restrict_violation';
                    END;
                    $$""");
            statement.execute("CREATE TRIGGER report_edition_frozen BEFORE UPDATE OR DELETE ON report_edition "
                    + "FOR EACH ROW EXECUTE FUNCTION refuse_edition_change()");
        }
        ChangeFeedSchema.track(context.getConnection(), List.of(Tracked.resource("report_edition", "report-edition",
                "id", "'/api/v1/reports/annual/' || replace($1 ->> 'year', '/', '-') || '/editions/' "
                        + "|| ($1 ->> 'number')")));
        DataVersionSchema.install(context.getConnection());
    }
}
