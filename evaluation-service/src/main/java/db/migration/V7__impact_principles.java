package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.http.DataVersionSchema;

/** A record of system impact names the Marmot principles it served, so that a principle's delivery view lists it. */
public class V7__impact_principles extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TABLE impact_principle (
                        impact_id bigint NOT NULL REFERENCES impact (id) ON DELETE CASCADE,
                        position  integer NOT NULL,
                        principle integer NOT NULL CHECK (principle BETWEEN 0 AND 8),
                        PRIMARY KEY (impact_id, position)
                    )""");
            statement.execute("CREATE INDEX impact_principle_principle ON impact_principle (principle)");
        }
        DataVersionSchema.install(context.getConnection());
    }
}
