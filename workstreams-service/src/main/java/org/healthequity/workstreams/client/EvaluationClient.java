package org.healthequity.workstreams.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.client.Guards;
import org.healthequity.common.client.Lookups;
import org.healthequity.workstreams.config.WorkstreamsConfig;

/**
 * evaluation-service as this service uses it: reading the evaluation recommendations an action says it answers.
 * Guarded by {@code workstreams.evaluation.*}, as calls to indicators-service are.
 */
@ApplicationScoped
public class EvaluationClient {

    private final EvaluationApi api;
    private final Guard guard;

    EvaluationClient(@RestClient EvaluationApi api, WorkstreamsConfig config) {
        this.api = api;
        this.guard = Guards.of("evaluation", config.evaluation());
    }

    /** The recommendation, or empty when evaluation-service says it has none; throws when it cannot be asked. */
    public Optional<EvaluationApi.Recommendation> recommendation(long id) {
        return guard.get(() -> Lookups.find(() -> api.recommendation(id)), new TypeLiteral<>() {
        });
    }
}
