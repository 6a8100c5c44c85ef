package org.healthequity.indicators.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.period.PeriodType;
import org.healthequity.common.period.YearType;
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
import org.healthequity.indicators.repository.LimitsSource;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.repository.Period;
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
    private final PrincipleRepository principles;
    private final AgroalDataSource dataSource;

    ScorecardService(AreaRepository areas, IndicatorRepository indicators, PrincipleRepository principles,
            AgroalDataSource dataSource) {
        this.areas = areas;
        this.indicators = indicators;
        this.principles = principles;
        this.dataSource = dataSource;
    }

    /** One stored value of an area's series, read without the weight of a managed entity. */
    private record Point(int indicatorId, String sex, String age, Period period, Double value, Double count,
            Double denominator, Double lower95, Double upper95, Double lower998, Double upper998,
            LimitsSource limitsSource, String valueNote, String reportedTrend, ComparisonOutcome vsEngland,
            ComparisonOutcome vsRegion, ComparisonOutcome vsNeighbours) {

        String series() {
            return indicatorId + "|" + sex + "|" + age;
        }
    }

    public ScorecardView build(String areaCode, String period, List<String> comparatorCodes) {
        Area area = areas.findByIdOptional(areaCode).orElseThrow(() -> ApiException.notFound("Area", areaCode));
        List<Area> comparators = comparators(area, comparatorCodes);
        String requestedLabel = period == null || period.isBlank() || period.equalsIgnoreCase(LATEST) ? null
                : period.trim();
        String requested = requestedLabel == null ? null : canonical(requestedLabel);

        Map<String, List<Point>> seriesOfArea = new LinkedHashMap<>();
        for (Point point : points(area.code)) {
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
        Map<String, Double> comparatorValues = comparatorValues(comparators, shownLabels);
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
                entries.add(entry(indicator, point, seriesOfArea.get(series), comparators, comparatorValues, area));
            }
            rowsByPrinciple.computeIfAbsent((int) indicator.principleId, key -> new ArrayList<>())
                    .add(new ScorecardView.Row(indicator.id, indicator.name, indicator.unit, indicator.valueType,
                            indicator.polarity, indicator.benchmarkMethod, shown.get(0).sex(), shown.get(0).age(),
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
    private List<Area> comparators(Area area, List<String> requested) {
        List<Area> comparators = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            for (Area ancestor = parent(area); ancestor != null; ancestor = parent(ancestor)) {
                comparators.add(0, ancestor);
            }
            return comparators;
        }
        for (String code : requested) {
            comparators.add(areas.findByIdOptional(code).orElseThrow(() -> ApiException.badParameter("comparators",
                    "comparator " + code + " is not a known area code")));
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

    private ScorecardView.PeriodEntry entry(Indicator indicator, Point point, List<Point> series,
            List<Area> comparators, Map<String, Double> comparatorValues, Area area) {
        BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(point.value(), point.lower95(),
                point.upper95(), point.lower998(), point.upper998());
        List<ScorecardView.Comparison> comparisons = new ArrayList<>();
        for (Area comparator : comparators) {
            Double comparatorValue = comparatorValues.get(key(indicator.id, point.sex(), point.age(),
                    point.period().label, comparator.code));
            BenchmarkComparison.Result result = Benchmarks.compare(indicator, interval, comparatorValue,
                    () -> peerValues(indicator, point, area, comparator));
            comparisons.add(new ScorecardView.Comparison(comparator.code, comparator.name, comparatorValue,
                    result.outcome(), result.outcome().label(), result.reason(), reported(point, comparator)));
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
                new ScorecardView.Trend(trend.trend(), trend.label(), trend.reason(), point.reportedTrend()));
    }

    /** Every value of the area without an inequality breakdown, series by series in period order. */
    private List<Point> points(String areaCode) {
        List<Point> points = new ArrayList<>();
        query("SELECT indicator_id, sex, age, period_label, period_type, period_start, period_end, period_sort_key, "
                + "value, count, denominator, lower_ci_95, upper_ci_95, lower_ci_99_8, upper_ci_99_8, limits_source, "
                + "value_note, reported_trend, reported_vs_england, reported_vs_region, reported_vs_neighbours "
                + "FROM observation WHERE " + ObservationRepository.EVERY_INDICATOR + " AND area_code = ? "
                + "AND category_type = '' "
                + "ORDER BY indicator_id, sex, age, period_sort_key, period_label", statement -> {
                    statement.setString(1, areaCode);
                }, rows -> points.add(new Point(rows.getInt(1), rows.getString(2), rows.getString(3),
                        new Period(rows.getString(4), PeriodType.valueOf(rows.getString(5)),
                                rows.getObject(6, LocalDate.class), rows.getObject(7, LocalDate.class), rows.getInt(8)),
                        number(rows, 9), number(rows, 10), number(rows, 11), number(rows, 12), number(rows, 13),
                        number(rows, 14), number(rows, 15), LimitsSource.valueOf(rows.getString(16)),
                        rows.getString(17), rows.getString(18), outcome(rows.getString(19)),
                        outcome(rows.getString(20)), outcome(rows.getString(21)))));
        return points;
    }

    /** The comparators' values for the periods shown, keyed by indicator, sex, age, period and area. */
    private Map<String, Double> comparatorValues(List<Area> comparators, Set<String> labels) {
        Map<String, Double> values = new HashMap<>();
        if (comparators.isEmpty() || labels.isEmpty()) {
            return values;
        }
        query("SELECT indicator_id, sex, age, period_label, area_code, value FROM observation WHERE "
                + ObservationRepository.EVERY_INDICATOR + " AND area_code = ANY (?) AND period_label = ANY (?) "
                + "AND category_type = '' AND value IS NOT NULL",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text",
                            comparators.stream().map(comparator -> comparator.code).toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", labels.toArray()));
                }, rows -> values.put(key(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)), rows.getDouble(6)));
        return values;
    }

    /** For quintile indicators: the values of the comparator's areas of the area's own type. */
    private List<Double> peerValues(Indicator indicator, Point point, Area area, Area comparator) {
        if (indicator.benchmarkMethod != BenchmarkMethod.QUINTILES) {
            return List.of();
        }
        Map<String, Area> areaByCode = areas.listAll().stream()
                .collect(Collectors.toMap(candidate -> candidate.code, Function.identity()));
        List<String> peers = areaByCode.values().stream()
                .filter(candidate -> candidate.type == area.type && descends(candidate, comparator, areaByCode))
                .map(candidate -> candidate.code).toList();
        List<Double> values = new ArrayList<>();
        query("SELECT value FROM observation WHERE indicator_id = ? AND period_label = ? AND sex = ? AND age = ? "
                + "AND category_type = '' AND area_code = ANY (?) AND value IS NOT NULL", statement -> {
                    statement.setInt(1, indicator.id);
                    statement.setString(2, point.period().label);
                    statement.setString(3, point.sex());
                    statement.setString(4, point.age());
                    statement.setArray(5, statement.getConnection().createArrayOf("text", peers.toArray()));
                }, rows -> values.add(rows.getDouble(1)));
        return values;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Scorecard query failed: " + e.getMessage(), e);
        }
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static ComparisonOutcome outcome(String name) {
        return name == null ? null : ComparisonOutcome.valueOf(name);
    }

    private static ComparisonOutcome reported(Point point, Area comparator) {
        if (comparator.type == AreaType.COUNTRY) {
            return point.vsEngland();
        }
        return comparator.type == AreaType.REGION ? point.vsRegion() : null;
    }

    private static boolean descends(Area area, Area ancestor, Map<String, Area> areaByCode) {
        for (Area up = parent(area, areaByCode); up != null; up = parent(up, areaByCode)) {
            if (up.code.equals(ancestor.code)) {
                return true;
            }
        }
        return false;
    }

    private Area parent(Area area) {
        return area.parentCode == null ? null : areas.findById(area.parentCode);
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

    static String canonical(String label) {
        try {
            return PeriodParser.parse(label, YearType.FINANCIAL).label();
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
