package org.healthequity.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

import org.healthequity.common.persistence.DemoContent;
import org.healthequity.evaluation.config.EvaluationConfig;

/**
 * Loads Luton's evaluation with its aims, findings, recommendations, system impact, achievements and next steps as
 * demo content at start-up, when {@code HES_DEMO_DATA} is on and they are not there.
 */
@ApplicationScoped
public class DemoContentLoader {

    /** Finds the content when it is there: then nothing is loaded. */
    static final String PRESENT = "SELECT 1 FROM evaluation WHERE title = 'Health Equity Town evaluation'";
    static final String SCRIPT = "/demo/luton-evaluation.sql";

    private final AgroalDataSource dataSource;
    private final EvaluationConfig config;

    DemoContentLoader(AgroalDataSource dataSource, EvaluationConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.demoData().enabled()) {
            DemoContent.loadOnce(dataSource, DemoContentLoader.class, SCRIPT, PRESENT);
        }
    }
}
