package org.healthequity.common.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.healthequity.common.problem.ApiException;

/**
 * At most so many at once of one kind of costly work (an export, a scorecard), so that what they hold in memory
 * and connections stays bounded however many ask; the others wait their turn a while, fairly, and are then told
 * to come back (503 with Retry-After).
 */
public final class Turns {

    private final Semaphore turns;
    private final Duration wait;
    private final String busy;
    private final Duration retryAfter;

    public Turns(int concurrent, Duration wait, String busy, Duration retryAfter) {
        this.turns = new Semaphore(concurrent, true);
        this.wait = wait;
        this.busy = busy;
        this.retryAfter = retryAfter;
    }

    public <T> T take(Supplier<T> work) {
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw ApiException.unavailable(busy, retryAfter);
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
