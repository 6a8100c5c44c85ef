package db.migration;

import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.changes.ChangeFeedSchema;
import org.healthequity.common.changes.ChangeFeedSchema.Tracked;

/** The change feed (GET /api/v1/changes/indicators): what a BI tool reads to refresh only what changed. */
public class V9__change_feed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<Tracked> rows = List.of(
                Tracked.resource("principle", "principle", "id", "'/api/v1/principles/' || ($1 ->> 'id')"),
                Tracked.resource("indicator", "indicator", "id", "'/api/v1/indicators/' || ($1 ->> 'id')"),
                Tracked.part("indicator_goal", "indicator-goals", "indicator_id",
                        "'/api/v1/indicators/' || ($1 ->> 'indicator_id') || '/goals'"),
                Tracked.resource("area", "area", "code", "'/api/v1/areas/' || ($1 ->> 'code')"),
                Tracked.resource("area_group", "area-group", "id", "'/api/v1/area-groups/' || ($1 ->> 'id')"));
        // An import writes a million observations: one event per indicator whose observations it changed.
        List<Tracked> bulk = List.of(Tracked.part("observation", "observations", "indicator_id",
                "'/api/v1/observations?indicator=' || ($1 ->> 'indicator_id')"));
        ChangeFeedSchema.install(context.getConnection(), rows, bulk);
    }
}
