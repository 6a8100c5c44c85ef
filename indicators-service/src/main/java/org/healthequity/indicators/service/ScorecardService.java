package org.healthequity.indicators.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.healthequity.common.http.Turns;
import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.period.YearType;
import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.config.IndicatorsConfig;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.AreaView;
import org.healthequity.indicators.mapping.DistributionView;
import org.healthequity.indicators.mapping.PeriodView;
import org.healthequity.indicators.mapping.ScorecardView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupRepository;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.Principle;
import org.healthequity.indicators.repository.PrincipleRepository;
import org.healthequity.indicators.repository.ScorecardQueries;
import org.healthequity.indicators.repository.ScorecardQueries.Point;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.GoalComparison;
import org.healthequity.indicators.statistics.GroupAggregate;
import org.healthequity.indicators.statistics.PeerDistribution;
import org.healthequity.indicators.statistics.RecentTrend;

/**
 * An area's outcome table, like Luton's own: for each principle and indicator, the latest two periods (or a given
 * period and the one before), the area's value and intervals, each comparator's value, the comparison computed by
 * the indicator's method beside the one the source reported, and the recent trend beside the reported one. The
 * reads are {@link ScorecardQueries}; the area tree is read once per scorecard.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScorecardService {

    public static final String LATEST = "latest";
    /** Comparators one scorecard compares with; each costs a query per quintile indicator. */
    public static final int MAX_COMPARATORS = 10;
    private static final int PERIODS_SHOWN = 2;
    private static final List<String> SEX_ORDER = List.of("Persons", "Male", "Female");

    /** What a comparator code names: {@code group:<id>} for an area group. */
    public static final String GROUP_PREFIX = "group:";

    private final AreaRepository areas;
    private final AreaGroupRepository groups;
    private final IndicatorRepository indicators;
    private final PrincipleRepository principles;
    private final ScorecardQueries queries;
    private final GoalService goalService;

    private final Turns turns;
    private final PeerValues peerValues;

    ScorecardService(AreaRepository areas, AreaGroupRepository groups, IndicatorRepository indicators,
            PrincipleRepository principles, ScorecardQueries queries, GoalService goalService,
            PeerValues peerValues, IndicatorsConfig config) {
        this.peerValues = peerValues;
        this.turns = new Turns(config.scorecards().concurrent(), config.scorecards().queueTimeout(),
                "Other scorecards are being built; ask again shortly", Duration.ofSeconds(5));
        this.goalService = goalService;
        this.areas = areas;
        this.groups = groups;
        this.indicators = indicators;
        this.principles = principles;
        this.queries = queries;
    }

    /** What one scorecard is built from: its area, the area tree, and the comparators' values. */
    private record Context(Area area, AreaTree tree, List<Area> comparators, Map<String, Double> comparatorValues,
            Map<String, List<Double>> peerValues, List<GroupComparator> groups,
            Map<String, List<GoalComparison.Goal>> goals) {
    }

    /** A group compared with: its members' values for the periods shown, by key without the area. */
    private record GroupComparator(AreaGroup group, Map<String, List<GroupAggregate.Member>> values) {
    }

    /** One area's scorecard, built when its turn comes ({@code indicators.scorecards.concurrent} at once). */
    public ScorecardView build(String areaCode, String period, List<String> comparatorCodes) {
        return turns.take(() -> buildNow(areaCode, period, comparatorCodes));
    }

    private ScorecardView buildNow(String areaCode, String period, List<String> comparatorCodes) {
        AreaTree tree = AreaTree.of(areas.listAll());
        Area area = tree.get(areaCode);
        if (area == null) {
            throw ApiException.notFound("Area", areaCode);
        }
        Comparators asked = comparators(area, comparatorCodes, tree, groups);
        List<Area> comparators = asked.areas();
        List<AreaGroup> comparatorGroups = asked.groups();
        String requestedLabel = period == null || period.isBlank() || period.equalsIgnoreCase(LATEST) ? null
                : period.trim();
        String requested = requestedLabel == null ? null : canonical(requestedLabel);

        Map<String, List<Point>> seriesOfArea = new LinkedHashMap<>();
        for (Point point : queries.points(area.code)) {
            seriesOfArea.computeIfAbsent(point.series(), key -> new ArrayList<>()).add(point);
        }
        Map<String, List<Point>> shownBySeries = new LinkedHashMap<>();
        Set<String> shownLabels = new HashSet<>();
        seriesOfArea.forEach((series, points) -> {
            List<Point> shown = shownPeriods(points, requested);
            if (!shown.isEmpty()) {
                shownBySeries.put(series, shown);
                shown.forEach(point -> shownLabels.add(point.period().label));
            }
        });
        List<Integer> shownIndicators = shownBySeries.values().stream().map(points -> points.get(0).indicatorId())
                .distinct().toList();
        Area england = tree.get(AreaTree.ENGLAND);
        Context context = new Context(area, tree, comparators, queries.comparatorValues(
                comparators.stream().map(comparator -> comparator.code).toList(), shownLabels),
                england == null ? Map.of() : peerValues.of(shownIndicators,
                        tree.codesUnder(england, area.type), shownLabels),
                comparatorGroups.stream().map(group -> new GroupComparator(group, queries.memberValues(
                        shownIndicators, group.memberCodes, shownLabels))).toList(),
                goalService.byIndicatorAndArea(shownIndicators));
        Map<Integer, Indicator> indicatorById = indicators.list("id in ?1", shownBySeries.values().stream()
                .map(points -> points.get(0).indicatorId()).distinct().toList()).stream()
                .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));

        Map<Integer, List<ScorecardView.Row>> rowsByPrinciple = new HashMap<>();
        List<String> ordered = new ArrayList<>(shownBySeries.keySet());
        ordered.sort(Comparator.<String>comparingInt(series -> shownBySeries.get(series).get(0).indicatorId())
                .thenComparingInt(series -> sexRank(shownBySeries.get(series).get(0).sex()))
                .thenComparing(series -> shownBySeries.get(series).get(0).age()));
        for (String series : ordered) {
            List<Point> shown = shownBySeries.get(series);
            Indicator indicator = indicatorById.get(shown.get(0).indicatorId());
            List<ScorecardView.PeriodEntry> entries = new ArrayList<>();
            for (Point point : shown) {
                entries.add(entry(indicator, point, seriesOfArea.get(series), context));
            }
            rowsByPrinciple.computeIfAbsent((int) indicator.principleId, key -> new ArrayList<>())
                    .add(new ScorecardView.Row(indicator.id, indicator.name, indicator.unit, indicator.valueType,
                            indicator.polarity, indicator.benchmarkMethod, shown.get(0).sex(), shown.get(0).age(),
                            entries));
        }
        List<ScorecardView.PrincipleRows> groups = new ArrayList<>();
        for (Principle principle : principles.listAll(Sort.by("id"))) {
            List<ScorecardView.Row> rows = rowsByPrinciple.get((int) principle.id);
            if (rows != null) {
                groups.add(new ScorecardView.PrincipleRows(principle.id, principle.title, principle.shortTitle, rows));
            }
        }
        List<AreaView> comparatorViews = new ArrayList<>(comparators.stream().map(AreaMapper::toView).toList());
        comparatorGroups.forEach(group -> comparatorViews.add(new AreaView(GROUP_PREFIX + group.id, group.name, null,
                null)));
        return new ScorecardView(AreaMapper.toView(area), comparatorViews,
                requestedLabel == null ? LATEST : requestedLabel, groups);
    }

    /** The given comparator areas, or (with no comparator at all) England and every ancestor down to the area. */
    /** What an area is compared with: areas, and area groups named {@code group:<id>}. */
    record Comparators(List<Area> areas, List<AreaGroup> groups) {
    }

    /**
     * The comparators asked for, at most {@link #MAX_COMPARATORS} (a 400 naming {@code comparators} for more, an
     * unknown area or an unknown group), or, when none are, the area's ancestors (England, its region).
     */
    static Comparators comparators(Area area, List<String> codes, AreaTree tree, AreaGroupRepository groups) {
        List<String> groupIds = codes == null ? List.of() : codes.stream()
                .filter(code -> code.startsWith(GROUP_PREFIX)).map(code -> code.substring(GROUP_PREFIX.length()))
                .distinct().toList();
        List<Area> areas = comparatorAreas(area, codes == null ? null : codes.stream()
                .filter(code -> !code.startsWith(GROUP_PREFIX)).toList(), groupIds.size(), tree);
        List<AreaGroup> found = new ArrayList<>();
        for (String id : groupIds) {
            found.add(groups.findByIdOptional(id).orElseThrow(() -> ApiException.badParameter(
                    "comparators", "comparator group:" + id + " is not a known area group")));
        }
        return new Comparators(areas, found);
    }

    private static List<Area> comparatorAreas(Area area, List<String> requested, int groupCount, AreaTree tree) {
        if ((requested == null || requested.isEmpty()) && groupCount == 0) {
            return tree.ancestors(area);
        }
        List<String> distinct = requested == null ? List.of() : requested.stream().distinct().toList();
        if (distinct.size() + groupCount > MAX_COMPARATORS) {
            throw ApiException.badParameter("comparators", "at most " + MAX_COMPARATORS + " comparators");
        }
        List<Area> comparators = new ArrayList<>();
        for (String code : distinct) {
            Area comparator = tree.get(code);
            if (comparator == null) {
                throw ApiException.badParameter("comparators", "comparator " + code + " is not a known area code");
            }
            comparators.add(comparator);
        }
        return comparators;
    }

    private static List<Point> shownPeriods(List<Point> series, String requested) {
        int last = series.size() - 1;
        if (requested != null) {
            last = -1;
            for (int i = 0; i < series.size(); i++) {
                if (series.get(i).period().label.equals(requested)) {
                    last = i;
                }
            }
        }
        if (last < 0) {
            return List.of();
        }
        return series.subList(Math.max(0, last - PERIODS_SHOWN + 1), last + 1);
    }

    private ScorecardView.PeriodEntry entry(Indicator indicator, Point point, List<Point> series, Context context) {
        BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(point.value(), point.lower95(),
                point.upper95(), point.lower998(), point.upper998());
        List<ScorecardView.Comparison> comparisons = new ArrayList<>();
        for (Area comparator : context.comparators()) {
            Double comparatorValue = context.comparatorValues().get(ScorecardQueries.key(indicator.id, point.sex(),
                    point.age(), point.period().label, comparator.code));
            BenchmarkComparison.Result result = Benchmarks.compare(indicator, interval, comparatorValue,
                    () -> peerValues(indicator, point, comparator, context));
            comparisons.add(new ScorecardView.Comparison(comparator.code, comparator.name, comparatorValue,
                    result.outcome(), result.outcome().label(), result.reason(), reported(point, comparator), null,
                    null));
        }
        for (GroupComparator group : context.groups()) {
            comparisons.add(groupComparison(indicator, point, interval, group));
        }
        List<RecentTrend.Point> points = new ArrayList<>();
        for (Point earlier : series) {
            if (earlier.period().sortKey <= point.period().sortKey) {
                points.add(Benchmarks.point(earlier.period().startYear(), earlier.period().type, earlier.value(),
                        earlier.count(), earlier.denominator(), earlier.lower95(), earlier.upper95()));
            }
        }
        RecentTrend.Result trend = Benchmarks.trend(indicator, points);
        return new ScorecardView.PeriodEntry(PeriodView.of(point.period()), point.value(), point.lower95(),
                point.upper95(), point.lower998(), point.upper998(), point.limitsSource(), point.count(),
                point.denominator(), point.valueNote(), comparisons, point.vsNeighbours(),
                new ScorecardView.Trend(trend.trend(), trend.label(), trend.reason(), point.reportedTrend()),
                DistributionView.of(PeerDistribution.of(context.peerValues().getOrDefault(ScorecardQueries.key(
                        indicator.id, point.sex(), point.age(), point.period().label, ""), List.of()))),
                GoalService.view(GoalComparison.compare(point.value(), point.period().sortKey, context.goals()
                        .get(GoalService.key(indicator.id, context.area().code)), indicator.polarity)));
    }

    /**
     * The area against a group: against the group's value by the indicator's method (its members' counts summed
     * over their denominators where every member has both and the indicator is a proportion or crude rate, else the
     * median of their values), and its quintile among the members' values.
     */
    private static ScorecardView.Comparison groupComparison(Indicator indicator, Point point,
            BenchmarkComparison.Interval interval, GroupComparator comparator) {
        List<GroupAggregate.Member> members = comparator.values().getOrDefault(ScorecardQueries.key(
                indicator.id, point.sex(), point.age(), point.period().label, ""), List.of());
        List<Double> values = members.stream().map(GroupAggregate.Member::value).toList();
        GroupAggregate aggregate = GroupAggregate.of(indicator.valueType, indicator.multiplier, members);
        BenchmarkComparison.Result result = Benchmarks.compare(indicator, interval, aggregate.value(), () -> values);
        BenchmarkComparison.Result quintile = BenchmarkComparison.compareWithPeers(point.value(), values,
                indicator.polarity);
        return new ScorecardView.Comparison(GROUP_PREFIX + comparator.group().id, comparator.group().name,
                aggregate.value(), result.outcome(), result.outcome().label(), result.reason(), null,
                aggregate.method() == null ? null : aggregate.method().name(), quintile.outcome());
    }

    /** For quintile indicators: the values of the comparator's areas of the area's own type. */
    private List<Double> peerValues(Indicator indicator, Point point, Area comparator, Context context) {
        if (indicator.benchmarkMethod != BenchmarkMethod.QUINTILES) {
            return List.of();
        }
        return queries.values(indicator.id, point.sex(), point.age(), point.period().label,
                context.tree().codesUnder(comparator, context.area().type));
    }

    private static ComparisonOutcome reported(Point point, Area comparator) {
        if (comparator.type == AreaType.COUNTRY) {
            return point.vsEngland();
        }
        return comparator.type == AreaType.REGION ? point.vsRegion() : null;
    }

    private static int sexRank(String sex) {
        int rank = SEX_ORDER.indexOf(sex);
        return rank < 0 ? SEX_ORDER.size() : rank;
    }

    static String canonical(String label) {
        try {
            return PeriodParser.parse(label, YearType.FINANCIAL).label();
        } catch (PeriodParser.UnparseablePeriodException e) {
            throw ApiException.badParameter("period", e.getMessage());
        }
    }
}
