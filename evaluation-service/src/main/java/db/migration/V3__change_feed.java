package db.migration;

import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.changes.ChangeFeedSchema;
import org.healthequity.common.changes.ChangeFeedSchema.Tracked;

/** The change feed (GET /api/v1/changes/evaluation): what a BI tool reads to refresh only what changed. */
public class V3__change_feed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<Tracked> rows = List.of(
                Tracked.resource("evaluation", "evaluation", "id", "'/api/v1/evaluations/' || ($1 ->> 'id')"),
                Tracked.resource("finding", "finding", "id", "'/api/v1/findings/' || ($1 ->> 'id')"),
                Tracked.resource("recommendation", "recommendation", "id",
                        "'/api/v1/recommendations/' || ($1 ->> 'id')"),
                Tracked.part("recommendation_status_change", "recommendation-status-history", "recommendation_id",
                        "'/api/v1/recommendations/' || ($1 ->> 'recommendation_id') || '/status-history'"),
                Tracked.resource("impact", "impact", "id", "'/api/v1/impacts/' || ($1 ->> 'id')"),
                Tracked.resource("achievement", "achievement", "id", "'/api/v1/achievements/' || ($1 ->> 'id')"),
                Tracked.resource("next_step", "next-step", "id", "'/api/v1/next-steps/' || ($1 ->> 'id')"));
        ChangeFeedSchema.install(context.getConnection(), rows, List.of());
    }
}
