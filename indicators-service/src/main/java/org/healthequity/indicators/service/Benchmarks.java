package org.healthequity.indicators.service;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.healthequity.common.period.PeriodType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.RecentTrend;

/** The statistics engine applied to stored observations, by each indicator's own method and polarity. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * The area compared with one comparator: by intervals against the comparator's value, or, for a quintile
     * indicator, among the comparator's areas of the same type.
     */
    public static BenchmarkComparison.Result compare(Indicator indicator, BenchmarkComparison.Interval area,
            Double comparatorValue, Supplier<Collection<Double>> peers) {
        if (indicator.benchmarkMethod == BenchmarkMethod.QUINTILES) {
            return BenchmarkComparison.compareWithPeers(area.value(), peers.get(), indicator.polarity);
        }
        return BenchmarkComparison.compare(area, comparatorValue, indicator.polarity, indicator.benchmarkMethod);
    }

    public static RecentTrend.Result trend(Indicator indicator, List<RecentTrend.Point> points) {
        return RecentTrend.assess(indicator.valueType, indicator.polarity, points);
    }

    public static RecentTrend.Point point(int startYear, PeriodType type, Double value, Double count,
            Double denominator, Double lower95, Double upper95) {
        return new RecentTrend.Point(startYear, type.isSingleYear(), value, count, denominator, lower95, upper95);
    }
}
