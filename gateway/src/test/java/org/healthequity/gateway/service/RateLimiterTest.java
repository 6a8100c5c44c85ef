package org.healthequity.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void countsEachClientSeparatelyAndResetsWithTheWindow() {
        Duration minute = Duration.ofMinutes(1);
        assertThat(limiter.acquire("a", 2, minute).remaining()).isEqualTo(1);
        assertThat(limiter.acquire("a", 2, minute).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.acquire("a", 2, minute);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isEqualTo(60);
        assertThat(limiter.acquire("b", 2, minute).allowed()).isTrue();

        now.addAndGet(Duration.ofSeconds(45).toNanos());
        assertThat(limiter.acquire("a", 2, minute).resetSeconds()).isEqualTo(15);
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(limiter.acquire("a", 2, minute).allowed()).isTrue();
    }

    @Test
    void endedWindowsAreForgotten() {
        limiter.acquire("a", 5, Duration.ofSeconds(1));
        limiter.acquire("b", 5, Duration.ofSeconds(1));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        limiter.evictExpired(Duration.ofSeconds(1));
        assertThat(limiter.trackedClients()).isZero();
    }
}
