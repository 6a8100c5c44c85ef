package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.healthequity.indicators.mapping.ObservationView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.ComparisonQueries;
import org.healthequity.indicators.repository.ComparisonQueries.SeriesPoint;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.Observation;
import org.healthequity.indicators.repository.ScorecardQueries;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.RecentTrend;

/**
 * What the CSV export computes for each row, for a page of JSON observations: the comparison with England and with
 * the area's parent (by the indicator's method and polarity, published comparators only for open data), and the
 * recent trend of the series up to the observation's period. Read in two queries per page.
 */
@ApplicationScoped
public class ObservationComparisons {

    private final ComparisonQueries queries;
    private final ScorecardQueries peers;

    ObservationComparisons(ComparisonQueries queries, ScorecardQueries peers) {
        this.queries = queries;
        this.peers = peers;
    }

    /** One computed result per observation, in the page's order. */
    public List<ObservationView.Computed> of(List<Observation> page, Map<Integer, Indicator> indicators,
            AreaTree tree, boolean publishedOnly) {
        List<Integer> indicatorIds = page.stream().map(observation -> observation.indicatorId).distinct().toList();
        Set<String> comparatorCodes = new LinkedHashSet<>();
        comparatorCodes.add(AreaTree.ENGLAND);
        Set<String> labels = new LinkedHashSet<>();
        List<String> areaCodes = page.stream().map(observation -> observation.areaCode).distinct().toList();
        for (Observation observation : page) {
            labels.add(observation.period.label);
            Area parent = tree.parentOf(tree.get(observation.areaCode));
            if (parent != null) {
                comparatorCodes.add(parent.code);
            }
        }
        Map<String, Double> values = queries.values(indicatorIds, List.copyOf(comparatorCodes), labels, publishedOnly);
        Map<String, List<SeriesPoint>> series = queries.series(indicatorIds, areaCodes, publishedOnly);
        List<ObservationView.Computed> computed = new ArrayList<>(page.size());
        for (Observation observation : page) {
            computed.add(compute(observation, indicators.get(observation.indicatorId), tree, values, series));
        }
        return computed;
    }

    private ObservationView.Computed compute(Observation observation, Indicator indicator, AreaTree tree,
            Map<String, Double> values, Map<String, List<SeriesPoint>> series) {
        Area area = tree.get(observation.areaCode);
        BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(observation.value,
                observation.lowerCi95, observation.upperCi95, observation.lowerCi998, observation.upperCi998);
        List<ObservationView.ComputedComparison> comparisons = new ArrayList<>();
        List<Area> comparators = new ArrayList<>();
        Area england = tree.get(AreaTree.ENGLAND);
        Area parent = tree.parentOf(area);
        if (england != null) {
            comparators.add(england);
        }
        if (parent != null && !parent.code.equals(AreaTree.ENGLAND)) {
            comparators.add(parent);
        }
        for (Area comparator : comparators) {
            if (comparator.code.equals(area.code)) {
                continue;
            }
            Double value = values.get(ComparisonQueries.key(observation.indicatorId, observation.sex,
                    observation.age, observation.categoryType, observation.category, observation.period.label,
                    comparator.code));
            BenchmarkComparison.Result result = Benchmarks.compare(indicator, interval, value,
                    () -> peers.values(indicator.id, observation.sex, observation.age, observation.period.label,
                            tree.codesUnder(comparator, area.type)));
            comparisons.add(new ObservationView.ComputedComparison(comparator.code, comparator.name, value,
                    result.outcome(), result.outcome().label(), result.reason()));
        }
        List<RecentTrend.Point> points = new ArrayList<>();
        for (SeriesPoint point : series.getOrDefault(ComparisonQueries.series(observation.indicatorId,
                observation.areaCode, observation.sex, observation.age, observation.categoryType,
                observation.category), List.of())) {
            if (point.sortKey() <= observation.period.sortKey) {
                points.add(Benchmarks.point(point.sortKey() / 10000, point.type(), point.value(), point.count(),
                        point.denominator(), point.lower95(), point.upper95()));
            }
        }
        RecentTrend.Result trend = Benchmarks.trend(indicator, points);
        return new ObservationView.Computed(comparisons, new ObservationView.ComputedTrend(trend.trend(),
                trend.label(), trend.reason()));
    }
}
