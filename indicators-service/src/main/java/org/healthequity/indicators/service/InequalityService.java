package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.ProblemType;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.InequalityView;
import org.healthequity.indicators.mapping.MethodResults;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupRepository;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.InequalityQueries;
import org.healthequity.indicators.repository.InequalityQueries.Row;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.GroupAggregate;
import org.healthequity.indicators.statistics.InvalidInputException;
import org.healthequity.indicators.statistics.Polarity;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality;
import org.healthequity.indicators.statistics.ValueType;

/**
 * Who within a place is worse off: an indicator's value for an area broken down ({@link Breakdown}), each category
 * compared with the area's own value by the rules used against England, ordered along the gradient, with the range
 * between categories and, for deprivation, the slope and relative index of inequality.
 */
@ApplicationScoped
public class InequalityService {

    /** More categories than any published breakdown has (deprivation centiles are 100). */
    public static final int MAX_CATEGORIES = 100;
    /** The served SII's simulation: PHE's own tests use 10,000, within a per cent or two of 100,000. */
    static final int SII_REPETITIONS = 10_000;

    private final AreaRepository areas;
    private final AreaGroupRepository groups;
    private final IndicatorRepository indicators;
    private final InequalityQueries queries;
    private final SiiResults siiResults;

    InequalityService(AreaRepository areas, AreaGroupRepository groups, IndicatorRepository indicators,
            InequalityQueries queries, SiiResults siiResults) {
        this.siiResults = siiResults;
        this.groups = groups;
        this.areas = areas;
        this.indicators = indicators;
        this.queries = queries;
    }

    public InequalityView build(String areaCode, Integer indicatorId, String period, String by,
            List<String> comparatorCodes) {
        Breakdown breakdown = Breakdown.of(by);
        if (breakdown == null) {
            throw ApiException.badParameter("by", "by must be one of sex, age, deprivation, ethnicity or ward");
        }
        if (indicatorId == null) {
            throw ApiException.badParameter("indicator", "name the indicator to break down (indicator=<id>)");
        }
        String requested = period == null || period.isBlank() || period.equalsIgnoreCase(ScorecardService.LATEST)
                ? null : ScorecardService.canonical(period.trim());
        Area area = areas.findByIdOptional(areaCode).orElseThrow(() -> ApiException.notFound("Area", areaCode));
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ApiException.notFound("Indicator", indicatorId));

        List<Row> ofArea = queries.ofArea(indicator.id, area.code);
        List<Row> overallRows = ofArea.stream().filter(row -> row.categoryType().isEmpty()
                && row.sex().equals(Breakdown.PERSONS)).toList();
        String overallAge = Breakdown.overallAge(overallRows);
        List<Row> source = breakdown == Breakdown.WARD ? queries.ofChildAreas(indicator.id, area.code) : ofArea;
        List<Row> broken = source.stream().filter(row -> breakdown.takes(row, overallAge)).toList();
        Row latest = broken.stream().filter(row -> requested == null || row.period().label.equals(requested))
                .max(Comparator.comparingInt((Row row) -> row.period().sortKey)).orElseThrow(() ->
                        new ApiException(ProblemType.NOT_FOUND, "No published breakdown by "
                                + breakdown.name().toLowerCase(Locale.ROOT) + " of indicator " + indicator.id
                                + " for " + area.code + (requested == null ? "" : " in " + requested)));
        String shownPeriod = latest.period().label;
        List<Row> atPeriod = broken.stream().filter(row -> row.period().label.equals(shownPeriod)).toList();
        // Where deciles and quintiles are both stored, the one with more categories (then by name).
        String categoryType = Breakdown.mostCommon(atPeriod, Row::categoryType, "");
        List<Row> categories = atPeriod.stream().filter(row -> row.categoryType().equals(categoryType)).toList();
        if (categories.size() > MAX_CATEGORIES) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "This breakdown has " + categories.size()
                    + " categories; at most " + MAX_CATEGORIES + " are shown");
        }
        Optional<Row> overall = overallRows.stream().filter(row -> row.age().equals(overallAge)
                && row.period().label.equals(shownPeriod)).findFirst();

        List<BreakdownComparator> comparators = comparators(comparatorCodes, indicator);
        List<Row> ordered = order(breakdown, categories, indicator.polarity);
        List<InequalityView.Category> views = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Row row = ordered.get(i);
            BenchmarkComparison.Result compared = BenchmarkComparison.compare(new BenchmarkComparison.Interval(
                    row.value(), row.lower95(), row.upper95(), row.lower998(), row.upper998()),
                    overall.map(Row::value).orElse(null), indicator.polarity, method(indicator));
            views.add(new InequalityView.Category(label(breakdown, row), i + 1,
                    breakdown == Breakdown.WARD ? row.areaCode() : null, value(row), compared.outcome(),
                    compared.outcome().label(), compare(row, indicator, comparators)));
        }
        MethodResults.SiiView sii = null;
        String siiNote = null;
        if (breakdown == Breakdown.DEPRIVATION) {
            try {
                sii = MethodResults.SiiView.of(sii(indicator, ordered));
            } catch (InvalidInputException e) {
                siiNote = e.getMessage();
            }
        }
        return new InequalityView(AreaMapper.toView(area), new InequalityView.IndicatorRef(indicator.id,
                indicator.name, indicator.unit, indicator.valueType, indicator.polarity, indicator.multiplier),
                breakdown, shownPeriod, categoryType.isEmpty() ? null : categoryType,
                breakdown == Breakdown.SEX ? null : Breakdown.PERSONS, breakdown == Breakdown.AGE ? null : overallAge,
                overall.map(InequalityService::value).orElse(null),
                overall.map(row -> compare(row, indicator, comparators)).orElse(null), views,
                range(breakdown, ordered), sii, siiNote);
    }

    /** A comparator of the breakdown: an area, or a group whose members' values are aggregated per category. */
    private record BreakdownComparator(String code, String name, boolean group, Map<String, List<Row>> rowsByKey) {
    }

    /** The comparators asked for, at most 10, with their rows by breakdown key. */
    private List<BreakdownComparator> comparators(List<String> codes, Indicator indicator) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> distinct = codes.stream().distinct().toList();
        if (distinct.size() > ScorecardService.MAX_COMPARATORS) {
            throw ApiException.badParameter("comparators", "at most " + ScorecardService.MAX_COMPARATORS
                    + " comparators");
        }
        List<BreakdownComparator> comparators = new ArrayList<>();
        for (String code : distinct) {
            if (code.startsWith(ScorecardService.GROUP_PREFIX)) {
                String id = code.substring(ScorecardService.GROUP_PREFIX.length());
                AreaGroup group = groups.findByIdOptional(id).orElseThrow(() -> ApiException.badParameter(
                        "comparators", "comparator " + code + " is not a known area group"));
                comparators.add(new BreakdownComparator(code, group.name, true,
                        byKey(queries.ofAreasBrokenDown(indicator.id, group.memberCodes))));
            } else {
                Area area = areas.findByIdOptional(code).orElseThrow(() -> ApiException.badParameter("comparators",
                        "comparator " + code + " is not a known area code"));
                comparators.add(new BreakdownComparator(code, area.name, false,
                        byKey(queries.ofAreasBrokenDown(indicator.id, List.of(code)))));
            }
        }
        return comparators;
    }

    private static Map<String, List<Row>> byKey(List<Row> rows) {
        Map<String, List<Row>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(key(row), k -> new ArrayList<>()).add(row));
        return byKey;
    }

    /** The breakdown and period of a row, whatever its area. */
    private static String key(Row row) {
        return row.sex() + "|" + row.age() + "|" + row.categoryType() + "|" + row.category() + "|"
                + row.period().label;
    }

    /** The row against each comparator's value for the same breakdown and period. */
    private static List<InequalityView.Comparison> compare(Row row, Indicator indicator,
            List<BreakdownComparator> comparators) {
        if (comparators.isEmpty()) {
            return null;
        }
        List<InequalityView.Comparison> comparisons = new ArrayList<>();
        BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(row.value(), row.lower95(),
                row.upper95(), row.lower998(), row.upper998());
        for (BreakdownComparator comparator : comparators) {
            List<Row> rows = comparator.rowsByKey().getOrDefault(key(row), List.of());
            Double value;
            String aggregate = null;
            if (comparator.group()) {
                GroupAggregate group = GroupAggregate.of(indicator.valueType, indicator.multiplier, rows.stream()
                        .filter(member -> member.value() != null).map(member -> new GroupAggregate.Member(
                                member.value(), member.count(), member.denominator())).toList());
                value = group.value();
                aggregate = group.method() == null ? null : group.method().name();
            } else {
                value = rows.isEmpty() ? null : rows.get(0).value();
            }
            BenchmarkComparison.Result result = BenchmarkComparison.compare(interval, value, indicator.polarity,
                    method(indicator));
            comparisons.add(new InequalityView.Comparison(comparator.code(), comparator.name(), value,
                    result.outcome(), result.outcome().label(), aggregate));
        }
        return comparisons;
    }

    private static List<Row> order(Breakdown breakdown, List<Row> rows, Polarity polarity) {
        List<Row> ordered = new ArrayList<>(rows);
        Comparator<Row> byLabel = Comparator.comparing(row -> label(breakdown, row));
        switch (breakdown) {
            case SEX -> ordered.sort(Comparator.comparing((Row row) -> !row.sex().equals("Male"))
                    .thenComparing(byLabel));
            case AGE -> ordered.sort(Comparator.comparingInt((Row row) -> Breakdown.ageStart(row.age()))
                    .thenComparing(byLabel));
            case DEPRIVATION -> {
                // By identity: a row's own hash reads every field, and the SII's rows are sorted on every request.
                Map<Row, Integer> positions = new IdentityHashMap<>();
                boolean all = true;
                for (Row row : rows) {
                    Integer position = Breakdown.deprivationPosition(row.category(), rows.size());
                    positions.put(row, position);
                    all &= position != null;
                }
                ordered.sort(all ? Comparator.comparingInt(positions::get) : byLabel);
            }
            default -> ordered.sort(Comparator.comparing(Row::value, Comparator.nullsLast(
                    polarity == Polarity.LOW_IS_GOOD ? Comparator.<Double>reverseOrder()
                            : Comparator.<Double>naturalOrder())).thenComparing(byLabel));
        }
        return ordered;
    }

    private static String label(Breakdown breakdown, Row row) {
        return switch (breakdown) {
            case SEX -> row.sex();
            case AGE -> row.age();
            case WARD -> row.areaCode();
            default -> row.category();
        };
    }

    private static BenchmarkMethod method(Indicator indicator) {
        return indicator.benchmarkMethod == null || indicator.benchmarkMethod == BenchmarkMethod.QUINTILES
                || indicator.benchmarkMethod == BenchmarkMethod.NONE ? BenchmarkMethod.CI_95
                : indicator.benchmarkMethod;
    }

    private static InequalityView.Value value(Row row) {
        return new InequalityView.Value(row.value(), row.lower95(), row.upper95(), row.count(), row.denominator());
    }

    private static InequalityView.Range range(Breakdown breakdown, List<Row> rows) {
        Row highest = null;
        Row lowest = null;
        for (Row row : rows) {
            if (row.value() == null) {
                continue;
            }
            if (highest == null || row.value() > highest.value()) {
                highest = row;
            }
            if (lowest == null || row.value() < lowest.value()) {
                lowest = row;
            }
        }
        if (highest == null || highest == lowest) {
            return null;
        }
        return new InequalityView.Range(label(breakdown, highest), highest.value(), label(breakdown, lowest),
                lowest.value(), highest.value() - lowest.value(),
                lowest.value() > 0 ? highest.value() / lowest.value() : null);
    }

    /**
     * The SII across the deprivation categories, most deprived first: proportions on their 0–1 scale and the result
     * on the indicator's (per cent, say), rates on the log scale for the limits, populations from the denominators.
     */
    private SlopeIndexOfInequality.Result sii(Indicator indicator, List<Row> ordered) {
        SlopeIndexOfInequality.Kind kind = switch (indicator.valueType == null ? ValueType.OTHER
                : indicator.valueType) {
            case PROPORTION -> SlopeIndexOfInequality.Kind.PROPORTION;
            case CRUDE_RATE, DSR, ISR -> SlopeIndexOfInequality.Kind.RATE;
            default -> SlopeIndexOfInequality.Kind.VALUE;
        };
        double scale = kind == SlopeIndexOfInequality.Kind.PROPORTION && indicator.multiplier > 0
                ? indicator.multiplier : 1;
        List<SlopeIndexOfInequality.Quantile> quantiles = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Row row = ordered.get(i);
            if (row.denominator() == null) {
                throw new InvalidInputException("denominator", "The SII needs each category's population; '"
                        + row.category() + "' has no denominator");
            }
            quantiles.add(new SlopeIndexOfInequality.Quantile(i + 1, row.denominator(), divide(row.value(), scale),
                    divide(row.lower95(), scale), divide(row.upper95(), scale), null,
                    kind == SlopeIndexOfInequality.Kind.PROPORTION ? row.count() : null));
        }
        return siiResults.of(new SlopeIndexOfInequality.Input(kind, quantiles, 0.95, scale, false, true, false,
                SII_REPETITIONS));
    }

    private static Double divide(Double value, double by) {
        return value == null ? null : value / by;
    }
}
