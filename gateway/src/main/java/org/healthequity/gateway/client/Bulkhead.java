package org.healthequity.gateway.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests of one route may be in flight at once. Beyond that the route answers 503 at once, so that one
 * slow or flooded route cannot hold every connection and thread the gateway has for a service.
 */
public final class Bulkhead {

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    public Bulkhead(int limit) {
        this.limit = limit;
    }

    /** Takes a place; false when every place is taken. */
    public boolean tryEnter() {
        while (true) {
            int now = inFlight.get();
            if (now >= limit) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back a place taken by {@link #tryEnter()}. */
    public void leave() {
        inFlight.decrementAndGet();
    }

    public int limit() {
        return limit;
    }
}
