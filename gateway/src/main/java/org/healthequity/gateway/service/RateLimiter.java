package org.healthequity.gateway.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.inject.Singleton;

/**
 * Fixed-window request counting per route and client. A client is a token's authorised party and subject, or the
 * caller's address when anonymous. Windows that have ended are dropped by {@link #evictExpired()}, so memory stays
 * proportional to the clients seen in one window.
 */
@Singleton
public class RateLimiter {

    /** The verdict on one request, with what the {@code RateLimit} headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long windowSeconds) {
    }

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    RateLimiter() {
        this(System::nanoTime);
    }

    RateLimiter(LongSupplier clock) {
        this.clock = clock;
    }

    public Decision acquire(String key, int limit, Duration window) {
        long now = clock.getAsLong();
        long length = window.toNanos();
        Decision[] decision = new Decision[1];
        windows.compute(key, (k, current) -> {
            Window active = current == null || now - current.start >= length ? new Window(now) : current;
            long reset = Math.max(1, (active.start + length - now + 999_999_999L) / 1_000_000_000L);
            if (active.count >= limit) {
                decision[0] = new Decision(false, limit, 0, reset, window.toSeconds());
            } else {
                active.count++;
                decision[0] = new Decision(true, limit, limit - active.count, reset, window.toSeconds());
            }
            return active;
        });
        return decision[0];
    }

    /** Forgets windows that ended at least {@code longest} ago. */
    public void evictExpired(Duration longest) {
        long now = clock.getAsLong();
        windows.values().removeIf(window -> now - window.start >= longest.toNanos());
    }

    int trackedClients() {
        return windows.size();
    }
}
