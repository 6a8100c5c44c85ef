package org.healthequity.common.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.WithDefault;

/**
 * Demo content: rows that show the system with Luton's own programme, loaded at start-up only when
 * {@code HES_DEMO_DATA} is on. Reference data (principles, indicators, areas, organisations) stays in migrations;
 * demo rows never do, so that an installation for another town starts clean. A service's script runs once, in one
 * transaction, under an advisory lock so that replicas starting together load it once.
 */
public final class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    private static final long LOCK = 0x4845530002L;

    /** The setting each service maps: {@code <service>.demo-data.enabled=${HES_DEMO_DATA:false}}. */
    public interface Settings {

        /** Load the demo content at start-up (./run.sh and the local Kubernetes overlay turn it on). */
        @WithDefault("false")
        boolean enabled();
    }

    private DemoContent() {
    }

    /**
     * Runs the script (a resource of the service, found beside {@code owner}) unless {@code presentQuery} finds the
     * content there already.
     *
     * @return whether it was loaded now
     */
    public static boolean loadOnce(DataSource dataSource, Class<?> owner, String resource, String presentQuery) {
        String script = read(owner, resource);
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                try (ResultSet present = statement.executeQuery(presentQuery)) {
                    if (present.next()) {
                        LOG.infof("Demo content %s is already loaded", resource);
                        return false;
                    }
                }
                statement.execute(script);
                LOG.infof("Demo content %s loaded", resource);
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Demo content " + resource + " failed to load: " + e.getMessage(), e);
            }
        });
    }

    private static String read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No demo content at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
