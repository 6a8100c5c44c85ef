package org.healthequity.indicators.service;

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

    private final RecentlyRead<SlopeIndexOfInequality.Input, SlopeIndexOfInequality.Result> recent;

    @Inject
    SiiResults(IndicatorsConfig config) {
        this(config.inequalities().siiCacheEntries());
    }

    SiiResults(int capacity) {
        this.recent = new RecentlyRead<>(capacity);
    }

    /** The SII of {@code input}, computed once while it stays recent; invalid input throws as the method does. */
    public SlopeIndexOfInequality.Result of(SlopeIndexOfInequality.Input input) {
        return recent.get(input, SlopeIndexOfInequality::calculate);
    }

    /** How many are kept now. */
    int size() {
        return recent.size();
    }
}
