package db.migration;

import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.changes.ChangeFeedSchema;
import org.healthequity.common.changes.ChangeFeedSchema.Tracked;
import org.healthequity.common.http.DataVersionSchema;

/**
 * The programme's timeline and governance log: dated milestones and board decisions, each decision optionally tied
 * to the workplan it signed off (workstreams-service) or the recommendation it moved. A log: entries are added,
 * never changed.
 */
public class V6__timeline extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TABLE timeline_entry (
                        id                bigserial PRIMARY KEY,
                        kind              text NOT NULL CHECK (kind IN ('MILESTONE', 'DECISION')),
                        starts_on         date NOT NULL,
                        ends_on           date,
                        date_precision    text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
                        title             text NOT NULL,
                        detail            text,
                        decided_by        text,
                        workplan_id       bigint,
                        recommendation_id bigint REFERENCES recommendation (id),
                        created_at        timestamptz NOT NULL,
                        created_by        text NOT NULL,
                        CHECK (ends_on IS NULL OR ends_on >= starts_on),
                        CHECK (kind = 'DECISION' OR (workplan_id IS NULL AND recommendation_id IS NULL
                            AND decided_by IS NULL))
                    )""");
            statement.execute("CREATE INDEX timeline_entry_date ON timeline_entry (starts_on, id)");
        }
        ChangeFeedSchema.track(context.getConnection(), List.of(Tracked.resource("timeline_entry", "timeline-entry",
                "id", "'/api/v1/timeline/' || ($1 ->> 'id')")));
        DataVersionSchema.install(context.getConnection());
    }
}
