package db.migration;

import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.changes.ChangeFeedSchema;
import org.healthequity.common.changes.ChangeFeedSchema.Tracked;
import org.healthequity.common.http.DataVersionSchema;

/**
 * KPI actuals reviewed as partners and leads actually work: a lead may return an actual with questions (RETURNED),
 * the two talk in a comment thread, the partner resubmits (counted), and evidence is a list of titled links.
 */
public class V5__actual_review_thread extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE kpi_actual DROP CONSTRAINT kpi_actual_status_check");
            statement.execute("ALTER TABLE kpi_actual ADD CONSTRAINT kpi_actual_status_check "
                    + "CHECK (status IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED'))");
            statement.execute("ALTER TABLE kpi_actual ADD COLUMN submissions integer NOT NULL DEFAULT 1");
            statement.execute("ALTER TABLE kpi_actual ADD COLUMN evidence_links jsonb NOT NULL DEFAULT '[]'");
            statement.execute("""
                    CREATE TABLE kpi_actual_comment (
                        id           bigserial PRIMARY KEY,
                        actual_id    bigint NOT NULL REFERENCES kpi_actual (id) ON DELETE CASCADE,
                        kpi_id       bigint NOT NULL,
                        author       text NOT NULL,
                        organisation text,
                        author_role  text NOT NULL CHECK (author_role IN ('REPORTER', 'REVIEWER')),
                        body         text NOT NULL,
                        created_at   timestamptz NOT NULL DEFAULT now()
                    )""");
            statement.execute("CREATE INDEX kpi_actual_comment_actual ON kpi_actual_comment (actual_id, id)");
        }
        ChangeFeedSchema.track(context.getConnection(), List.of(Tracked.part("kpi_actual_comment",
                "kpi-actual-comments", "actual_id", "'/api/v1/kpis/' || ($1 ->> 'kpi_id') || '/actuals/' "
                        + "|| ($1 ->> 'actual_id') || '/comments'")));
        DataVersionSchema.install(context.getConnection());
    }
}
