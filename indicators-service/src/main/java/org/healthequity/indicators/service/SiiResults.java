package org.healthequity.indicators.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.healthequity.indicators.config.IndicatorsConfig;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality;

/**
 * The slope indices of the breakdowns served, remembered: the simulation behind the limits is most of a breakdown's
 * cost, and its answer depends on nothing but its input (the generator is seeded), so the same values are not
 * simulated twice while they stay among the most recently read. Bounded by
 * {@code indicators.inequalities.sii-cache-entries}.
 */
@ApplicationScoped
public class SiiResults {

    private final int capacity;
    private final Map<SlopeIndexOfInequality.Input, SlopeIndexOfInequality.Result> recent;

    @Inject
    SiiResults(IndicatorsConfig config) {
        this(config.inequalities().siiCacheEntries());
    }

    SiiResults(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SlopeIndexOfInequality.Input,
                    SlopeIndexOfInequality.Result> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The SII of {@code input}, computed once while it stays recent; invalid input throws as the method does. */
    public SlopeIndexOfInequality.Result of(SlopeIndexOfInequality.Input input) {
        if (capacity <= 0) {
            return SlopeIndexOfInequality.calculate(input);
        }
        synchronized (recent) {
            SlopeIndexOfInequality.Result known = recent.get(input);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two callers may both compute a new one, and both get the same answer.
        SlopeIndexOfInequality.Result result = SlopeIndexOfInequality.calculate(input);
        synchronized (recent) {
            recent.put(input, result);
        }
        return result;
    }

    /** How many are kept now. */
    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
