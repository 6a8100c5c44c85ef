package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.http.DataVersionSchema;

/**
 * The data version gets the time of its last change (Last-Modified and If-Modified-Since), and the tables created
 * since V8 raise it too.
 */
public class V10__data_version extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DataVersionSchema.install(context.getConnection());
    }
}
