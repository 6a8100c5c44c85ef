package org.healthequity.common.client;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * How calls to another service are guarded, as a configuration group: each attempt is cut off after the timeout, a
 * failed attempt is retried, and after repeated failures the circuit opens so that callers fail at once until the
 * other service has had time to recover.
 */
public interface CallPolicy {

    /** The longest one attempt may take. */
    @WithDefault("3s")
    Duration timeout();

    /** Attempts after the first when one fails or times out. */
    @WithDefault("1")
    int retries();

    @WithDefault("200ms")
    Duration retryDelay();

    /** How many recent calls the circuit breaker judges; it opens when half of them failed. */
    @WithDefault("6")
    int circuitWindow();

    /** How long an open circuit refuses calls before it lets one through to try. */
    @WithDefault("10s")
    Duration openFor();
}
