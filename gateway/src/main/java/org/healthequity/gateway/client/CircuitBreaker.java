package org.healthequity.gateway.client;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One route's circuit (each route of a service has its own, so that a failing or slow route does not shut the
 * others): closed while calls succeed; open after a run of failures, refusing calls at once so that
 * callers are not left waiting on a dead service; half open after a pause, letting one trial call through, whose
 * outcome closes or reopens it. Traffic therefore resumes by itself when the service comes back.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this(failureThreshold, openFor, System::nanoTime);
    }

    CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier clock) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.clock = clock;
    }

    /** Whether a call may go to the upstream now. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openForNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        trialInFlight = false;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
        }
    }

    /**
     * A call that says nothing of the service (the caller was slow, or went away): its trial place, if it held one,
     * is given back and the circuit stays as it is.
     */
    public synchronized void onInconclusive() {
        trialInFlight = false;
    }

    /** Seconds until an open circuit lets a trial call through, for {@code Retry-After}. */
    public synchronized long secondsUntilRetry() {
        if (state != State.OPEN) {
            return 0;
        }
        long remaining = openForNanos - (clock.getAsLong() - openedAt);
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    public synchronized State state() {
        return state;
    }
}
