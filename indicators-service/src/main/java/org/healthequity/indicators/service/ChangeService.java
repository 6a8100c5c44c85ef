package org.healthequity.indicators.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.healthequity.common.http.Turns;
import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.config.IndicatorsConfig;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.AreaView;
import org.healthequity.indicators.mapping.ChangeView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupRepository;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.ScorecardQueries;
import org.healthequity.indicators.repository.ScorecardQueries.Point;
import org.healthequity.indicators.statistics.ChangeSinceBaseline;
import org.healthequity.indicators.statistics.Estimate;
import org.healthequity.indicators.statistics.GroupAggregate;
import org.healthequity.indicators.statistics.LimitsFromCounts;
import org.healthequity.indicators.statistics.Polarity;

/**
 * "Is it the programme?": for each of an area's series (indicator, sex, age, no inequality breakdown), the change
 * from its baseline (its last period ending before the baseline day, {@code indicators.change.baseline-before} by
 * default) to its latest period, beside the change over the same two periods in England and the region (or the
 * comparators asked for, groups among them), with intervals and a plain statement ({@link ChangeSinceBaseline}).
 * Read from the scorecard's queries, so the same published values the scorecard shows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeService {

    private static final LocalDate EARLIEST_BASELINE = LocalDate.of(1990, 1, 1);
    static final String METHOD = "Each value's standard error from its 95% interval, (upper - lower) / 3.92, as for "
            + "recent trends; a change's interval from its two values' errors, and a difference of changes' from all "
            + "four, taken as independent (an area inside its comparator makes this slightly wide). A group's value "
            + "is its members' summed counts with Wilson or Byar limits, or their median, which has no interval.";

    private final AreaRepository areas;
    private final AreaGroupRepository groups;
    private final IndicatorRepository indicators;
    private final ScorecardQueries queries;
    private final IndicatorsConfig config;
    private final Turns turns;

    ChangeService(AreaRepository areas, AreaGroupRepository groups, IndicatorRepository indicators,
            ScorecardQueries queries, IndicatorsConfig config) {
        this.areas = areas;
        this.groups = groups;
        this.indicators = indicators;
        this.queries = queries;
        this.config = config;
        // Each reads the area's and every comparator's series: as many at once as scorecards, for the same reason.
        this.turns = new Turns(config.scorecards().concurrent(), config.scorecards().queueTimeout(),
                "Other scorecards are being built; ask again shortly", Duration.ofSeconds(5));
    }

    /** Someone compared with: an area's values by series and period, or a group's members'. */
    private record Compared(AreaView view, Map<String, Point> points, AreaGroup group) {
    }

    /** The change of every series of the area, or of one indicator's when {@code indicatorId} is given. */
    public ChangeView build(String areaCode, String baselineParameter, List<String> comparatorCodes,
            Integer indicatorId) {
        LocalDate baselineBefore = baseline(baselineParameter);
        return turns.take(() -> buildNow(areaCode, baselineBefore, comparatorCodes, indicatorId));
    }

    private ChangeView buildNow(String areaCode, LocalDate baselineBefore, List<String> comparatorCodes,
            Integer indicatorId) {
        AreaTree tree = AreaTree.of(areas.listAll());
        Area area = tree.get(areaCode);
        if (area == null) {
            throw ApiException.notFound("Area", areaCode);
        }
        ScorecardService.Comparators asked = ScorecardService.comparators(area, comparatorCodes, tree, groups);
        List<Compared> comparators = new ArrayList<>();
        for (Area comparator : asked.areas()) {
            Map<String, Point> byPeriod = new HashMap<>();
            queries.points(comparator.code).forEach(point -> byPeriod.put(key(point), point));
            comparators.add(new Compared(AreaMapper.toView(comparator), byPeriod, null));
        }
        for (AreaGroup group : asked.groups()) {
            comparators.add(new Compared(new AreaView(ScorecardService.GROUP_PREFIX + group.id, group.name, null,
                    null), Map.of(), group));
        }

        Map<String, List<Point>> seriesOfArea = new LinkedHashMap<>();
        for (Point point : queries.points(area.code)) {
            if (point.value() != null && (indicatorId == null || point.indicatorId() == indicatorId)) {
                seriesOfArea.computeIfAbsent(point.series(), series -> new ArrayList<>()).add(point);
            }
        }
        LocalDate lastEnd = seriesOfArea.values().stream().map(points -> points.get(points.size() - 1).period().end)
                .max(LocalDate::compareTo).orElse(null);
        if (lastEnd != null && !baselineBefore.isBefore(lastEnd.plusDays(1))) {
            throw ApiException.invalidField("baseline", "after-latest", "The baseline " + baselineBefore + " is "
                    + "after the latest period of " + (indicatorId == null ? "every indicator" : "indicator "
                    + indicatorId) + " of " + area.code + " (the last ends on " + lastEnd
                    + "): there is no change since it to show");
        }
        Map<Integer, Indicator> indicatorById = indicators.list("id in ?1", seriesOfArea.values().stream()
                .map(points -> points.get(0).indicatorId()).distinct().toList()).stream()
                .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));
        Map<String, Point[]> baselineAndLatest = new LinkedHashMap<>();
        seriesOfArea.forEach((series, points) -> baselineAndLatest.put(series,
                new Point[] { baselinePoint(points, baselineBefore), points.get(points.size() - 1) }));
        Map<String, Map<String, List<GroupAggregate.Member>>> members = memberValues(comparators, baselineAndLatest);

        List<ChangeView.Row> rows = new ArrayList<>();
        baselineAndLatest.forEach((series, pair) -> {
            Point latest = pair[1];
            Indicator indicator = indicatorById.get(latest.indicatorId());
            if (indicator != null) {
                rows.add(row(indicator, pair[0], latest, baselineBefore, comparators, members));
            }
        });
        rows.sort(Comparator.comparingInt(ChangeView.Row::principle)
                .thenComparingInt(ChangeView.Row::indicatorId).thenComparing(ChangeView.Row::sex)
                .thenComparing(ChangeView.Row::age));
        return new ChangeView(AreaMapper.toView(area), baselineBefore,
                comparators.stream().map(Compared::view).toList(), METHOD, rows);
    }

    private LocalDate baseline(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return config.change().baselineBefore();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parameter.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("baseline", "baseline is a day written 2022-09-01: each indicator's "
                    + "baseline is its last period ending before it");
        }
        if (date.isBefore(EARLIEST_BASELINE) || date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw ApiException.badParameter("baseline", "baseline must be between " + EARLIEST_BASELINE
                    + " and today");
        }
        return date;
    }

    private static Point baselinePoint(List<Point> points, LocalDate before) {
        Point found = null;
        for (Point point : points) {
            if (point.period().end.isBefore(before)) {
                found = point;
            }
        }
        return found;
    }

    private ChangeView.Row row(Indicator indicator, Point baseline, Point latest, LocalDate baselineBefore,
            List<Compared> comparators, Map<String, Map<String, List<GroupAggregate.Member>>> members) {
        Polarity polarity = indicator.polarity == null ? Polarity.NO_JUDGEMENT : indicator.polarity;
        if (baseline == null || baseline == latest) {
            String note = baseline == null ? "No value for a period ending before " + baselineBefore
                    : "No value for a period after the baseline (" + baseline.period().label + ")";
            return new ChangeView.Row(indicator.id, indicator.name, indicator.unit, indicator.principleId, polarity,
                    latest.sex(), latest.age(), baseline == null ? null : point(baseline), point(latest), null, note,
                    List.of());
        }
        ChangeSinceBaseline.Change change = ChangeSinceBaseline.between(value(baseline), value(latest));
        ChangeSinceBaseline.Direction direction = ChangeSinceBaseline.direction(change, polarity);
        List<ChangeView.Comparison> comparisons = new ArrayList<>();
        for (Compared comparator : comparators) {
            comparisons.add(comparison(indicator, polarity, baseline, latest, change, comparator, members));
        }
        return new ChangeView.Row(indicator.id, indicator.name, indicator.unit, indicator.principleId, polarity,
                latest.sex(), latest.age(), point(baseline), point(latest),
                ChangeView.Change.of(change, direction.name(), ChangeSinceBaseline.statement(direction)), null,
                comparisons);
    }

    private ChangeView.Comparison comparison(Indicator indicator, Polarity polarity, Point baseline, Point latest,
            ChangeSinceBaseline.Change change, Compared comparator,
            Map<String, Map<String, List<GroupAggregate.Member>>> members) {
        Optional<ChangeSinceBaseline.Value> first;
        Optional<ChangeSinceBaseline.Value> last;
        String aggregation = null;
        if (comparator.group() == null) {
            first = Optional.ofNullable(comparator.points().get(key(baseline))).filter(point -> point.value() != null)
                    .map(ChangeService::value);
            last = Optional.ofNullable(comparator.points().get(key(latest))).filter(point -> point.value() != null)
                    .map(ChangeService::value);
        } else {
            Map<String, List<GroupAggregate.Member>> values = members.getOrDefault(comparator.group().id, Map.of());
            first = groupValue(indicator, values.getOrDefault(memberKey(baseline), List.of()));
            last = groupValue(indicator, values.getOrDefault(memberKey(latest), List.of()));
            aggregation = Optional.ofNullable(GroupAggregate.of(indicator.valueType, indicator.multiplier,
                    values.getOrDefault(memberKey(latest), List.of())).method()).map(Enum::name).orElse(null);
        }
        String name = comparator.view().name();
        if (first.isEmpty() || last.isEmpty()) {
            String missing = first.isEmpty() ? baseline.period().label : latest.period().label;
            return new ChangeView.Comparison(comparator.view().code(), name, first.map(found -> point(baseline,
                    found)).orElse(null), last.map(found -> point(latest, found)).orElse(null), null,
                    new ChangeView.Change(change.value(), null, null,
                            ChangeSinceBaseline.Relative.CANNOT_BE_SAID.name(),
                            "Cannot be said: no value for " + name + " in " + missing), aggregation);
        }
        ChangeSinceBaseline.Change theirs = ChangeSinceBaseline.between(first.get(), last.get());
        ChangeSinceBaseline.Change difference = ChangeSinceBaseline.difference(change, theirs);
        ChangeSinceBaseline.Relative relative = ChangeSinceBaseline.relative(difference, polarity);
        ChangeSinceBaseline.Direction direction = ChangeSinceBaseline.direction(theirs, polarity);
        return new ChangeView.Comparison(comparator.view().code(), name, point(baseline, first.get()),
                point(latest, last.get()),
                ChangeView.Change.of(theirs, direction.name(), ChangeSinceBaseline.statement(direction)),
                ChangeView.Change.of(difference, relative.name(),
                        ChangeSinceBaseline.statement(relative, change, polarity, name)), aggregation);
    }

    /** A group's value for one period: summed counts with the indicator's limits, or the members' median. */
    private static Optional<ChangeSinceBaseline.Value> groupValue(Indicator indicator,
            List<GroupAggregate.Member> members) {
        GroupAggregate aggregate = GroupAggregate.of(indicator.valueType, indicator.multiplier, members);
        if (aggregate.value() == null) {
            return Optional.empty();
        }
        if (aggregate.method() != GroupAggregate.Method.SUMMED_COUNTS) {
            return Optional.of(new ChangeSinceBaseline.Value(aggregate.value(), null, null));
        }
        double count = members.stream().mapToDouble(GroupAggregate.Member::count).sum();
        double denominator = members.stream().mapToDouble(GroupAggregate.Member::denominator).sum();
        Estimate estimate = LimitsFromCounts.of(indicator.valueType, indicator.multiplier, count, denominator, 0.95);
        return Optional.of(estimate == null ? new ChangeSinceBaseline.Value(aggregate.value(), null, null)
                : new ChangeSinceBaseline.Value(aggregate.value(), estimate.lowerCi(), estimate.upperCi()));
    }

    private Map<String, Map<String, List<GroupAggregate.Member>>> memberValues(List<Compared> comparators,
            Map<String, Point[]> baselineAndLatest) {
        Map<String, Map<String, List<GroupAggregate.Member>>> values = new HashMap<>();
        List<Integer> indicatorIds = baselineAndLatest.values().stream().map(pair -> pair[1].indicatorId()).distinct()
                .toList();
        Set<String> labels = new HashSet<>();
        baselineAndLatest.values().forEach(pair -> {
            labels.add(pair[1].period().label);
            if (pair[0] != null) {
                labels.add(pair[0].period().label);
            }
        });
        for (Compared comparator : comparators) {
            if (comparator.group() != null) {
                values.put(comparator.group().id, queries.memberValues(indicatorIds, comparator.group().memberCodes,
                        labels));
            }
        }
        return values;
    }

    private static ChangeSinceBaseline.Value value(Point point) {
        return new ChangeSinceBaseline.Value(point.value(), point.lower95(), point.upper95());
    }

    private static ChangeView.Point point(Point point) {
        return new ChangeView.Point(point.period().label, point.value(), point.lower95(), point.upper95());
    }

    private static ChangeView.Point point(Point period, ChangeSinceBaseline.Value value) {
        return new ChangeView.Point(period.period().label, value.value(), value.lower95(), value.upper95());
    }

    private static String key(Point point) {
        return point.series() + "|" + point.period().label;
    }

    private static String memberKey(Point point) {
        return ScorecardQueries.key(point.indicatorId(), point.sex(), point.age(), point.period().label, "");
    }
}
