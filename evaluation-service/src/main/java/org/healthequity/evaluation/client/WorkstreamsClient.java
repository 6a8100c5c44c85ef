package org.healthequity.evaluation.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.client.Guards;
import org.healthequity.common.client.Lookups;
import org.healthequity.common.client.SourceReads;
import org.healthequity.evaluation.config.EvaluationConfig;

/**
 * workstreams-service as this service uses it: checking workstream and organisation slugs, and reading workstreams and
 * their dashboards for the annual report. Guarded by {@code evaluation.workstreams.*}.
 */
@ApplicationScoped
public class WorkstreamsClient {

    private static final int WORKSTREAMS = 100;

    private final WorkstreamsApi api;
    private final Guard guard;
    private final SourceReads reads;

    WorkstreamsClient(@RestClient WorkstreamsApi api, EvaluationConfig config, SourceReads reads) {
        this.api = api;
        this.reads = reads;
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

    /** The workstreams (one page of 100: there are four), revalidated with what was read before. */
    public List<WorkstreamsData.Workstream> workstreams() {
        WorkstreamsApi.Listing<WorkstreamsData.Workstream> page = reads.read(guard,
                "workstreams GET /api/v1/workstreams?pageSize=" + WORKSTREAMS,
                tag -> api.workstreams(WORKSTREAMS, tag));
        return page.items();
    }

    /** A workstream's dashboard, revalidated with what was read before. */
    public WorkstreamsData.Dashboard dashboard(String slug) {
        return reads.read(guard, "workstreams GET /api/v1/workstreams/" + slug + "/dashboard",
                tag -> api.dashboard(slug, tag));
    }
}
