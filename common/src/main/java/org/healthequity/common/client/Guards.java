package org.healthequity.common.client;

import java.time.temporal.ChronoUnit;

import io.smallrye.faulttolerance.api.Guard;

/** Builds the timeout, retry and circuit breaker a {@link CallPolicy} describes. */
public final class Guards {

    private Guards() {
    }

    /**
     * A guard whose circuit breaker is named, so that health checks and tests can find it through
     * {@code CircuitBreakerMaintenance}. The timeout applies to each attempt, and the circuit breaker counts attempts.
     */
    public static Guard of(String name, CallPolicy policy) {
        return Guard.create()
                .withDescription("calls to " + name)
                .withCircuitBreaker().name(name).requestVolumeThreshold(policy.circuitWindow()).failureRatio(0.5)
                        .delay(policy.openFor().toMillis(), ChronoUnit.MILLIS).successThreshold(1).done()
                .withRetry().maxRetries(policy.retries()).delay(policy.retryDelay().toMillis(), ChronoUnit.MILLIS)
                        .done()
                .withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }
}
