package org.healthequity.evaluation.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.client.Guards;
import org.healthequity.evaluation.config.EvaluationConfig;
import org.healthequity.indicators.client.IndicatorsApi;
import org.healthequity.indicators.client.PrincipleSummary;
import org.healthequity.indicators.client.Scorecard;

/**
 * indicators-service's scorecard and principles for the annual report and the delivery views, guarded by
 * {@code evaluation.indicators.*}.
 */
@ApplicationScoped
public class IndicatorsClient {

    /** More than there are principles (nine). */
    private static final int PRINCIPLES = 20;

    private final IndicatorsApi api;
    private final Guard guard;

    IndicatorsClient(@RestClient IndicatorsApi api, EvaluationConfig config) {
        this.api = api;
        this.guard = Guards.of("indicators", config.indicators());
    }

    public Scorecard scorecard(String areaCode) {
        return guard.get(() -> api.scorecard(areaCode), Scorecard.class);
    }

    /** The nine Marmot principles. */
    public List<PrincipleSummary> principles() {
        return guard.get(() -> api.principles(PRINCIPLES), IndicatorsApi.Principles.class).items();
    }
}
