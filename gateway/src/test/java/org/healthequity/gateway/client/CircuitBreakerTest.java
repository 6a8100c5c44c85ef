package org.healthequity.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker circuit = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        circuit.onFailure();
        circuit.onFailure();
        assertThat(circuit.tryAcquire()).isTrue();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(circuit.tryAcquire()).isFalse();
        assertThat(circuit.secondsUntilRetry()).isEqualTo(10);
    }

    @Test
    void aSuccessResetsTheCount() {
        circuit.onFailure();
        circuit.onFailure();
        circuit.onSuccess();
        circuit.onFailure();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void afterThePauseOneTrialCallDecides() {
        for (int i = 0; i < 3; i++) {
            circuit.onFailure();
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(circuit.tryAcquire()).isTrue();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(circuit.tryAcquire()).as("only one trial at a time").isFalse();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(circuit.tryAcquire()).isTrue();
        circuit.onSuccess();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(circuit.tryAcquire()).isTrue();
    }
}
