package org.healthequity.indicators.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

import org.healthequity.common.period.PeriodType;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.GroupAggregate;

/**
 * The scorecard's reads, in plain SQL: an area's series without the weight of managed entities, the comparators'
 * values for the periods shown, and a quintile indicator's peer values. The scorecard is open data: only published
 * values without an inequality breakdown are read.
 */
@ApplicationScoped
public class ScorecardQueries {

    private static final String POINTS = "SELECT indicator_id, sex, age, period_label, "
            + ObservationColumn.names(ObservationColumn.PERIOD) + ", "
            + ObservationColumn.names(ObservationColumn.NUMBERS)
            + ", limits_source, value_note, reported_trend, reported_vs_england, reported_vs_region, "
            + "reported_vs_neighbours FROM observation WHERE " + ObservationRepository.EVERY_INDICATOR
            + " AND area_code = ? AND category_type = '' AND status = 'PUBLISHED' "
            + "ORDER BY indicator_id, sex, age, period_sort_key, period_label";

    private final AgroalDataSource dataSource;

    ScorecardQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One stored value of an area's series. */
    public record Point(int indicatorId, String sex, String age, Period period, Double value, Double count,
            Double denominator, Double lower95, Double upper95, Double lower998, Double upper998,
            LimitsSource limitsSource, String valueNote, String reportedTrend, ComparisonOutcome vsEngland,
            ComparisonOutcome vsRegion, ComparisonOutcome vsNeighbours) {

        public String series() {
            return indicatorId + "|" + sex + "|" + age;
        }
    }

    /** Every value of the area, series by series (indicator, sex, age) in period order. */
    public List<Point> points(String areaCode) {
        List<Point> points = new ArrayList<>();
        query(POINTS, statement -> statement.setString(1, areaCode),
                rows -> points.add(new Point(rows.getInt(1), rows.getString(2), rows.getString(3),
                        new Period(rows.getString(4), PeriodType.valueOf(rows.getString(5)),
                                rows.getObject(6, LocalDate.class), rows.getObject(7, LocalDate.class), rows.getInt(8)),
                        number(rows, 9), number(rows, 10), number(rows, 11), number(rows, 12), number(rows, 13),
                        number(rows, 14), number(rows, 15), LimitsSource.valueOf(rows.getString(16)),
                        rows.getString(17), rows.getString(18), outcome(rows.getString(19)),
                        outcome(rows.getString(20)), outcome(rows.getString(21)))));
        return points;
    }

    /** The comparators' values for those periods, keyed by {@link #key}. */
    public Map<String, Double> comparatorValues(List<String> comparatorCodes, Set<String> periodLabels) {
        Map<String, Double> values = new HashMap<>();
        if (comparatorCodes.isEmpty() || periodLabels.isEmpty()) {
            return values;
        }
        query("SELECT indicator_id, sex, age, period_label, area_code, value FROM observation WHERE "
                + ObservationRepository.EVERY_INDICATOR + " AND area_code = ANY (?) AND period_label = ANY (?) "
                + "AND category_type = '' AND status = 'PUBLISHED' AND value IS NOT NULL",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text",
                            comparatorCodes.toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", periodLabels.toArray()));
                }, rows -> values.put(key(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)), rows.getDouble(6)));
        return values;
    }

    /** The members' values for the indicators and periods, listed by {@link #key} without the area. */
    public Map<String, List<GroupAggregate.Member>> memberValues(List<Integer> indicatorIds, List<String> memberCodes,
            Set<String> periodLabels) {
        Map<String, List<GroupAggregate.Member>> values = new HashMap<>();
        if (indicatorIds.isEmpty() || memberCodes.isEmpty() || periodLabels.isEmpty()) {
            return values;
        }
        query("SELECT indicator_id, sex, age, period_label, value, count, denominator FROM observation "
                + "WHERE indicator_id = ANY (?) AND area_code = ANY (?) AND period_label = ANY (?) "
                + "AND category_type = '' AND status = 'PUBLISHED' AND value IS NOT NULL",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("integer", indicatorIds.toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", memberCodes.toArray()));
                    statement.setArray(3, statement.getConnection().createArrayOf("text", periodLabels.toArray()));
                }, rows -> values.computeIfAbsent(key(rows.getInt(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), ""), k -> new ArrayList<>()).add(new GroupAggregate.Member(rows.getDouble(5),
                                number(rows, 6), number(rows, 7))));
        return values;
    }

    /** The values of those areas for the indicators and periods, listed by {@link #key} without the area. */
    /** The data version every write raises (V8): what was read at an older one may have changed since. */
    public long dataVersion() {
        long[] version = { 0 };
        query("SELECT version FROM data_version", statement -> {
        }, rows -> version[0] = rows.getLong(1));
        return version[0];
    }

    public Map<String, List<Double>> valuesByKey(List<Integer> indicatorIds, List<String> areaCodes,
            Set<String> periodLabels) {
        Map<String, List<Double>> values = new HashMap<>();
        if (indicatorIds.isEmpty() || areaCodes.isEmpty() || periodLabels.isEmpty()) {
            return values;
        }
        query("SELECT indicator_id, sex, age, period_label, value FROM observation WHERE indicator_id = ANY (?) "
                + "AND area_code = ANY (?) AND period_label = ANY (?) AND category_type = '' "
                + "AND status = 'PUBLISHED' AND value IS NOT NULL",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("integer", indicatorIds.toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", areaCodes.toArray()));
                    statement.setArray(3, statement.getConnection().createArrayOf("text", periodLabels.toArray()));
                }, rows -> values.computeIfAbsent(key(rows.getInt(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), ""), k -> new ArrayList<>()).add(rows.getDouble(5)));
        return values;
    }

    /** The values of those areas for one indicator, sex, age and period. */
    public List<Double> values(int indicatorId, String sex, String age, String periodLabel, List<String> areaCodes) {
        List<Double> values = new ArrayList<>();
        query("SELECT value FROM observation WHERE indicator_id = ? AND period_label = ? AND sex = ? AND age = ? "
                + "AND category_type = '' AND status = 'PUBLISHED' AND area_code = ANY (?) AND value IS NOT NULL",
                statement -> {
                    statement.setInt(1, indicatorId);
                    statement.setString(2, periodLabel);
                    statement.setString(3, sex);
                    statement.setString(4, age);
                    statement.setArray(5, statement.getConnection().createArrayOf("text", areaCodes.toArray()));
                }, rows -> values.add(rows.getDouble(1)));
        return values;
    }

    public static String key(int indicatorId, String sex, String age, String period, String areaCode) {
        return indicatorId + "|" + sex + "|" + age + "|" + period + "|" + areaCode;
    }

    private void query(String sql, SqlReads.Binder binder, SqlReads.RowReader reader) {
        SqlReads.query(dataSource, "Scorecard", sql, binder, reader);
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        return SqlReads.number(rows, column);
    }

    private static ComparisonOutcome outcome(String name) {
        return name == null ? null : ComparisonOutcome.valueOf(name);
    }
}
