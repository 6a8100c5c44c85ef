package org.healthequity.workstreams.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

import org.healthequity.common.persistence.DemoContent;
import org.healthequity.workstreams.config.WorkstreamsConfig;

/**
 * Loads Luton's four priority workstreams, the Business, Skills and Employment logic model, the 2024/25 workplans with
 * their actions, and the KPIs, as demo content at start-up, when {@code HES_DEMO_DATA} is on and they are not there.
 */
@ApplicationScoped
public class DemoContentLoader {

    /** Finds the content when it is there: then nothing is loaded. */
    static final String PRESENT = "SELECT 1 FROM workstream WHERE slug = 'housing'";
    static final String SCRIPT = "/demo/luton-workstreams.sql";

    private final AgroalDataSource dataSource;
    private final WorkstreamsConfig config;

    DemoContentLoader(AgroalDataSource dataSource, WorkstreamsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.demoData().enabled()) {
            DemoContent.loadOnce(dataSource, DemoContentLoader.class, SCRIPT, PRESENT);
        }
    }
}
