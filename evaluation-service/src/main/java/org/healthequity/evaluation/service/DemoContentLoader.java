package org.healthequity.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

import org.healthequity.common.persistence.DemoContent;
import org.healthequity.evaluation.config.EvaluationConfig;

/**
 * Loads Luton's evaluation with its aims, findings, recommendations, system impact, achievements and next steps, and
 * the programme's timeline, as demo content at start-up, when {@code HES_DEMO_DATA} is on and they are not there.
 */
@ApplicationScoped
public class DemoContentLoader {

    /** Finds the content when it is there: then nothing is loaded. */
    static final String PRESENT = "SELECT 1 FROM evaluation WHERE title = 'Health Equity Town evaluation'";
    static final String SCRIPT = "/demo/luton-evaluation.sql";
    /** The timeline came later than the rest, so it is found and loaded on its own. */
    static final String TIMELINE_PRESENT = "SELECT 1 FROM timeline_entry WHERE title = 'Kick off'";
    static final String TIMELINE_SCRIPT = "/demo/luton-timeline.sql";

    private final AgroalDataSource dataSource;
    private final EvaluationConfig config;

    DemoContentLoader(AgroalDataSource dataSource, EvaluationConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.demoData().enabled()) {
            DemoContent.loadOnce(dataSource, DemoContentLoader.class, SCRIPT, PRESENT);
            DemoContent.loadOnce(dataSource, DemoContentLoader.class, TIMELINE_SCRIPT, TIMELINE_PRESENT);
        }
    }
}
