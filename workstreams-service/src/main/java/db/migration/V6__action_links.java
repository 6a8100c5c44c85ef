package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.http.DataVersionSchema;

/**
 * The golden thread's links from an action: the evaluation recommendations it answers (evaluation-service's ids,
 * checked there when written) and the activity of its workstream's logic model it carries out.
 */
public class V6__action_links extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TABLE action_answers_recommendation (
                        action_id         bigint NOT NULL REFERENCES workplan_action (id) ON DELETE CASCADE,
                        recommendation_id bigint NOT NULL,
                        PRIMARY KEY (action_id, recommendation_id)
                    )""");
            statement.execute("CREATE INDEX action_answers_recommendation_by_recommendation "
                    + "ON action_answers_recommendation (recommendation_id)");
            statement.execute("ALTER TABLE workplan_action ADD COLUMN activity text");
        }
        DataVersionSchema.install(context.getConnection());
    }
}
