package org.healthequity.workstreams.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.healthequity.common.client.indicators.IndicatorsApi;
import org.healthequity.common.client.indicators.Scorecard;

/**
 * indicators-service as this service uses it: checking that outcome indicator ids exist, and reading the home area's
 * scorecard for dashboards. A slow or failing indicators-service costs each request at most a few seconds, and after
 * repeated failures none at all until it recovers (the circuit opens).
 */
@ApplicationScoped
public class IndicatorsClient {

    private final IndicatorsApi api;

    IndicatorsClient(@RestClient IndicatorsApi api) {
        this.api = api;
    }

    /** Whether indicators-service knows the indicator; throws when it cannot be asked. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    public boolean exists(int indicatorId) {
        try {
            api.indicator(indicatorId);
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    public Scorecard scorecard(String areaCode) {
        return api.scorecard(areaCode);
    }
}
