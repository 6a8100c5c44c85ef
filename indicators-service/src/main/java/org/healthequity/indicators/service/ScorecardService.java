package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.AreaView;
import org.healthequity.indicators.mapping.PeriodView;
import org.healthequity.indicators.mapping.ScorecardView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.Observation;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.repository.Principle;
import org.healthequity.indicators.repository.PrincipleRepository;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.RecentTrend;

/**
 * An area's outcome table, like Luton's own: for each principle and indicator, the latest two periods (or a given
 * period and the one before), the area's value and intervals, each comparator's value, the comparison computed by
 * the indicator's method beside the one the source reported, and the recent trend beside the reported one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScorecardService {

    public static final String LATEST = "latest";
    private static final int PERIODS_SHOWN = 2;
    private static final List<String> SEX_ORDER = List.of("Persons", "Male", "Female");

    private final AreaRepository areas;
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final PrincipleRepository principles;

    ScorecardService(AreaRepository areas, IndicatorRepository indicators, ObservationRepository observations,
            PrincipleRepository principles) {
        this.areas = areas;
        this.indicators = indicators;
        this.observations = observations;
        this.principles = principles;
    }

    public ScorecardView build(String areaCode, String period, List<String> comparatorCodes) {
        Map<String, Area> areaByCode = areas.listAll().stream()
                .collect(Collectors.toMap(area -> area.code, Function.identity()));
        Area area = areaByCode.get(areaCode);
        if (area == null) {
            throw ApiException.notFound("Area", areaCode);
        }
        List<Area> comparators = comparators(area, comparatorCodes, areaByCode);
        String requestedLabel = period == null || period.isBlank() || period.equalsIgnoreCase(LATEST) ? null
                : period.trim();

        List<String> codes = new ArrayList<>(comparators.stream().map(comparator -> comparator.code).toList());
        codes.add(area.code);
        Map<String, Observation> byKey = new HashMap<>();
        Map<String, List<Observation>> seriesOfArea = new LinkedHashMap<>();
        for (Observation observation : observations.forAreas(codes, List.of())) {
            byKey.put(key(observation.indicatorId, observation.sex, observation.age, observation.period.label,
                    observation.areaCode), observation);
            if (observation.areaCode.equals(area.code)) {
                seriesOfArea.computeIfAbsent(observation.indicatorId + "|" + observation.sex + "|" + observation.age,
                        key -> new ArrayList<>()).add(observation);
            }
        }
        Map<Integer, Indicator> indicatorById = indicators.listAll().stream()
                .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));

        Map<Integer, List<ScorecardView.Row>> rowsByPrinciple = new HashMap<>();
        List<List<Observation>> ordered = new ArrayList<>(seriesOfArea.values());
        ordered.sort(Comparator.<List<Observation>>comparingInt(series -> series.get(0).indicatorId)
                .thenComparingInt(series -> sexRank(series.get(0).sex))
                .thenComparing(series -> series.get(0).age));
        for (List<Observation> series : ordered) {
            Indicator indicator = indicatorById.get(series.get(0).indicatorId);
            series.sort(Comparator.comparingInt(observation -> observation.period.sortKey));
            List<Observation> shown = shownPeriods(series, requestedLabel);
            if (shown.isEmpty()) {
                continue;
            }
            List<ScorecardView.PeriodEntry> entries = new ArrayList<>();
            for (Observation observation : shown) {
                entries.add(entry(indicator, observation, series, comparators, byKey, areaByCode, area));
            }
            rowsByPrinciple.computeIfAbsent((int) indicator.principleId, key -> new ArrayList<>())
                    .add(new ScorecardView.Row(indicator.id, indicator.name, indicator.unit, indicator.valueType,
                            indicator.polarity, indicator.benchmarkMethod, series.get(0).sex, series.get(0).age,
                            entries));
        }
        List<ScorecardView.PrincipleRows> groups = new ArrayList<>();
        for (Principle principle : principles.listAll(io.quarkus.panache.common.Sort.by("id"))) {
            List<ScorecardView.Row> rows = rowsByPrinciple.get((int) principle.id);
            if (rows != null) {
                groups.add(new ScorecardView.PrincipleRows(principle.id, principle.title, principle.shortTitle, rows));
            }
        }
        return new ScorecardView(AreaMapper.toView(area), comparators.stream().map(AreaMapper::toView).toList(),
                requestedLabel == null ? LATEST : requestedLabel, groups);
    }

    /** The given comparators, or England and every ancestor between England and the area. */
    private static List<Area> comparators(Area area, List<String> requested, Map<String, Area> areaByCode) {
        List<Area> comparators = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            for (Area ancestor = parent(area, areaByCode); ancestor != null; ancestor = parent(ancestor, areaByCode)) {
                comparators.add(0, ancestor);
            }
            return comparators;
        }
        for (String code : requested) {
            Area comparator = areaByCode.get(code);
            if (comparator == null) {
                throw ApiException.badParameter("comparators", "comparator " + code + " is not a known area code");
            }
            comparators.add(comparator);
        }
        return comparators;
    }

    private static List<Observation> shownPeriods(List<Observation> series, String requestedLabel) {
        int last = series.size() - 1;
        if (requestedLabel != null) {
            String label = canonical(requestedLabel);
            last = -1;
            for (int i = 0; i < series.size(); i++) {
                if (series.get(i).period.label.equals(label)) {
                    last = i;
                }
            }
        }
        if (last < 0) {
            return List.of();
        }
        return series.subList(Math.max(0, last - PERIODS_SHOWN + 1), last + 1);
    }

    private ScorecardView.PeriodEntry entry(Indicator indicator, Observation observation, List<Observation> series,
            List<Area> comparators, Map<String, Observation> byKey, Map<String, Area> areaByCode, Area area) {
        BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(observation.value,
                observation.lowerCi95, observation.upperCi95, observation.lowerCi998, observation.upperCi998);
        List<ScorecardView.Comparison> comparisons = new ArrayList<>();
        for (Area comparator : comparators) {
            Observation theirs = byKey.get(key(indicator.id, observation.sex, observation.age,
                    observation.period.label, comparator.code));
            Double comparatorValue = theirs == null ? null : theirs.value;
            BenchmarkComparison.Result result = Benchmarks.compare(indicator, interval, comparatorValue,
                    () -> peerValues(indicator, observation, area, comparator, areaByCode));
            comparisons.add(new ScorecardView.Comparison(comparator.code, comparator.name, comparatorValue,
                    result.outcome(), result.outcome().label(), result.reason(), reported(observation, comparator)));
        }
        List<RecentTrend.Point> points = new ArrayList<>();
        for (Observation point : series) {
            if (point.period.sortKey <= observation.period.sortKey) {
                points.add(Benchmarks.point(point.period.startYear(), point.period.type, point.value, point.count,
                        point.denominator, point.lowerCi95, point.upperCi95));
            }
        }
        RecentTrend.Result trend = Benchmarks.trend(indicator, points);
        return new ScorecardView.PeriodEntry(PeriodView.of(observation.period), observation.value,
                observation.lowerCi95, observation.upperCi95, observation.lowerCi998, observation.upperCi998,
                observation.limitsSource, observation.count, observation.denominator, observation.valueNote,
                comparisons, observation.reportedVsNeighbours, new ScorecardView.Trend(trend.trend(), trend.label(),
                        trend.reason(), observation.reportedTrend));
    }

    /** For quintile indicators: the values of the comparator's areas of the area's own type. */
    private List<Double> peerValues(Indicator indicator, Observation observation, Area area, Area comparator,
            Map<String, Area> areaByCode) {
        if (indicator.benchmarkMethod != BenchmarkMethod.QUINTILES) {
            return List.of();
        }
        List<String> peers = areaByCode.values().stream()
                .filter(candidate -> candidate.type == area.type && descends(candidate, comparator, areaByCode))
                .map(candidate -> candidate.code).toList();
        return observations.list("indicatorId = ?1 and period.label = ?2 and sex = ?3 and age = ?4 and "
                + "categoryType = '' and areaCode in ?5 and value is not null", indicator.id, observation.period.label,
                observation.sex, observation.age, peers).stream().map(peer -> peer.value).toList();
    }

    private static ComparisonOutcome reported(Observation observation, Area comparator) {
        if (comparator.type == AreaType.COUNTRY) {
            return observation.reportedVsEngland;
        }
        return comparator.type == AreaType.REGION ? observation.reportedVsRegion : null;
    }

    private static boolean descends(Area area, Area ancestor, Map<String, Area> areaByCode) {
        for (Area up = parent(area, areaByCode); up != null; up = parent(up, areaByCode)) {
            if (up.code.equals(ancestor.code)) {
                return true;
            }
        }
        return false;
    }

    private static Area parent(Area area, Map<String, Area> areaByCode) {
        return area.parentCode == null ? null : areaByCode.get(area.parentCode);
    }

    private static String key(int indicatorId, String sex, String age, String period, String areaCode) {
        return indicatorId + "|" + sex + "|" + age + "|" + period + "|" + areaCode;
    }

    private static int sexRank(String sex) {
        int rank = SEX_ORDER.indexOf(sex);
        return rank < 0 ? SEX_ORDER.size() : rank;
    }

    private static String canonical(String label) {
        try {
            return PeriodParser.parse(label, org.healthequity.indicators.repository.YearType.FINANCIAL).label;
        } catch (PeriodParser.UnparseablePeriodException e) {
            throw ApiException.badParameter("period", e.getMessage());
        }
    }

    /** Flat rows for the CSV form: one per indicator series and period. */
    public static List<List<Object>> csvRows(ScorecardView scorecard) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("Principle", "Indicator ID", "Indicator", "Sex", "Age", "Unit",
                "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit",
                "Upper CI 99.8 limit", "Count", "Denominator"));
        for (AreaView comparator : scorecard.comparators()) {
            header.add(comparator.name() + " value");
            header.add("Compared to " + comparator.name() + " (computed)");
            header.add("Compared to " + comparator.name() + " (reported)");
        }
        header.addAll(List.of("Compared to neighbours (reported)", "Recent trend (computed)",
                "Recent trend (reported)", "Value note"));
        rows.add(header);
        for (ScorecardView.PrincipleRows principle : scorecard.principles()) {
            for (ScorecardView.Row row : principle.indicators()) {
                for (ScorecardView.PeriodEntry entry : row.periods()) {
                    List<Object> line = new ArrayList<>(List.of(principle.id(), row.indicatorId(), row.name(),
                            row.sex(), row.age(), text(row.unit()), entry.period().label(), cell(entry.value()),
                            cell(entry.lowerCi95()), cell(entry.upperCi95()), cell(entry.lowerCi998()),
                            cell(entry.upperCi998()), cell(entry.count()), cell(entry.denominator())));
                    for (ScorecardView.Comparison comparison : entry.comparisons()) {
                        line.add(cell(comparison.value()));
                        line.add(comparison.computedLabel());
                        line.add(comparison.reported() == null ? "" : comparison.reported().label());
                    }
                    line.add(entry.reportedVsNeighbours() == null ? "" : entry.reportedVsNeighbours().label());
                    line.add(entry.trend().label());
                    line.add(text(entry.trend().reported()));
                    line.add(text(entry.valueNote()));
                    rows.add(line);
                }
            }
        }
        return rows;
    }

    private static Object cell(Double number) {
        return number == null ? "" : number;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
