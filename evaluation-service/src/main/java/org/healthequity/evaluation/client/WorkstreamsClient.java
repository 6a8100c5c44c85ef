package org.healthequity.evaluation.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.client.Guards;
import org.healthequity.common.client.Lookups;
import org.healthequity.evaluation.config.EvaluationConfig;

/**
 * workstreams-service as this service uses it: checking workstream and organisation slugs, and reading workstreams and
 * their dashboards for the annual report. Guarded by {@code evaluation.workstreams.*}.
 */
@ApplicationScoped
public class WorkstreamsClient {

    private final WorkstreamsApi api;
    private final Guard guard;

    WorkstreamsClient(@RestClient WorkstreamsApi api, EvaluationConfig config) {
        this.api = api;
        this.guard = Guards.of("workstreams", config.workstreams());
    }

    /** Whether workstreams-service knows the workstream; throws when it cannot be asked. */
    public boolean workstreamExists(String slug) {
        return guard.get(() -> Lookups.exists(() -> api.workstream(slug)), Boolean.class);
    }

    /** Whether workstreams-service has the workplan; throws when it cannot be asked. */
    public boolean workplanExists(long id) {
        return guard.get(() -> Lookups.exists(() -> api.workplan(id)), Boolean.class);
    }

    /** Whether workstreams-service knows the organisation; throws when it cannot be asked. */
    public boolean organisationExists(String slug) {
        return guard.get(() -> Lookups.exists(() -> api.organisation(slug)), Boolean.class);
    }

    public List<WorkstreamsData.Workstream> workstreams() {
        return guard.get(() -> api.workstreams(100).items(), new TypeLiteral<>() {
        });
    }

    public WorkstreamsData.Dashboard dashboard(String slug) {
        return guard.get(() -> api.dashboard(slug), WorkstreamsData.Dashboard.class);
    }
}
