package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.http.DataVersionSchema;

/**
 * Reach, Core20PLUS5-style: an actual's breakdown by deprivation quintile, ward, ethnic group, sex or age band, and
 * the KPI's population share of the most deprived 20 % (with its source) that the share reached is judged against.
 */
public class V7__kpi_reach extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE kpi_actual ADD COLUMN breakdowns jsonb NOT NULL DEFAULT '[]'");
            statement.execute("ALTER TABLE kpi ADD COLUMN most_deprived_population_share numeric(7, 4) "
                    + "CHECK (most_deprived_population_share BETWEEN 0 AND 100)");
            statement.execute("ALTER TABLE kpi ADD COLUMN most_deprived_population_source text");
        }
        DataVersionSchema.install(context.getConnection());
    }
}
