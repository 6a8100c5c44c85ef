package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.healthequity.common.http.DataVersionSchema;

/**
 * The data version (common's DataVersionTags): reads of this service's own data are answered 304 before anything is
 * built, and carry Last-Modified.
 */
public class V4__data_version extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DataVersionSchema.install(context.getConnection());
    }
}
