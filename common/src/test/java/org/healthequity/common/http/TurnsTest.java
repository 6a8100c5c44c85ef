package org.healthequity.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.healthequity.common.problem.ApiException;

class TurnsTest {

    @Test
    void noMoreThanTheLimitWorkAtOnceAndOneTooManyIsToldToComeBack() throws Exception {
        Turns turns = new Turns(2, Duration.ofMillis(200), "busy", Duration.ofSeconds(5));
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> turns.take(() -> hold(atOnce, most, holding, release)));
            Future<?> second = pool.submit(() -> turns.take(() -> hold(atOnce, most, holding, release)));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> turns.take(() -> "third")).isInstanceOf(ApiException.class)
                    .hasMessageContaining("busy");
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
            assertThat(most.get()).isEqualTo(2);
            // Turns given back are taken again.
            assertThat(turns.take(() -> "next")).isEqualTo("next");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTurnIsGivenBackWhenTheWorkFails() {
        Turns turns = new Turns(1, Duration.ofMillis(100), "busy", Duration.ofSeconds(1));
        assertThatThrownBy(() -> turns.take(() -> {
            throw new IllegalStateException("failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(turns.take(() -> "after")).isEqualTo("after");
    }

    private static String hold(AtomicInteger atOnce, AtomicInteger most, CountDownLatch holding,
            CountDownLatch release) {
        most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
        holding.countDown();
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        atOnce.decrementAndGet();
        return "held";
    }
}
