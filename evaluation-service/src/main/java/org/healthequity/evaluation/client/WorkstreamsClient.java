package org.healthequity.evaluation.client;

import java.util.ArrayList;
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
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 20;

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

    /** The actions answering the evaluation recommendation (at most a page of 100), revalidated. */
    public List<WorkstreamsData.AnsweringAction> actionsAnswering(long recommendation) {
        WorkstreamsApi.Listing<WorkstreamsData.AnsweringAction> page = reads.read(guard,
                "workstreams GET /api/v1/actions?answers=" + recommendation + "&pageSize=" + PAGE,
                tag -> api.actions(recommendation, null, 1, PAGE, tag));
        return page.items();
    }

    /**
     * Every action answering some evaluation recommendation, page by page up to {@code MAX_PAGES}; throws when
     * there are more, so that a caller never takes part of them for all.
     */
    public List<WorkstreamsData.AnsweringAction> actionsAnsweringAny() {
        List<WorkstreamsData.AnsweringAction> all = new ArrayList<>();
        for (int number = 1; number <= MAX_PAGES; number++) {
            int current = number;
            WorkstreamsApi.Listing<WorkstreamsData.AnsweringAction> page = reads.read(guard,
                    "workstreams GET /api/v1/actions?answering=true&page=" + current + "&pageSize=" + PAGE,
                    tag -> api.actions(null, true, current, PAGE, tag));
            all.addAll(page.items());
            if (page.items().size() < PAGE) {
                return all;
            }
        }
        throw new IllegalStateException("More than " + MAX_PAGES * PAGE + " actions answer recommendations");
    }

    /** A workstream's dashboard, revalidated with what was read before. */
    public WorkstreamsData.Dashboard dashboard(String slug) {
        return reads.read(guard, "workstreams GET /api/v1/workstreams/" + slug + "/dashboard",
                tag -> api.dashboard(slug, tag));
    }
}
