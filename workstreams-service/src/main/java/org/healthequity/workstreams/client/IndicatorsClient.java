package org.healthequity.workstreams.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.client.Guards;
import org.healthequity.common.client.Lookups;
import org.healthequity.common.client.SourceReads;
import org.healthequity.indicators.client.IndicatorsApi;
import org.healthequity.indicators.client.Scorecard;
import org.healthequity.workstreams.config.WorkstreamsConfig;

/**
 * indicators-service as this service uses it: checking that outcome indicator ids exist, and reading the home area's
 * scorecard for dashboards (revalidated by its ETag). Every call is guarded by {@code workstreams.indicators.*}
 * (timeout, retry, circuit breaker), so a slow or failing indicators-service costs a request a few seconds at most,
 * and nothing at all while its circuit is open.
 */
@ApplicationScoped
public class IndicatorsClient {

    private final IndicatorsApi api;
    private final Guard guard;
    private final SourceReads reads;

    IndicatorsClient(@RestClient IndicatorsApi api, WorkstreamsConfig config, SourceReads reads) {
        this.api = api;
        this.reads = reads;
        this.guard = Guards.of("indicators", config.indicators());
    }

    /** Whether indicators-service knows the indicator; throws when it cannot be asked. */
    public boolean exists(int indicatorId) {
        return guard.get(() -> Lookups.exists(() -> api.indicator(indicatorId)), Boolean.class);
    }

    /** The area's scorecard, revalidated with what was read before. */
    public Scorecard scorecard(String areaCode) {
        return reads.read(guard, "indicators GET /api/v1/scorecards/" + areaCode,
                tag -> api.scorecard(areaCode, tag));
    }
}
