package db.migration;

import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.changes.ChangeFeedSchema;
import org.healthequity.common.changes.ChangeFeedSchema.Tracked;

/** The change feed (GET /api/v1/changes/workstreams): what a BI tool reads to refresh only what changed. */
public class V3__change_feed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<Tracked> rows = List.of(
                Tracked.resource("organisation", "organisation", "slug",
                        "'/api/v1/organisations/' || ($1 ->> 'slug')"),
                Tracked.resource("workstream", "workstream", "slug", "'/api/v1/workstreams/' || ($1 ->> 'slug')"),
                Tracked.resource("logic_model", "logic-model", "id", "'/api/v1/workstreams/' || (SELECT slug FROM "
                        + "workstream WHERE id = ($1 ->> 'workstream_id')::bigint) || '/logic-models/' "
                        + "|| ($1 ->> 'version_number')"),
                Tracked.resource("kpi", "kpi", "id", "'/api/v1/kpis/' || ($1 ->> 'id')"),
                Tracked.part("kpi_target", "kpi-targets", "kpi_id",
                        "'/api/v1/kpis/' || ($1 ->> 'kpi_id') || '/targets'"),
                Tracked.resource("kpi_actual", "kpi-actual", "id",
                        "'/api/v1/kpis/' || ($1 ->> 'kpi_id') || '/actuals/' || ($1 ->> 'id')"),
                Tracked.part("kpi_period_status", "kpi-values", "kpi_id",
                        "'/api/v1/kpis/' || ($1 ->> 'kpi_id') || '/values'"),
                Tracked.resource("report_recommendation", "report-recommendation", "code",
                        "'/api/v1/report-recommendations/' || ($1 ->> 'code')"),
                Tracked.resource("workplan", "workplan", "id", "'/api/v1/workplans/' || ($1 ->> 'id')"),
                Tracked.part("workplan_transition", "workplan-transitions", "workplan_id",
                        "'/api/v1/workplans/' || ($1 ->> 'workplan_id') || '/transitions'"),
                Tracked.resource("workplan_action", "action", "id", "'/api/v1/actions/' || ($1 ->> 'id')"),
                Tracked.resource("action_update", "action-update", "id",
                        "'/api/v1/actions/' || ($1 ->> 'action_id') || '/updates/' || ($1 ->> 'id')"));
        ChangeFeedSchema.install(context.getConnection(), rows, List.of());
    }
}
